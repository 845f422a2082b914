/**
 * A name a PDF or a narrow column cut after its joining word, its rest on the next line: "Western Cape Department of
 * Environmental Affairs and" / "Development Planning" (an employer's, entry-lines.ts), "Queensland Fire and" / "Emergency
 * Services Academy" (a school's, school-wraps.ts). Each reader joins the lines back with the rest it expects.
 */

/**
 * The small words other languages join a name's words with, written in lower case: "Jung von Matt", "Institut für
 * Werkstoffanwendungen im Maschinenbau", "Istituto per la Ricerca", "Koç Holding ve Ticaret", "Frankfurt am Main".
 */
export const NAME_PARTICLE =
  'de|du|des|del|da|di|do|dos|das|la|le|el|los|las|il|lo|della|dello|delle|dei|degli|al|alla|nel|nella|per|y|e|et|en|ve|og|och|für|und|von|van|zu|am|an|im';

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
