/**
 * A recruiter's vocabulary beside the skills (job-vocabulary.json): job families ("backend" ~ 后端 ~ server-side),
 * job titles (each in a family: "Account Executive" ~ 大客户经理 ~ key account manager), seniority levels
 * ("senior" ~ 资深 ~ 高级), employers, places, and topics (a skill in other words: "in-memory cache" ~ 缓存 names
 * Redis and Caching), each a bilingual concept. `findConcepts` finds their mentions in
 * free text: Chinese terms as substrings, Latin ones on word boundaries, case-insensitively; abbreviations
 * ("AE", "FE", "SRE") only as written, in capitals, so "ae" or "fe" in running text are not titles. A longer mention
 * wins over the shorter ones inside it ("前端工程师", not "前端" then "工程师").
 */
import { readFileSync } from 'node:fs';
import { toSimplified } from './traditional-chinese.ts';

export type ConceptKind = 'family' | 'role' | 'seniority' | 'employer' | 'place' | 'topic';

export interface JobConcept {
  id: string;
  kind: ConceptKind;
  /** A role's job family (a family concept's id without `family:`). */
  family?: string;
  /** A topic's skills (ids of taxonomy/skills.json): what the topic's words describe. */
  skills?: string[];
  terms: string[];
  abbreviations: string[];
}

export interface ConceptMention {
  concept: JobConcept;
  /** UTF-16 offsets into the text given, end exclusive. */
  start: number;
  end: number;
}

interface VocabularyFile {
  version: number;
  concepts: JobConcept[];
}

interface Matcher {
  concept: JobConcept;
  /** Folded (lower case) for terms; as written for abbreviations. */
  text: string;
  isAbbreviation: boolean;
}

const VOCABULARY_FILE = new URL('./job-vocabulary.json', import.meta.url);
const LATIN_WORD_CHAR = /[a-z0-9]/i;

/**
 * NFKC, simplified characters (會計 as 会计: a Hong Kong or Taiwan resume's titles) and lower case, one UTF-16 unit for one
 * (the vocabulary's characters keep their length).
 */
const fold = (text: string) => toSimplified(text.normalize('NFKC')).toLowerCase();

export class JobVocabulary {
  readonly concepts: readonly JobConcept[];
  private readonly byId = new Map<string, JobConcept>();
  private readonly matchers: Matcher[] = [];

  constructor(concepts: JobConcept[]) {
    this.concepts = concepts;
    for (const concept of concepts) {
      this.byId.set(concept.id, concept);
      for (const term of new Set(concept.terms.map(fold))) this.matchers.push({ concept, text: term, isAbbreviation: false });
      for (const abbreviation of concept.abbreviations) this.matchers.push({ concept, text: abbreviation, isAbbreviation: true });
    }
    // Longest first: the overlap rule keeps the first accepted.
    this.matchers.sort((a, b) => b.text.length - a.text.length);
  }

  static load(file: URL | string = VOCABULARY_FILE): JobVocabulary {
    return new JobVocabulary((JSON.parse(readFileSync(file, 'utf8')) as VocabularyFile).concepts);
  }

  concept(id: string): JobConcept | null {
    return this.byId.get(id) ?? null;
  }

  /** The family concept of a role (or the family itself), or null. */
  familyOf(concept: JobConcept): JobConcept | null {
    if (concept.kind === 'family') return concept;
    return concept.family ? this.concept(`family:${concept.family}`) : null;
  }

  /** Concept mentions in text order; a span shared by two concepts ("会计": the role and the family) names both. */
  findConcepts(text: string): ConceptMention[] {
    const normalized = text.normalize('NFKC');
    const folded = fold(text);
    if (folded.length !== normalized.length) return []; // a character that folds to two: never in the vocabulary's texts
    const taken: { start: number; end: number }[] = [];
    const mentions: ConceptMention[] = [];
    for (const matcher of this.matchers) {
      const haystack = matcher.isAbbreviation ? normalized : folded;
      for (let at = haystack.indexOf(matcher.text); at !== -1; at = haystack.indexOf(matcher.text, at + 1)) {
        const end = at + matcher.text.length + inflection(folded, at + matcher.text.length, matcher);
        if (!onBoundaries(folded, at, end)) continue;
        const same = taken.find((t) => t.start === at && t.end === end);
        if (!same && taken.some((t) => t.start < end && at < t.end)) continue;
        if (!same) taken.push({ start: at, end });
        if (!mentions.some((m) => m.start === at && m.concept.id === matcher.concept.id))
          mentions.push({ concept: matcher.concept, start: at, end });
      }
    }
    return mentions.sort((a, b) => a.start - b.start);
  }
}

/**
 * An English plural or verb ending after a Latin term, counted in its mention: "recruiters", "caches",
 * "negotiated" name what "recruiter", "cache", "negotiate" do. Abbreviations and Chinese terms take none.
 */
function inflection(folded: string, end: number, matcher: Matcher): number {
  if (matcher.isAbbreviation || !/[a-z]$/.test(matcher.text) || matcher.text.length < 4) return 0;
  const rest = /^(?:s|es|ed|d|ing)(?![a-z0-9])/.exec(folded.slice(end, end + 4));
  return rest ? rest[0].length : 0;
}

/** Latin edges on word boundaries ("ae" not in "aerospace", "sales" not in "wholesales"); Chinese edges anywhere. */
function onBoundaries(folded: string, start: number, end: number): boolean {
  const isWord = (char: string | undefined) => char !== undefined && LATIN_WORD_CHAR.test(char);
  if (isWord(folded[start]) && isWord(folded[start - 1])) return false;
  if (isWord(folded[end - 1]) && isWord(folded[end])) return false;
  return true;
}

let defaultVocabulary: JobVocabulary | null = null;

/** The committed vocabulary, loaded once. */
export function jobVocabulary(): JobVocabulary {
  defaultVocabulary ??= JobVocabulary.load();
  return defaultVocabulary;
}

export const findConcepts = (text: string): ConceptMention[] => jobVocabulary().findConcepts(text);
