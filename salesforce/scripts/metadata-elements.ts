/**
 * Every element of the project's metadata files against Salesforce's own type definitions
 * (metadata-schema.ts): an element that is not a field of its type, an enumeration value the type
 * does not have, a boolean or number that is not one, and an API version outside what the project
 * and Open CTI's message service (47.0 and later) allow. A deploy would reject each of these.
 */
import { XMLParser } from 'fast-xml-parser';
import { metadataSchema, type MetadataSchema } from './metadata-schema';
import type { ProjectFiles } from './project-files';

type Node = Record<string, unknown>;
const parser = new XMLParser({
  preserveOrder: true,
  ignoreDeclaration: true,
  ignoreAttributes: true,
  parseTagValue: false,
});
const MIN_API_VERSION = 47;

const tagOf = (node: Node) => Object.keys(node).find((k) => k !== ':@' && k !== '#text' && !k.startsWith('?'));
const textOf = (children: Node[]) =>
  children
    .map((c) => c['#text'])
    .filter((t) => t !== undefined)
    .join('')
    .trim();

export function checkMetadataElements(
  files: ProjectFiles,
  sourceApiVersion: number,
  schema = metadataSchema(),
): string[] {
  return files.paths
    .filter((p) => p.endsWith('-meta.xml'))
    .flatMap((path) => {
      const nodes = parser.parse(files.read(path)) as Node[];
      const root = nodes.find((n) => tagOf(n) !== undefined);
      const type = root && tagOf(root);
      if (!root || !type) return [];
      if (!schema.types.has(type)) return [`${path}: <${type}> is not a Metadata API type`];
      return checkChildren(path, type, type, root[type] as Node[], schema, sourceApiVersion);
    });
}

function checkChildren(
  path: string,
  where: string,
  type: string,
  children: Node[],
  schema: MetadataSchema,
  sourceApiVersion: number,
): string[] {
  const fields = schema.types.get(type)!;
  const problems: string[] = [];
  for (const child of children) {
    const name = tagOf(child);
    if (!name) continue;
    const field = fields.get(name);
    const at = `${where}/${name}`;
    if (!field) {
      problems.push(`${path}: <${name}> is not a field of ${type} (${at})`);
      continue;
    }
    const content = child[name] as Node[];
    if (schema.types.has(field.name)) {
      problems.push(...checkChildren(path, at, field.name, content, schema, sourceApiVersion));
      continue;
    }
    problems.push(...checkValue(path, at, field.name, textOf(content), schema, sourceApiVersion, name));
  }
  return problems;
}

function checkValue(
  path: string,
  at: string,
  fieldType: string,
  value: string,
  schema: MetadataSchema,
  sourceApiVersion: number,
  name: string,
): string[] {
  const allowed = schema.enums.get(fieldType);
  if (allowed && !allowed.has(value))
    return [`${path}: ${value} is not a ${fieldType} (${at}); one of ${[...allowed].slice(0, 12).join(', ')}`];
  if (fieldType === 'boolean' && value !== 'true' && value !== 'false')
    return [`${path}: ${value} is not true or false (${at})`];
  if (fieldType === 'number' && !/^-?\d+(\.\d+)?$/.test(value)) return [`${path}: ${value} is not a number (${at})`];
  if (name === 'apiVersion') {
    const version = Number(value);
    if (!(version >= MIN_API_VERSION && version <= sourceApiVersion))
      return [
        `${path}: apiVersion ${value} must be between ${MIN_API_VERSION}.0 (Open CTI's message service) and the project's sourceApiVersion ${sourceApiVersion.toFixed(1)}`,
      ];
  }
  return [];
}
