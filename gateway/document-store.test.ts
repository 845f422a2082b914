import { parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { boundedDocumentStore } from './document-store.ts';

const documentOf = (i: number) => parse(`query Q${i} { talents(first: 20) { edges { node { id name headline } } } }`);

describe('boundedDocumentStore', () => {
  it('gives back the document stored under a key', async () => {
    const store = boundedDocumentStore(10);
    const document = documentOf(1);
    await store.set('a', document);
    expect(await store.get('a')).toBe(document);
    expect(await store.get('b')).toBeUndefined();
    await store.delete('a');
    expect(await store.get('a')).toBeUndefined();
  });

  it('holds at most its count of documents, dropping the least recently used', async () => {
    const store = boundedDocumentStore(100);
    for (let i = 0; i < 5_000; i++) await store.set(`k${i}`, documentOf(i));
    const kept: number[] = [];
    for (let i = 0; i < 5_000; i++) if (await store.get(`k${i}`)) kept.push(i);
    expect(kept).toEqual(Array.from({ length: 100 }, (_, i) => 4_900 + i));
  });
});
