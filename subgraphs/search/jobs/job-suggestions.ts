import type { DataLayer } from '../../../data/data-layer.ts';
import { TALENT_VECTOR_COLLECTION } from '../../../data/projections/talent-projection.ts';
import { jobEmbeddingText } from '../../../data/embeddings/job-embedding-text.ts';
import { requireScope } from '../../../platform/checks.ts';
import { EmbeddingsError } from '../../../data/embeddings/embedder.ts';
import { badInput, ErrorCode, LoomaError } from '../../../platform/errors.ts';
import type { Viewer } from '../../../platform/viewer.ts';
import type { TalentMatch } from '../talent-search/talent-search.ts';

/** A job as the gateway hands it to this subgraph: its key and the fields `@requires` asks for. */
export interface JobReference {
  id: string;
  title?: string | null;
  skills?: string[] | null;
}

const MAX_SUGGESTIONS = 50;

/** How many talents to suggest: `first`, 10 by default, 1 to 50 (BAD_USER_INPUT on `first` otherwise). */
export function suggestionCount(first: number | null | undefined): number {
  const k = first ?? 10;
  if (!Number.isInteger(k) || k < 1 || k > MAX_SUGGESTIONS)
    throw badInput(`first must be between 1 and ${MAX_SUGGESTIONS}`, { field: 'first' });
  return k;
}

/**
 * `Job.suggestedTalents`: a semantic first pass — the job's title and skills embedded with the
 * configured model, and the nearest talents of the viewer's organisation in the vector store.
 * Matching with explained scores refines this later (the matching subgraph).
 */
export async function suggestTalentsForJob(
  viewerOrNull: Viewer | null,
  data: DataLayer<'relational' | 'vector'>,
  job: JobReference,
  first: number | null | undefined,
): Promise<TalentMatch[]> {
  const viewer = requireScope(viewerOrNull, 'talent:read');
  const k = suggestionCount(first);
  // No keyword ranking to fall back on here: without the model the suggestions are UNAVAILABLE (retry later).
  const [vector] = await data.embedder.embed([jobEmbeddingText(job)], 'passage').catch((error: unknown) => {
    if (error instanceof EmbeddingsError) {
      throw new LoomaError(ErrorCode.UNAVAILABLE, 'The embedding model is unavailable: talent suggestions need it, retry later');
    }
    throw error;
  });
  const matches = await data.stores.vector.nearest(TALENT_VECTOR_COLLECTION, viewer.orgId, vector!, k);
  return matches.map((m) => ({ talent: { id: m.id }, score: m.score }));
}
