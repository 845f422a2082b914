/**
 * The written forms of a taxonomy term it does not list and people write: other separators ("Node js"), the other
 * side's spelling ("optimisation"), the plural of a multi-word term ("user stories"). SkillTaxonomy adds them where
 * free.
 */

/**
 * A Latin term with its separators (space, dot, hyphen) written each other way: "Node.js" → "Node js", "Node-js"; one
 * glued at an acronym's edge with a space there ("SoapUI" → "Soap UI").
 */
export function separatorVariants(written: string): string[] {
  // A name glued at an acronym's edge, written apart: "SoapUI" → "Soap UI", "WHODrug" → "WHO Drug".
  const glued = /^(?:([A-Z]{2,})([A-Z][a-z]{2,})|([A-Z][a-z]{2,})([A-Z]{2,}))$/.exec(written);
  if (glued) return [glued[1] ? `${glued[1]} ${glued[2]}` : `${glued[3]} ${glued[4]}`];
  if (!/^[A-Za-z0-9]+(?:[ .-][A-Za-z0-9]+)+$/.test(written)) return [];
  // One separator between each two parts: the parts joined each other way are the term with its separators replaced.
  const parts = written.split(/[ .-]/);
  const variants = [parts.join(' '), parts.join('-'), parts.join('.')];
  // Joined only when every part is a word of its own ("machinelearning", not "ab" from "A B").
  if (parts.every((part) => part.length >= 3)) variants.push(parts.join(''));
  return variants.filter((variant) => variant !== written);
}

/**
 * British and American spellings of words a pattern can tell, each pair one way and back, and what a term needs to
 * hold for either pattern to match (a quick test that spares most terms the patterns' backtracking).
 */
const SPELLINGS: [RegExp, string, RegExp, string, RegExp][] = [
  // optimization ↔ optimisation, organize ↔ organise
  [
    /\b([a-z]{2,})iz(e|ed|es|ing|er|ers|ation|ations)\b/gi,
    '$1is$2',
    /\b([a-z]{2,})is(e|ed|es|ing|er|ers|ation|ations)\b/gi,
    '$1iz$2',
    /i[zs](?:e|ing|ation)/i,
  ],
  [/\b([a-z]{2,})yz(e|ed|es|ing|er|ers)\b/gi, '$1ys$2', /\b([a-z]{2,})ys(e|ed|es|ing|er|ers)\b/gi, '$1yz$2', /y[zs](?:e|ing)/i], // analyze ↔ analyse
  [/\b([a-z]*[^e\W]e)l(ing|ed|er|ers)\b/gi, '$1ll$2', /\b([a-z]*[^e\W]e)ll(ing|ed|er|ers)\b/gi, '$1l$2', /ell?(?:ing|ed|er)/i], // modeling ↔ modelling
  [
    /\b(behavi|col|fav|hum|lab|harb|rum|vap|hon|neighb)or(s|al|ed|ing)?\b/gi,
    '$1our$2',
    /\b(behavi|col|fav|hum|lab|harb|rum|vap|hon|neighb)our(s|al|ed|ing)?\b/gi,
    '$1or$2',
    /(?:behavi|col|fav|hum|lab|harb|rum|vap|hon|neighb)ou?r/i,
  ],
  [/\b(cent|met|fib|theat)er(s)?\b/gi, '$1re$2', /\b(cent|met|fib|theat)re(s)?\b/gi, '$1er$2', /(?:cent|met|fib|theat)(?:er|re)/i], // center ↔ centre
  [/\b(catalog|dialog|analog)(s)?\b/gi, '$1ue$2', /\b(catalog|dialog|analog)ue(s)?\b/gi, '$1$2', /catalog|dialog|analog/i],
  [/\b(licen|defen|offen)se(s)?\b/gi, '$1ce$2', /\b(licen|defen|offen)ce(s)?\b/gi, '$1se$2', /(?:licen|defen|offen)[sc]e/i],
  [/\bprogram(s)?\b/gi, 'programme$1', /\bprogramme(s)?\b/gi, 'program$1', /program/i],
  [/ and /gi, ' & ', / & /g, ' and ', / and | & /i], // Mergers and Acquisitions ↔ Mergers & Acquisitions
];

/** What a term needs to hold for any pattern to match: most terms hold none and have no variant. */
const ANY_SPELLING = new RegExp(SPELLINGS.map(([, , , , needed]) => needed.source).join('|'), 'i');

/** A Latin term written with the other side's spelling, or with "&" for "and": each change alone and all together. */
export function spellingVariants(written: string): string[] {
  if (!/^[A-Za-z0-9 &./-]+$/.test(written) || !/[A-Za-z]{4}/.test(written) || !ANY_SPELLING.test(written)) return [];
  const variants = new Set<string>();
  let all = written;
  for (const [there, thereTo, back, backTo, needed] of SPELLINGS) {
    if (!needed.test(written)) continue;
    for (const [pattern, replacement] of [
      [there, thereTo],
      [back, backTo],
    ] as const) {
      const variant = written.replace(pattern, replacement);
      if (variant === written) continue;
      variants.add(variant);
      all = all.replace(pattern, replacement);
      break;
    }
  }
  variants.add(all);
  variants.delete(written);
  return [...variants];
}

/** "journey map" → "journey maps", "user story" → "user stories": multi-word Latin terms only (single words keep listed plurals). */
export function pluralOf(written: string): string | null {
  if (!/^[A-Za-z][A-Za-z0-9]*(?:[ -][A-Za-z0-9]+)+$/.test(written) || !/[a-z]$/.test(written)) return null;
  if (/s$/.test(written)) return null;
  if (/[^aeiou]y$/.test(written)) return `${written.slice(0, -1)}ies`;
  return /(?:x|ch|sh)$/.test(written) ? `${written}es` : `${written}s`;
}

/**
 * A multi-word practice named by what it makes: "unit testing" is written "unit tests", "financial modelling" "financial
 * models". Only these two heads, where the noun means the practice.
 */
export function nounFormsOf(written: string): string[] {
  const practice = /^([A-Za-z][A-Za-z0-9/]*(?:[ -][A-Za-z0-9/]+)*)[ -](testing|model(?:l)?ing)$/i.exec(written);
  if (!practice) return [];
  const noun = /^test/i.test(practice[2]!) ? 'test' : 'model';
  return [`${practice[1]} ${noun}`, `${practice[1]} ${noun}s`];
}
