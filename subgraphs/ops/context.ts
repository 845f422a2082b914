import type { BaseContext } from '../../platform/subgraph.ts';

export type OpsContext = BaseContext;
