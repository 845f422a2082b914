/**
 * `tsx tests/bench/cpu-profile-phases.ts <file.cpuprofile>...`: where a process's CPU went, from a
 * `--cpu-prof` profile (`BENCH_CPU_PROF=<dir> npm run bench:gateways` writes one for each Looma
 * process): self time grouped by phase of a GraphQL request, and the top self-time functions.
 * The groups are decided by the source file of each function (first match wins).
 */
import fs from 'node:fs';
import path from 'node:path';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

const PHASES: [phase: string, test: (url: string, fn: string) => boolean][] = [
  ['idle', (_, fn) => fn === '(idle)'],
  ['garbage collection', (_, fn) => fn === '(garbage collector)'],
  ['start-up (module loading, tsx)', (url) => /node:internal\/modules|\/tsx\/|esbuild/.test(url)],
  ['logging/metrics', (url) => /pino|prom-client|platform\/(logger|metrics|telemetry|round-trips)|usage-reporting/.test(url)],
  ['auth (token verification)', (url) => /\/jose\/|platform\/(auth|signing-keys|service-tokens|credentials)/.test(url)],
  [
    'policy/limits',
    (url) =>
      /gateway\/(policy|limits|rate-limit|document-cache|document-store|inflight-dedupe)|graphql-armor|access-requirements|graphql-shield|graphql-middleware|platform\/permissions/.test(
        url,
      ),
  ],
  ['query planning', (url) => /@apollo\/(query-planner|federation-internals)/.test(url)],
  [
    'subgraph fetch',
    (url) => /undici|@apollo\/gateway\/dist\/datasources|@apollo\/utils\.fetcher|node-fetch|gateway\/transport\//.test(url),
  ],
  ['executeQueryPlan/result merging', (url) => /@apollo\/gateway|gateway\/executor\//.test(url)],
  ['Apollo Server pipeline + plugins', (url) => /@apollo\/(server|utils|subgraph)|platform\/(service|subgraph-server|errors)/.test(url)],
  ['graphql-js parse/validate/execute', (url) => /\/graphql\/|dataloader/.test(url)],
  ['resolvers and stores', (url) => /\/(subgraphs|data)\/|\/pg[-/]|postgres-|pglite|ioredis|neo4j|weaviate|elasticsearch/.test(url)],
  [
    'HTTP/JSON',
    (url, fn) =>
      /node:(_http|http|net|url|internal\/(http|stream|streams|net|url|dns))|node:stream|node:zlib/.test(url) ||
      // Natives without a source: the sockets' writes and reads, string encoding, JSON.
      (!url &&
        /^(parse|stringify|writev|writeUtf8String|writeBuffer|writeLatin1String|utf8Slice|latin1Slice|utf8Write|onStreamRead)$/.test(fn)),
  ],
  ['V8/native (program)', (_, fn) => fn === '(program)'],
];

function phaseOf(url: string, fn: string): string {
  return PHASES.find(([, test]) => test(url, fn))?.[0] ?? 'other (promises, microtasks, timers, Node internals)';
}

function shortUrl(url: string): string {
  const modules = url.lastIndexOf('node_modules/');
  if (modules >= 0) return url.slice(modules + 'node_modules/'.length);
  const root = url.indexOf('/work/');
  return root >= 0 ? url.replace(/^.*?\/(app|platform|data|subgraphs|gateway|schema)\//, '$1/') : url;
}

for (const file of process.argv.slice(2)) {
  const profile = JSON.parse(fs.readFileSync(file, 'utf8')) as Profile;
  const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
  const selfUs = new Map<number, number>();
  profile.samples.forEach((id, i) => selfUs.set(id, (selfUs.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));
  const byPhase = new Map<string, number>();
  const byFunction = new Map<string, { us: number; phase: string }>();
  for (const [id, us] of selfUs) {
    const { functionName, url, lineNumber } = nodes.get(id)!.callFrame;
    const phase = phaseOf(url, functionName);
    byPhase.set(phase, (byPhase.get(phase) ?? 0) + us);
    const key = `${functionName || '(anonymous)'} ${shortUrl(url)}${url ? `:${lineNumber + 1}` : ''}`;
    const entry = byFunction.get(key) ?? { us: 0, phase };
    entry.us += us;
    byFunction.set(key, entry);
  }
  const busy = [...byPhase].filter(([phase]) => phase !== 'idle').reduce((sum, [, us]) => sum + us, 0);
  console.log(`\n${path.basename(file)}: ${(busy / 1e6).toFixed(1)} s busy, ${((byPhase.get('idle') ?? 0) / 1e6).toFixed(1)} s idle`);
  for (const [phase, us] of [...byPhase].filter(([p]) => p !== 'idle').sort((a, b) => b[1] - a[1]))
    console.log(`  ${phase.padEnd(40)} ${((100 * us) / busy).toFixed(1).padStart(5)} %`);
  console.log('  top self time:');
  for (const [key, { us, phase }] of [...byFunction]
    .filter(([, v]) => v.phase !== 'idle')
    .sort((a, b) => b[1].us - a[1].us)
    .slice(0, 15))
    console.log(`    ${((100 * us) / busy).toFixed(1).padStart(5)} %  ${key.slice(0, 110)}  [${phase}]`);
}
