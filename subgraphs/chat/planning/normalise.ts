/**
 * A question as the planners read it: NFKC (full-width letters and digits, compatibility forms and
 * ligatures become their plain characters: "Ｋｕｂｅｒｎｅｔｅｓ" is "Kubernetes"), without the invisible
 * characters that hide or reorder text (zero-width spaces and joiners, bidi overrides and isolates,
 * the byte-order mark, soft hyphens, tag characters), other control characters as spaces, and
 * whitespace collapsed. Homoglyphs (a Cyrillic "а" in "Аlibaba") are left as they are: they are
 * letters, and a name spelled with them simply finds nobody.
 */
/** Code point ranges, inclusive (a regular expression's class would combine the marks among them). */
const INVISIBLE: readonly (readonly [number, number])[] = [
  [0x00ad, 0x00ad], // soft hyphen
  [0x034f, 0x034f], // combining grapheme joiner
  [0x061c, 0x061c], // Arabic letter mark
  [0x115f, 0x1160], // Hangul fillers
  [0x17b4, 0x17b5], // Khmer inherent vowels
  [0x180b, 0x180f], // Mongolian variation selectors and vowel separator
  [0x200b, 0x200f], // zero-width space, non-joiner, joiner; left-to-right and right-to-left marks
  [0x202a, 0x202e], // bidi embeddings and overrides
  [0x2060, 0x206f], // word joiner, invisible operators, bidi isolates
  [0x3164, 0x3164], // Hangul filler
  [0xfe00, 0xfe0f], // variation selectors
  [0xfeff, 0xfeff], // byte-order mark
  [0xffa0, 0xffa0], // half-width Hangul filler
  [0xe0000, 0xe007f], // tag characters
  [0xe0100, 0xe01ef], // variation selectors supplement
];
const isInvisible = (code: number) => INVISIBLE.some(([from, to]) => code >= from && code <= to);
const isControl = (code: number) => code <= 0x1f || (code >= 0x7f && code <= 0x9f) || code === 0x2028 || code === 0x2029;

export function normaliseQuestion(question: string): string {
  return shownAsData(question.normalize('NFKC'));
}

/**
 * A record's value as an answer may show it (a name, a title): as stored, but without invisible
 * characters (a bidi override would reorder the answer around it, a zero-width space hide a word) and
 * with line breaks and other controls as spaces (a value cannot open a line that reads as the answer's own).
 */
export function shownAsData(value: string): string {
  let kept = '';
  for (const character of value) {
    const code = character.codePointAt(0)!;
    if (!isInvisible(code)) kept += isControl(code) ? ' ' : character;
  }
  return kept.replace(/\s+/gu, ' ').trim();
}

/** Whether a text holds any character normaliseQuestion removes (the injection suite plants them). */
export function hasInvisibleCharacters(text: string): boolean {
  for (const character of text) if (isInvisible(character.codePointAt(0)!)) return true;
  return false;
}

/**
 * A question's language for its answer: Chinese when it has at least 1.5 Han characters a Latin word
 * (a Chinese word is one to three characters: "有没有会 Go 的 backend engineer" and "谁会 Kubernetes？"
 * are Chinese, "who knows 张伟?" is English), else English.
 */
export function questionLanguage(question: string): 'zh' | 'en' {
  const han = question.match(/\p{Script=Han}/gu)?.length ?? 0;
  const latinWords = question.match(/[A-Za-z]+/g)?.length ?? 0;
  return han > 0 && han >= 1.5 * latinWords ? 'zh' : 'en';
}
