import { httpRequests, localSubgraphCalls } from '../../platform/metrics.ts';

/**
 * Operations the subgraphs of this process have answered so far (any status): over HTTP, and
 * called in process by the stack's gateway (SUBGRAPH_IN_PROCESS).
 */
export async function subgraphCalls(): Promise<number> {
  const metric = await httpRequests.get();
  const overHttp = metric.values
    .filter((v) => v.labels.route === '/graphql' && v.labels.service !== 'gateway')
    .reduce((sum, v) => sum + v.value, 0);
  const inProcess = (await localSubgraphCalls.get()).values.reduce((sum, v) => sum + v.value, 0);
  return overHttp + inProcess;
}
