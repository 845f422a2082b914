/**
 * The layers the linter keeps (eslint.config.js, import-x/no-restricted-paths): no subgraph imports
 * another, data/ does not import subgraphs or the gateway, the gateway does not import subgraph code,
 * platform/ imports neither (the composition root aside). Linted as text at a path where it would live.
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
