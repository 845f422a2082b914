/** What of a job its embedding reads: its title and its skills (required then preferred). */
export interface JobEmbeddingSource {
  title?: string | null;
  skills?: readonly string[] | null;
}

/**
 * The text a job is embedded from: the same shape as a talent's (name line, headline, skills), so
 * a job's vector sits among its talents'. Search's `suggestedTalents` and matching's candidates and
 * semantic similarity embed it alike.
 */
export const jobEmbeddingText = (job: JobEmbeddingSource) => [job.title ?? '', job.title ?? '', (job.skills ?? []).join(', ')].join('\n');
