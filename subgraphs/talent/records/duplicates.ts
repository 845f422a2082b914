import { type Loaders } from '../../../data/loaders.ts';
import { isUuid } from '../../../platform/ids.ts';
import type { TalentRecord } from '../../../data/records/talent-record.ts';
import type { SqlExecutor } from '../../../data/ports.ts';
import { requireScope } from '../../../platform/checks.ts';
import { notFound } from '../../../platform/errors.ts';
import type { Viewer } from '../../../platform/viewer.ts';
import { readDuplicateCandidates, type DuplicateCandidateRow } from '../../../data/records/talent-store.ts';

import type { DuplicateReason } from '../__generated__/resolvers-types.ts';

/** The schema's enum, as codegen generates it. */
export type { DuplicateReason };

export interface DuplicateCandidate {
  talent: TalentRecord;
  reasons: DuplicateReason[];
  confidence: number;
  explanation: string;
}

/** Two names at least this similar (0..1) count as "a similar name". */
export const NAME_SIMILARITY_THRESHOLD = 0.85;
/** At most this many candidates are returned, most likely first. */
const MAX_CANDIDATES = 50;
/** Talents sharing a company are preselected in SQL; a very common employer is read this deep. */
const MAX_PRESELECTED = 2_000;

/** How much each reason alone says; several reasons combine as independent evidence (noisy-or). */
const REASON_WEIGHT: Record<Exclude<DuplicateReason, 'SIMILAR_NAME_SAME_COMPANY'>, number> = { SAME_EMAIL: 0.9, SAME_PHONE: 0.8 };

/**
 * Likely duplicates of a talent: the org's visible talents sharing an e-mail or a phone, or with a
 * similar name (Latin or Chinese) and a company in common. Three queries whatever the org's size:
 * the talent (through the loader), the candidates preselected in SQL (GIN indexes on e-mails and
 * phones; companies compared case-insensitively), and the matched candidates (through the loader).
 * Names are compared in TypeScript (PGlite has no fuzzystrmatch), see `nameSimilarity`.
 */
export class Duplicates {
  private readonly db: SqlExecutor;
  private readonly loaders: Loaders;

  constructor(db: SqlExecutor, loaders: Loaders) {
    this.db = db;
    this.loaders = loaders;
  }

  async find(viewerOrNull: Viewer | null, id: string): Promise<DuplicateCandidate[]> {
    const viewer = requireScope(viewerOrNull, 'talent:read');
    const talent = isUuid(id) ? await this.loaders.talentById.load(id) : null;
    if (!talent) throw notFound('Talent', id);

    const rows = await readDuplicateCandidates(this.db, viewer.orgId, talent, [...companyKeysOf(talent)], MAX_PRESELECTED);
    const matches = rows.map((row) => matchCandidate(talent, row)).filter((m): m is Match => m !== null);
    matches.sort((a, b) => b.confidence - a.confidence || a.id.localeCompare(b.id));
    const top = matches.slice(0, MAX_CANDIDATES);
    const records = await this.loaders.talentById.loadMany(top.map((m) => m.id));
    return top.flatMap((m, i) => {
      const record = records[i];
      return record && !(record instanceof Error)
        ? [{ talent: record, reasons: m.reasons, confidence: m.confidence, explanation: m.explanation }]
        : [];
    });
  }
}

export interface Match {
  id: string;
  reasons: DuplicateReason[];
  confidence: number;
  explanation: string;
}

/** Why `row` may be the same person as `talent`, and how sure that is (0..0.99); null when nothing matches. */
export function matchCandidate(
  talent: Pick<TalentRecord, 'emails' | 'phones' | 'companies' | 'currentCompany' | 'employments' | 'name' | 'latinName' | 'chineseName'>,
  row: DuplicateCandidateRow,
): Match | null {
  const reasons: DuplicateReason[] = [];
  const explanations: string[] = [];
  const weights: number[] = [];

  const sharedEmails = row.emails.filter((e) => talent.emails.includes(e));
  if (sharedEmails.length) {
    reasons.push('SAME_EMAIL');
    weights.push(REASON_WEIGHT.SAME_EMAIL);
    explanations.push(`e-mail ${sharedEmails.join(', ')}`);
  }
  const sharedPhones = row.phones.filter((p) => talent.phones.includes(p));
  if (sharedPhones.length) {
    reasons.push('SAME_PHONE');
    weights.push(REASON_WEIGHT.SAME_PHONE);
    explanations.push(`phone ${sharedPhones.join(', ')}`);
  }
  const theirCompanies = new Map<string, string>();
  for (const company of [...row.companies, row.current_company, ...row.employment_companies]) {
    if (company?.trim()) theirCompanies.set(companyKey(company), company.trim());
  }
  const sharedCompanies = [...companyKeysOf(talent)].filter((key) => theirCompanies.has(key)).map((key) => theirCompanies.get(key)!);
  if (sharedCompanies.length) {
    const names = bestNamePair(namesOf(talent), [row.name, row.latin_name, row.chinese_name]);
    if (names && names.similarity >= NAME_SIMILARITY_THRESHOLD) {
      reasons.push('SIMILAR_NAME_SAME_COMPANY');
      // 0.6 for a barely similar name, up to 0.75 for the same name: a name and an employer are weaker than a shared address.
      weights.push(0.6 + 0.15 * ((names.similarity - NAME_SIMILARITY_THRESHOLD) / (1 - NAME_SIMILARITY_THRESHOLD)));
      const how = names.similarity === 1 ? 'same name' : `similar name (${names.similarity.toFixed(2)})`;
      explanations.push(`${how} "${names.theirs}" ~ "${names.ours}" at ${sharedCompanies.join(', ')}`);
    }
  }
  if (reasons.length === 0) return null;
  const confidence = Math.min(0.99, 1 - weights.reduce((rest, w) => rest * (1 - w), 1));
  return { id: row.id, reasons, confidence: Math.round(confidence * 100) / 100, explanation: explanations.join('; ') };
}

/** A company as compared: NFKC, trimmed, lowercased (the SQL preselection lowercases and trims too). */
const companyKey = (company: string) => company.normalize('NFKC').trim().toLowerCase();

function companyKeysOf(talent: Pick<TalentRecord, 'companies' | 'currentCompany' | 'employments'>): Set<string> {
  const keys = new Set<string>();
  for (const company of [...talent.companies, talent.currentCompany, ...talent.employments.map((e) => e.company)]) {
    if (company?.trim()) {
      keys.add(companyKey(company));
      keys.add(company.trim().toLowerCase());
    }
  }
  return keys;
}

const namesOf = (t: Pick<TalentRecord, 'name' | 'latinName' | 'chineseName'>) => [t.name, t.latinName, t.chineseName];

/** The most similar pair of names of the same script between two people's name variants. */
function bestNamePair(ours: (string | null)[], theirs: (string | null)[]): { ours: string; theirs: string; similarity: number } | null {
  let best: { ours: string; theirs: string; similarity: number } | null = null;
  for (const a of ours) {
    for (const b of theirs) {
      if (!a?.trim() || !b?.trim()) continue;
      const similarity = nameSimilarity(a, b);
      if (!best || similarity > best.similarity) best = { ours: a.trim(), theirs: b.trim(), similarity };
    }
  }
  return best;
}

const HAN = /\p{Script=Han}/u;

/**
 * How alike two names are, 0..1. Han names compare character by character (edit distance over the
 * characters, spaces and the middle dot ignored). Latin names are normalised (NFKD without accents,
 * lowercased, punctuation dropped) and compared as token sets, so the order does not matter
 * (`Zhang Wei` = `Wei Zhang`): each token is paired with its most similar token of the other name by
 * edit distance, an initial matches a token it starts (`J. Smith` ~ `John Smith`), and the result is
 * the larger of that length-weighted average and the similarity of the whole sorted names
 * (`Jon Smith` ~ `John Smith` is 0.9). A Han name and a Latin name are not comparable (0): a talent's
 * `latinName` is what meets a Latin spelling.
 */
export function nameSimilarity(a: string, b: string): number {
  const aHan = HAN.test(a);
  const bHan = HAN.test(b);
  if (aHan !== bHan) return 0;
  if (aHan) {
    const x = [...a.normalize('NFKC').replace(/[\s·•・.]/gu, '')];
    const y = [...b.normalize('NFKC').replace(/[\s·•・.]/gu, '')];
    return ratio(levenshtein(x, y), Math.max(x.length, y.length));
  }
  const x = latinTokens(a);
  const y = latinTokens(b);
  if (x.length === 0 || y.length === 0) return 0;
  const sortedX = [...x].sort().join(' ');
  const sortedY = [...y].sort().join(' ');
  const whole = Math.max(
    ratio(levenshtein([...sortedX], [...sortedY]), Math.max(sortedX.length, sortedY.length)),
    // `ZhangWei` and `Zhang Wei`
    ratio(levenshtein([...x.join('')], [...y.join('')]), Math.max(x.join('').length, y.join('').length)),
  );
  const [short, long] = x.length <= y.length ? [x, y] : [y, x];
  let weighted = 0;
  let weight = 0;
  const unused = [...long];
  for (const token of short) {
    let bestIndex = -1;
    let bestScore = 0;
    unused.forEach((other, i) => {
      const score =
        token.length === 1 || other.length === 1
          ? other.startsWith(token) || token.startsWith(other)
            ? 0.9
            : 0
          : ratio(levenshtein([...token], [...other]), Math.max(token.length, other.length));
      if (score > bestScore) [bestScore, bestIndex] = [score, i];
    });
    if (bestIndex >= 0) unused.splice(bestIndex, 1);
    weighted += bestScore * token.length;
    weight += token.length;
  }
  // Tokens of the longer name left unpaired (a middle name) weigh half.
  const leftover = unused.reduce((n, t) => n + t.length, 0) / 2;
  const tokens = weighted / (weight + leftover);
  return Math.round(Math.max(whole, tokens) * 1000) / 1000;
}

function latinTokens(name: string): string[] {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s'-]/gu, ' ')
    .replace(/['-]/g, ' ')
    .split(/\s+/)
    .filter(Boolean);
}

const ratio = (distance: number, length: number) => (length === 0 ? 0 : 1 - distance / length);

function levenshtein(a: readonly string[], b: readonly string[]): number {
  if (a.length === 0) return b.length;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length]!;
}
