/**
 * The layers the linter keeps (eslint.config.js, import-x/no-restricted-paths): platform < data <
 * subgraphs < gateway < app (the composition root), no subgraph imports another, the gateway does not
 * import subgraph code, taxonomy/ imports nothing of Looma's; and max-lines 500. Linted as text at a
 * path where it would live.
 */
import path from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: process.cwd() });

async function layerErrors(file: string, source: string): Promise<string[]> {
  const [result] = await eslint.lintText(source, { filePath: path.resolve(file) });
  return result!.messages.filter((m) => m.ruleId === 'import-x/no-restricted-paths').map((m) => m.message);
}

describe('layers', () => {
  it('refuses an import from one subgraph into another', async () => {
    const errors = await layerErrors(
      'subgraphs/search/new-feature.ts',
      `import { Talents } from '../talent/talents/talents.ts';\nexport const t = Talents;\n`,
    );
    expect(errors).toEqual([expect.stringContaining('A subgraph never imports another')]);
  });

  it('refuses back-arrows: data into a subgraph, the gateway into a subgraph, platform into the gateway', async () => {
    expect(
      await layerErrors(
        'data/new-port.ts',
        `import { talentSubgraph } from '../subgraphs/talent/index.ts';\nexport const s = talentSubgraph;\n`,
      ),
    ).toHaveLength(1);
    expect(
      await layerErrors(
        'gateway/new-plugin.ts',
        `import { Talents } from '../subgraphs/talent/talents/talents.ts';\nexport const t = Talents;\n`,
      ),
    ).toHaveLength(1);
    expect(
      await layerErrors(
        'platform/new-helper.ts',
        `import { startGateway } from '../gateway/gateway.ts';\nexport const g = startGateway;\n`,
      ),
    ).toHaveLength(1);
  });

  it('refuses platform importing data: platform defines the ports it needs and data implements them', async () => {
    const errors = await layerErrors(
      'platform/new-helper.ts',
      `import type { RelationalStore } from '../data/ports.ts';\nexport type R = RelationalStore;\n`,
    );
    expect(errors).toEqual([expect.stringContaining('platform/ is the lowest layer')]);
  });

  it('keeps the composition root (app/) to itself: nothing below imports it', async () => {
    const appImport = `import { startStack } from '../app/stack.ts';\nexport const s = startStack;\n`;
    for (const file of ['platform/new-helper.ts', 'data/new-port.ts', 'gateway/new-plugin.ts']) {
      expect(await layerErrors(file, appImport), file).toHaveLength(1);
    }
    expect(
      await layerErrors(
        'subgraphs/talent/new-feature.ts',
        `import { startStack } from '../../app/stack.ts';\nexport const s = startStack;\n`,
      ),
    ).toEqual([expect.stringContaining('Subgraphs sit below the gateway and app/')]);
    expect(
      await layerErrors(
        'app/new-command.ts',
        `import { startGateway } from '../gateway/gateway.ts';\nimport { talentSubgraph } from '../subgraphs/talent/index.ts';\nimport type { RelationalStore } from '../data/ports.ts';\nimport { ErrorCode } from '../platform/errors.ts';\nexport const x = [startGateway, talentSubgraph, ErrorCode];\nexport type R = RelationalStore;\n`,
      ),
    ).toEqual([]);
  });

  it("refuses taxonomy/ importing Looma's code: it is a domain package of its own", async () => {
    expect(
      await layerErrors('taxonomy/new-part.ts', `import { ErrorCode } from '../platform/errors.ts';\nexport const e = ErrorCode;\n`),
    ).toEqual([expect.stringContaining('taxonomy/ is a domain package of its own')]);
  });

  it('refuses a hand-written source file over 500 lines', async () => {
    const lines = (count: number) => Array.from({ length: count }, (_, i) => `export const line${i} = ${i};`).join('\n') + '\n';
    const maxLines = async (source: string) => {
      const [result] = await eslint.lintText(source, { filePath: path.resolve('data/new-module.ts') });
      return result!.messages.filter((m) => m.ruleId === 'max-lines');
    };
    expect(await maxLines(lines(500))).toEqual([]);
    expect(await maxLines(lines(501))).toHaveLength(1);
  });

  it('allows imports downwards and within a subgraph', async () => {
    expect(
      await layerErrors(
        'subgraphs/search/new-feature.ts',
        `import { ErrorCode } from '../../platform/errors.ts';\nimport { pageSize } from '../../platform/pagination.ts';\nexport const x = [ErrorCode, pageSize];\n`,
      ),
    ).toEqual([]);
    expect(
      await layerErrors('subgraphs/talent/new-feature.ts', `import { Talents } from './talents/talents.ts';\nexport const t = Talents;\n`),
    ).toEqual([]);
  });
});
