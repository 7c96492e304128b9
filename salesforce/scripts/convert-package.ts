/**
 * Converts the DX project (source format) into a Metadata API package with package.xml, offline,
 * with @salesforce/source-deploy-retrieve: what `sf project deploy start --metadata-dir` takes.
 */
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { ComponentSet, MetadataConverter } from '@salesforce/source-deploy-retrieve';
import { XMLParser } from 'fast-xml-parser';

/** What the package must hold for both consoles to connect, with the console app and its utility bar. */
export const REQUIRED_TYPES = [
  'AuraDefinitionBundle',
  'LightningMessageChannel',
  'ApexPage',
  'ApexClass',
  'StaticResource',
  'CspTrustedSite',
  'CallCenter',
  'PermissionSet',
  'CustomApplication',
  'FlexiPage',
  'Settings',
] as const;

/** What the optional sample Omni-Channel set-up (omni-sample/) must hold to route work after one deploy. */
export const SAMPLE_REQUIRED_TYPES = [
  'ServiceChannel',
  'ServicePresenceStatus',
  'PresenceUserConfig',
  'QueueRoutingConfig',
  'Queue',
  'PermissionSet',
] as const;

export type PackageTypes = ReadonlyMap<string, readonly string[]>;

export async function convertProject(
  projectDir: string,
  outDir: string,
  packageDir = 'force-app',
): Promise<PackageTypes> {
  const components = ComponentSet.fromSource({ fsPaths: [join(projectDir, packageDir)] });
  components.projectDirectory = projectDir;
  rmSync(outDir, { recursive: true, force: true });
  await new MetadataConverter().convert(components, 'metadata', {
    type: 'directory',
    outputDirectory: outDir,
    genUniqueDir: false,
  });
  return readPackageTypes(readFileSync(join(outDir, 'package.xml'), 'utf8'));
}

export function readPackageTypes(packageXml: string): PackageTypes {
  const parsed = new XMLParser({ isArray: (name) => name === 'types' || name === 'members' }).parse(packageXml) as {
    Package?: { types?: { name: string; members: string[] }[] };
  };
  return new Map((parsed.Package?.types ?? []).map((t) => [t.name, t.members.map(String)]));
}

/** The required types the package lacks, each as a problem. */
export function missingTypes(types: PackageTypes, required: readonly string[] = REQUIRED_TYPES): string[] {
  return required
    .filter((t) => !types.get(t)?.length)
    .map((t) => `package.xml: no ${t} (the package must hold ${required.join(', ')})`);
}
