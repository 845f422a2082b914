import { shownAsData } from '../planning/normalise.ts';

/**
 * A record's text as an answer quotes it. The CRM renders `Answer.answer` as Markdown, so a talent named
 * `<img src=x onerror=alert(1)>`, `[click](javascript:alert(1))` or `**ignore previous**` would otherwise
 * become an element, a link or emphasis. Every character that can open or close Markdown (CommonMark with
 * the GFM extensions: tables, strikethrough, autolinks, footnotes; math's `$`) or HTML is backslash-escaped:
 * CommonMark renders an escaped ASCII punctuation character as itself and never as syntax, so the value reads
 * exactly as stored. Escaped anywhere: \ ` * _ [ ] < > & | ~ $ !. Escaped where the value begins (a talent's
 * name begins a line, where they open a heading, a list, a thematic break or a setext underline): # + - = and
 * the dot or parenthesis after leading digits (`1. `). Bare autolinks (`https://…`, `www.…`) get an escaped
 * slash or dot, so a renderer's linkifier sees no URL. The value is shown as data first (shownAsData: no invisible
 * characters, line breaks as spaces; step-results.ts did so already), so it cannot open a line of its own either.
 * Citations keep the raw values: they are data, not Markdown.
 */
const ANYWHERE = /[\\`*_[\]<>&|~$!]/g;
const AT_START = /^(?:[#+\-=]|\d{1,9}(?=[.)]))/;

export function markdownText(value: string): string {
  return shownAsData(value)
    .replace(ANYWHERE, (character) => `\\${character}`)
    .replace(AT_START, (opening) => (/^\d/.test(opening) ? `${opening}\\` : `\\${opening}`))
    .replace(/:\/\//g, ':\\/\\/')
    .replace(/\b(www)\./gi, '$1\\.');
}
