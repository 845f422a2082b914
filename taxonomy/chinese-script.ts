/**
 * Traditional Chinese read as simplified, one character for one (資訊科技 → 资讯科技), so that a resume from Hong
 * Kong, Macau or Taiwan meets the same headings, words and skills as one from the mainland. OpenCC's Hong Kong
 * table (opencc-js) converts; only its character-for-character results are used, so every offset in the folded text
 * is an offset in the original, and what is read there can be given back as written.
 */
import { Converter } from 'opencc-js/t2cn';

let convert: ((text: string) => string) | undefined;
const FIRST = 0x3400;
const LAST = 0x9fff;
/** Each Chinese character's simplified code unit, filled as characters are met (0: not yet looked up). */
const simplifiedCodes = new Uint16Array(LAST - FIRST + 1);

/**
 * Where the table's first form is not the one a resume means: 帳 (and the mainland's own 帐) is an account's, as the
 * taxonomy writes it (應收帳款, 记帐 → 应收账款, 记账), not a tent's; 昇 stays, as simplified text writes it too (昇腾).
 */
const OVERRIDES: Record<string, string> = { 帳: '账', 帐: '账', 昇: '昇' };

/** A Chinese character's simplified code unit (itself when it has no other form of one unit), in one step. */
function simplifiedCode(code: number): number {
  let simplified = simplifiedCodes[code - FIRST]!;
  if (simplified === 0) {
    const toCn = (convert ??= Converter({ from: 'hk', to: 'cn' }));
    let char = String.fromCharCode(code);
    // A variant's simplified form may have one of its own (薴 → 苧 → 苎): folded until it stays.
    for (let step = 0; step < 3; step++) {
      const next = OVERRIDES[char] ?? toCn(char);
      if (next.length !== 1 || next === char) break;
      char = next;
    }
    simplified = char.charCodeAt(0);
    simplifiedCodes[code - FIRST] = simplified;
  }
  return simplified;
}

const HAN = /[\u3400-\u9fff]/u;

/** The text with each traditional character replaced by its simplified form; the same length as the text. */
export function toSimplified(text: string): string {
  if (!HAN.test(text)) return text;
  let units: string[] | null = null;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < FIRST || code > LAST) continue;
    const simplified = simplifiedCode(code);
    if (simplified === code) continue;
    units ??= text.split('');
    units[i] = String.fromCharCode(simplified);
  }
  return units ? units.join('') : text;
}

const KANA = /[\u3040-\u30ff]/u;

export interface SimplifiedReading {
  text: string;
  /** What was read from `text`, in the document's own characters. */
  restore: (read: string) => string;
  /** Written in traditional characters throughout (one Chinese character in ten or more folded), not a school name's. */
  isTraditional: boolean;
}

/**
 * The text read in simplified characters when any of it is written in traditional ones, with `restore`, which writes
 * what was read from it back in the document's own characters; null for a text with nothing to fold, and for Japanese
 * (its kanji are its own: 試験 is no 试験).
 */
export function simplifiedReading(text: string): SimplifiedReading | null {
  if (!HAN.test(text) || KANA.test(text)) return null;
  const simplified = toSimplified(text);
  const written = new Map<string, string>();
  const keptAsIs = new Set<string>();
  let han = 0;
  let folded = 0;
  for (let i = 0; i < text.length; i++) {
    if (!HAN.test(text[i]!)) continue;
    han++;
    if (simplified[i] === text[i]) {
      keptAsIs.add(text[i]!);
      continue;
    }
    folded++;
    // A simplified character two traditional ones share (发: 發 and 髮) is given back as the first one written.
    if (!written.has(simplified[i]!)) written.set(simplified[i]!, text[i]!);
  }
  if (written.size === 0) return null;
  // What was read as it stands in the text is given back from there; what was joined or trimmed, character by
  // character, except a character the document also writes as it is (台 beside 臺).
  const restore = (read: string) => {
    const at = read ? simplified.indexOf(read) : -1;
    if (at >= 0) return text.slice(at, at + read.length);
    let out = '';
    for (const unit of read) out += keptAsIs.has(unit) ? unit : (written.get(unit) ?? unit);
    return out;
  };
  return { text: simplified, restore, isTraditional: folded * 10 >= han };
}
