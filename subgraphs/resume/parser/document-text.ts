/**
 * The text of a PDF (pdfjs-dist, legacy build for Node) or a DOCX (mammoth), under a page and a
 * character budget. Runs inside the parse worker (parse-worker.ts), never on the service's main
 * thread: these parsers inflate compressed data and can be made to allocate without bound, so they
 * get a thread whose heap is capped and which can be terminated. Refusals are `ResumeRefusal`s.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import mammoth from 'mammoth';
import type * as PdfJsModule from 'pdfjs-dist/legacy/build/pdf.mjs';
import { ResumeRefusal } from './resume-refusal.ts';

export interface TextBudget {
  /** A PDF with more pages is refused (TOO_LARGE) before any page is read. */
  maxPages: number;
  /** Reading stops at this many characters; the text is cut there. */
  maxTextChars: number;
}

/** Cuts the text at the budget (never inside a surrogate pair). */
export function withinBudget(text: string, maxTextChars: number): string {
  if (text.length <= maxTextChars) return text;
  const end = /[\uD800-\uDBFF]/.test(text[maxTextChars - 1] ?? '') ? maxTextChars - 1 : maxTextChars;
  return text.slice(0, end);
}

// ---------------------------------------------------------------------------------------------
// PDF

type PdfJs = typeof PdfJsModule;
let pdfjsPromise: Promise<PdfJs> | null = null;
const require = createRequire(import.meta.url);
const pdfjsRoot = dirname(require.resolve('pdfjs-dist/package.json'));

async function loadPdfJs(): Promise<PdfJs> {
  pdfjsPromise ??= import('pdfjs-dist/legacy/build/pdf.mjs').then((pdfjs) => {
    pdfjs.GlobalWorkerOptions.workerSrc = pathToFileURL(join(pdfjsRoot, 'legacy/build/pdf.worker.mjs')).href;
    return pdfjs;
  });
  return pdfjsPromise;
}

interface PdfTextItem {
  str: string;
  transform: number[];
  width: number;
  height: number;
  hasEOL: boolean;
}

const corruptPdf = () => new ResumeRefusal('CORRUPT_FILE', 'The PDF could not be read; it may be damaged');

export async function pdfText(bytes: Uint8Array, budget: TextBudget): Promise<string> {
  const pdfjs = await loadPdfJs();
  const task = pdfjs.getDocument({
    data: new Uint8Array(bytes),
    cMapUrl: `${join(pdfjsRoot, 'cmaps')}/`,
    cMapPacked: true,
    standardFontDataUrl: `${join(pdfjsRoot, 'standard_fonts')}/`,
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    verbosity: 0,
  });
  let document;
  try {
    document = await task.promise;
  } catch (error) {
    await task.destroy();
    const name = (error as { name?: string }).name;
    if (name === 'PasswordException') throw new ResumeRefusal('CORRUPT_FILE', 'The PDF is password-protected; send it without a password');
    throw corruptPdf();
  }
  try {
    if (document.numPages > budget.maxPages) {
      throw new ResumeRefusal('TOO_LARGE', `The PDF has ${document.numPages} pages; the limit is ${budget.maxPages}`, {
        maxPages: budget.maxPages,
      });
    }
    const pages: string[] = [];
    let length = 0;
    for (let n = 1; n <= document.numPages && length < budget.maxTextChars; n++) {
      const page = await document.getPage(n);
      const content = await page.getTextContent();
      const text = pdfPageText(content.items.filter((item) => 'str' in item) as PdfTextItem[]);
      pages.push(text);
      length += text.length + 2;
      page.cleanup();
    }
    const text = withinBudget(pages.join('\n\n'), budget.maxTextChars);
    if (text.replace(/\s/g, '').length < 20) {
      throw new ResumeRefusal(
        'NO_TEXT',
        'The PDF has no text layer (a scanned or image-only resume); send a PDF with selectable text, a DOCX or plain text',
      );
    }
    return text;
  } catch (error) {
    if (error instanceof ResumeRefusal) throw error;
    throw corruptPdf();
  } finally {
    await document.destroy();
  }
}

/** Rebuilds lines from positioned text runs: a new line where the baseline moves, a space where a gap opens. */
function pdfPageText(items: PdfTextItem[]): string {
  let out = '';
  let lastY: number | null = null;
  let lastEndX = 0;
  for (const item of items) {
    const x = item.transform[4] ?? 0;
    const y = item.transform[5] ?? 0;
    const size = Math.abs(item.transform[0] ?? 0) || item.height || 10;
    if (lastY !== null && Math.abs(y - lastY) > size * 0.5) out += '\n';
    // A wide gap on one line is a column (dates set flush right): two spaces, as in text resumes.
    else if (lastY !== null && x - lastEndX > size * 2 && item.str.trim()) out = `${out.trimEnd()}  `;
    else if (lastY !== null && x - lastEndX > size * 0.25 && !out.endsWith(' ') && item.str && !item.str.startsWith(' ')) out += ' ';
    // pdf.js reports a wide gap as one space run as wide as the gap: a column break.
    if (!item.str.trim() && item.str && item.width > size * 2) out = `${out.trimEnd()}  `;
    else out += item.str;
    if (item.str || lastY === null) {
      lastY = y;
      lastEndX = x + item.width;
    }
    if (item.hasEOL) {
      out += '\n';
      lastY = null;
    }
  }
  return out.replace(/[ \t]+\n/g, '\n').replace(/\n{3,}/g, '\n\n');
}

// ---------------------------------------------------------------------------------------------
// DOCX

/** The archive was checked before (docx-archive.ts): its real inflated size is within the budget. */
export async function docxText(bytes: Uint8Array, budget: TextBudget): Promise<string> {
  let text: string;
  try {
    const result = await mammoth.extractRawText({ buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) });
    text = result.value;
  } catch {
    throw new ResumeRefusal('CORRUPT_FILE', 'The DOCX file could not be read; it may be damaged');
  }
  return withinBudget(text, budget.maxTextChars).replace(/\n{3,}/g, '\n\n');
}
