/** Talents and jobs for the scorer's unit tests: a complete pair, and builders that override it. */
import { DEFAULT_MATCHING_WEIGHTS } from '../../../data/config/settings.ts';
import type { MatchContext, MatchJob, MatchTalent } from './types.ts';

export function aTalent(overrides: Partial<MatchTalent> = {}): MatchTalent {
  return {
    id: 'talent-1',
    headline: 'Go 后端工程师，熟悉 Kubernetes',
    skills: ['golang', 'k8s', 'Redis', 'PostgreSQL'],
    languages: ['普通话', 'English (fluent)'],
    location: '北京市朝阳区',
    currentTitle: '高级后端工程师',
    yearsOfExperience: 6,
    titles: ['高级后端工程师', 'Java Developer'],
    employments: [
      { company: 'ByteDance', title: '高级后端工程师', start: '2019-03', end: null },
      { company: 'Baidu', title: 'Java Developer', start: '2015-07', end: '2019-02' },
    ],
    ...overrides,
  };
}

export function aJob(overrides: Partial<MatchJob> = {}): MatchJob {
  return {
    id: 'job-1',
    title: 'Senior Backend Engineer',
    description: 'Build the payments platform in Go on Kubernetes.',
    location: 'Beijing',
    remotePolicy: 'HYBRID',
    requiredSkills: ['Go', 'Kubernetes', 'Kafka'],
    preferredSkills: ['Redis', 'gRPC'],
    minYearsOfExperience: 5,
    maxYearsOfExperience: 10,
    languages: ['English'],
    knockouts: { mustHaveSkills: [], minYearsOfExperience: null, workLocation: false, languages: [] },
    ...overrides,
  };
}

export function aContext(overrides: Partial<MatchContext> = {}): MatchContext {
  return {
    weights: { ...DEFAULT_MATCHING_WEIGHTS },
    language: 'en',
    similarity: 0.4,
    embeddingModel: 'looma-hash-ngram-v2-256',
    warmPaths: [],
    now: new Date('2026-12-01T00:00:00Z'),
    ...overrides,
  };
}
