import { httpRequests } from '../../platform/metrics.ts';

/** GraphQL requests the subgraphs of this process have answered so far (any status). */
export async function subgraphCalls(): Promise<number> {
  const metric = await httpRequests.get();
  return metric.values.filter((v) => v.labels.route === '/graphql' && v.labels.service !== 'gateway').reduce((sum, v) => sum + v.value, 0);
}
