/**
 * The PDF counterpart of the DOCX archive check: before pdf.js sees the file, every Flate-encoded
 * stream (content streams, object streams, fonts, images alike: any of them may be what pdf.js
 * decodes) is inflated through a stream that counts bytes and drops them, and the file is refused
 * as TOO_LARGE when the streams together inflate past the budget, or when it has more streams than
 * any resume. pdf.js keeps a decoded stream whole in memory and has no limit of its own, so a 1 MB
 * "huge object stream" would otherwise become a gigabyte buffer. Inflating runs in libuv's thread
 * pool: the event loop keeps answering meanwhile.
 *
 * What it does not decode: streams whose first filter is not Flate (LZW, RunLength, ASCII85 before
 * Flate) and encrypted streams; for those the parse worker's allocation guard and heap limit remain.
 */
import zlib from 'node:zlib';
import { ResumeRefusal, formatBytes } from './resume-refusal.ts';

/** A resume PDF has tens to hundreds of streams. */
export const MAX_PDF_STREAMS = 10_000;

const STREAM_START = /(?<!end)stream(?:\r\n|\n|\r)/g;
const FIRST_FILTER = /\/Filter\s*(?:\[\s*)?\/([A-Za-z0-9]+)/;
const DICTIONARY_WINDOW = 64 * 1024;

/** Resolves to the total inflated size of the file's Flate streams; rejects with TOO_LARGE past the budgets. */
export async function checkPdfStreams(bytes: Buffer, maxInflatedBytes: number): Promise<number> {
  const source = bytes.toString('latin1');
  let total = 0;
  let streams = 0;
  for (const match of source.matchAll(STREAM_START)) {
    if (++streams > MAX_PDF_STREAMS) {
      throw new ResumeRefusal('TOO_LARGE', `The PDF has more than ${MAX_PDF_STREAMS} streams; that is not a resume`, {
        maxStreams: MAX_PDF_STREAMS,
      });
    }
    const start = match.index + match[0].length;
    const endstream = source.indexOf('endstream', start);
    const end = endstream === -1 ? source.length : endstream;
    const objectStart = source.lastIndexOf(' obj', match.index);
    const dictionary = source.slice(Math.max(objectStart, match.index - DICTIONARY_WINDOW, 0), match.index);
    const filter = FIRST_FILTER.exec(dictionary)?.[1];
    if (filter !== 'FlateDecode' && filter !== 'Fl') continue;
    total += await inflatedSize(bytes.subarray(start, end), maxInflatedBytes - total);
    if (total > maxInflatedBytes) {
      throw new ResumeRefusal(
        'TOO_LARGE',
        `The PDF's compressed streams inflate to more than ${formatBytes(maxInflatedBytes)}; that is not a resume`,
        {
          maxInflatedBytes,
        },
      );
    }
  }
  return total;
}

/**
 * How much one stream inflates to, counted until it passes `remaining`. The zlib header is skipped
 * and the data inflated raw, as pdf.js does: it never reads the trailing checksum. Data zlib cannot
 * read counts for what it gave up to there (pdf.js keeps that much too).
 */
async function inflatedSize(data: Buffer, remaining: number): Promise<number> {
  const inflater = zlib.createInflateRaw({ finishFlush: zlib.constants.Z_SYNC_FLUSH });
  inflater.end(data.subarray(2));
  let size = 0;
  try {
    for await (const chunk of inflater as AsyncIterable<Buffer>) {
      size += chunk.length;
      if (size > remaining) break;
    }
  } catch {
    // Counted so far.
  } finally {
    inflater.destroy();
  }
  return size;
}
