import { createHash } from 'node:crypto';
import { print, type DocumentNode, type OperationDefinitionNode } from 'graphql';
import { LRUCache } from 'lru-cache';

/**
 * What the gateway derives from an operation's document alone (never from the caller or the
 * variables), computed once per document instead of once per request.
 *
 * Apollo Server's document store hands the same parsed `DocumentNode` for the same query text, so
 * the first lookup is a WeakMap on the operation node: no hashing, and an entry goes when Apollo
 * drops the document. Documents that did not come from that store (a new object for known text)
 * fall back to a bounded LRU keyed by the query's SHA-256 and the operation name, so a stream of
 * distinct operations holds at most `max` entries.
 */

export const DEFAULT_DOCUMENT_CACHE_ENTRIES = 1_000;

export interface DocumentKey {
  document: DocumentNode;
  operation: OperationDefinitionNode;
  /** SHA-256 (hex) of the query text, as Apollo computes it; printed from the document when absent. */
  queryHash?: string;
}

export class DocumentCache<T extends object> {
  private readonly byOperation = new WeakMap<OperationDefinitionNode, T>();
  private readonly byHash: LRUCache<string, T>;
  readonly max: number;

  constructor(max: number = DEFAULT_DOCUMENT_CACHE_ENTRIES) {
    this.max = max;
    this.byHash = new LRUCache<string, T>({ max });
  }

  /** Entries in the bounded half (the WeakMap half is bounded by the documents still alive). */
  get size(): number {
    return this.byHash.size;
  }

  get({ document, operation, queryHash }: DocumentKey, compute: () => T): T {
    const seen = this.byOperation.get(operation);
    if (seen) return seen;
    const key = `${queryHash ?? hashOf(document)}:${operation.name?.value ?? ''}`;
    let value = this.byHash.get(key);
    if (!value) {
      value = compute();
      this.byHash.set(key, value);
    }
    this.byOperation.set(operation, value);
    return value;
  }
}

function hashOf(document: DocumentNode): string {
  return createHash('sha256').update(print(document)).digest('hex');
}
