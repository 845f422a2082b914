import { describe, expect, it } from 'vitest';
import { LoomaError } from '../../../platform/errors.ts';
import type { DataLayer } from '../../../data/data-layer.ts';
import { EmbeddingsError } from '../../../data/embeddings/embedder.ts';
import type { Viewer } from '../../../platform/viewer.ts';
import { jobEmbeddingText } from '../../../data/embeddings/job-embedding-text.ts';
import { suggestionCount, suggestTalentsForJob } from './job-suggestions.ts';

describe('talents suggested for a job', () => {
  it("embed the job like a talent's profile: title as the name line and the headline, then the skills", () => {
    expect(jobEmbeddingText({ title: 'Platform Engineer', skills: ['Go', 'Kubernetes'] })).toBe(
      'Platform Engineer\nPlatform Engineer\nGo, Kubernetes',
    );
    expect(jobEmbeddingText({})).toBe('\n\n');
  });

  it('are 10 by default, 1 to 50, BAD_USER_INPUT on first otherwise', () => {
    expect(suggestionCount(undefined)).toBe(10);
    expect(suggestionCount(50)).toBe(50);
    for (const first of [0, 51, 2.5]) {
      expect(() => suggestionCount(first)).toThrow(LoomaError);
      try {
        suggestionCount(first);
      } catch (error) {
        expect((error as LoomaError).details.field).toBe('first');
      }
    }
  });

  it('are UNAVAILABLE (retry later), not an internal error, while the embedding model is down', async () => {
    const data = {
      embedder: { model: 'm', dimensions: 2, embed: () => Promise.reject(new EmbeddingsError('unavailable', 'no answer')) },
    } as unknown as DataLayer<'relational' | 'vector'>;
    const viewer = { userId: 'u', orgId: 'o', roles: ['RECRUITER'], scopes: ['talent:read'] } as unknown as Viewer;
    const failure = await suggestTalentsForJob(viewer, data, { id: 'j', title: 'Go developer' }, 5).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(LoomaError);
    expect(failure).toMatchObject({ code: 'UNAVAILABLE' });
  });
});
