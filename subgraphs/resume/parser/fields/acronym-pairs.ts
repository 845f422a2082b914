/**
 * Terms written beside their acronyms, "Crew Resource Management (CRM)" or "CRM (Crew Resource Management)", found by
 * the acronym's initials: one item in a skills list (`listedSkills`), a practice named twice in a sentence
 * (`definedAcronyms`), and kept out of the taxonomy's reading of a list (`withoutAcronymPairs`).
 */
/** Words an acronym may skip ("Safety and Emergency Procedures" is SEP) or take a letter from ("Point of Sale" is POS). */
const ACRONYM_GAP_WORD = /^(?:and|of|the|for|in|on|to|&)$/iu;
/** An acronym: two to eight capitals, "&" among them, a plural's s after ("CRM", "M&E", "KPIs"). */
const ACRONYM = /^[A-Z][A-Z&]{1,7}s?$/u;

/** Whether `acronym` is the initials of `words`, in order, each word giving one letter or, if a small word, none. */
function isAcronymOf(acronym: string, words: readonly string[]): boolean {
  const letters = acronym.replace(/s$|&/gu, '').toLowerCase();
  const match = (l: number, w: number): boolean => {
    if (l === letters.length) return w === words.length;
    if (w === words.length) return false;
    const word = words[w]!;
    return (word[0]!.toLowerCase() === letters[l] && match(l + 1, w + 1)) || (ACRONYM_GAP_WORD.test(word) && match(l, w + 1));
  };
  return words.length >= 2 && match(0, 0);
}

/** A term beside its acronym in a line: where the pair stands, its words and its acronym. */
export interface AcronymPair {
  start: number;
  end: number;
  /** The words the acronym stands for ("Crew Resource Management"). */
  expansion: string;
  acronym: string;
  /** Written after the words ("Early Years Learning Framework (EYLF)"): the short name the resume defines for them. */
  acronymLast?: boolean;
}

/**
 * The terms a line writes beside their acronyms, either first: "Crew Resource Management (CRM)", "CRM (Crew Resource
 * Management)". Each pair is one skill: the acronym alone may name another (CRM is also customer relationship
 * management), and the words hold an "and" that is no list ("Safety and emergency procedures (SEP)").
 */
export function acronymPairs(line: string): AcronymPair[] {
  const pairs: AcronymPair[] = [];
  for (const m of line.matchAll(/([A-Za-z][A-Za-z&]*)\s*[(（]\s*([^()（）]+?)\s*[)）]/gu)) {
    const [whole, before, inside] = m as unknown as [string, string, string];
    const start = m.index;
    const end = start + whole.length;
    if (ACRONYM.test(before)) {
      const words = inside.split(/[\s-]+/u).filter(Boolean);
      if (isAcronymOf(before, words)) pairs.push({ start, end, expansion: inside, acronym: before });
      continue;
    }
    if (!ACRONYM.test(inside)) continue;
    // The words before the bracket, back to the item's start (a separator, a label's colon or the line's start).
    const head = line.slice(0, start + before.length);
    const itemStart = Math.max(...[...'，,、;；:：|｜•·'].map((c) => head.lastIndexOf(c) + 1), 0);
    // "U.S." gives a letter a capital ("Certified U.S. Export Compliance Officer (CUSECO)").
    const words = head
      .slice(itemStart)
      .trim()
      .split(/[\s-]+/u)
      .filter(Boolean)
      .flatMap((word) => (/^(?:[A-Z]\.){2,}$/u.test(word) ? word.split('.').filter(Boolean) : [word]));
    for (let from = words.length - 2; from >= 0; from--) {
      if (!isAcronymOf(inside, words.slice(from))) continue;
      const phrase = words.slice(from).join(' ');
      const phraseStart = Math.max(itemStart, head.lastIndexOf(words[from]!, head.length - phrase.length + words[from]!.length));
      pairs.push({
        start: phraseStart,
        end,
        expansion: head.slice(phraseStart).trim(),
        acronym: inside,
        acronymLast: true,
      });
      break;
    }
  }
  return pairs;
}

/** Lines with each term-and-acronym pair blanked (a list separator in its place), for taxonomy mentions. */
export function withoutAcronymPairs(lines: readonly string[]): string[] {
  return lines.map((line) => {
    let out = line;
    for (const { start, end } of acronymPairs(line).reverse()) out = `${out.slice(0, start)}, ${out.slice(end)}`;
    return out;
  });
}
