import type { TalentRecord } from '../../../data/records/talent-record.ts';
import type { GraphRelationEnd } from '../../../data/ports.ts';
import { RELATIONSHIP_TYPES, type RelationshipType } from '../../../data/projections/relationship-projection.ts';
import { skillKey } from '../../../data/projections/talent-projection.ts';

/**
 * Who can refer into a company: insiders (talents with a WORKED_AT edge to the company's node;
 * current when one of their positions there is open, or, without positions there, when it is
 * their current company), then talents one and two relationships from an insider, each with the
 * insiders they connect through. Archived talents are not suggested as referrers, but an archived
 * insider still connects others. Order: degree; then current employees first (degree 0) or the
 * most insiders reached (degree 1 and 2); then name.
 */

export interface ReferrerModel {
  talentId: string;
  degree: number;
  isCurrentEmployee: boolean;
  throughIds: string[];
  reason: string;
}

/** How far `referrersInto` looks from an insider (the schema's "two hops"). */
export const REFERRER_HOPS = 2;

/** What the search reads, through the request's loaders: the graph around the insiders and the visible talents. */
export interface ReferrerReads {
  /** The visible talents among `ids`, by id. */
  visible(ids: readonly string[]): Promise<Map<string, TalentRecord>>;
  /** Each talent's relationships of these types, in the order of `ids` (an Error where one could not be read). */
  relationsOf(ids: readonly string[], types: readonly RelationshipType[]): Promise<(GraphRelationEnd[] | Error)[]>;
}

/** Whether a talent works at the company now: dated positions there say it best (an open one is current); without any, the current company. */
export function isCurrentEmployee(talent: Pick<TalentRecord, 'employments' | 'currentCompany'>, company: string): boolean {
  const key = skillKey(company);
  const there = talent.employments.filter((e) => skillKey(e.company) === key);
  return there.length ? there.some((e) => !e.end) : talent.currentCompany !== null && skillKey(talent.currentCompany) === key;
}

/** What the other end is to the talent whose relation this is, e.g. `worked with`, `was managed by`. */
export function linkPhrase(end: Pick<GraphRelationEnd, 'type' | 'direction'>): string {
  // `end` is seen from the nearer insider's side (or the middle talent's): flip it to the referrer's.
  const referrerIsFrom = end.direction === 'in';
  switch (end.type as RelationshipType) {
    case 'KNOWS':
      return 'knows';
    case 'WORKED_WITH':
      return 'worked with';
    case 'MANAGED':
      return referrerIsFrom ? 'managed' : 'was managed by';
    case 'REFERRED_BY':
      return referrerIsFrom ? 'was referred by' : 'referred';
  }
}

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** Why a talent one or two hops from the insiders is suggested, naming the talent it links through. */
export function referrerReason(
  company: string,
  entry: { degree: number; end: Pick<GraphRelationEnd, 'type' | 'direction'>; middle: TalentRecord; insiders: TalentRecord[] },
): string {
  const atCompany = (t: TalentRecord) => `${t.name} (${isCurrentEmployee(t, company) ? `at ${company} now` : `formerly at ${company}`})`;
  const phrase = capitalise(linkPhrase(entry.end));
  const [firstInsider, ...more] = entry.insiders;
  if (entry.degree === 1) return `${phrase} ${atCompany(entry.middle)}${more.length > 0 ? ` and ${more.length} more there` : ''}`;
  const insiders = more.length ? `${atCompany(firstInsider!)} and ${more.length} more there` : atCompany(firstInsider!);
  return `${phrase} ${entry.middle.name}, who is connected to ${insiders}`;
}

/** The order of the suggestions: degree; current employees first, then the most insiders reached; then name and id. */
export function compareReferrers(a: ReferrerModel & { name: string }, b: ReferrerModel & { name: string }): number {
  return (
    a.degree - b.degree ||
    Number(b.isCurrentEmployee) - Number(a.isCurrentEmployee) ||
    b.throughIds.length - a.throughIds.length ||
    a.name.localeCompare(b.name) ||
    (a.talentId < b.talentId ? -1 : 1)
  );
}

/** The referrers into `company`, from its insiders' ids: breadth-first, one batched graph read per hop. */
export async function findReferrers(
  reads: ReferrerReads,
  company: string,
  insiderIds: readonly string[],
  first: number,
): Promise<ReferrerModel[]> {
  const insiders = await reads.visible(insiderIds);
  const seen = new Set(insiders.keys());
  type Reached = { degree: number; through: Set<string>; link: { end: GraphRelationEnd; from: string } };
  const reached = new Map<string, Reached>();
  let frontier = [...insiders.keys()];
  for (let hop = 1; hop <= REFERRER_HOPS && frontier.length > 0; hop++) {
    const relations = await reads.relationsOf(frontier, RELATIONSHIP_TYPES);
    const next = new Map<string, Reached>();
    frontier.forEach((from, i) => {
      const ends = relations[i];
      if (!Array.isArray(ends)) return;
      const through = hop === 1 ? new Set([from]) : reached.get(from)!.through;
      for (const end of ends) {
        if (seen.has(end.otherId)) continue;
        const entry = next.get(end.otherId) ?? { degree: hop, through: new Set<string>(), link: { end, from } };
        for (const insider of through) entry.through.add(insider);
        next.set(end.otherId, entry);
      }
    });
    for (const [talentId, entry] of next) {
      seen.add(talentId);
      reached.set(talentId, entry);
    }
    frontier = [...next.keys()];
  }
  const talents = await reads.visible([...reached.keys(), ...[...reached.values()].map((r) => r.link.from)]);
  for (const [talentId, insider] of insiders) talents.set(talentId, insider);

  const referrers: (ReferrerModel & { name: string })[] = [];
  for (const insider of insiders.values()) {
    if (insider.status === 'ARCHIVED') continue;
    const current = isCurrentEmployee(insider, company);
    referrers.push({
      talentId: insider.id,
      degree: 0,
      isCurrentEmployee: current,
      throughIds: [],
      reason: current ? `Works at ${company} now` : `Worked at ${company}`,
      name: insider.name,
    });
  }
  for (const [talentId, entry] of reached) {
    const talent = talents.get(talentId);
    const middle = talents.get(entry.link.from);
    if (!talent || !middle || talent.status === 'ARCHIVED') continue;
    const throughIds = [...entry.through].filter((insider) => insiders.has(insider));
    if (throughIds.length === 0) continue;
    const reason = referrerReason(company, {
      degree: entry.degree,
      end: entry.link.end,
      middle,
      insiders: throughIds.map((i) => insiders.get(i)!),
    });
    referrers.push({ talentId, degree: entry.degree, isCurrentEmployee: false, throughIds, reason, name: talent.name });
  }
  referrers.sort(compareReferrers);
  return referrers.slice(0, first).map(({ name: _name, ...referrer }) => referrer);
}
