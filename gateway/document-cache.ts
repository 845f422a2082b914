import { createHash } from 'node:crypto';
import { print, type DocumentNode, type OperationDefinitionNode } from 'graphql';
import { LRUCache } from 'lru-cache';

/**
 * What the gateway derives from an operation's document alone (never from the caller or the
 * variables), computed once per document instead of once per request.
 *
 * Entries live in a bounded LRU keyed by the query's SHA-256 (Apollo's `queryHash`) and the
 * operation name, so a stream of distinct operations holds at most `max` of them. Apollo Server's
 * document store hands the same parsed `DocumentNode` for the same query text, so a WeakMap on the
 * operation node remembers that key: no hashing when Apollo did not give the hash. The WeakMap holds
 * the key only, never the value: the documents alive in Apollo's store (thousands, by its byte size)
 * keep no entry past the LRU's bound.
 */

export const DEFAULT_DOCUMENT_CACHE_ENTRIES = 1_000;

export interface DocumentKey {
  document: DocumentNode;
  operation: OperationDefinitionNode;
  /** SHA-256 (hex) of the query text, as Apollo computes it; printed from the document when absent. */
  queryHash?: string;
}

export class DocumentCache<T extends object> {
  private readonly keys = new WeakMap<OperationDefinitionNode, string>();
  private readonly byHash: LRUCache<string, T>;
  readonly max: number;

  constructor(max: number = DEFAULT_DOCUMENT_CACHE_ENTRIES) {
    this.max = max;
    this.byHash = new LRUCache<string, T>({ max });
  }

  /** Entries held (at most `max`). */
  get size(): number {
    return this.byHash.size;
  }

  get({ document, operation, queryHash }: DocumentKey, compute: () => T): T {
    let key = this.keys.get(operation);
    if (key === undefined) {
      key = `${queryHash ?? hashOf(document)}:${operation.name?.value ?? ''}`;
      this.keys.set(operation, key);
    }
    let value = this.byHash.get(key);
    if (!value) {
      value = compute();
      this.byHash.set(key, value);
    }
    return value;
  }
}

function hashOf(document: DocumentNode): string {
  return createHash('sha256').update(print(document)).digest('hex');
}
