/**
 * Issue 9, point 1: hostile PDF and DOCX uploads are refused under budgets (parseResume, no server):
 * decompression bombs, archives whose sizes lie, PDFs with thousands of pages or a huge stream,
 * a parse past the time limit or the heap limit (the pool keeps working), a full parse queue.
 * The whole stack under several bombs at once: upload-bombs-stack.test.ts.
 */
import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { closeParsePools } from '../../subgraphs/resume/parser/parse-pool.ts';
import { parseResume, type ParseResumeOptions } from '../../subgraphs/resume/parser/resume-parser.ts';
import { DEFAULT_RESUME_LIMITS, type ResumeParsePoolLimits } from '../../platform/resume-limits.ts';
import { LoomaError } from '../../platform/errors.ts';
import { refusal } from '../support/refusal.ts';
import { asUpload, docx, docxBomb, docxWithLines, pdfWithHugeStream, pdfWithPages } from '../resume/hostile-files.ts';

const FIXTURES = new URL('../fixtures/resumes/', import.meta.url);
const fixture = (name: string) => asUpload(name, readFileSync(new URL(name, FIXTURES)));
const MiB = 1024 * 1024;

/** Limits with a pool of their own (a pool is shared per distinct pool limits). */
const withPool = (parse: Partial<ResumeParsePoolLimits>, rest: ParseResumeOptions = {}): ParseResumeOptions => ({
  ...rest,
  parse: { ...DEFAULT_RESUME_LIMITS.parse, ...parse },
});

afterAll(closeParsePools);

describe('upload bombs: refused before they inflate', () => {
  it('a DOCX whose XML inflates to 1 GiB is TOO_LARGE from its declared sizes', async () => {
    const bomb = docxBomb();
    expect(bomb.length).toBeLessThan(5 * MiB);
    const started = performance.now();
    const error = await refusal(parseResume(asUpload('bomb.docx', bomb)));
    expect(error.code).toBe('BAD_USER_INPUT');
    expect(error.toGraphQLError().extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'TOO_LARGE',
      maxInflatedBytes: DEFAULT_RESUME_LIMITS.maxInflatedBytes,
    });
    console.log(
      `DOCX bomb (${(bomb.length / MiB).toFixed(1)} MB, 1 GiB inflated): refused in ${Math.round(performance.now() - started)} ms`,
    );
  });

  it('a DOCX whose headers understate its size is TOO_LARGE once the real bytes pass the budget', async () => {
    const error = await refusal(parseResume(asUpload('liar.docx', docxBomb({ declaredBytes: 20_000 }))));
    expect(error.details).toMatchObject({ reason: 'TOO_LARGE' });
    expect(error.message).toContain('declared sizes are wrong');
    // Under a smaller budget the same holds for a small lie.
    const small = await refusal(
      parseResume(asUpload('liar.docx', docxBomb({ inflatedBytes: 8 * MiB, declaredBytes: 1_000 })), { maxInflatedBytes: 4 * MiB }),
    );
    expect(small.details).toMatchObject({ reason: 'TOO_LARGE', maxInflatedBytes: 4 * MiB });
  });

  it('a PDF with thousands of pages is TOO_LARGE before any page is read', async () => {
    const error = await refusal(parseResume(asUpload('pages.pdf', pdfWithPages(5_000))));
    expect(error.details).toMatchObject({ reason: 'TOO_LARGE', maxPages: DEFAULT_RESUME_LIMITS.maxPages });
    expect(error.message).toContain('5000 pages');
    // A PDF within the page budget reads as before.
    expect((await parseResume(asUpload('three.pdf', pdfWithPages(3)))).emails.map((e) => e.value)).toEqual(['jane.doe@example.com']);
  });

  it('a PDF whose stream inflates to 512 MiB is TOO_LARGE', async () => {
    const bomb = pdfWithHugeStream();
    expect(bomb.length).toBeLessThan(MiB);
    const error = await refusal(parseResume(asUpload('huge.pdf', bomb)));
    expect(error.details).toMatchObject({ reason: 'TOO_LARGE', maxInflatedBytes: DEFAULT_RESUME_LIMITS.maxInflatedBytes });
  });

  it('a PDF stream the check cannot decode is stopped inside the parse worker (TOO_LARGE)', async () => {
    // Hex-encoded before deflated: the check skips it; pdf.js would grow one 512 MiB buffer for it.
    // A small budget, so that pdf.js reaches it in moments even on a loaded machine.
    const error = await refusal(
      parseResume(asUpload('hex.pdf', pdfWithHugeStream(512 * MiB, { hexEncoded: true })), { maxInflatedBytes: 8 * MiB }),
    );
    expect(error.details).toMatchObject({ reason: 'TOO_LARGE', maxInflatedBytes: 8 * MiB });
  });

  it('reading stops at the character budget', async () => {
    const long = await parseResume(asUpload('long.docx', docx(400 * 1024)), { maxTextChars: 10_000 });
    expect(long.text.length).toBeLessThanOrEqual(10_000);
    expect(long.name.value).toBe('Jane Doe');
    const pasted = await parseResume({ text: `Jane Doe\n${'Built things. '.repeat(5_000)}` }, { maxTextChars: 10_000 });
    expect(pasted.text.length).toBeLessThanOrEqual(10_000);
  });
});

describe('upload bombs: the parse pool', () => {
  it('stops a parse past the time limit (TIMEOUT) and goes on parsing', async () => {
    const options = withPool({ timeoutMs: 5_000, concurrency: 1 }, { maxPages: 20_000, maxTextChars: 10_000_000 });
    // Reading all of 10,000 pages takes far longer than 5 s (about 100 s on the 2-core CI machine).
    const error = await refusal(parseResume(asUpload('slow.pdf', pdfWithPages(10_000)), options));
    expect(error.toGraphQLError().extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'TIMEOUT', timeoutMs: 5_000 });
    expect((await parseResume(fixture('11-en.docx'), options)).emails.length).toBeGreaterThan(0);
  });

  it('refuses a DOCX whose document.xml is over the part budget before a worker parses it', async () => {
    // 40 MB of plain paragraphs: within the inflate budget and the ratio check, far more XML than a resume has.
    const error = await refusal(parseResume(asUpload('long.docx', docxWithLines(400_000)), withPool({ concurrency: 1 })));
    expect(error.toGraphQLError().extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'TOO_LARGE', maxPartBytes: 16 * MiB });
  });

  it('a parse killed by its worker heap limit is TOO_LARGE, and the pool goes on', async () => {
    // 15 MB of plain paragraphs: within every size budget, too heavy for a 64 MiB heap.
    const heavy = docxWithLines(150_000);
    // A generous time limit: on a loaded machine the heap, not the clock, must stop it.
    const options = withPool({ heapMb: 64, concurrency: 1, timeoutMs: 120_000 });
    const error = await refusal(parseResume(asUpload('heavy.docx', heavy), options));
    expect(error.toGraphQLError().extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'TOO_LARGE', heapMb: 64 });
    const again = await Promise.all([parseResume(fixture('02-en.pdf'), options), parseResume(fixture('11-en.docx'), options)]);
    expect(again.map((parsed) => parsed.format)).toEqual(['pdf', 'docx']);
  });

  it('refuses with RESOURCE_EXHAUSTED and a retry hint when the queue is full', async () => {
    const options = withPool({ concurrency: 1, queue: 1 });
    const outcomes = await Promise.allSettled(Array.from({ length: 5 }, () => parseResume(fixture('02-en.pdf'), options)));
    const refused = outcomes.flatMap((o) => (o.status === 'rejected' ? [o.reason as LoomaError] : []));
    const parsed = outcomes.filter((o) => o.status === 'fulfilled');
    expect(refused.length).toBeGreaterThanOrEqual(3);
    expect(parsed.length).toBeGreaterThanOrEqual(1);
    for (const error of refused) {
      expect(error).toBeInstanceOf(LoomaError);
      expect(error.toGraphQLError().extensions).toMatchObject({
        code: 'RESOURCE_EXHAUSTED',
        retryAfterSeconds: DEFAULT_RESUME_LIMITS.parse.timeoutMs / 1000,
      });
    }
    // Once the queue drains, the next one is read.
    expect((await parseResume(fixture('02-en.pdf'), options)).format).toBe('pdf');
  });
});
