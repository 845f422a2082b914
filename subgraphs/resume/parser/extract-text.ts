/**
 * From an uploaded file to plain text: PDF (pdfjs-dist), DOCX (mammoth), plain text (UTF-8, or
 * GB18030 as older Chinese files are), Markdown and HTML (markup stripped here, links kept as text
 * so the contact fields can find them). Every refusal is a BAD_USER_INPUT LoomaError whose `reason`
 * is one of `ResumeErrorReason`; a full parse queue is RESOURCE_EXHAUSTED.
 *
 * PDF and DOCX are compressed formats a small file can inflate from to gigabytes, so they are read
 * under budgets (resume-limits.ts): a DOCX's archive is checked first, declared and real sizes
 * (docx-archive.ts), a PDF's compressed streams (pdf-streams.ts), then both are parsed in the worker
 * pool (parse-pool.ts), never on this thread.
 */
import { badInput, type LoomaError } from '../../../platform/errors.ts';
import { checkDocxArchive } from './docx-archive.ts';
import { withinBudget } from './document-text.ts';
import { parsePool } from './parse-pool.ts';
import { checkPdfStreams } from './pdf-streams.ts';
import { DEFAULT_RESUME_LIMITS, type ResumeLimits } from '../../../platform/resume-limits.ts';
import { ResumeRefusal, formatBytes, type ResumeErrorReason } from './resume-refusal.ts';
import type { ResumeFormat, ResumeInput } from './types.ts';

export { ResumeErrorReason } from './resume-refusal.ts';

/** The default upload limit; callers pass their configured one. */
export const DEFAULT_MAX_RESUME_BYTES = DEFAULT_RESUME_LIMITS.maxBytes;

/** The configured limits (`config.resumes`); any left out take their defaults. */
export type ExtractOptions = Partial<ResumeLimits>;

export interface ExtractedText {
  format: ResumeFormat;
  text: string;
}

export function resumeError(reason: ResumeErrorReason, message: string, details: Record<string, unknown> = {}): LoomaError {
  return badInput(`${message} (${reason})`, { ...details, reason });
}

const EXTENSIONS: Record<string, ResumeFormat> = {
  pdf: 'pdf',
  docx: 'docx',
  txt: 'text',
  text: 'text',
  md: 'markdown',
  markdown: 'markdown',
  html: 'html',
  htm: 'html',
};
const SUPPORTED = 'PDF, DOCX, plain text, Markdown or HTML';

export async function extractResumeText(input: ResumeInput, options: ExtractOptions = {}): Promise<ExtractedText> {
  const limits: ResumeLimits = { ...DEFAULT_RESUME_LIMITS, ...options };
  const maxBytes = limits.maxBytes;
  if (input.text !== undefined && input.contentBase64 === undefined) {
    const size = Buffer.byteLength(input.text, 'utf8');
    if (size > maxBytes) throw tooLarge(size, maxBytes);
    const format = formatFromName(input.filename) ?? 'text';
    if (format === 'pdf' || format === 'docx')
      throw resumeError('UNSUPPORTED_TYPE', `A ${format.toUpperCase()} resume must be sent as file content, not text`);
    return nonEmpty({ format, text: withinBudget(textOf(format, input.text), limits.maxTextChars) });
  }
  if (input.contentBase64 === undefined) throw resumeError('EMPTY', 'The resume has no content: send a file or text');
  // Refuse before decoding: base64 is 4 characters for 3 bytes.
  if (Math.floor((input.contentBase64.length * 3) / 4) > maxBytes + 3)
    throw tooLarge(Math.floor((input.contentBase64.length * 3) / 4), maxBytes);
  const bytes = Buffer.from(input.contentBase64, 'base64');
  if (bytes.length > maxBytes) throw tooLarge(bytes.length, maxBytes);
  if (bytes.length === 0) throw resumeError('EMPTY', 'The resume file is empty');

  const format = detectFormat(bytes, input.filename);
  if (format !== 'pdf' && format !== 'docx')
    return nonEmpty({ format, text: withinBudget(textOf(format, decodeText(bytes)), limits.maxTextChars) });
  try {
    // The checks inflate nothing into memory: a bomb is refused before it takes a parse slot.
    await (format === 'docx' ? checkDocxArchive(bytes, limits.maxInflatedBytes) : checkPdfStreams(bytes, limits.maxInflatedBytes));
    const text = await parsePool(limits.parse).text(format, bytes, limits);
    return nonEmpty({ format, text });
  } catch (error) {
    if (error instanceof ResumeRefusal) throw resumeError(error.reason, error.message, error.details);
    throw error;
  }
}

function tooLarge(size: number, maxBytes: number): LoomaError {
  return resumeError('TOO_LARGE', `The resume is ${formatBytes(size)}; the limit is ${formatBytes(maxBytes)}`, { maxBytes });
}

function nonEmpty(extracted: ExtractedText): ExtractedText {
  if (!extracted.text.trim()) throw resumeError('EMPTY', 'The resume has no text');
  return extracted;
}

function formatFromName(filename: string | undefined): ResumeFormat | null {
  const extension = filename?.toLowerCase().match(/\.([a-z0-9]+)$/)?.[1];
  return extension ? (EXTENSIONS[extension] ?? null) : null;
}

/** The file's own bytes decide over its name: a renamed PDF is a PDF, a renamed image is refused. */
function detectFormat(bytes: Buffer, filename: string | undefined): ResumeFormat {
  const named = formatFromName(filename);
  const head = bytes.subarray(0, 1024).toString('latin1');
  if (head.includes('%PDF-')) return 'pdf';
  if (bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04) {
    if (named === 'docx' || named === null || bytes.includes('word/')) return 'docx';
    throw resumeError('UNSUPPORTED_TYPE', `This is a ZIP archive, not a resume; send ${SUPPORTED}`);
  }
  if (named === 'pdf' || named === 'docx')
    throw resumeError('CORRUPT_FILE', `The file is named .${named} but is not a readable ${named.toUpperCase()}`);
  if (isBinary(bytes)) {
    const extension = filename?.match(/\.([^.]+)$/)?.[1];
    throw resumeError(
      'UNSUPPORTED_TYPE',
      `${extension ? `.${extension} files are` : 'This file type is'} not supported; send ${SUPPORTED}`,
    );
  }
  if (named) return named;
  if (filename && /\.[^.]+$/.test(filename)) {
    throw resumeError('UNSUPPORTED_TYPE', `${filename.match(/\.[^.]+$/)![0]} files are not supported; send ${SUPPORTED}`);
  }
  return /^\s*(?:<!doctype html|<html|<body|<div|<p\b)/i.test(head) ? 'html' : 'text';
}

const MAGIC_BINARY = [
  [0x89, 0x50, 0x4e, 0x47], // PNG
  [0xff, 0xd8, 0xff], // JPEG
  [0xd0, 0xcf, 0x11, 0xe0], // OLE: .doc, .xls
  [0x47, 0x49, 0x46, 0x38], // GIF
];

function isBinary(bytes: Buffer): boolean {
  if (MAGIC_BINARY.some((magic) => magic.every((b, i) => bytes[i] === b))) return true;
  const sample = bytes.subarray(0, 4096);
  let control = 0;
  for (const b of sample) {
    if (b === 0) return true;
    if (b < 9 || (b > 13 && b < 32)) control++;
  }
  return control > sample.length * 0.1;
}

function decodeText(bytes: Buffer): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    // Chinese resumes saved by older Windows tools are GBK/GB18030.
    return new TextDecoder('gb18030').decode(bytes);
  }
}

function textOf(format: ResumeFormat, raw: string): string {
  if (format === 'html') return htmlToText(raw);
  if (format === 'markdown') return markdownToText(raw);
  return raw.replace(/\r\n?/g, '\n');
}

// ---------------------------------------------------------------------------------------------
// HTML and Markdown

const ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  middot: '·',
  ndash: '–',
  mdash: '—',
};

export function htmlToText(html: string): string {
  return (
    decodeEntities(
      html
        .replace(/<!--[\s\S]*?-->/g, '')
        .replace(/<(script|style|head|noscript)\b[\s\S]*?<\/\1\s*>/gi, '')
        .replace(/<a\b[^>]*\bhref\s*=\s*["']([^"']+)["'][^>]*>([\s\S]*?)<\/a\s*>/gi, (_, href: string, inner: string) => {
          const label = inner.replace(/<[^>]+>/g, '').trim();
          const target = href.replace(/^mailto:|^tel:/i, '');
          return label.includes(target) || (target.includes(label) && label.length > 3) ? label : `${label} ${target}`;
        })
        .replace(/<li\b[^>]*>/gi, '\n• ')
        .replace(/<(td|th)\b[^>]*>/gi, ' | ')
        .replace(/<br\s*\/?>|<\/?(p|div|h[1-6]|ul|ol|li|tr|table|section|header|footer|article|dl|dt|dd)\b[^>]*>/gi, '\n')
        .replace(/<[^>]+>/g, ''),
    )
      // Runs of spaces separate columns ("2019 - 2021  Company  Title"): keep them as two spaces.
      .replace(/[ \t\u00a0]{2,}/g, '  ')
      .replace(/[\t\u00a0]/g, ' ')
      .replace(/ *\n */g, '\n')
      .replace(/\n{3,}/g, '\n\n')
      .trim()
  );
}

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (entity, body: string) => {
    if (body[0] === '#') {
      const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      return Number.isFinite(code) ? String.fromCodePoint(code) : entity;
    }
    return ENTITIES[body.toLowerCase()] ?? entity;
  });
}

export function markdownToText(markdown: string): string {
  return markdown
    .replace(/\r\n?/g, '\n')
    .replace(/```[\s\S]*?```/g, '')
    .replace(/!\[[^\]]*\]\([^)]*\)/g, '')
    .replace(/\[([^\]]+)\]\(([^)]+)\)/g, (_, label: string, url: string) => {
      const target = url.replace(/^mailto:|^tel:/i, '');
      return label.includes(target) ? label : `${label} ${target}`;
    })
    .replace(/^#{1,6}\s*/gm, '')
    .replace(/^\s*>\s?/gm, '')
    .replace(/^\s*[-*+]\s+/gm, '• ')
    .replace(/^\s*(?:-{3,}|\*{3,}|_{3,})\s*$/gm, '')
    .replace(/(\*\*|__)(.+?)\1/g, '$2')
    .replace(/(^|[^*\w])[*_]([^*_\n]+)[*_](?=[^*\w]|$)/g, '$1$2')
    .replace(/`([^`]+)`/g, '$1')
    .replace(/^\s*\|?(?:\s*:?-{2,}:?\s*\|)+\s*:?-*:?\s*$/gm, '')
    .trim();
}
