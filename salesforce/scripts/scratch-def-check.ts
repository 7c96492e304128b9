/**
 * The scratch org definition against Salesforce's published JSON schema for it
 * (@salesforce/schemas, project-scratch-def.schema.json), and each of its settings against the
 * Metadata API type it names (@salesforce/types): the schema leaves settings open, a scratch org
 * creation would not.
 */
import { readFileSync } from 'node:fs';
import Ajv from 'ajv';
import { metadataSchema } from './metadata-schema';

interface SchemaJson {
  definitions: { settings: { properties: Record<string, { title?: string }> } };
}

export function checkScratchDefinition(path: string, label = path): string[] {
  const schemaPath = require.resolve('@salesforce/schemas/project-scratch-def.schema.json');
  const schema = JSON.parse(readFileSync(schemaPath, 'utf8')) as SchemaJson & Record<string, unknown>;
  let definition: Record<string, unknown>;
  try {
    definition = JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
  } catch (err) {
    return [`${label}: not JSON (${(err as Error).message})`];
  }
  const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);
  const problems = validate(definition)
    ? []
    : (validate.errors ?? [])
        // A feature fails each alternative of an anyOf; its anyOf line alone names it.
        .filter((e) => e.keyword === 'anyOf' || !/^\/features\/\d+$/.test(e.instancePath))
        .map(
          (e) =>
            `${label}: ${e.instancePath || '(root)'} ${e.message ?? ''}${e.keyword === 'anyOf' ? `: ${JSON.stringify(valueAt(definition, e.instancePath))}` : ''}`,
        );
  const settings = (definition['settings'] ?? {}) as Record<string, Record<string, unknown>>;
  const types = metadataSchema().types;
  for (const [name, values] of Object.entries(settings)) {
    const typeName = schema.definitions.settings.properties[name]?.title;
    const fields = typeName ? types.get(typeName) : undefined;
    if (!fields) continue;
    for (const field of Object.keys(values ?? {}))
      if (!fields.has(field)) problems.push(`${label}: settings.${name}.${field} is not a field of ${typeName}`);
  }
  return problems;
}

function valueAt(value: unknown, pointer: string): unknown {
  return pointer
    .split('/')
    .slice(1)
    .reduce<unknown>((at, key) => (at as Record<string, unknown> | undefined)?.[key], value);
}
