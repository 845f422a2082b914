/**
 * A school's name a narrow column or a PDF wrapped over lines, joined again: its school word, its joining word, its
 * letters or its last word on the next line, and a degree wrapped above its dates (education.ts reads the joined lines).
 */
import { findDateRanges } from './dates.ts';
import { nextFilledLines } from './filled-lines.ts';
import { isCountry, isKnownCity } from './entry-parts.ts';
import { NAME_PARTICLE, nameCutOnJoiningWord } from './name-cuts.ts';
import { withSchoolPlaceJoined } from './school-lines.ts';
import { degreeOf, isSchool, JOINED_COMMA, segmentsOf } from './segments.ts';

/** A school name wrapped in a narrow column ("Nanyang Technological" / "University"): its lines joined again. */
const SCHOOL_WORD_ONLY =
  /^\s*(?:(?:community|technical|junior|state|city|county|sixth form|further education) )?(?:university|college|institute(?: of technology)?|polytechnic|academy|school of [\w ]+)\s*$/iu;

/**
 * A school's line that stops on a joining word, a comma or a dash ("Jomo Kenyatta University of", "Emily Carr University
 * of Art +", "Universidad Nacional Autónoma de", "Tecnológico de Monterrey," / "Campus Querétaro", "University of Wisconsin–" / "Madison").
 */
const ENDS_ON_JOINING_WORD = /(?:\s(?:of|and|for|the|in|at|&|\+|de|del|de la|des|du|da|do|di|della|y|e|für|der|und)|,|\p{L}[-–])\s*$/iu;

const STARTS_ON_JOINING_WORD = /^\s*(?:and|&|of|for|de|del|da|do|di|des|du|der|und|et|y|e)\s+/u;

/** The rest of a French name after an elided "de" ("Institut régional" / "d’administration de Lyon"). */
const ELIDED_REST = /^\s*d[’']\p{Ll}[\p{L}-]*(?:\s+(?:de|du|des|de la|d[’'])\s*\p{Lu}[\p{L}'’-]*)*\s*$/u;

/**
 * The rest of a school's name after an elided particle, the name a person's ("Istituto Professionale Isabella" / "d'Este
 * Caracciolo, Napoli").
 */
const ELIDED_NAME = /^\s*d[’']\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2}(?:,\s*\p{Lu}[\p{L}'’ -]*)?\s*$/u;

/** The school's letters alone on the next line, wrapped off its name ("Universidade de São Paulo" / "(USP)"). */
const LETTERS_ONLY = /^\s*[(（]\p{Lu}[\p{L}&-]{1,9}[)）]\s*$/u;

/**
 * A school's line that stops on a word no name ends on, a direction or a kind ("University of Southern" /
 * "Queensland", "Manipal Academy of Higher" / "Education", "North Carolina A&T State" / "University", "Hong Kong
 * Institute of Vocational" / "Education", "National Institute of Industrial" / "Engineering", "Royal School of
 * Military" / "Engineering", "Ballyfermot College of Further" / "Education", "Hochschule für Angewandte" /
 * "Wissenschaften Hamburg"), or on the school word a Spanish, Portuguese, Italian or French name opens with
 * ("Benemérita Universidad" / "Autónoma de Puebla"), or a German one's city follows ("Albert-Ludwigs-Universität" /
 * "Freiburg").
 */
const ENDS_ON_OPEN_WORD =
  /[\s-](?:Southern|Northern|Eastern|Western|Central|South|North|East|West|New|Higher|Vocational|Technical|Technological|Applied|Advanced|National|Royal|Federal|International|Professional|Continuing|Political|Social|Public|Sixth Form|Further|Medical|Military|Naval|Veterinary|Maritime|Nautical|Theological|Industrial|Mechanical|Electrical|Chemical|Agricultural|Fine|Traditional|Oriental|British|Community|Region|State|Angewandte|Angewandten|Pädagogische|Medizinische|Universidad|Universidade|Università|Université|Universitat|Universität|Hochschule|Instituto|Escuela|Escola|Faculdade|Facultad)\s*$/u;

/**
 * A school's line of only the words every school's name has, no name of its own ("Instituto Politécnico" / "Nacional",
 * "Universiti Teknologi" / "Malaysia", "Technische Hochschule" / "Rosenheim").
 */
const GENERIC_NAME_ONLY =
  /^\s*(?:(?:the|of|de|del|für|technical|technische[rn]?|technological|tecnol[oó]gic[oa]|teknologi|polit[eé]cnic[oa]|polytechnic|university|universiti|universit[eéyàä]t?|universidad|universidade|institut[eo]?|hochschule|fachhochschule|college|academy|akademie|school|schule)\s*)+$/iu;

/**
 * The rest of its name starting the next line: a few capitalised words, no date, no degree ("México", "Technology
 * (NUST)", "Engineering (now IIM Mumbai)", "Agriculture and Technology, BSc, 2012 – 2017"), a comma before its town's
 * line allowed ("and Technology (NUST)," / "Islamabad").
 */
const NAME_REST = new RegExp(
  String.raw`^\s*\p{Lu}[\p{L}'’.-]*(?:\s+(?:\p{Lu}[\p{L}'’.-]*|of|and|at|&|${NAME_PARTICLE}))?(?:\s+\p{Lu}[\p{L}'’.-]*)?(?:\s*\((?:\p{Lu}{2,8}|\p{Lu}[\p{L}'’. -]{1,30}|(?:now|formerly)\s[\p{L}'’. -]{1,30})\))?,?\s*$`,
  'u',
);

/** Two names a school is named for, its school word wrapped to the next line: "National and Kapodistrian" / "University of Athens". */
const NAMES_JOINED = /^\s*\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*)?\s+(?:and|&)\s+\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*)?\s*$/u;

/** A line that opens on a school's word: "University (formerly CIT)", "College of Art". */
const SCHOOL_WORD_FIRST = /^\s*(?:University|College|Institute|Academy|School|Polytechnic)\b/u;

/** Two to five capitalised words, no more on the line: a school's name before its school word. */
const CAPITALISED_WORDS = /^\s*\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){1,4}\s*$/u;

/** A line that opens on the last word of a field a school is named for, then its school word: "Sciences University, Nagpur". */
const FIELD_THEN_SCHOOL_WORD =
  /^\s*(?:Sciences?|Studies|Technology|Arts|Engineering|Medicine|Agriculture|Husbandry|Management)\s+(?:University|College|Institute|Academy)\b/u;

/**
 * A school's name wrapped before its school word, on the line above it: "Queensland Fire and" / "Emergency Services
 * Academy"; four words at most, no joining word among them.
 */
const NAME_START = nameCutOnJoiningWord({ min: 0, max: 3 }, false);

/**
 * A school's last word wrapped onto a line of its own in a narrow column, its degree or dates on the next line
 * ("Universidade Presbiteriana" / "Mackenzie" / "Bacharelado em Administração"), its town after a comma or not: one
 * capitalised word that is no place, degree or school of its own.
 */
function isLastNameWord(line: string, lines: string[], at: number): boolean {
  // Its town may follow it after a comma ("Symbiosis Institute of Business" / "Management, Pune").
  line = withoutTown(line);
  if (!/^\s*\p{Lu}[\p{Ll}'’-]{2,}\s*$/u.test(line)) return false;
  const word = line.trim();
  if (isKnownCity(word) || isCountry(word) || degreeOf(word) !== null || isSchool(word)) return false;
  const next = lines.slice(at + 1).find((text) => text.trim());
  // Or a certificate or diploma named without a degree's word ("Community College of Baltimore" / "County" /
  // "Certificate, Construction").
  return next !== undefined && (degreeOf(next) !== null || findDateRanges(next).length > 0 || /^\s*(?:certificate|diploma)\b/iu.test(next));
}

/** A wrapped name's rest without the town a comma parts from it ("and Technology, Kochi", "Management, Pune"). */
function withoutTown(line: string): string {
  const town = /,\s*([^,]+)$/u.exec(line)?.[1];
  return town && (isKnownCity(town.trim()) || isCountry(town.trim())) ? line.slice(0, line.lastIndexOf(',')) : line;
}

/** A name's two lines as one; a dash joins its two names without a space ("University of Wisconsin–Madison"). */
const joinedName = (first: string, second: string) => `${first.trim()}${/[-–]$/u.test(first.trim()) ? '' : ' '}${second.trim()}`;

/** A note of a school's other name opening a line: "(now COEP Technological", "(formerly Ryerson University)". */
const NAME_NOTE_OPENS = /^\s*[(（](?:now|formerly|former|then|previously|renamed|later)\s/iu;

/** A name note left open at a line's end: "University of Galway (then NUI" / "Galway)". */
const NAME_NOTE_LEFT_OPEN = /[(（](?:now|formerly|former|then|previously|renamed|later)\s[^()（）]*$/iu;

/**
 * A name note's lines as one: "(now COEP Technological" / "University)", "University of Galway (then NUI" / "Galway)"
 * (at most three lines, up to its bracket's end).
 */
function withNameNotesJoined(lines: string[]): string[] {
  const out: string[] = [];
  const next = nextFilledLines(lines);
  for (let i = 0; i < lines.length; i++) {
    let line = lines[i]!;
    // Or any note whose bracket the next short line closes: "University of Reading (Henley" / "Business School)"; or
    // the one after it, the line between stopped on a joining word ("University of Dhaka (Institute of" / "Leather
    // Engineering and" / "Technology)").
    const closes = (at: number | undefined) => /^[^()（）]{1,40}[)）][^()（）]*$/u.test(lines[at!]?.trim() ?? '');
    const runsOn = (at: number | undefined) =>
      /^[^()（）]{1,40}$/u.test(lines[at!]?.trim() ?? '') && ENDS_ON_JOINING_WORD.test(lines[at!]!);
    const closedBelow = (text: string) =>
      /[(（][^()（）]*$/u.test(text) && (closes(next[i]) || (runsOn(next[i]) && closes(next[next[i]!])));
    const opens = (text: string) =>
      (NAME_NOTE_OPENS.test(text) && !/[)）]/u.test(text)) || NAME_NOTE_LEFT_OPEN.test(text) || closedBelow(text);
    for (let more = 0; opens(line) && more < 2 && next[i]! < lines.length; more++) {
      i = next[i]!;
      line = `${line.trimEnd()} ${lines[i]!.trim()}`;
    }
    out.push(line);
  }
  return out;
}

/**
 * India's national institutes, each named by its city after the kind ("Indian Institute of Technology Kharagpur",
 * "National Institute of Technology Calicut", "Indian Institute of Management Ahmedabad"): a narrow column's line of the
 * kind alone, its city on the next.
 */
const NAMED_BY_CITY =
  /^\s*(?:Indian Institute of (?:Technology|Management|Information Technology)|National Institute of Technology|All India Institute of Medical Sciences)\s*$/u;
const CITY_NAME = /^\s*\p{Lu}[\p{L}-]+(?:\s\p{Lu}[\p{L}-]+)?\s*$/u;

/** A named school's kind and field, its name wrapped to the line above: "College of Engineering, Chennai". */
const KIND_OF_FIELD = /^\s*(?:College|Institute|School)\s+of\s+\p{Lu}/u;

/**
 * The line above a school's kind and field is the name it is named for ("Sri Sivasubramaniya Nadar" / "College of
 * Engineering, Chennai"): two to four capitalised words, no place, degree or date, that open an entry — the section's
 * first line, or the first after an entry's dates (not a major under a school: "Mechanical Engineering" / "College of …"
 * follows its school's line).
 */
function opensEntry(out: string[], at: number, line: string): boolean {
  const previous = out[at]?.trim() ?? '';
  if (!KIND_OF_FIELD.test(line) || !/^\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){1,3}$/u.test(previous)) return false;
  if (isKnownCity(previous) || isCountry(previous) || degreeOf(previous) !== null) return false;
  let before = at - 1;
  while (before >= 0 && !out[before]!.trim()) before--;
  return before < 0 || findDateRanges(out[before]!).length > 0;
}

export function joinWrappedSchools(sectionLines: string[]): string[] {
  const lines = withNameNotesJoined(sectionLines);
  const out: string[] = [];
  for (const [i, line] of lines.entries()) {
    let at = out.length - 1;
    while (at >= 0 && !out[at]!.trim()) at--;
    const previous = at >= 0 ? out[at]! : '';
    const oneName = isSchool(previous) && !/\s{2,}|[|｜\t]/u.test(previous.trim());
    const endsOnJoiningWord =
      oneName && (ENDS_ON_JOINING_WORD.test(previous) || ENDS_ON_OPEN_WORD.test(previous) || GENERIC_NAME_ONLY.test(previous));
    const rest = segmentsOf(line)[0] ?? '';
    // Or the next line starts on one: "Cochin University of Science" / "and Technology", its town after it or not.
    const startsOnJoiningWord =
      oneName && STARTS_ON_JOINING_WORD.test(line) && NAME_REST.test(withoutTown(line).replace(STARTS_ON_JOINING_WORD, ''));
    const named = (text: string) => degreeOf(text) === null && findDateRanges(text).length === 0;
    const namedFor = opensEntry(out, at, line);
    if (
      (startsOnJoiningWord && named(line)) ||
      // "Troy University, Montgomery" / "Campus": a campus's word wrapped off its town.
      (oneName &&
        (LETTERS_ONLY.test(line) ||
          ELIDED_REST.test(line) ||
          ELIDED_NAME.test(line) ||
          /^\s*campus\s*$/iu.test(line) ||
          isLastNameWord(line, lines, i))) ||
      // "College of Engineering Pune" / "(now COEP Technological University)": its other name, left off once joined.
      (oneName && NAME_NOTE_OPENS.test(line) && /[)）]\s*$/u.test(line)) ||
      (NAMED_BY_CITY.test(previous) && CITY_NAME.test(line) && named(line) && !isSchool(line))
    ) {
      out[at] = joinedName(previous, line);
      out.length = at + 1;
    } else if (
      (endsOnJoiningWord ||
        // A name stopped on its joining word before any school word came ("Government Tool Room and" / "Training Centre,
        // Bengaluru"): a few capitalised words and "and", "of", "for" or "&" are only a name's start.
        (NAME_START.test(previous) && !isSchool(previous) && named(previous))) &&
      NAME_REST.test(rest) &&
      named(rest)
    ) {
      // Its town, wrapped after the comma, as one line would join it where the name needs it ("California State
      // University," / "Fresno").
      out[at] = withSchoolPlaceJoined(joinedName(previous, line), { generic: false });
      out.length = at + 1;
    } else if (
      (SCHOOL_WORD_ONLY.test(line) ||
        (isSchool(line) && NAME_START.test(previous) && ENDS_ON_JOINING_WORD.test(previous)) ||
        // "Munster Technological" / "University (formerly CIT)": a name stopped on an open word, its school word next.
        (SCHOOL_WORD_FIRST.test(line) &&
          isSchool(line) &&
          (ENDS_ON_OPEN_WORD.test(previous) || NAMES_JOINED.test(previous) || namedFor) &&
          !/\s{2,}|[|｜\t]/u.test(previous.trim())) ||
        // "Maharashtra Animal and Fishery" / "Sciences University, Nagpur": two fields named, the last one's end wrapped.
        (FIELD_THEN_SCHOOL_WORD.test(line) && isSchool(line) && NAMES_JOINED.test(previous)) ||
        // "Watpo Thai Traditional Medical" / "and Massage School, Bangkok": a name stopped on an open word, the rest of
        // it opening on its joining word.
        (STARTS_ON_JOINING_WORD.test(line) && isSchool(line) && ENDS_ON_OPEN_WORD.test(previous) && CAPITALISED_WORDS.test(previous))) &&
      previous.trim() &&
      !isSchool(previous) &&
      findDateRanges(previous).length === 0
    ) {
      // Its town no longer tells a generic name apart once the name is whole ("Sri Sivasubramaniya Nadar College of
      // Engineering, Chennai", "…Fishery Sciences University, Nagpur"): a field again, as on one line.
      const rest = namedFor || FIELD_THEN_SCHOOL_WORD.test(line) ? line.replaceAll(JOINED_COMMA, ',') : line;
      out[at] = `${previous.trim()} ${rest.trim()}`;
      out.length = at + 1;
    } else out.push(line);
  }
  return out;
}

/**
 * A degree wrapped in a narrow column, its dates on the line below ("MSc Construction Project" / "Management
 * (part-time)" / "2012 - 2014"): its lines joined again, so the entry's header reaches the school above the degree.
 */
export function joinWrappedDegrees(lines: string[]): string[] {
  const out: string[] = [];
  const below = nextFilledLines(lines);
  lines.forEach((line, i) => {
    let at = out.length - 1;
    while (at >= 0 && !out[at]!.trim()) at--;
    const previous = at >= 0 ? out[at]! : '';
    const next = lines[below[i]!] ?? '';
    const plain = (text: string) => findDateRanges(text).length === 0 && !isSchool(text) && !/\s{2,}|[|｜\t]/u.test(text.trim());
    // Or its note in brackets alone ("Bachelor of Physiotherapy" / "(Honours)").
    const isDegreeRest =
      (/^\s*\p{Lu}[\p{L}'’&-]*(?:\s+[\p{L}'’&()-]+){0,4}\s*$/u.test(line) || /^\s*\(\p{Lu}[\p{L}'’ -]{1,24}\)\s*$/u.test(line)) &&
      plain(line) &&
      degreeOf(line) === null &&
      !/[.,;:]\s*$/u.test(line);
    if (isDegreeRest && previous && plain(previous) && degreeOf(previous) !== null && findDateRanges(next).length > 0) {
      out[at] = `${previous.trim()} ${line.trim()}`;
      out.length = at + 1;
    } else out.push(line);
  });
  return out;
}
