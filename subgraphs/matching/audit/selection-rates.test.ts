import { describe, expect, it } from 'vitest';
import { FOUR_FIFTHS, selectionReport, type AuditedCandidate } from './selection-rates.ts';

/** `n` candidates named `${prefix}0…`, knocked out where `knockedOut(i)`. */
const candidates = (prefix: string, n: number, knockedOut: (i: number) => boolean = () => false): AuditedCandidate[] =>
  Array.from({ length: n }, (_, i) => ({ talentId: `${prefix}${i}`, knockedOut: knockedOut(i) }));

describe('selection rates and the four-fifths rule', () => {
  it('computes each group’s rate and impact ratio against the highest, flagging ratios under 0.8', () => {
    // Ranked best first: 6 of group a, then 4 of group b, then 10 more of b, 4 more of a, 6 unrecorded.
    const ranked = [
      ...candidates('a', 6),
      ...candidates('b', 4),
      ...candidates('b-late', 10),
      ...candidates('a-late', 4),
      ...candidates('u', 6),
    ];
    const valueOf = (id: string) => (id.startsWith('a') ? 'women' : id.startsWith('b') ? 'men' : undefined);
    const report = selectionReport(ranked, valueOf, 10);
    expect(report.candidates).toBe(30);
    expect(report.selected).toBe(10);
    // women: 10 candidates, 6 selected (0.6); men: 14 candidates, 4 selected (0.2857…): ratio 0.476 < 0.8.
    expect(report.groups).toEqual([
      { value: 'men', candidates: 14, selected: 4, selectionRate: 4 / 14, impactRatio: 4 / 14 / 0.6, adverseImpact: true },
      { value: 'women', candidates: 10, selected: 6, selectionRate: 0.6, impactRatio: 1, adverseImpact: false },
    ]);
    expect(report.unrecorded).toEqual({ candidates: 6, selected: 0 });
    expect(report.adverseImpact).toBe(true);
  });

  it('does not select a knocked-out talent even in the top, nor anyone past the top', () => {
    const ranked = candidates('x', 5, (i) => i === 0);
    const report = selectionReport(ranked, () => 'g', 3);
    expect(report.groups).toEqual([{ value: 'g', candidates: 5, selected: 2, selectionRate: 0.4, impactRatio: 1, adverseImpact: false }]);
    expect(report.selected).toBe(2);
  });

  it('holds exactly four fifths as no adverse impact, just under it as adverse', () => {
    // Group p: 5 of 5 selected (1.0); q: 4 of 5 (0.8, exactly the threshold); r: 3 of 4 … at 0.75.
    const ranked = [
      ...candidates('p', 5),
      ...candidates('q', 4),
      ...candidates('r', 3),
      ...candidates('q-out', 1),
      ...candidates('r-out', 1),
    ];
    const report = selectionReport(ranked, (id) => id[0], 12);
    const byValue = Object.fromEntries(report.groups.map((g) => [g.value, g]));
    expect(byValue.q).toMatchObject({ selectionRate: 0.8, impactRatio: 0.8, adverseImpact: false });
    expect(byValue.r).toMatchObject({ selectionRate: 0.75, impactRatio: 0.75, adverseImpact: true });
    expect(FOUR_FIFTHS).toBe(0.8);
  });

  it('gives no ratio when nobody is selected, and an empty report for no candidates', () => {
    const none = selectionReport(
      candidates('z', 3, () => true),
      () => 'g',
      20,
    );
    expect(none.groups).toEqual([{ value: 'g', candidates: 3, selected: 0, selectionRate: 0, impactRatio: null, adverseImpact: false }]);
    expect(selectionReport([], () => 'g', 20)).toEqual({
      candidates: 0,
      selected: 0,
      groups: [],
      unrecorded: { candidates: 0, selected: 0 },
      adverseImpact: false,
    });
  });
});
