import type { OrgShape } from './org-shape';

/** What `npm run org:build -- --my-domain … --edition …` prints: every host name, where it goes. */
export function describeOrgShape(shape: OrgShape, written: string): string {
  const { input } = shape;
  const org = `${input.edition} org "${input.myDomain}"${input.sandbox ? `, sandbox "${input.sandbox}"` : ''}`;
  const json = (value: unknown) => JSON.stringify(value, null, 2).replace(/\n/g, '\n    ');
  return [
    `org:build: host names of the ${org} (also in ${written}):`,
    `  Lightning console (console.origin, Lightning)  ${shape.lightningOrigin}`,
    `  Classic console and login                      ${shape.classicOrigin}`,
    `  Visualforce (console.origin, Classic)          ${shape.visualforceOrigin}`,
    `  bridge page (console.bridgeUrl)                ${shape.bridgeUrl}`,
    `  Open CTI (console.openCtiUrl)                  ${shape.openCtiUrl}`,
    `  static resources                               ${shape.staticResourceBases.join('  ')}`,
    `  dc-manifest.json "console":\n    ${json(shape.manifestConsole.classic)}`,
    `  dc-manifest.lightning.json "console":\n    ${json(shape.manifestConsole.lightning)}`,
    `  Desktop Connect's Content-Security-Policy: ${Object.entries(shape.dcCsp)
      .map(([directive, sources]) => `${directive} ${sources.join(' ')}`)
      .join('; ')}`,
    `  check a manifest against it: npm run config:check -- <manifest> --my-domain ${input.myDomain} --edition ${input.edition}${input.sandbox ? ` --sandbox ${input.sandbox}` : ''}`,
  ].join('\n');
}
