import { createHash } from 'node:crypto';
import type OpenAI from 'openai';
import type { Config } from '../../platform/config.ts';
import { findSkills } from '../../taxonomy/taxonomy.ts';
import { tokenize } from '../text/tokenize.ts';

/** Turns text into unit vectors. The vector store records `model` and `dimensions` and refuses to mix them. */
export interface Embedder {
  readonly model: string;
  readonly dimensions: number;
  embed(texts: string[]): Promise<number[][]>;
}

/**
 * The offline default: a deterministic feature-hashing embedding of word tokens, Chinese bigrams
 * (from the shared tokeniser) and character trigrams of Latin words, L2-normalised. It needs no
 * model download, treats Chinese and English alike, and puts texts that share terms close together.
 * The skill taxonomy is its bilingual synonym table: every skill the text mentions, by any of its
 * names or aliases ("k8s", "亚马逊云", "AWS"), adds one feature for that skill, so "亚马逊云 k8s"
 * lands near a profile listing "Amazon Web Services, Kubernetes" though they share no word.
 */
/** Naming the same skill is strong evidence of a related profile: a skill weighs about as much as seven words. */
const SKILL_FEATURE_WEIGHT = 1.5;
const SKILL_FEATURE_BUCKETS = 3;

export class HashingEmbedder implements Embedder {
  readonly model: string;

  readonly dimensions: number;

  constructor(dimensions = 256) {
    this.dimensions = dimensions;
    this.model = `looma-hash-ngram-v2-${dimensions}`;
  }

  async embed(texts: string[]): Promise<number[][]> {
    return texts.map((text) => this.embedOne(text));
  }

  embedOne(text: string): number[] {
    const vector = new Float64Array(this.dimensions);
    for (const token of tokenize(text)) {
      this.add(vector, `w:${token}`, 1);
      if (/^[a-z]/.test(token) && token.length > 3) {
        const padded = `^${token}$`;
        for (let i = 0; i + 3 <= padded.length; i++) this.add(vector, `g:${padded.slice(i, i + 3)}`, 0.35);
      }
    }
    // Each skill in several buckets: one collision with another feature cannot cancel it out.
    for (const skillId of new Set(findSkills(text).map((mention) => mention.skill.id))) {
      for (let k = 0; k < SKILL_FEATURE_BUCKETS; k++) this.add(vector, `s${k}:${skillId}`, SKILL_FEATURE_WEIGHT);
    }
    const norm = Math.hypot(...vector) || 1;
    return Array.from(vector, (v) => v / norm);
  }

  private add(vector: Float64Array, feature: string, weight: number): void {
    const digest = createHash('md5').update(feature).digest();
    const index = digest.readUInt32LE(0) % this.dimensions;
    const sign = (digest[4]! & 1) === 0 ? 1 : -1;
    vector[index]! += sign * weight;
  }
}

/**
 * Any OpenAI-compatible embeddings endpoint (base URL, model and dimensions configured). The
 * `openai` client loads on the first call: every process builds the data layer's embedder, and the
 * ones that never embed (the gateway) do not carry the client's modules.
 */
export class OpenAIEmbedder implements Embedder {
  private readonly options: { apiKey: string; baseURL?: string; timeoutMs?: number };
  private client: Promise<OpenAI> | undefined;

  readonly model: string;
  readonly dimensions: number;

  constructor(model: string, dimensions: number, options: { apiKey: string; baseURL?: string; timeoutMs?: number }) {
    this.model = model;
    this.dimensions = dimensions;
    this.options = options;
  }

  private openClient(): Promise<OpenAI> {
    const { apiKey, baseURL, timeoutMs } = this.options;
    this.client ??= import('openai').then(
      ({ default: Client }) => new Client({ apiKey, baseURL, timeout: timeoutMs ?? 30_000, maxRetries: 2 }),
    );
    return this.client;
  }

  async embed(texts: string[]): Promise<number[][]> {
    if (texts.length === 0) return [];
    const client = await this.openClient();
    // Floats asked for by name: left unset, the client asks for base64 and decodes whatever comes back as
    // base64, which garbles the vectors of the many OpenAI-compatible servers that ignore the field.
    const response = await client.embeddings.create({
      model: this.model,
      input: texts,
      dimensions: this.dimensions,
      encoding_format: 'float',
    });
    const vectors = [...response.data].sort((a, b) => a.index - b.index).map((d) => d.embedding);
    for (const vector of vectors) {
      if (vector.length !== this.dimensions) {
        throw new Error(`The embeddings endpoint returned ${vector.length} dimensions, configured ${this.dimensions}`);
      }
    }
    return vectors;
  }
}

export function createEmbedder(config: Config['embeddings']): Embedder {
  if (config.provider === 'openai' && config.openai) {
    return new OpenAIEmbedder(config.model, config.dimensions, config.openai);
  }
  return new HashingEmbedder(config.dimensions);
}
