/**
 * The Metadata API's types as Salesforce publishes them in @salesforce/types (lib/metadata.d.ts,
 * generated from the Metadata WSDL): for each type its fields and each field's type, and for each
 * enumeration its values. Read with the TypeScript compiler, so no list is kept by hand here.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';

/** A field's type: another metadata type, an enumeration, or a primitive; `list` when repeated. */
export interface FieldType {
  readonly name: string;
  readonly list: boolean;
}

export interface MetadataSchema {
  /** Fields of each object type, its bases' included (`fullName` from Metadata). */
  readonly types: ReadonlyMap<string, ReadonlyMap<string, FieldType>>;
  /** Values of each enumeration. */
  readonly enums: ReadonlyMap<string, ReadonlySet<string>>;
}

let cached: MetadataSchema | null = null;

export function metadataSchema(): MetadataSchema {
  // The package exports lib/metadata.js; its declarations sit beside it.
  const declarations = join(require.resolve('@salesforce/types/metadata'), '..', 'metadata.d.ts');
  cached ??= parseSchema(readFileSync(declarations, 'utf8'));
  return cached;
}

export function parseSchema(source: string): MetadataSchema {
  const file = ts.createSourceFile('metadata.d.ts', source, ts.ScriptTarget.Latest, true);
  const aliases = new Map<string, ts.TypeNode>();
  for (const statement of file.statements)
    if (ts.isTypeAliasDeclaration(statement)) aliases.set(statement.name.text, statement.type);
  const enums = new Map<string, Set<string>>();
  const types = new Map<string, Map<string, FieldType>>();
  for (const [name, node] of aliases) {
    const values = literalUnion(node);
    if (values) enums.set(name, values);
  }
  const fieldsOf = (node: ts.TypeNode, into: Map<string, FieldType>): void => {
    if (ts.isIntersectionTypeNode(node)) return node.types.forEach((t) => fieldsOf(t, into));
    if (ts.isTypeReferenceNode(node) && ts.isIdentifier(node.typeName)) {
      const base = aliases.get(node.typeName.text);
      if (base) fieldsOf(base, into);
      return;
    }
    if (!ts.isTypeLiteralNode(node)) return;
    for (const member of node.members) {
      if (!ts.isPropertySignature(member) || !member.type || !ts.isIdentifier(member.name)) continue;
      into.set(member.name.text, fieldType(member.type));
    }
  };
  for (const [name, node] of aliases) {
    if (enums.has(name)) continue;
    const fields = new Map<string, FieldType>();
    fieldsOf(node, fields);
    if (fields.size) types.set(name, fields);
  }
  return { types, enums };
}

function literalUnion(node: ts.TypeNode): Set<string> | null {
  const parts = ts.isUnionTypeNode(node) ? node.types : [node];
  const values = parts.map((p) => (ts.isLiteralTypeNode(p) && ts.isStringLiteral(p.literal) ? p.literal.text : null));
  return values.every((v): v is string => v !== null) ? new Set(values) : null;
}

function fieldType(node: ts.TypeNode): FieldType {
  if (ts.isArrayTypeNode(node)) return { name: fieldType(node.elementType).name, list: true };
  if (ts.isTypeReferenceNode(node) && ts.isIdentifier(node.typeName)) return { name: node.typeName.text, list: false };
  return { name: node.getText(), list: false };
}
