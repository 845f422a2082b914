/**
 * Hostile resume files, built in memory and small: DOCX and PDF "bombs" whose compressed data
 * inflates to hundreds of MiB or more, an archive whose declared sizes lie, a PDF with thousands of
 * pages. The compressed data is one deflated segment, flushed so that it stands alone, repeated:
 * building a 1 GiB bomb costs a millisecond and about 1 MB, never the gigabyte itself.
 */
import zlib from 'node:zlib';

const MiB = 1024 * 1024;

/** Raw deflate of `head`, `middle` × `times`, `tail`: what inflating gives, without compressing it all. */
function repeatedDeflate(head: string, middle: string, times: number, tail: string): Buffer {
  const flushed = (text: string) => zlib.deflateRawSync(Buffer.from(text), { finishFlush: zlib.constants.Z_FULL_FLUSH });
  const segment = flushed(middle);
  return Buffer.concat([flushed(head), ...Array.from({ length: times }, () => segment), zlib.deflateRawSync(Buffer.from(tail))]);
}

/** `text` repeated to about `bytes` bytes. */
function fill(text: string, bytes: number): string {
  return text.repeat(Math.max(1, Math.floor(bytes / text.length)));
}

interface ZipEntry {
  name: string;
  /** Deflated (raw) data. */
  data: Buffer;
  crc: number;
  size: number;
}

const deflatedEntry = (name: string, content: string): ZipEntry => {
  const bytes = Buffer.from(content);
  return { name, data: zlib.deflateRawSync(bytes), crc: zlib.crc32(bytes), size: bytes.length };
};

/** A ZIP of deflated entries (local headers, central directory, end record), sizes as given. */
function zip(entries: ZipEntry[]): Buffer {
  const locals: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.name);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(entry.crc >>> 0, 14);
    local.writeUInt32LE(entry.data.length, 18);
    local.writeUInt32LE(entry.size, 22);
    local.writeUInt16LE(name.length, 26);
    const header = Buffer.alloc(46);
    header.writeUInt32LE(0x02014b50, 0);
    header.writeUInt16LE(20, 4);
    header.writeUInt16LE(20, 6);
    header.writeUInt16LE(8, 10);
    header.writeUInt32LE(entry.crc >>> 0, 16);
    header.writeUInt32LE(entry.data.length, 20);
    header.writeUInt32LE(entry.size, 24);
    header.writeUInt16LE(name.length, 28);
    header.writeUInt32LE(offset, 42);
    locals.push(local, name, entry.data);
    central.push(header, name);
    offset += local.length + name.length + entry.data.length;
  }
  const directory = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

const CONTENT_TYPES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`;
const RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`;
const DOCUMENT_HEAD = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>Jane Doe · jane.doe@example.com · Software Engineer</w:t></w:r></w:p>`;
const DOCUMENT_TAIL = '</w:body></w:document>';
const PARAGRAPH = '<w:p><w:r><w:t>Led the platform team; shipped the billing service on PostgreSQL and Kubernetes.</w:t></w:r></w:p>';

/** A valid DOCX: the same paragraph repeated to `paragraphBytes` of document.xml (not a bomb when small). */
export function docx(paragraphBytes = 4 * 1024): Buffer {
  return zip([
    deflatedEntry('[Content_Types].xml', CONTENT_TYPES),
    deflatedEntry('_rels/.rels', RELS),
    deflatedEntry('word/document.xml', DOCUMENT_HEAD + fill(PARAGRAPH, paragraphBytes) + DOCUMENT_TAIL),
  ]);
}

/**
 * A DOCX of `lines` numbered paragraphs (about 100 bytes each): it compresses like real text (about
 * 10 to 1), so it passes the archive's ratio check, and is only as heavy as it is long.
 */
export function docxWithLines(lines: number): Buffer {
  const body = Array.from(
    { length: lines },
    (_, i) => `<w:p><w:r><w:t>Line ${i}: shipped release ${(i * 7919) % 100_003} of the billing service</w:t></w:r></w:p>`,
  ).join('');
  return zip([
    deflatedEntry('[Content_Types].xml', CONTENT_TYPES),
    deflatedEntry('_rels/.rels', RELS),
    deflatedEntry('word/document.xml', DOCUMENT_HEAD + body + DOCUMENT_TAIL),
  ]);
}

/** A small valid DOCX of the body given (WordprocessingML: paragraphs, tables). */
export function docxWithBody(body: string): Buffer {
  return zip([
    deflatedEntry('[Content_Types].xml', CONTENT_TYPES),
    deflatedEntry('_rels/.rels', RELS),
    deflatedEntry('word/document.xml', DOCUMENT_HEAD + body + DOCUMENT_TAIL),
  ]);
}

/**
 * A DOCX whose document.xml inflates to `inflatedBytes` (1 GiB by default) of real paragraphs.
 * `declaredBytes`: what its headers claim (the truth by default; less for an archive that lies).
 * The CRC is left 0 (neither yauzl nor jszip checks it by default; computing it would read 1 GiB).
 */
export function docxBomb({ inflatedBytes = 1024 * MiB, declaredBytes }: { inflatedBytes?: number; declaredBytes?: number } = {}): Buffer {
  const times = Math.max(1, Math.round(inflatedBytes / MiB));
  const middle = fill(PARAGRAPH, MiB);
  const data = repeatedDeflate(DOCUMENT_HEAD, middle, times, DOCUMENT_TAIL);
  const realSize = DOCUMENT_HEAD.length + middle.length * times + DOCUMENT_TAIL.length;
  return zip([
    deflatedEntry('[Content_Types].xml', CONTENT_TYPES),
    deflatedEntry('_rels/.rels', RELS),
    { name: 'word/document.xml', data, crc: 0, size: declaredBytes ?? realSize },
  ]);
}

/** A PDF of numbered objects (object n is `objects[n - 1]`, object 1 the catalog), with a correct xref table. */
function pdf(objects: (string | Buffer)[]): Buffer {
  const parts: Buffer[] = [Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n', 'latin1')];
  let offset = parts[0]!.length;
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(offset);
    const part = Buffer.concat([
      Buffer.from(`${i + 1} 0 obj\n`),
      Buffer.isBuffer(body) ? body : Buffer.from(body, 'latin1'),
      Buffer.from('\nendobj\n'),
    ]);
    parts.push(part);
    offset += part.length;
  });
  const xref = [
    `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`,
    ...offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`),
  ].join('');
  parts.push(Buffer.from(`${xref}trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${offset}\n%%EOF\n`));
  return Buffer.concat(parts);
}

const stream = (dictionary: string, data: Buffer) =>
  Buffer.concat([Buffer.from(`<< ${dictionary} /Length ${data.length} >>\nstream\n`), data, Buffer.from('\nendstream')]);

const FONT = '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>';
const RESUME_LINE = 'BT /F1 12 Tf 72 720 Td (Jane Doe - Software Engineer - jane.doe@example.com - PostgreSQL, Kubernetes) Tj ET\n';

/** A PDF of `pages` pages sharing one content stream (about 100 bytes a page). */
export function pdfWithPages(pages: number): Buffer {
  const first = 5;
  const kids = Array.from({ length: pages }, (_, i) => `${first + i} 0 R`).join(' ');
  return pdf([
    '<< /Type /Catalog /Pages 2 0 R >>',
    `<< /Type /Pages /Kids [${kids}] /Count ${pages} >>`,
    FONT,
    stream('', Buffer.from(RESUME_LINE)),
    ...Array.from(
      { length: pages },
      () => '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >> >> /Contents 4 0 R >>',
    ),
  ]);
}

/**
 * A one-page PDF whose content stream inflates to `inflatedBytes` (512 MiB by default): text, then
 * blanks. `hexEncoded`: the deflated data hex-encoded first (`/Filter [/ASCIIHexDecode /FlateDecode]`),
 * which the service's stream check does not decode, so that only the parse worker's guard stands.
 */
export function pdfWithHugeStream(inflatedBytes = 512 * MiB, { hexEncoded = false } = {}): Buffer {
  const times = Math.max(1, Math.round(inflatedBytes / MiB));
  // zlib framing around the raw deflate; the checksum is left 0 (pdf.js does not read it).
  const data = Buffer.concat([Buffer.from([0x78, 0x9c]), repeatedDeflate(RESUME_LINE, ' '.repeat(MiB), times, '\n'), Buffer.alloc(4)]);
  return pdf([
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [4 0 R] /Count 1 >>',
    FONT,
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >> >> /Contents 5 0 R >>',
    hexEncoded
      ? stream('/Filter [/ASCIIHexDecode /FlateDecode]', Buffer.from(`${data.toString('hex')}>`))
      : stream('/Filter /FlateDecode', data),
  ]);
}

export const asUpload = (filename: string, bytes: Buffer) => ({ filename, contentBase64: bytes.toString('base64') });

/** A one-page PDF whose (deflated) content shows `runs` separate text runs: cheap to send, costly to hold as text items. */
export function pdfWithTextRuns(runs: number): Buffer {
  const data = Buffer.concat([
    Buffer.from([0x78, 0x9c]),
    repeatedDeflate('BT /F1 10 Tf 72 720 Td\n', '(Jane Doe engineer) Tj 0 -1 Td\n'.repeat(1000), Math.ceil(runs / 1000), 'ET\n'),
    Buffer.alloc(4),
  ]);
  return pdf([
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [4 0 R] /Count 1 >>',
    FONT,
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >> >> /Contents 5 0 R >>',
    stream('/Filter /FlateDecode', data),
  ]);
}
