/**
 * A name a PDF or a narrow column cut after its joining word, its rest on the next line: "Western Cape Department of
 * Environmental Affairs and" / "Development Planning" (an employer's, entry-lines.ts), "Queensland Fire and" / "Emergency
 * Services Academy" (a school's, school-wraps.ts). Each reader joins the lines back with the rest it expects.
 */

/** A name's capitalised word: "Western", "O’Brien", "St.", "Wisconsin-Madison". */
const CAPITAL_WORD = String.raw`\p{Lu}[\p{L}'’.-]*`;

/**
 * The cut line: capitalised words, then the joining word the line stops on. `more` bounds the words after the first;
 * `joinsInside` lets joining words stand among them ("Department of Environmental Affairs and").
 */
export function nameCutOnJoiningWord(more: { min: number; max: number }, joinsInside: boolean): RegExp {
  const word = joinsInside ? `(?:${CAPITAL_WORD}|of|the|for|and|&)` : CAPITAL_WORD;
  return new RegExp(String.raw`^\s*${CAPITAL_WORD}(?:\s+${word}){${more.min},${more.max}}\s+(?:of|for|and|&)\s*$`, 'u');
}
