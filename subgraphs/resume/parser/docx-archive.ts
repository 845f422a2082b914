/**
 * The ZIP check a DOCX passes before any parser sees it. A few MB of deflated XML can inflate to
 * gigabytes, and mammoth (through jszip) inflates whole parts into memory, so: first the central
 * directory alone (yauzl reads it without inflating) — the entry count, the declared total, and each
 * entry's compression ratio — then every entry is really inflated through a stream that counts
 * bytes, drops them, and stops at the budget, because declared sizes can lie. Both steps refuse
 * with TOO_LARGE; an archive yauzl cannot read is CORRUPT_FILE. Inflating runs in libuv's thread
 * pool, so the event loop keeps answering meanwhile.
 */
import { promisify } from 'node:util';
import yauzl, { type Entry, type ZipFile } from 'yauzl';
import { ResumeRefusal, formatBytes } from './resume-refusal.ts';

/** A DOCX resume has a few dozen parts; thousands are a ZIP built to be expensive to list. */
export const MAX_ARCHIVE_ENTRIES = 1_000;
/** XML deflates about 5-20 to 1; an entry over 1 MiB inflated that claims more than this is a bomb. */
export const MAX_COMPRESSION_RATIO = 100;
const RATIO_CHECK_FROM_BYTES = 1024 * 1024;
/**
 * mammoth builds a DOM of each XML part whole: a resume's document.xml is a few MB even with heavy
 * formatting, and a part past this is refused before a worker spends its heap on it.
 */
export const MAX_XML_PART_BYTES = 16 * 1024 * 1024;
const isXmlPart = (entry: Entry) => /\.(xml|rels)$/i.test(entry.fileName);

const openZip = promisify<Buffer, yauzl.Options, ZipFile>(yauzl.fromBuffer);

const corrupt = () => new ResumeRefusal('CORRUPT_FILE', 'The DOCX file could not be read; it may be damaged');
const tooLargePart = (name: string, note = '') =>
  new ResumeRefusal('TOO_LARGE', `The DOCX part ${name} is over ${formatBytes(MAX_XML_PART_BYTES)} uncompressed${note}`, {
    maxPartBytes: MAX_XML_PART_BYTES,
  });
const tooLarge = (what: string, maxInflatedBytes: number) =>
  new ResumeRefusal('TOO_LARGE', `The DOCX ${what}; the limit is ${formatBytes(maxInflatedBytes)} uncompressed`, { maxInflatedBytes });

/** Resolves when the archive is within the budget; rejects with a ResumeRefusal otherwise. */
export async function checkDocxArchive(bytes: Buffer, maxInflatedBytes: number): Promise<void> {
  let zip: ZipFile;
  try {
    zip = await openZip(bytes, { lazyEntries: true, validateEntrySizes: false, decodeStrings: true, strictFileNames: false });
  } catch {
    throw corrupt();
  }
  try {
    if (zip.entryCount > MAX_ARCHIVE_ENTRIES) {
      throw new ResumeRefusal('TOO_LARGE', `The DOCX archive has ${zip.entryCount} parts; the limit is ${MAX_ARCHIVE_ENTRIES}`, {
        maxEntries: MAX_ARCHIVE_ENTRIES,
      });
    }
    const entries = await listEntries(zip);
    let declared = 0;
    for (const entry of entries) {
      declared += entry.uncompressedSize;
      if (declared > maxInflatedBytes) throw tooLarge(`declares ${formatBytes(declared)} or more uncompressed`, maxInflatedBytes);
      if (isXmlPart(entry) && entry.uncompressedSize > MAX_XML_PART_BYTES) throw tooLargePart(entry.fileName);
      if (
        entry.uncompressedSize > RATIO_CHECK_FROM_BYTES &&
        entry.uncompressedSize / Math.max(1, entry.compressedSize) > MAX_COMPRESSION_RATIO
      ) {
        throw tooLarge(`part ${entry.fileName} is compressed over ${MAX_COMPRESSION_RATIO} to 1`, maxInflatedBytes);
      }
    }
    let inflated = 0;
    for (const entry of entries) {
      if (entry.fileName.endsWith('/')) continue;
      inflated = await inflateCounting(zip, entry, inflated, maxInflatedBytes);
    }
  } catch (error) {
    if (error instanceof ResumeRefusal) throw error;
    throw corrupt();
  } finally {
    zip.close();
  }
}

function listEntries(zip: ZipFile): Promise<Entry[]> {
  return new Promise((resolve, reject) => {
    const entries: Entry[] = [];
    zip.on('entry', (entry: Entry) => {
      entries.push(entry);
      zip.readEntry();
    });
    zip.once('end', () => resolve(entries));
    zip.once('error', reject);
    zip.readEntry();
  });
}

/** Inflates one entry, counting into `total`; stops (and destroys the stream) past the budget. */
async function inflateCounting(zip: ZipFile, entry: Entry, total: number, maxInflatedBytes: number): Promise<number> {
  const stream = await promisify(zip.openReadStream.bind(zip))(entry);
  let count = total;
  for await (const chunk of stream as AsyncIterable<Buffer>) {
    count += chunk.length;
    if (count > maxInflatedBytes) {
      stream.destroy();
      throw tooLarge(`inflates to more than ${formatBytes(maxInflatedBytes)} (its declared sizes are wrong)`, maxInflatedBytes);
    }
    if (isXmlPart(entry) && count - total > MAX_XML_PART_BYTES) {
      stream.destroy();
      throw tooLargePart(entry.fileName, ' (its declared sizes are wrong)');
    }
  }
  return count;
}
