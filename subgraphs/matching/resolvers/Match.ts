import type {
  KnockoutKind,
  MatchEdgeResolvers,
  MatchFactorKind,
  MatchFactorResolvers,
  MatchKnockoutResolvers,
  MatchResolvers,
} from '../__generated__/resolvers-types.ts';
import type { KnockoutKind as KnockoutFailureKind, MatchingFactor } from '../scoring/types.ts';

/** `requiredSkills` → `REQUIRED_SKILLS`: the schema's enums are the scorer's names in SCREAMING_SNAKE. */
const screamingSnake = (name: string) => name.replace(/([a-z])([A-Z])/g, '$1_$2').toUpperCase();
const factorKind = (kind: MatchingFactor) => screamingSnake(kind) as MatchFactorKind;
const knockoutKind = (kind: KnockoutFailureKind) => screamingSnake(kind) as KnockoutKind;

export const Match: MatchResolvers = {
  talent: (match) => ({ id: match.talentId }),
  job: (match) => ({ id: match.jobId }),
};

export const MatchEdge: MatchEdgeResolvers = {
  node: (edge) => ({ id: edge.node.talentId }),
  score: (edge) => edge.node.score,
  factors: (edge) => edge.node.factors,
  knockedOut: (edge) => edge.node.knockedOut,
  knockouts: (edge) => edge.node.knockouts,
  gaps: (edge) => edge.node.gaps,
};

export const MatchFactor: MatchFactorResolvers = {
  kind: (factor) => factorKind(factor.kind),
};

export const MatchKnockout: MatchKnockoutResolvers = {
  kind: (knockout) => knockoutKind(knockout.kind),
};
