/**
 * `npx tsx tests/bench/in-process-subgraphs.ts`: what SUBGRAPH_IN_PROCESS saves per request on the
 * embedded stack. One stack, two gateways over the same subgraphs and data: the stack's (planned
 * fetches in process) and one sending every fetch over HTTP (as SUBGRAPH_IN_PROCESS=false does).
 * Sequential requests from one client, the two gateways alternated in rounds so a loaded machine
 * weighs on both alike. Figures, not assertions: requests/s, and the process's CPU time per
 * request (client, gateway and subgraphs are all this process, so CPU time is what the machine's
 * other load disturbs least), each with its ratio in-process / HTTP.
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

async function run(url: string, query: string, requests: number): Promise<{ ms: number; cpuMs: number }> {
  const started = performance.now();
  const cpu = process.cpuUsage();
  for (let i = 0; i < requests; i++) {
    const response = await t.request(query, {}, { token, url });
    if (response.status !== 200 || response.body.errors) throw new Error(JSON.stringify(response.body).slice(0, 300));
  }
  const used = process.cpuUsage(cpu);
  return { ms: performance.now() - started, cpuMs: (used.user + used.system) / 1_000 };
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
    const cpuMs = { inProcess: 0, http: 0 };
    await run(t.stack.gateway.url, query, 200); // warm-up: JIT, document caches, pools
    await run(overHttp.url, query, 200);
    for (let round = 0; round < ROUNDS; round++) {
      for (const [way, url] of [
        ['inProcess', t.stack.gateway.url],
        ['http', overHttp.url],
      ] as const) {
        const figures = await run(url, query, REQUESTS / ROUNDS);
        ms[way] += figures.ms;
        cpuMs[way] += figures.cpuMs;
      }
    }
    const rps = (total: number) => (REQUESTS / total) * 1_000;
    const perRequest = (total: number) => total / REQUESTS;
    console.log(
      `  ${label}: in process ${rps(ms.inProcess).toFixed(0)} req/s, over HTTP ${rps(ms.http).toFixed(0)} req/s, ` +
        `ratio ${(rps(ms.inProcess) / rps(ms.http)).toFixed(2)}; CPU a request ${perRequest(cpuMs.inProcess).toFixed(2)} ms ` +
        `against ${perRequest(cpuMs.http).toFixed(2)} ms, ratio ${(cpuMs.inProcess / cpuMs.http).toFixed(2)}`,
    );
  }
} finally {
  await overHttp.close();
  await t.close();
}
