/**
 * `npm run bench:parse-hostile [-- --compare <checkout>]`: what text shaped to be slow costs the resume parser. Each
 * shape (a gap of 20,000 spaces, a line of dashes or digits, thousands of blank or one-letter lines, a wall of dates …)
 * is parsed at 10,000 and at 40,000 characters; the figure is the milliseconds of each and their ratio, 4 for a cost
 * linear in the text, 16 for one that grows with its square. With --compare, the same shapes through another checkout's
 * parser (the code before a change), in the same run. Figures, not assertions: tests/resume/parser-fuzz.test.ts pins
 * what bounds the cost (boundedText).
 */
import path from 'node:path';
import { parseArgs } from 'node:util';

const { values } = parseArgs({ options: { compare: { type: 'string' } } });

const SHAPES: Record<string, (chars: number) => string> = {
  'a gap of spaces': (n) => `a${' '.repeat(n)}b`,
  'a line of dashes': (n) => '-'.repeat(n),
  'a line of digits': (n) => '1'.repeat(n),
  'a line of "a."': (n) => 'a.'.repeat(n / 2),
  'blank lines': (n) => `a${'\n'.repeat(n)}b`,
  'one-letter lines': (n) => 'a\n'.repeat(n / 2),
  'dash lines': (n) => '-\n'.repeat(n / 2),
  'date lines': (n) => '2019.03 - 至今  Acme Ltd\nEngineer\n'.repeat(n / 30),
  'a wall of dates': (n) => '2019.03 - '.repeat(n / 10),
  'skills lists': (n) => 'Skills\nPython, Go\n'.repeat(n / 18),
};

type Parse = (text: string) => unknown;
async function parserOf(root: string): Promise<Parse> {
  const module = await import(path.resolve(root, 'subgraphs/resume/parser/resume-parser.ts'));
  const parse = module.parseResumeText as Parse;
  parse('warm up: a@b.co +44 20 7946 0000 London, Python');
  return parse;
}

function timed(parse: Parse, text: string): number {
  const start = performance.now();
  parse(text);
  return performance.now() - start;
}

const parsers: [string, Parse][] = [['this checkout', await parserOf(path.resolve(import.meta.dirname, '../..'))]];
if (values.compare) parsers.push([values.compare, await parserOf(values.compare)]);

console.log('shape'.padEnd(20), parsers.map(([name]) => `${name}: 10k ms / 40k ms (ratio)`).join('   |   '));
for (const [shape, make] of Object.entries(SHAPES)) {
  const cells = parsers.map(([, parse]) => {
    const [small, large] = [timed(parse, make(10_000)), timed(parse, make(40_000))];
    return `${small.toFixed(0).padStart(6)} / ${large.toFixed(0).padStart(6)} (${(large / Math.max(small, 0.5)).toFixed(1)}×)`;
  });
  console.log(shape.padEnd(20), cells.join('   |   '));
}
