/**
 * `npx tsx tests/bench/in-process-subgraphs.ts`: what SUBGRAPH_IN_PROCESS saves per request on the
 * embedded stack. One stack, two gateways over the same subgraphs and data: the stack's (planned
 * fetches in process) and one sending every fetch over HTTP (as SUBGRAPH_IN_PROCESS=false does).
 * Sequential requests from one client, the two gateways alternated in rounds so a loaded machine
 * weighs on both alike. Figures, not assertions: requests/s and the ratio in-process / HTTP.
 */
import { startGateway } from '../../gateway/gateway.ts';
import { startTestStack } from '../support/stack.ts';

const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 800);
const ROUNDS = 4;
const OPERATIONS = {
  'talents(first: 20), one subgraph': `query List1 { talents(first: 20) { edges { node { id name headline location skills } } } }`,
  'the same list with resumes, two subgraphs': `query List2 { talents(first: 20) { edges { node { id name headline location skills resumes { id filename } } } } }`,
};

const t = await startTestStack('embedded', { talents: 40 });
const overHttp = await startGateway({
  runtime: t.stack.runtime,
  port: 0,
  subgraphUrls: Object.fromEntries(Object.entries(t.stack.subgraphs).map(([name, s]) => [name, s.url])),
});
const token = t.token(['RECRUITER']);

async function run(url: string, query: string, requests: number): Promise<number> {
  const started = performance.now();
  for (let i = 0; i < requests; i++) {
    const response = await t.request(query, {}, { token, url });
    if (response.status !== 200 || response.body.errors) throw new Error(JSON.stringify(response.body).slice(0, 300));
  }
  return performance.now() - started;
}

try {
  console.log(
    `in-process subgraphs — ${REQUESTS} sequential requests a gateway, ${ROUNDS} alternated rounds; load ${(await import('node:os'))
      .loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')}`,
  );
  for (const [label, query] of Object.entries(OPERATIONS)) {
    const ms = { inProcess: 0, http: 0 };
    await run(t.stack.gateway.url, query, 200); // warm-up: JIT, document caches, pools
    await run(overHttp.url, query, 200);
    for (let round = 0; round < ROUNDS; round++) {
      ms.inProcess += await run(t.stack.gateway.url, query, REQUESTS / ROUNDS);
      ms.http += await run(overHttp.url, query, REQUESTS / ROUNDS);
    }
    const rps = (total: number) => (REQUESTS / total) * 1_000;
    console.log(
      `  ${label}: in process ${rps(ms.inProcess).toFixed(0)} req/s, over HTTP ${rps(ms.http).toFixed(0)} req/s, ` +
        `ratio ${(rps(ms.inProcess) / rps(ms.http)).toFixed(2)}`,
    );
  }
} finally {
  await overHttp.close();
  await t.close();
}
