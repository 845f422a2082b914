import { createRequire } from 'node:module';
import { findConcepts, jobVocabulary } from '../../taxonomy/job-vocabulary.ts';
import { skillTaxonomy } from '../../taxonomy/taxonomy.ts';
import { tokenize } from '../text/tokenize.ts';

/**
 * Pinyin: Chinese typed in Latin letters without tones ("qianduan", "chanpin jingli", "zijie tiaodong"), as people
 * search from a keyboard without a Chinese input method. Every Chinese term of the skill taxonomy and of the job
 * vocabulary (titles, families, seniority, employers, places) gets its pinyin form, word-aware (pinyin-pro: 会计 is
 * "kuaiji", 重庆 "chongqing"); a query's Latin words that spell one, with or without spaces between syllables, stand
 * for the Chinese term. Queries only: documents are taken as written.
 */
const require = createRequire(import.meta.url);
type PinyinFn = (text: string, options: { toneType: 'none'; type: 'array'; v: boolean }) => string[];
let pinyinFn: PinyinFn | undefined;

const CJK = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/u;
/** Up to this many words spell one term ("qian duan gong cheng shi"). */
const MAX_WORDS = 6;
/** Shorter spellings ("li", "hui") match too much of English and of other terms. */
const MIN_KEY_LENGTH = 4;

/** A Chinese text's pinyin syllables without tones (ü as v), one per character; Latin characters kept as they are. */
export function pinyinSyllables(text: string): string[] {
  // Loaded on first use: pinyin-pro's dictionary is needed by the processes that search, not by every one.
  pinyinFn ??= (require('pinyin-pro') as { pinyin: PinyinFn }).pinyin;
  return pinyinFn(text, { toneType: 'none', type: 'array', v: true }).map((s) => s.toLowerCase().trim());
}

let index: Map<string, string[]> | undefined;

/** Every Chinese term of the taxonomy and the vocabulary by its pinyin without spaces ("qianduan" → 前端). */
function pinyinIndex(): Map<string, string[]> {
  if (index) return index;
  const terms = new Set<string>();
  for (const skill of skillTaxonomy().skills) for (const t of [skill.name, skill.nameZh, ...skill.aliases]) terms.add(t);
  for (const concept of jobVocabulary().concepts) for (const t of concept.terms) terms.add(t);
  index = new Map();
  for (const term of terms) {
    // Chinese only: a term mixing Latin ("UI设计师", "Go语言") is spelled by its Chinese part's pinyin and its Latin word.
    if (!CJK.test(term) || !/^[\p{Script=Han}a-z0-9 ]+$/iu.test(term)) continue;
    const key = pinyinSyllables(term).join('').replace(/\s+/g, '').toLowerCase();
    if (key.length < MIN_KEY_LENGTH || !/^[a-z0-9]+$/.test(key)) continue;
    const list = index.get(key) ?? [];
    if (!list.includes(term)) list.push(term);
    index.set(key, list);
  }
  return index;
}

/**
 * The Chinese terms a query spells in pinyin, longest spelling first from each word: "chanpin jingli" → 产品经理,
 * "qianduan" → 前端, "zijie tiaodong" → 字节跳动. Words of the query that are English ("product manager") spell nothing.
 */
export function chineseSpelledIn(query: string): string[] {
  const words = tokenize(query).filter((w) => /^[a-z]+$/.test(w));
  const found: string[] = [];
  for (let i = 0; i < words.length;) {
    let matched = 0;
    for (let n = Math.min(MAX_WORDS, words.length - i); n >= 1 && matched === 0; n--) {
      const key = words.slice(i, i + n).join('');
      const terms = key.length >= MIN_KEY_LENGTH ? pinyinIndex().get(key) : undefined;
      if (terms) {
        for (const term of terms) if (!found.includes(term)) found.push(term);
        matched = n;
      }
    }
    i += Math.max(matched, 1);
  }
  return found;
}

/** A query with the Chinese terms it spells in pinyin appended (unchanged when it spells none). */
export function withChineseOfPinyin(query: string): string {
  const chinese = chineseSpelledIn(query);
  return chinese.length ? `${query} ${chinese.join(' ')}` : query;
}

/** The job concepts a query names, in either language or in pinyin. */
export const conceptsOfQuery = (query: string) => findConcepts(withChineseOfPinyin(query));
