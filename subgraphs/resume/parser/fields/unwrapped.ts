/** The prose of a resume as written, its lines rejoined where a PDF or a narrow column wrapped a sentence. */

/**
 * A sentence a PDF or a narrow column wrapped, read across its line break (a blank line between, as PDF text has):
 * after a comma, a hyphen, or a long line's lowercase word before a word. A bullet opens a line of its own.
 */
export const unwrapped = (text: string) =>
  text
    // A word a PDF cut at its hyphen ("customer follow-" / "up by phone"): one word again, its hyphen kept.
    .replace(/(?<=\p{L}-)[ \t]*\n(?:[ \t]*\n)?[ \t]*(?=\p{Ll})/gu, '')
    .replace(/(?<=,)[ \t]*\n(?:[ \t]*\n)?[ \t]*(?=\p{L})/gu, ' ')
    .replace(/(?<=^[^\n]{40,}[a-z])[ \t]*\n(?:[ \t]*\n)?[ \t]*(?=\p{L})/gmu, ' ');
