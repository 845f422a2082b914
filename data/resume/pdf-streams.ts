/**
 * The PDF counterpart of the DOCX archive check: before pdf.js sees the file, every Flate-encoded
 * stream (content streams, object streams, fonts, images alike: any of them may be what pdf.js
 * decodes) is inflated once, counted and dropped, and the file is refused as TOO_LARGE when the
 * streams together inflate past the budget. pdf.js keeps a decoded stream whole in memory and has
 * no limit of its own, so a 1 MB "huge object stream" would otherwise become a gigabyte buffer.
 * Runs in the parse worker (synchronous zlib, bounded by the budget and the parse time limit).
 *
 * What it does not decode: streams whose first filter is not Flate (LZW, RunLength, ASCII85 before
 * Flate) and encrypted streams; for those the worker's allocation guard and heap limit remain.
 */
import zlib from 'node:zlib';
import { ResumeRefusal, formatBytes } from './resume-refusal.ts';

const STREAM_START = /(?<!end)stream(?:\r\n|\n|\r)/g;
const FIRST_FILTER = /\/Filter\s*(?:\[\s*)?\/([A-Za-z0-9]+)/;
const DICTIONARY_WINDOW = 64 * 1024;

/** Returns the total inflated size of the file's Flate streams; throws TOO_LARGE past `maxInflatedBytes`. */
export function checkPdfStreams(bytes: Uint8Array, maxInflatedBytes: number): number {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const source = buffer.toString('latin1');
  let total = 0;
  for (const match of source.matchAll(STREAM_START)) {
    const start = match.index + match[0].length;
    const endstream = source.indexOf('endstream', start);
    const end = endstream === -1 ? source.length : endstream;
    const objectStart = source.lastIndexOf(' obj', match.index);
    const dictionary = source.slice(Math.max(objectStart, match.index - DICTIONARY_WINDOW, 0), match.index);
    const filter = FIRST_FILTER.exec(dictionary)?.[1];
    if (filter !== 'FlateDecode' && filter !== 'Fl') continue;
    total += inflatedSize(buffer.subarray(start, end), maxInflatedBytes - total);
    if (total > maxInflatedBytes) {
      throw new ResumeRefusal('TOO_LARGE', `The PDF's compressed streams inflate to more than ${formatBytes(maxInflatedBytes)}; that is not a resume`, {
        maxInflatedBytes,
      });
    }
  }
  return total;
}

/** The inflated size of one stream, or `remaining + 1` once it passes `remaining`. */
function inflatedSize(data: Buffer, remaining: number): number {
  try {
    return zlib.inflateSync(data, { finishFlush: zlib.constants.Z_SYNC_FLUSH, maxOutputLength: Math.max(1, remaining + 1) }).length;
  } catch (error) {
    if ((error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') return remaining + 1;
    // A stream zlib cannot read is pdf.js's to judge (it skips or refuses it): nothing inflates.
    return 0;
  }
}
