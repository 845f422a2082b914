/**
 * Selection rates by group and the four-fifths rule (the US EEOC's Uniform Guidelines, 29 CFR
 * 1607.4(D)): a group whose selection rate is under 80% of the highest group's rate shows adverse
 * impact. Pure: the caller ranks the candidates and reads the attribute.
 */

/** The four-fifths rule's threshold on the impact ratio. */
export const FOUR_FIFTHS = 0.8;

/** One ranked candidate as the audit reads it: who, and whether a knock-out excluded them. */
export interface AuditedCandidate {
  talentId: string;
  knockedOut: boolean;
}

export interface SelectionGroup {
  /** The attribute's value, as recorded. */
  value: string;
  candidates: number;
  selected: number;
  /** selected ÷ candidates. */
  selectionRate: number;
  /** selectionRate ÷ the highest group's rate; null when no group has anyone selected. */
  impactRatio: number | null;
  /** impactRatio under FOUR_FIFTHS. */
  adverseImpact: boolean;
}

export interface SelectionReport {
  candidates: number;
  selected: number;
  /** Groups by value, the most candidates first (then by value). */
  groups: SelectionGroup[];
  /** Candidates without the attribute recorded: counted apart, in no group and no ratio. */
  unrecorded: { candidates: number; selected: number };
  /** Whether any group shows adverse impact. */
  adverseImpact: boolean;
}

/**
 * The report over `ranked` (best first): a candidate is selected when among the first `top` and not
 * knocked out; `valueOf` gives the candidate's recorded value, or undefined.
 */
export function selectionReport(
  ranked: readonly AuditedCandidate[],
  valueOf: (talentId: string) => string | undefined,
  top: number,
): SelectionReport {
  const counts = new Map<string, { candidates: number; selected: number }>();
  const unrecorded = { candidates: 0, selected: 0 };
  let selectedTotal = 0;
  ranked.forEach((candidate, position) => {
    const selected = position < top && !candidate.knockedOut;
    if (selected) selectedTotal++;
    const value = valueOf(candidate.talentId);
    const count = value === undefined ? unrecorded : (counts.get(value) ?? { candidates: 0, selected: 0 });
    if (value !== undefined) counts.set(value, count);
    count.candidates++;
    if (selected) count.selected++;
  });
  const rates = [...counts].map(([value, count]) => ({ value, ...count, selectionRate: count.selected / count.candidates }));
  const highest = Math.max(0, ...rates.map((group) => group.selectionRate));
  const groups = rates
    .map((group): SelectionGroup => {
      const impactRatio = highest > 0 ? group.selectionRate / highest : null;
      return { ...group, impactRatio, adverseImpact: impactRatio !== null && impactRatio < FOUR_FIFTHS };
    })
    .sort((a, b) => b.candidates - a.candidates || (a.value < b.value ? -1 : a.value > b.value ? 1 : 0));
  return {
    candidates: ranked.length,
    selected: selectedTotal,
    groups,
    unrecorded,
    adverseImpact: groups.some((group) => group.adverseImpact),
  };
}
