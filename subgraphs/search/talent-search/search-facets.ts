import type { SearchDocument } from '../../../data/ports.ts';
import { skillKey } from '../../../data/projections/talent-projection.ts';

/** A facet's value and how many matching talents hold it. */
export interface FacetValue {
  value: string;
  count: number;
}

export type SearchFacets = Record<'skills' | 'locations' | 'companies' | 'yearsOfExperience', FacetValue[]>;

const FACET_LIMIT = 30;

/** Years-of-experience bands, lower bound included. */
export const YEARS_BANDS = [
  { value: '0-2', min: 0, max: 2 },
  { value: '2-5', min: 2, max: 5 },
  { value: '5-10', min: 5, max: 10 },
  { value: '10+', min: 10, max: Infinity },
];

/** Counts over the whole matching set (not just the page), from the matches' search documents. */
export function facetsOf(documents: SearchDocument[]): SearchFacets {
  const years = documents.map((doc) => doc.fields.yearsOfExperience).filter((y): y is number => typeof y === 'number');
  return {
    skills: countValues(documents, (doc) => stringsOf(doc.fields.skills)),
    locations: countValues(documents, (doc) => stringsOf(doc.fields.location)),
    companies: countValues(documents, (doc) => stringsOf(doc.fields.companies)),
    yearsOfExperience: YEARS_BANDS.map((band) => ({ value: band.value, count: years.filter((y) => y >= band.min && y < band.max).length })),
  };
}

/** Facet values counted per talent and case-insensitively; the value shown is the spelling met first. */
function countValues(documents: SearchDocument[], valuesOf: (doc: SearchDocument) => string[]): FacetValue[] {
  const counts = new Map<string, FacetValue>();
  for (const doc of documents) {
    const seen = new Set<string>();
    for (const value of valuesOf(doc)) {
      const key = skillKey(value);
      if (!key || seen.has(key)) continue;
      seen.add(key);
      const entry = counts.get(key) ?? { value: value.trim(), count: 0 };
      entry.count += 1;
      counts.set(key, entry);
    }
  }
  return [...counts.values()].sort((a, b) => b.count - a.count || a.value.localeCompare(b.value)).slice(0, FACET_LIMIT);
}

/** The fields a talent is searched and highlighted by, as its search document holds them. */
export function talentFields(doc: SearchDocument): { name: string; headline: string | null; skills: string[] } {
  const { name, headline, skills } = doc.fields;
  return {
    name: typeof name === 'string' ? name : '',
    headline: typeof headline === 'string' ? headline : null,
    skills: stringsOf(skills),
  };
}

/** A document field as a list of strings (a single string is a list of one). */
export function stringsOf(value: SearchDocument['fields'][string] | undefined): string[] {
  return Array.isArray(value) ? value : typeof value === 'string' ? [value] : [];
}
