import type { DocumentStore } from '@apollo/server';
import type { DocumentNode } from 'graphql';
import { LRUCache } from 'lru-cache';

/**
 * Apollo Server's store of parsed and validated documents, bounded by a number of documents.
 *
 * Apollo's default store is bounded at 30 MiB of the documents' JSON, but what the gateway keeps
 * per document hangs off these documents in WeakMaps (the query plan and normalised operation of
 * gateway/executor/plan-cache.ts, the policy walk of gateway/policy.ts) and outweighs the document
 * some 25 times: a stream of 10,000 distinct `talents(first: 20)` documents left about 420 MiB of
 * live heap under the default store (docs/performance.md, "Gateway memory"). Counting documents
 * bounds all of it together, with the plan and walk caches' LRU halves set to the same count
 * (GATEWAY_DOCUMENT_CACHE_ENTRIES).
 */
export function boundedDocumentStore(maxDocuments: number): DocumentStore {
  const documents = new LRUCache<string, DocumentNode>({ max: maxDocuments });
  return {
    get: (key) => Promise.resolve(documents.get(key)),
    set: (key, document) => {
      documents.set(key, document);
      return Promise.resolve();
    },
    delete: (key) => Promise.resolve(documents.delete(key)),
  };
}
