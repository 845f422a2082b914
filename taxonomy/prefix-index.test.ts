import { describe, expect, it } from 'vitest';
import { PrefixIndex } from './prefix-index.ts';

const keysAt = (index: PrefixIndex<string>, text: string, start: number) => {
  const found: [number, string][] = [];
  index.forEachKeyAt(text, start, (end, value) => found.push([end, value]));
  return found;
};

describe('PrefixIndex', () => {
  const index = new PrefixIndex(
    new Map([
      ['java', 'Java'],
      ['javascript', 'JavaScript'],
      ['c', 'C'],
      ['c++', 'C++'],
      ['机器学习', 'ML'],
      ['机器', 'Machine'],
      ['', 'empty'],
      ['😀x', 'astral'],
    ]),
  );

  it('finds every key the text holds at a position, shortest first, as a trie would', () => {
    expect(keysAt(index, 'javascript!', 0)).toEqual([
      [4, 'Java'],
      [10, 'JavaScript'],
    ]);
    expect(keysAt(index, 'a c++ b', 2)).toEqual([
      [3, 'C'],
      [5, 'C++'],
    ]);
    expect(keysAt(index, '熟悉机器学习', 2)).toEqual([
      [4, 'Machine'],
      [6, 'ML'],
    ]);
  });

  it('finds nothing where no key starts, past the text, or where a key only begins', () => {
    expect(keysAt(index, 'python', 0)).toEqual([]);
    expect(keysAt(index, 'jav', 0)).toEqual([]);
    expect(keysAt(index, 'java', 4)).toEqual([]);
    expect(keysAt(index, 'jxva', 0)).toEqual([]);
  });

  it('never matches the empty key, nor a key outside the BMP (texts are walked a UTF-16 unit at a time)', () => {
    expect(keysAt(index, '😀x', 0)).toEqual([]);
    expect(keysAt(index, '', 0)).toEqual([]);
  });

  it('is empty when built from no keys', () => {
    expect(keysAt(new PrefixIndex(new Map<string, string>()), 'java', 0)).toEqual([]);
  });
});
