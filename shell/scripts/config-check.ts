/**
 * npm run config:check -- <dc-manifest.json> [--org-statuses Available,Busy,...]
 *   [--my-domain <name> --edition <production|sandbox|developer|scratch> [--sandbox <name>]]
 * Checks a Desktop Connect manifest, its Omni-Channel Mappings and its decline reasons before
 * they are rolled out (with the org's shape: its console entry names that org's host names, as
 * `npm run org:build` prints them); prints every problem and exits 1 if there is any.
 */
import { orgShape, takeOrgFlags, type OrgShape } from '../../salesforce/scripts/org-shape';
import { checkDcConfig } from './config-problems';

async function main(allArgs: readonly string[]): Promise<number> {
  let args: readonly string[];
  let shape: OrgShape | undefined;
  try {
    const taken = takeOrgFlags(allArgs);
    args = taken.rest;
    shape = taken.input && orgShape(taken.input);
  } catch (err) {
    console.error(`config:check: ${(err as Error).message}`);
    return 2;
  }
  const files: string[] = [];
  let orgStatuses: string[] | undefined;
  for (let i = 0; i < args.length; i++) {
    if (args[i] === '--org-statuses')
      orgStatuses = (args[++i] ?? '')
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean);
    else files.push(args[i]);
  }
  if (files.length !== 1) {
    console.error('Usage: npm run config:check -- <dc-manifest.json> [--org-statuses Available,Busy,...]');
    return 2;
  }
  const problems = await checkDcConfig(files[0], { orgStatuses, orgShape: shape });
  if (problems.length) {
    console.error(
      `${files[0]}: ${problems.length} problem${problems.length === 1 ? '' : 's'}:\n${problems.map((p) => `  - ${p}`).join('\n')}`,
    );
    return 1;
  }
  console.log(`${files[0]}: the manifest, its Omni-Channel Mappings and its decline reasons are valid.`);
  return 0;
}

main(process.argv.slice(2)).then((code) => (process.exitCode = code));
