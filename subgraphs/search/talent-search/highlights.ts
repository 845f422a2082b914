import { tokenize } from '../../../data/text/tokenize.ts';
import { toSimplified } from '../../../taxonomy/chinese-script.ts';
import type { Ranked } from './rank-fusion.ts';

export interface Highlight {
  field: string;
  snippet: string;
  /** The matched words, lowercased, as a reason names them. */
  terms: string[];
}

const CJK = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/u;
const WORD = /[\p{L}\p{N}]/u;
const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * The ranges of `text` that a query token matches, the way the tokeniser sees it: a Latin token
 * as a whole word (case-insensitive), a Chinese bigram anywhere (overlapping bigrams merge into one
 * range, so `机器学习` is one mark), in either script. Offsets are in `text`, which is NFKC-normalised first.
 */
function matchRanges(text: string, tokens: Set<string>): [number, number][] {
  // Read in simplified characters, as the tokens are (one length: 會計 is marked for 会计).
  const lower = toSimplified(text).toLowerCase();
  const ranges: [number, number][] = [];
  for (const token of tokens) {
    const isChinese = CJK.test(token);
    for (let at = lower.indexOf(token); at !== -1; at = lower.indexOf(token, at + 1)) {
      const end = at + token.length;
      if (!isChinese && ((at > 0 && WORD.test(lower[at - 1]!)) || (end < lower.length && WORD.test(lower[end]!)))) continue;
      ranges.push([at, end]);
    }
  }
  ranges.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const merged: [number, number][] = [];
  for (const range of ranges) {
    const last = merged.at(-1);
    if (last && range[0] <= last[1]) last[1] = Math.max(last[1], range[1]);
    else merged.push([...range]);
  }
  return merged;
}

/** Marks the matched ranges with `<em>`; the rest of the text is HTML-escaped, so the snippet is safe to render. */
function mark(text: string, ranges: [number, number][]): string {
  let out = '';
  let at = 0;
  for (const [start, end] of ranges) {
    out += `${escapeHtml(text.slice(at, start))}<em>${escapeHtml(text.slice(start, end))}</em>`;
    at = end;
  }
  return out + escapeHtml(text.slice(at));
}

/**
 * Highlights of a talent's searchable fields for a query: for each field with a match, its text
 * with the matched terms marked (for skills, the matching skills only), and the terms themselves.
 */
export function highlightFields(query: string, fields: { name: string; headline: string | null; skills: string[] }): Highlight[] {
  const tokens = new Set(tokenize(query));
  if (tokens.size === 0) return [];
  const highlights: Highlight[] = [];
  const single = (field: string, raw: string | null) => {
    if (!raw) return;
    const text = raw.normalize('NFKC');
    const ranges = matchRanges(text, tokens);
    if (ranges.length === 0) return;
    highlights.push({ field, snippet: mark(text, ranges), terms: unique(ranges.map(([s, e]) => text.slice(s, e).toLowerCase())) });
  };
  single('name', fields.name);
  single('headline', fields.headline);
  const skills = fields.skills.flatMap((raw) => {
    const text = raw.normalize('NFKC');
    const ranges = matchRanges(text, tokens);
    return ranges.length ? [{ snippet: mark(text, ranges), terms: ranges.map(([s, e]) => text.slice(s, e).toLowerCase()) }] : [];
  });
  if (skills.length > 0) {
    highlights.push({ field: 'skills', snippet: skills.map((s) => s.snippet).join(', '), terms: unique(skills.flatMap((s) => s.terms)) });
  }
  return highlights;
}

function unique(values: string[]): string[] {
  return [...new Set(values)];
}

/** Why a talent matched, e.g. `keyword: skills 'kubernetes'` or `semantic: 0.83 similar`. */
export function reasonsFor(hit: Ranked, highlights: Highlight[]): string[] {
  const reasons: string[] = [];
  if (hit.keyword !== undefined) {
    for (const h of highlights) reasons.push(`keyword: ${h.field} ${h.terms.map((t) => `'${t}'`).join(', ')}`);
    if (highlights.length === 0) reasons.push('keyword: matched');
  }
  if (hit.similarity !== undefined) reasons.push(`semantic: ${hit.similarity.toFixed(2)} similar`);
  return reasons;
}
