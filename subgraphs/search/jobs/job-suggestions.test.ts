import { describe, expect, it } from 'vitest';
import { LoomaError } from '../../../platform/errors.ts';
import { jobEmbeddingText, suggestionCount } from './job-suggestions.ts';

describe('talents suggested for a job', () => {
  it("embed the job like a talent's profile: title as the name line and the headline, then the skills", () => {
    expect(jobEmbeddingText({ id: 'j', title: 'Platform Engineer', skills: ['Go', 'Kubernetes'] })).toBe(
      'Platform Engineer\nPlatform Engineer\nGo, Kubernetes',
    );
    expect(jobEmbeddingText({ id: 'j' })).toBe('\n\n');
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
});
