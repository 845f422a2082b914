/** Labels, edge types and collection names end up inside queries (Cypher labels cannot be parameters): only plain identifiers pass. */
const IDENTIFIER = /^[A-Za-z][A-Za-z0-9_]{0,62}$/;

export function assertIdentifier(kind: 'label' | 'edge type' | 'collection' | 'index', value: string): string {
  if (!IDENTIFIER.test(value)) throw new Error(`Invalid ${kind} ${JSON.stringify(value)}: use letters, digits and _`);
  return value;
}
