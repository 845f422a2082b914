/**
 * location: a remote job fits anyone; otherwise the talent's city against the job's through the
 * gazetteer (北京 = Beijing): the same city 1 (anywhere in the country when the job names only a
 * country), the same country 0.5 (a move within the country, or a profile naming only the country),
 * another country 0.1. An unknown talent location scores 0.3 and asks to confirm it.
 */
import { compactSkillKey } from '../../../taxonomy/taxonomy.ts';
import { say, unavailable, type FactorOutcome } from './factor.ts';
import { placesOf, type Place } from './gazetteer.ts';
import type { MatchJob, MatchLanguage, MatchTalent } from './types.ts';

export const SAME_COUNTRY = 0.5;
export const OTHER_COUNTRY = 0.1;
export const UNKNOWN_LOCATION = 0.3;

/**
 * How a talent's location meets a job's: `city` in the place the job names (its city, or anywhere in
 * the country when the job names only a country), `country` another city of the same country,
 * `region` the talent names only the job's country (may well be in the city), `other` another
 * country, `unknown` when either side is missing or outside the gazetteer.
 */
export type PlaceFit = 'city' | 'country' | 'region' | 'other' | 'unknown';

const FIT_ORDER: PlaceFit[] = ['city', 'country', 'region', 'other'];

function pairFit(held: Place, asked: Place): PlaceFit {
  if (held.country === null || held.country !== asked.country) return 'other';
  if (asked.city === null || held.city === asked.city) return 'city';
  return held.city === null ? 'region' : 'country';
}

/** The best fit of the talent's places with the job's. */
export function placeFit(talentLocation: string | null, jobLocation: string | null): PlaceFit {
  if (!talentLocation?.trim() || !jobLocation?.trim()) return 'unknown';
  if (compactSkillKey(talentLocation) === compactSkillKey(jobLocation)) return 'city';
  const held = placesOf(talentLocation);
  const asked = placesOf(jobLocation);
  if (held.length === 0 || asked.length === 0) return 'unknown';
  const fits = held.flatMap((a) => asked.map((b) => pairFit(a, b)));
  return FIT_ORDER.find((fit) => fits.includes(fit)) ?? 'other';
}

/** A location as the viewer reads it: the gazetteer's city name in their language, else as written. */
export const placeName = (location: string, language: MatchLanguage): string => {
  const place = placesOf(location)[0];
  return (language === 'zh' ? place?.cityZh : place?.city) ?? location.trim();
};

export function locationFactor(talent: MatchTalent, job: MatchJob, language: MatchLanguage): FactorOutcome {
  if (job.remotePolicy === 'REMOTE')
    return {
      score: 1,
      explanation: say(language, 'Remote job: any location fits.', '远程职位：任何地点均可。'),
      evidence: talent.location?.trim() ? [talent.location.trim()] : [],
      available: true,
      gaps: [],
    };
  if (!job.location?.trim()) return unavailable(say(language, 'The job names no location; not scored.', '职位未注明工作地点，不计分。'));
  const where = placeName(job.location, language);
  const policy = job.remotePolicy === 'HYBRID' ? say(language, 'hybrid', '混合办公') : say(language, 'on-site', '现场办公');
  const fit = placeFit(talent.location, job.location);
  const evidence = talent.location?.trim() ? [talent.location.trim()] : [];
  const relocate = { text: say(language, `Relocate to ${where}`, `可到${where}工作`), tier: 0, key: 'location' };
  switch (fit) {
    case 'city':
      return {
        score: 1,
        explanation: placesOf(job.location).every((place) => place.city === null && place.country !== null)
          ? say(
              language,
              `Based in ${placeName(talent.location!, language)}, inside ${where} where this ${policy} job is.`,
              `人在${placeName(talent.location!, language)}，在该${policy}职位要求的${where}范围内。`,
            )
          : say(language, `Based in ${where}, where this ${policy} job is.`, `人在${where}，与该${policy}职位同城。`),
        evidence,
        available: true,
        gaps: [],
      };
    case 'country':
      return {
        score: SAME_COUNTRY,
        explanation: say(
          language,
          `Based in ${placeName(talent.location!, language)}, in the same country as this ${policy} job in ${where}.`,
          `人在${placeName(talent.location!, language)}，与${where}的${policy}职位同一国家，需要异地工作。`,
        ),
        evidence,
        available: true,
        gaps: [{ ...relocate, gain: 1 - SAME_COUNTRY }],
      };
    case 'region':
      return {
        score: SAME_COUNTRY,
        explanation: say(
          language,
          `Based in ${placeName(talent.location!, language)}, with no city named; this ${policy} job is in ${where}.`,
          `人在${placeName(talent.location!, language)}，未注明城市；该${policy}职位在${where}。`,
        ),
        evidence,
        available: true,
        gaps: [{ text: say(language, 'Confirm the city', '确认所在城市'), gain: 1 - SAME_COUNTRY, tier: 0, key: 'location' }],
      };
    case 'other':
      return {
        score: OTHER_COUNTRY,
        explanation: say(
          language,
          `Based in ${placeName(talent.location!, language)}, another country than this ${policy} job in ${where}.`,
          `人在${placeName(talent.location!, language)}，与${where}的${policy}职位不在同一国家。`,
        ),
        evidence,
        available: true,
        gaps: [{ ...relocate, gain: 1 - OTHER_COUNTRY }],
      };
    case 'unknown':
      return {
        score: UNKNOWN_LOCATION,
        explanation: talent.location?.trim()
          ? say(
              language,
              `Cannot place "${talent.location.trim()}" against ${where}; counted low.`,
              `无法判断"${talent.location.trim()}"与${where}的距离，按低分计。`,
            )
          : say(
              language,
              `The profile names no location; this ${policy} job is in ${where}.`,
              `简历未注明所在地；该${policy}职位在${where}。`,
            ),
        evidence,
        available: true,
        gaps: [{ text: say(language, 'Confirm location', '确认所在城市'), gain: 1 - UNKNOWN_LOCATION, tier: 0, key: 'location' }],
      };
  }
}
