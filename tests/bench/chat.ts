/**
 * `npm run bench:chat`: the chat service on the labelled question set (tests/fixtures/chat/questions.json).
 *
 * 1. Plan accuracy of the offline planner on the TEST split (dev beside it, labelled dev: the rules were tuned on
 *    dev): a plan is correct when its intent, its steps' operations and dependencies, and their essential
 *    variables equal the label; a follow-up is planned after its labelled previous turn with stand-in ids.
 *    Planner latency: every question planned 50 times.
 * 2. End to end on an embedded stack seeded like the demo organisation (300 talents, jobs, pipelines,
 *    relationships): every question asked through the gateway (`ask`, a follow-up in its predecessor's
 *    conversation), citation precision (cited talents and jobs that satisfy the question, read from the records the
 *    citations resolve to) and the latency of `ask` (p50/p95, wall time at the client). Skipped, and said so,
 *    when the supergraph has no `ask`.
 *
 * Flags: `--plans-only` skips part 2; `--verbose` prints each answer's intent, supported/cited and first words.
 */
import { performance } from 'node:perf_hooks';
import { DEMO_ORG_ID } from '../../platform/auth.ts';
import { planQuestion } from '../../subgraphs/chat/planning/offline/offline-planner.ts';
import { seedDemo } from '../../subgraphs/talent/demo/demo-seed.ts';
import { CITED_JOB_FIELDS, CITED_TALENT_FIELDS, judgeCitations, type CitedJob, type CitedTalent } from '../support/chat-citations.ts';
import {
  DEMO_TALENT_COUNT,
  demoTalents,
  expectedTalentKeys,
  judgePlan,
  labelledPrior,
  loadChatSet,
  talentKey,
  type LabelledQuestion,
} from '../support/chat-set.ts';
import type { Split } from '../support/eval-split.ts';
import { startTestStack, type TestStack } from '../support/stack.ts';

const set = loadChatSet();
const pct = (part: number, whole: number) => (whole === 0 ? 'n/a' : `${((100 * part) / whole).toFixed(1)} %`);

function percentile(samples: number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? Number.NaN;
}

// 1. Plans
console.log(
  `chat question set: ${set.length} questions (${set.filter((q) => q.split === 'test').length} test, ${set.filter((q) => q.split === 'dev').length} dev)`,
);
console.log('\noffline planner: plan accuracy (intent + operations + essential variables)');
for (const split of ['test', 'dev'] as Split[]) {
  const questions = set.filter((q) => q.split === split);
  const verdicts = questions.map((q) => {
    const prior = labelledPrior(q, set);
    return {
      q,
      v: judgePlan(q, planQuestion({ question: q.question, language: null, history: prior ? [prior] : [], now: new Date() }), prior),
    };
  });
  const count = (f: (v: (typeof verdicts)[number]['v']) => boolean, rows = verdicts) => rows.filter((r) => f(r.v)).length;
  const byLanguage = (['zh', 'en', 'mixed'] as const)
    .map((language) => {
      const rows = verdicts.filter((r) => r.q.language === language);
      return `${language} ${count((v) => v.correct, rows)}/${rows.length}`;
    })
    .join(', ');
  console.log(
    `  ${split.padEnd(4)}  plans ${pct(
      count((v) => v.correct),
      questions.length,
    )} (${count((v) => v.correct)}/${questions.length}; ${byLanguage})` +
      `  intent ${pct(
        count((v) => v.intent),
        questions.length,
      )}  answer language ${pct(
        count((v) => v.language),
        questions.length,
      )}` +
      (split === 'dev' ? '  [dev: the rules were tuned on it]' : ''),
  );
  for (const { q } of verdicts.filter((r) => !r.v.correct)) console.log(`    wrong: ${q.id} ${q.question}`);
}

const samples: number[] = [];
for (let round = 0; round < 50; round++) {
  for (const q of set) {
    const prior = labelledPrior(q, set);
    const started = performance.now();
    planQuestion({ question: q.question, language: null, history: prior ? [prior] : [], now: new Date() });
    samples.push(performance.now() - started);
  }
}
console.log(
  `  planner latency over ${samples.length} plans: p50 ${percentile(samples, 0.5).toFixed(3)} ms, p95 ${percentile(samples, 0.95).toFixed(3)} ms`,
);

// 2. End to end
if (process.argv.includes('--plans-only')) process.exit(0);

const ASK = `mutation BenchAsk($input: AskInput!) {
  ask(input: $input) {
    conversationId
    intent
    answer
    citations { snippet talent { ${CITED_TALENT_FIELDS} } job { ${CITED_JOB_FIELDS} } }
  }
}`;

interface AskResult {
  ask: {
    conversationId: string;
    intent: string;
    answer: string;
    citations: { snippet: string | null; talent: CitedTalent | null; job: CitedJob | null }[];
  };
}

console.log('\nend to end: an embedded stack seeded like the demo organisation');
const t: TestStack = await startTestStack('embedded', { talents: 0 });
try {
  await seedDemo(t.stack.runtime.data.stores.relational, DEMO_TALENT_COUNT, DEMO_ORG_ID);
  await t.stack.runtime.data.projector.drainUntilIdle();
  // ask allows 30 a minute per viewer: a fresh recruiter of the demo organisation every 25 questions.
  let asked = 0;
  let token = t.token(['RECRUITER'], DEMO_ORG_ID);
  const viewerToken = () => {
    if (++asked % 25 === 0) token = t.token(['RECRUITER'], DEMO_ORG_ID);
    return token;
  };
  const probe = await t.request<AskResult>(ASK, { input: { question: 'who knows Go?' } }, { token: viewerToken() });
  if (probe.body.errors?.length) {
    console.log(`  skipped: ask is not answerable on this stack yet (${probe.body.errors[0]!.message.slice(0, 160)})`);
  } else {
    await endToEnd(t, viewerToken);
  }
} finally {
  await t.close();
}

async function endToEnd(stack: TestStack, viewerToken: () => string): Promise<void> {
  const read = async <T>(query: string, variables: Record<string, unknown>) => {
    const response = await stack.request<T>(query, variables, { token: viewerToken() });
    if (response.body.errors?.length) throw new Error(`${query.slice(0, 60)}: ${response.body.errors[0]!.message}`);
    return response.body.data as T;
  };
  const relations = {
    talentIdsByName: async (name: string) =>
      (
        await read<{ talents: { edges: { node: { id: string; name: string } }[] } }>(
          'query($f: TalentFilter) { talents(filter: $f, first: 20) { edges { node { id name } } } }',
          { f: { text: name } },
        )
      ).talents.edges
        .map((e) => e.node)
        .filter((n) => n.name === name || n.name === name.split(' ').reverse().join(' '))
        .map((n) => n.id),
    networkIds: async (id: string) =>
      (
        await read<{ talent: { network: { talent: { id: string } }[] } | null }>(
          'query($id: ID!) { talent(id: $id) { network(depth: 3, first: 200) { talent { id } } } }',
          { id },
        )
      ).talent?.network.map((m) => m.talent.id) ?? [],
    referrerIds: async (company: string) =>
      (
        await read<{ referrersInto: { talent: { id: string } }[] }>(
          'query($c: String!) { referrersInto(company: $c, first: 100) { talent { id } } }',
          { c: company },
        )
      ).referrersInto.map((r) => r.talent.id),
    matchIds: async (title: string) => {
      const jobs = await read<{ jobs: { edges: { node: { id: string; title: string } }[] } }>(
        'query($f: JobFilter) { jobs(filter: $f, first: 20) { edges { node { id title } } } }',
        { f: { text: title } },
      );
      const ids: string[] = [];
      for (const job of jobs.jobs.edges.map((e) => e.node).filter((j) => j.title.toLowerCase() === title.toLowerCase())) {
        const matches = await read<{ job: { matches: { edges: { node: { id: string } }[] } } | null }>(
          'query($id: ID!) { job(id: $id) { matches(first: 100) { edges { node { id } } } } }',
          { id: job.id },
        );
        ids.push(...(matches.job?.matches.edges.map((e) => e.node.id) ?? []));
      }
      return ids;
    },
  };

  const latencies: number[] = [];
  const ask = async (question: string, conversationId?: string) => {
    const started = performance.now();
    const response = await stack.request<AskResult>(ASK, { input: { question, conversationId } }, { token: viewerToken() });
    latencies.push(performance.now() - started);
    if (response.body.errors?.length)
      return { error: String(response.body.errors[0]!.extensions?.code ?? response.body.errors[0]!.message) };
    return { result: response.body.data!.ask };
  };

  interface Row {
    q: LabelledQuestion;
    cited: number;
    supported: number;
    intentAgrees: boolean;
    error?: string;
    unsupported: string[];
    /** For a static predicate the demo data satisfies: how many of the expected talents were cited, of how many an answer lists (10 at most). */
    expected?: { found: number; listable: number };
  }
  const rows: Row[] = [];
  const demo = demoTalents();
  for (const q of set) {
    let conversationId: string | undefined;
    if (q.after) {
      const previous = await ask(set.find((p) => p.id === q.after)!.question);
      conversationId = previous.result?.conversationId;
    }
    const answer = await ask(q.question, conversationId);
    if (!answer.result) {
      rows.push({ q, cited: 0, supported: 0, intentAgrees: false, error: answer.error, unsupported: [] });
      continue;
    }
    const talents = answer.result.citations.flatMap((c) => (c.talent ? [c.talent] : []));
    const jobs = answer.result.citations.flatMap((c) => (c.job ? [c.job] : []));
    const unique = <T extends { id: string }>(items: T[]) => [...new Map(items.map((i) => [i.id, i])).values()];
    const verdict = await judgeCitations(q, unique(talents), unique(jobs), relations);
    const intentAgrees = answer.result.intent === q.intent || (q.clarifyAtRuntime === true && answer.result.intent === 'CLARIFY');
    const expectedKeys = expectedTalentKeys(q, demo);
    const citedKeys = new Set(unique(talents).map(talentKey));
    const expected = expectedKeys?.length
      ? { found: expectedKeys.filter((k) => citedKeys.has(k)).length, listable: Math.min(expectedKeys.length, 10) }
      : undefined;
    rows.push({ q, ...verdict, intentAgrees, expected });
    if (process.argv.includes('--verbose')) {
      console.log(
        `    ${q.id} [${answer.result.intent}, ${verdict.supported}/${verdict.cited}] ${q.question} -> ${answer.result.answer.replace(/\s+/g, ' ').slice(0, 140)}`,
      );
    }
  }

  for (const split of ['test', 'dev'] as Split[]) {
    const r = rows.filter((row) => row.q.split === split);
    const cited = r.reduce((s, row) => s + row.cited, 0);
    const supported = r.reduce((s, row) => s + row.supported, 0);
    const answered = r.filter((row) => !row.error).length;
    const withCitations = r.filter((row) => row.cited > 0).length;
    console.log(
      `  ${split.padEnd(4)}  citation precision ${cited === 0 ? 'n/a' : (supported / cited).toFixed(3)} (${supported}/${cited} cited records satisfy the question; ` +
        `${withCitations} of ${r.length} answers cite something)  answered ${answered}/${r.length}  answer intent = label ${r.filter((row) => row.intentAgrees).length}/${r.length}`,
    );
    const withExpected = r.filter((row) => row.expected);
    const found = withExpected.reduce((sum, row) => sum + Math.min(row.expected!.found, row.expected!.listable), 0);
    const listable = withExpected.reduce((sum, row) => sum + row.expected!.listable, 0);
    console.log(
      `        expected talents cited ${pct(found, listable)} (${found}/${listable}, over the ${withExpected.length} questions whose labelled predicate the demo talents satisfy; an answer lists 10 at most)`,
    );
    for (const row of withExpected.filter((x) => x.expected!.found < x.expected!.listable))
      console.log(`    missed: ${row.q.id} ${row.q.question}: ${row.expected!.found}/${row.expected!.listable}`);
    for (const row of r.filter((x) => x.error)) console.log(`    error: ${row.q.id} ${row.q.question}: ${row.error}`);
    for (const row of r.filter((x) => x.unsupported.length))
      console.log(`    unsupported: ${row.q.id} ${row.q.question}: ${row.unsupported.slice(0, 3).join('; ')}`);
  }
  console.log(
    `  ask latency over ${latencies.length} asks (follow-ups' first turns included): p50 ${percentile(latencies, 0.5).toFixed(1)} ms, p95 ${percentile(latencies, 0.95).toFixed(1)} ms`,
  );
}
