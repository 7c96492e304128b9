/**
 * The whole DX project, offline: sfdx-project.json against Salesforce's schema for it, every
 * package directory (package-check.ts), the Omni-Channel references across them and the scratch
 * org definition. Paths in problems are relative to each package's main/default, prefixed with the
 * package directory except for the default one.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv from 'ajv';
import { checkOmniReferences } from './omni-check';
import { checkSourceProject } from './package-check';
import { ProjectFiles } from './project-files';
import { checkScratchDefinition } from './scratch-def-check';

export interface SfdxProject {
  readonly packageDirectories: readonly { path: string; default?: boolean }[];
  readonly sourceApiVersion: string;
}

export const SCRATCH_DEFINITION = 'config/project-scratch-def.json';

export function readProject(projectDir: string): SfdxProject {
  return JSON.parse(readFileSync(join(projectDir, 'sfdx-project.json'), 'utf8')) as SfdxProject;
}

export function checkProject(projectDir: string): string[] {
  const project = readProject(projectDir);
  const schema = JSON.parse(
    readFileSync(require.resolve('@salesforce/schemas/sfdx-project.schema.json'), 'utf8'),
  ) as Record<string, unknown>;
  const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);
  const problems = validate(project)
    ? []
    : (validate.errors ?? []).map((e) => `sfdx-project.json: ${e.instancePath || '(root)'} ${e.message ?? ''}`);
  const version = Number(project.sourceApiVersion);
  const dirs = project.packageDirectories.map((p) => ({
    ...p,
    main: join(projectDir, p.path, 'main/default'),
    prefix: p.default ? '' : `${p.path}/main/default/`,
  }));
  for (const dir of dirs) {
    if (!existsSync(dir.main)) {
      problems.push(`sfdx-project.json: package directory ${dir.path} has no main/default`);
      continue;
    }
    problems.push(...checkSourceProject(dir.main, version).map((p) => `${dir.prefix}${p}`));
  }
  const present = dirs.filter((d) => existsSync(d.main));
  problems.push(...checkOmniReferences(present.map((d) => ({ files: new ProjectFiles(d.main), prefix: d.prefix }))));
  const scratch = join(projectDir, SCRATCH_DEFINITION);
  if (existsSync(scratch)) problems.push(...checkScratchDefinition(scratch, SCRATCH_DEFINITION));
  else problems.push(`${SCRATCH_DEFINITION} is missing`);
  return problems;
}
