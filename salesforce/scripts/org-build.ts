/**
 * npm run org:build [-- --my-domain <name> --edition <production|sandbox|developer|scratch> [--sandbox <name>]]
 * builds the static resources, checks the Salesforce DX project offline and converts it into
 * dist/salesforce/ (package.xml + metadata) for `sf project deploy start`. With the org's shape it
 * also writes dist/salesforce/org-shape.json and prints every host name Desktop Connect needs, in
 * the form that kind of org uses. Exits non-zero, naming each problem, on anything that would not
 * deploy or not connect.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { convertProject, missingTypes, SAMPLE_REQUIRED_TYPES } from './convert-package';
import { describeOrgShape } from './org-shape-report';
import { orgShape, takeOrgFlags } from './org-shape';
import { checkProject, readProject } from './project-check';
import { ProjectFiles } from './project-files';
import { buildStaticResources } from './static-resources';

const root = resolve(__dirname, '../..');
const projectDir = resolve(root, 'salesforce');
const outDir = resolve(root, 'dist/salesforce');
/** The optional sample Omni-Channel set-up, a package of its own (deploy it to a trial org only). */
const sampleDir = resolve(root, 'dist/salesforce-sample');
const PLACEHOLDER = /https:\/\/[\w.-]*example\.com/g;

async function main(args: readonly string[]): Promise<void> {
  const started = Date.now();
  const { input, rest } = takeOrgFlags(args);
  if (rest.length) return fail([`unknown arguments ${rest.join(' ')}; use --my-domain, --edition, --sandbox`]);
  await buildStaticResources();
  const shape = input ? orgShape(input, readProject(projectDir).sourceApiVersion) : undefined;
  const problems = checkProject(projectDir);
  if (problems.length) return fail(problems);
  const types = await convertProject(projectDir, outDir);
  const sample = await convertProject(projectDir, sampleDir, 'omni-sample');
  const missing = [
    ...missingTypes(types),
    ...missingTypes(sample, SAMPLE_REQUIRED_TYPES).map((p) => `omni-sample ${p}`),
  ];
  if (missing.length) return fail(missing);

  console.log(
    `org:build: ${relative(root, outDir)}/ holds ${[...types].map(([type, members]) => `${type} (${members.join(', ')})`).join('; ')}`,
  );
  console.log(
    `org:build: ${relative(root, sampleDir)}/ (optional sample Omni-Channel set-up) holds ${[...sample].map(([type, members]) => `${type} (${members.join(', ')})`).join('; ')}`,
  );
  const placeholders = findPlaceholders(outDir);
  if (placeholders.length) {
    console.log(
      `org:build: replace these placeholders with your origins before deploying (docs/DEPLOYMENT.md, §2.1):\n${placeholders.map((p) => `  ${p}`).join('\n')}`,
    );
  }
  if (shape) {
    writeFileSync(join(outDir, 'org-shape.json'), `${JSON.stringify(shape, null, 2)}\n`);
    console.log(describeOrgShape(shape, relative(root, join(outDir, 'org-shape.json'))));
  }
  console.log(`org:build: done in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

function findPlaceholders(dir: string): string[] {
  const files = new ProjectFiles(dir);
  // Configuration only: code and tests may name example origins for other reasons.
  const config = files.paths.filter((p) => !/\.(cls|resource|js)$/.test(p));
  return config.flatMap((p) =>
    [...new Set(readFileSync(join(dir, p), 'utf8').match(PLACEHOLDER) ?? [])].map((url) => `${p}: ${url}`),
  );
}

function fail(problems: readonly string[]): void {
  console.error(`org:build failed:\n${problems.map((p) => `  ${p}`).join('\n')}`);
  process.exitCode = 1;
}

main(process.argv.slice(2)).catch((err: Error) => fail([err.message]));
