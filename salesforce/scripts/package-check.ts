/**
 * Offline checks of the Salesforce DX project that a deploy would otherwise find too late:
 * malformed XML, a file without its -meta.xml, and references that do not resolve ($Resource,
 * message channels, Apex controllers and their @AuraEnabled methods, Aura actions, permission
 * set entries). Apex itself cannot be compiled here; the org compiles it on deploy.
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { checkApexClass } from './apex-check';
import { checkCallCenter } from './call-center-check';
import { checkContent } from './content-check';
import { checkLightningApp } from './lightning-check';
import { checkMetadataElements } from './metadata-elements';
import { ProjectFiles } from './project-files';

const MARKUP = ['.xml', '.cmp', '.page'];

export function checkSourceProject(defaultDir: string, sourceApiVersion = 62): string[] {
  const files = new ProjectFiles(defaultDir);
  const xml = checkXml(files);
  const wellFormed = (path: string) => !xml.some((p) => p.startsWith(`${path}:`));
  const callCenters = files
    .under('callCenters', '.callCenter-meta.xml')
    .filter(wellFormed)
    .flatMap((p) => checkCallCenter(p, files.read(p)));
  const order = files.paths
    .filter((p) => p.endsWith('-meta.xml') && wellFormed(p))
    .flatMap((p) => checkElementOrder(p, files.read(p)));
  const apex = files.under('classes', '.cls').flatMap((p) => checkApexClass(p, files.read(p)));
  return [
    ...xml,
    ...order,
    ...checkMetaFiles(files),
    ...checkReferences(files),
    ...callCenters,
    ...apex,
    ...checkLightningApp(files),
    ...checkMetadataElements(files, sourceApiVersion),
    ...checkContent(files),
  ];
}

/**
 * The Metadata API reads each type's fields in the order its WSDL declares them: alphabetical,
 * after the inherited fullName. A field out of place fails the deploy ("invalid at this location").
 */
function checkElementOrder(path: string, xml: string): string[] {
  const nodes = new XMLParser({ preserveOrder: true, ignoreDeclaration: true }).parse(xml) as Record<string, unknown>[];
  const root = nodes.find((n) => Object.keys(n).some((k) => !k.startsWith(':') && !k.startsWith('?')));
  const rootName = root && Object.keys(root).find((k) => !k.startsWith(':'));
  const children = rootName ? ((root[rootName] as Record<string, unknown>[]) ?? []) : [];
  const names = children
    .map((c) => Object.keys(c).find((k) => !k.startsWith(':') && k !== '#text'))
    .filter((n): n is string => !!n && n !== 'fullName');
  for (let i = 1; i < names.length; i++) {
    if (names[i] < names[i - 1])
      return [
        `${path}: <${names[i]}> must come before <${names[i - 1]}> (the Metadata API reads fields in alphabetical order)`,
      ];
  }
  return [];
}

function checkXml(files: ProjectFiles): string[] {
  return files.paths
    .filter((p) => MARKUP.some((ext) => p.endsWith(ext)))
    .flatMap((p) => {
      const result = XMLValidator.validate(files.read(p));
      return result === true ? [] : [`${p}: malformed XML at line ${result.err.line}: ${result.err.msg}`];
    });
}

function checkMetaFiles(files: ProjectFiles): string[] {
  const problems: string[] = [];
  const needMeta = (path: string, meta: string) => {
    if (!files.has(meta)) problems.push(`${path}: ${meta} is missing`);
  };
  for (const cls of files.under('classes', '.cls')) needMeta(cls, `${cls}-meta.xml`);
  for (const page of files.under('pages', '.page')) needMeta(page, `${page}-meta.xml`);
  for (const meta of files.under('pages', '.page-meta.xml'))
    if (!files.has(meta.slice(0, -'-meta.xml'.length))) problems.push(`${meta}: its page markup is missing`);
  for (const meta of files.under('classes', '.cls-meta.xml'))
    if (!files.has(meta.slice(0, -'-meta.xml'.length))) problems.push(`${meta}: its class is missing`);
  for (const [name, content] of staticResourceContents(files)) {
    if (!content)
      problems.push(
        `staticresources/${name}.resource-meta.xml: the resource's content is missing (npm run org:build builds it)`,
      );
  }
  for (const file of files.under('staticresources').filter((p) => !p.endsWith('.resource-meta.xml'))) {
    const name = file.slice('staticresources/'.length).replace(/\.[^.]+$/, '');
    needMeta(file, `staticresources/${name}.resource-meta.xml`);
  }
  for (const bundle of auraBundles(files)) {
    needMeta(`aura/${bundle}`, `aura/${bundle}/${bundle}.cmp`);
    needMeta(`aura/${bundle}`, `aura/${bundle}/${bundle}.cmp-meta.xml`);
  }
  return problems;
}

function checkReferences(files: ProjectFiles): string[] {
  const problems: string[] = [];
  const classes = files.names('classes', '.cls');
  const pages = files.names('pages', '.page');
  const resources = new Set([...staticResourceContents(files)].filter(([, content]) => content).map(([name]) => name));
  const channels = new Set([...files.names('messageChannels', '.messageChannel-meta.xml')].map((n) => `${n}__c`));
  const expect = (where: string, kind: string, name: string, known: Set<string>) => {
    if (!known.has(name)) problems.push(`${where}: ${kind} ${name} is not in the project`);
  };

  for (const cls of classes) {
    const declared = /\bclass\s+(\w+)/i.exec(stripComments(files.read(`classes/${cls}.cls`)))?.[1];
    if (declared !== cls) problems.push(`classes/${cls}.cls: declares class ${declared ?? '(none)'}, not ${cls}`);
  }
  for (const path of [...files.under('pages', '.page'), ...files.under('aura', '.cmp')]) {
    const markup = stripComments(files.read(path));
    for (const [, name] of markup.matchAll(/\$Resource\.(\w+)/g)) expect(path, 'static resource', name, resources);
    for (const [, name] of markup.matchAll(/<(?:apex:page|aura:component)\b[^>]*\bcontroller="(\w+)"/g))
      expect(path, 'Apex class', name, classes);
    for (const [, name] of markup.matchAll(/<lightning:messageChannel\b[^>]*\btype="(\w+)"/g))
      expect(path, 'message channel', name, channels);
  }
  for (const bundle of auraBundles(files)) problems.push(...checkAuraBundle(files, bundle, classes));
  for (const path of files.under('permissionsets', '.permissionset-meta.xml')) {
    const xml = files.read(path);
    for (const [, name] of xml.matchAll(/<apexClass>(\w+)<\/apexClass>/g)) expect(path, 'Apex class', name, classes);
    for (const [, name] of xml.matchAll(/<apexPage>(\w+)<\/apexPage>/g)) expect(path, 'Visualforce page', name, pages);
  }
  return problems;
}

/** `{!c.x}` in the markup needs controller function x; `cmp.get('c.x')` needs @AuraEnabled x in Apex. */
function checkAuraBundle(files: ProjectFiles, bundle: string, classes: Set<string>): string[] {
  const base = `aura/${bundle}/${bundle}`;
  if (!files.has(`${base}.cmp`)) return [];
  const markup = stripComments(files.read(`${base}.cmp`));
  const script = (suffix: string) => (files.has(`${base}${suffix}`) ? files.read(`${base}${suffix}`) : '');
  const controller = script('Controller.js');
  const problems: string[] = [];
  for (const [, name] of markup.matchAll(/\{!\s*c\.(\w+)\s*\}/g)) {
    if (!new RegExp(`\\b${name}\\s*:\\s*function\\b`).test(controller))
      problems.push(`${base}.cmp: controller action ${name} is not in ${base}Controller.js`);
  }
  const apex = /<aura:component\b[^>]*\bcontroller="(\w+)"/.exec(markup)?.[1];
  const apexSource = apex && classes.has(apex) ? stripComments(files.read(`classes/${apex}.cls`)) : '';
  for (const [, name] of (controller + script('Helper.js')).matchAll(/\.get\(\s*['"]c\.(\w+)['"]\s*\)/g)) {
    if (!new RegExp(`@AuraEnabled\\b[^;{]*\\bstatic\\b[^;{(]*\\b${name}\\s*\\(`, 'i').test(apexSource)) {
      problems.push(
        `${base}: server action c.${name} is not an @AuraEnabled static method of ${apex ?? '(no controller)'}`,
      );
    }
  }
  return problems;
}

function auraBundles(files: ProjectFiles): Set<string> {
  return new Set(files.under('aura').map((p) => p.split('/')[1]));
}

/** Each static resource (by its -meta.xml) and whether its content file is there. */
function staticResourceContents(files: ProjectFiles): Map<string, boolean> {
  const result = new Map<string, boolean>();
  for (const name of files.names('staticresources', '.resource-meta.xml')) {
    result.set(
      name,
      files
        .under('staticresources')
        .some(
          (p) =>
            p !== `staticresources/${name}.resource-meta.xml` &&
            p.replace(/\.[^.]+$/, '') === `staticresources/${name}`,
        ),
    );
  }
  return result;
}

function stripComments(text: string): string {
  return text
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/^\s*\/\/.*$/gm, '');
}
