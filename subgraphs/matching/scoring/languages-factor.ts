/**
 * languages: the share of the job's languages the talent speaks. Both sides are normalised
 * (Mandarin = 普通话 = 中文 = Chinese, English = 英语 = CET-6, Japanese = 日语 = JLPT …), and a
 * level written beside the name ("English (fluent)", "英语 流利") is ignored. Chinese covers
 * Mandarin; Cantonese is its own language. A profile that lists no language is unknown (0.5), not
 * one that speaks none.
 */
import { escapeRegExp } from '../../../data/text/regexp.ts';
import { listOf, memoize, say, unavailable, type FactorOutcome, type Gap } from './factor.ts';
import type { MatchLanguage, MatchTalent } from './types.ts';

interface Language {
  id: string;
  en: string;
  zh: string;
  /** Lower-cased names and certificates; Chinese ones match anywhere, Latin ones as words. */
  names: string[];
}

const LANGUAGES: Language[] = [
  { id: 'cantonese', en: 'Cantonese', zh: '粤语', names: ['cantonese', '粤语', '广东话', '白话'] },
  { id: 'mandarin', en: 'Mandarin', zh: '普通话', names: ['mandarin', 'chinese', 'putonghua', '普通话', '中文', '汉语', '国语', '华语'] },
  {
    id: 'english',
    en: 'English',
    zh: '英语',
    names: ['english', '英语', '英文', 'cet-4', 'cet-6', 'cet4', 'cet6', 'ielts', 'toefl', '雅思', '托福', '专八', 'tem-8'],
  },
  { id: 'japanese', en: 'Japanese', zh: '日语', names: ['japanese', '日语', '日文', 'jlpt', '日本语'] },
  { id: 'korean', en: 'Korean', zh: '韩语', names: ['korean', '韩语', '韩文', 'topik'] },
  { id: 'french', en: 'French', zh: '法语', names: ['french', '法语', 'français', 'francais', 'delf', 'dalf'] },
  { id: 'german', en: 'German', zh: '德语', names: ['german', '德语', 'deutsch'] },
  { id: 'spanish', en: 'Spanish', zh: '西班牙语', names: ['spanish', '西班牙语', 'español', 'espanol', 'dele'] },
  { id: 'portuguese', en: 'Portuguese', zh: '葡萄牙语', names: ['portuguese', '葡萄牙语', '葡语'] },
  { id: 'italian', en: 'Italian', zh: '意大利语', names: ['italian', '意大利语'] },
  { id: 'russian', en: 'Russian', zh: '俄语', names: ['russian', '俄语'] },
  { id: 'arabic', en: 'Arabic', zh: '阿拉伯语', names: ['arabic', '阿拉伯语'] },
  { id: 'thai', en: 'Thai', zh: '泰语', names: ['thai', '泰语'] },
  { id: 'vietnamese', en: 'Vietnamese', zh: '越南语', names: ['vietnamese', '越南语'] },
  { id: 'malay', en: 'Malay', zh: '马来语', names: ['malay', 'bahasa', '马来语'] },
  { id: 'indonesian', en: 'Indonesian', zh: '印尼语', names: ['indonesian', '印尼语', 'bahasa indonesia'] },
  { id: 'hindi', en: 'Hindi', zh: '印地语', names: ['hindi', '印地语'] },
];

/** A profile that lists no language says nothing either way: half, like unknown years. */
export const UNKNOWN_LANGUAGES_SCORE = 0.5;

const HAS_CJK = /[\u3400-\u9fff]/u;

/** A test for one name: a substring for Chinese, a whole word for Latin. */
function nameTest(name: string): (text: string) => boolean {
  if (HAS_CJK.test(name)) return (text) => text.includes(name);
  const escaped = escapeRegExp(name);
  const pattern = new RegExp(`(^|[^\\p{L}\\p{N}])${escaped}($|[^\\p{L}\\p{N}])`, 'u');
  return (text) => text.includes(name) && pattern.test(text);
}

const LANGUAGE_TESTS = LANGUAGES.map((language) => ({ id: language.id, tests: language.names.map(nameTest) }));
const isIndonesian = nameTest('bahasa indonesia');

/** The language a text names ("English (fluent)", "英语六级" → english), or null. "Bahasa Indonesia" is Indonesian, not Malay. */
export const normalizeLanguage = memoize((text: string): string | null => {
  const folded = text.normalize('NFKC').toLowerCase().trim();
  if (!folded) return null;
  if (isIndonesian(folded)) return 'indonesian';
  if (/六级|四级/.test(folded) && !/日|韩|法|德/.test(folded)) return 'english';
  return LANGUAGE_TESTS.find(({ tests }) => tests.some((test) => test(folded)))?.id ?? null;
});

const labelOf = (id: string, language: MatchLanguage): string => {
  const found = LANGUAGES.find((l) => l.id === id);
  return found ? (language === 'zh' ? found.zh : found.en) : id;
};

/** The languages a talent speaks: normalised ids → as written. */
export function spokenLanguages(talent: MatchTalent): Map<string, string> {
  const spoken = new Map<string, string>();
  for (const written of talent.languages) {
    const id = normalizeLanguage(written);
    if (id !== null && !spoken.has(id)) spoken.set(id, written.trim());
  }
  return spoken;
}

/** A language the job asks for: its id (a name the table lacks is kept, lower-cased) and its label. */
export function askedLanguage(text: string, language: MatchLanguage): { id: string; label: string } {
  const id = normalizeLanguage(text);
  return id === null ? { id: text.normalize('NFKC').toLowerCase().trim(), label: text.trim() } : { id, label: labelOf(id, language) };
}

export function languagesFactor(talent: MatchTalent, wanted: readonly string[], language: MatchLanguage): FactorOutcome {
  const asked = [
    ...new Map(
      wanted
        .filter((w) => w.trim())
        .map((w) => askedLanguage(w, language))
        .map((a) => [a.id, a]),
    ).values(),
  ];
  if (asked.length === 0) return unavailable(say(language, 'The job asks for no language; not scored.', '职位未要求语言，不计分。'));
  const spoken = spokenLanguages(talent);
  if (talent.languages.every((l) => !l.trim())) {
    const labels = listOf(
      language,
      asked.map((a) => a.label),
    );
    return {
      score: UNKNOWN_LANGUAGES_SCORE,
      explanation: say(
        language,
        `The profile lists no languages (the job asks ${labels}); counted as half.`,
        `简历未注明语言能力（职位要求 ${labels}），按一半计分。`,
      ),
      evidence: [],
      available: true,
      gaps: asked.map((a) => ({
        text: say(language, `Confirm ${a.label}`, `确认掌握${a.label}`),
        gain: (1 - UNKNOWN_LANGUAGES_SCORE) / asked.length,
        tier: 0,
        key: `language:${a.id}`,
      })),
    };
  }
  const covered = asked.filter((a) => spoken.has(a.id));
  const missing = asked.filter((a) => !spoken.has(a.id));
  const labels = (list: typeof asked) =>
    listOf(
      language,
      list.map((a) => a.label),
    );
  const explanation =
    language === 'zh'
      ? `会 ${asked.length} 种要求语言中的 ${covered.length} 种${covered.length > 0 ? `：${labels(covered)}` : ''}${missing.length > 0 ? `；不会 ${labels(missing)}` : ''}。`
      : `Speaks ${covered.length} of ${asked.length} languages asked${covered.length > 0 ? `: ${labels(covered)}` : ''}${missing.length > 0 ? `; not ${labels(missing)}` : ''}.`;
  const gaps: Gap[] = missing.map((a) => ({
    text: say(language, `Speak ${a.label}`, `掌握${a.label}`),
    gain: 1 / asked.length,
    tier: 0,
    key: `language:${a.id}`,
  }));
  return {
    score: covered.length / asked.length,
    explanation,
    evidence: covered.map((a) => spoken.get(a.id)!),
    available: true,
    gaps,
  };
}
