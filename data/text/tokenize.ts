/**
 * One tokeniser for every text store, so the embedded full-text search, Elasticsearch and the
 * offline embeddings see the same terms. Latin words are lowercased (and split on punctuation
 * that is not part of a skill name like C++ or C#); a run of Chinese characters becomes its
 * overlapping bigrams (and the single character when the run has one), the usual way to index
 * Chinese without a dictionary: a two-character word inside a sentence is then a term of its own.
 * Traditional characters are folded to simplified ones first (會計 is 会计), so a query in either script finds a
 * document in the other.
 */
import { toSimplified } from '../../taxonomy/chinese-script.ts';

const CJK = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/u;
const TOKEN = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+|[\p{L}\p{N}]+(?:[+#]+|(?:[.\-_][\p{L}\p{N}]+)+)?/gu;

export function tokenize(text: string): string[] {
  const tokens: string[] = [];
  for (const match of toSimplified(text.normalize('NFKC')).toLowerCase().matchAll(TOKEN)) {
    const run = match[0];
    if (CJK.test(run[0] ?? '')) {
      const chars = [...run];
      if (chars.length === 1) tokens.push(run);
      for (let i = 0; i + 1 < chars.length; i++) tokens.push(chars[i]! + chars[i + 1]!);
    } else {
      tokens.push(run);
    }
  }
  return tokens;
}

/** The tokens joined by spaces: what a whitespace analyser (or to_tsvector('simple')) indexes. */
export function tokenizeToText(text: string): string {
  return tokenize(text).join(' ');
}
