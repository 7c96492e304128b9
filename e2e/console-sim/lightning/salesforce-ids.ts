/**
 * Salesforce record ids: 15 case-sensitive characters, and an 18-character form whose 3-character
 * suffix encodes the case of the first 15 (so that case-insensitive tools keep ids apart).
 * Lightning's toolkit hands out the 18-character form; the simulated org keeps 15.
 */
const SUFFIX_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ012345';

/** The 18-character form of a 15-character id (an 18-character id is returned as is). */
export function to18(id: string): string {
  if (id.length === 18) return id;
  if (id.length !== 15) throw new Error(`"${id}" is not a 15- or 18-character Salesforce id.`);
  let suffix = '';
  for (let chunk = 0; chunk < 3; chunk++) {
    let bits = 0;
    for (let i = 0; i < 5; i++) {
      const c = id[chunk * 5 + i];
      if (c >= 'A' && c <= 'Z') bits |= 1 << i;
    }
    suffix += SUFFIX_ALPHABET[bits];
  }
  return id + suffix;
}

/** An id in the form an org sends: 18 characters, or the 15 that some orgs and components send. */
export function idOfLength(id: string, length: 15 | 18): string {
  return length === 18 ? to18(id) : id.slice(0, 15);
}

/**
 * The model's id for an id given in either form: found by the case-sensitive 15-character prefix.
 * An 18-character id whose suffix does not match its first 15 characters is no id (as Salesforce
 * refuses it: the suffix is a checksum of their case).
 */
export function findById<T>(id: unknown, items: readonly T[], idOf: (item: T) => string): T | undefined {
  if (typeof id !== 'string' || (id.length !== 15 && id.length !== 18)) return undefined;
  if (id.length === 18 && to18(id.slice(0, 15)) !== id) return undefined;
  const key = id.slice(0, 15);
  return items.find((item) => idOf(item).slice(0, 15) === key);
}
