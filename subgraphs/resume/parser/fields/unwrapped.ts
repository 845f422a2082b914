/** The prose of a resume as written, its lines rejoined where a PDF or a narrow column wrapped a sentence. */

/**
 * A sentence a PDF or a narrow column wrapped, read across its line break (a blank line between, as PDF text has):
 * after a comma, or a long line's lowercase word before a word. A bullet opens a line of its own.
 */
export const unwrapped = (text: string) =>
  text
    .replace(/(?<=,)[ \t]*\n(?:[ \t]*\n)?[ \t]*(?=\p{L})/gu, ' ')
    .replace(/(?<=^[^\n]{40,}[a-z])[ \t]*\n(?:[ \t]*\n)?[ \t]*(?=\p{L})/gmu, ' ');
