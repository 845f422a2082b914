import { parentPort, workerData } from 'node:worker_threads';
import { Source, parse } from 'graphql';
import { composeSupergraph } from '../../../schema/composition.ts';

/** One subgraph as the composer hands it over: its name, the URL the supergraph records, its SDL. */
export interface SubgraphToCompose {
  name: string;
  url: string;
  sdl: string;
}

/**
 * The composer's composition, in a worker thread (supergraph-composer.ts): about a second of CPU for
 * Looma's five subgraphs, which would otherwise stall the ops subgraph's requests and checks. Each
 * SDL is parsed as a source named by its subgraph, so the errors say where they are.
 */
if (parentPort) {
  const { subgraphs } = workerData as { subgraphs: SubgraphToCompose[] };
  parentPort.postMessage(
    composeSupergraph(subgraphs.map(({ name, url, sdl }) => ({ name, url, file: name, typeDefs: parse(new Source(sdl, name)) }))),
  );
}
