/**
 * What an English job description names that the taxonomy does not know, or knows only more broadly ("HACCP checks",
 * "driver scorecard coaching"). A clause (between semicolons, full stops or a colon) whose every item, parted by commas
 * and "and", is a short noun phrase enumerates practices: "Plain film, fluoroscopy and mobile radiography on wards"
 * names plain film and mobile radiography; "Menu reviews for 4 homes, IDDSI texture-modified diets, weight loss audits"
 * names menu reviews and weight loss audits. What a trailing preposition adds ("on wards", "for 4 homes") and a
 * bracket's aside are left off. One verb, determiner, pronoun, person served or adjective of character among the items
 * makes the clause prose; a thing made or handled ("content APIs", "robot cells") is an item left unreported, unless it
 * is a document or record named with its kind ("incident reports", "KPI dashboards"); a one-word item counts only
 * through the taxonomy, unless a longer list holds it among phrases or it is a verb's -ing form ("thinning, pruning and
 * tree training"); a clause of one noun phrase names a practice when it ends on the work done ("Rate transient analysis
 * of shale gas wells"). The tools a description names are read by `usedNames` (a name a verb of using governs: "use
 * CRIS and PACS daily", "document in ieMR"; a name in camel case, a product after "with" or "in", brands before their
 * kind; a law or a code the work follows: "under the IUU Regulation"), and a practice named with the acronym it defines
 * by `definedAcronyms`.
 */
import { unwrapped } from './unwrapped.ts';
import { skillTaxonomy } from '../../../../taxonomy/taxonomy.ts';
import { isKnownCity, isPlace, REGION_CODE } from './entry-parts.ts';
import { acronymPairs } from './acronym-pairs.ts';
import { BULLET, CJK, PEOPLE, WHO_AND_WHEN, withSharedTail } from './list-items.ts';
import { addWholeSkill, addWritten, type ListedSkill } from './listed-skills.ts';

/** Where a clause ends: a semicolon, a sentence's full stop, a colon, a line. */
const CLAUSE_END = /[;；]|[.!?](?=\s|$)|:(?=\s)|\n/u;
/** Where the items of a list part. */
/** Commas, "and", "or", "&" and slashes; not a slash between single letters ("B/L checking", "A/B tests"). */
const ITEM_SEPARATOR = /\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or|&)\s+|(?<!(?:^|[^\p{L}])\p{L})\s*\/\s*(?!\p{L}(?:[^\p{L}]|$))/iu;
/**
 * A trailing phrase of place, purpose, measure or frequency ("on wards", "for 4 homes", "against NHSP standards",
 * "daily"): not part of the item.
 */
const TRAILING =
  /\s+(?:on|for|in|at|with|to|across|from|within|under|during|via|per|into|by|through|using|of|against|towards?|between|around|among|alongside|throughout|after|before|following|while|whilst|until|since|twice|once|daily|weekly|monthly)\b.*$/iu;
/** Words of a sentence, not of a name: determiners, pronouns, auxiliaries, adverbs of degree. */
export const PROSE_WORD =
  /^(?:the|a|an|my|our|their|his|her|its|this|that|these|those|all|each|every|some|any|many|most|other|such|i|we|he|she|they|it|me|us|them|who|which|where|when|while|is|are|was|were|be|been|being|has|have|had|do|does|did|can|could|will|would|should|may|might|must|not|no|also|very|more|than|as|about|over|up|out|new|own|key|various|several|including|etc|one|two|three|four|five|six|seven|eight|nine|ten|both)$/iu;
/** A verb inside an item makes it a clause ("services run", "publishes web maps", "staying calm"). */
const SENTENCE_VERB = /^(?:\w{3,}ed|ran|runs?|publish(?:es)?|alike|staying|known|shown|grown|given|taken|done|seen)$/iu;
/** Verbs of doing an item's first word may be ("supervise", "run"). */
export const DOING_VERBS =
  'plan|run|lead|led|manage|supervise|use|help|support|handle|build|built|create|design|develop|write|wrote|own|drive|drove|deliver|coordinate|train|mentor|prepare|perform|conduct|maintain|monitor|review|oversee|oversaw|ensure|provide|work|make|made|take|took|set|give|gave|get|got|assist|document|catalog|catalogue|report|track|analyse|analyze|implement|organise|organize|negotiate|sell|sold|serve|teach|taught|install|test|fix|repair|operate|draft|liaise|collaborate|partner|launch|grow|grew|cut|reduce|increase|improve|achieve|won|win|act|responsible|ran|kept|held';
/** An item's first word a verb of doing: the clause is a sentence. */
const LEADING_VERB = new RegExp(`^(?:${DOING_VERBS})$`, 'iu');
/**
 * A verb of doing in the present or the past opening a later part: "…, handles customer financing, and resolves …". In
 * its plain form only in a clause that opens on one ("Write donor reports, track …, run …"): elsewhere the word opens
 * a noun phrase ("…; design intent drawings, …"). On every second dev resume: +0.02 F1.
 */
const PART_VERB = new RegExp(`^(?:${DOING_VERBS}|resolve)(?:e?s|d|ed)?\\s+(?!and\\b|or\\b)`, 'iu');
const INFLECTED_PART_VERB = new RegExp(
  `^(?:(?:${DOING_VERBS}|resolve)(?:e?s|d|ed)|led|built|wrote|drove|oversaw|made|took|gave|got|sold|taught|grew|won|ran|kept|held)\\s+(?!and\\b|or\\b)`,
  'iu',
);
/** A clause that opens on a verb of doing in its plain form ("Plan and run …", "Write …"). */
const PLAIN_VERB_FIRST = new RegExp(`^(?:${DOING_VERBS})\\s`, 'iu');
/** Words saying how good a person is at something ("strong", "skilled", "proficient"), before "in", "at" or "with". */
export const SKILLED = 'strong|good|skilled|experienced|proficient|expert|versed|competent|excellent';
/** The verbs a clause opens with ("Plan and run", "Managed"), or what it says the person is good at ("Strong in …"). */
const LEADING_VERBS = new RegExp(
  `^(?:(?:responsible|accountable) for|in charge of|involved in|(?:(?:very|highly|particularly)\\s+)?(?:${SKILLED})\\s+(?:in|at|with)|(?:(?:${DOING_VERBS})(?:e?s)?|\\w+ed)(?:\\s+(?:and|&)\\s+(?:(?:${DOING_VERBS})(?:e?s)?|\\w+ed))?)\\s+`,
  'iu',
);
/** What a person is said to be good at, just before the list ("strong in ", "good at "). */
const SKILLED_BEFORE = new RegExp(`(?:${SKILLED})\\s+(?:in|at|with)\\s+$`, 'iu');
/** What a clause says the person is good at, after what it says first ("…, calm with customers and good at …"). */
const SKILLED_LATER = new RegExp(`^.*?[\\s,](?:(?:very|highly|particularly)\\s+)?(?:${SKILLED})\\s+(?:in|at|with)\\s+`, 'iu');
/** Its last word a thing made or handled, not a practice ("content APIs", "robot cells"; a document: `DOCUMENT`). */
const ARTIFACT =
  /^(?:data|services?|apis?|dashboards?|reports?|models?|issues?|cells?|registrations?|systems?|tools?|files?|documents?|pipelines?|jobs?|projects?|products?|items?|tickets?|orders?|accounts?|records?|lines?|units?|parts?|components?|devices?|scripts?|certificates?|imports?|exports?)$/iu;
/**
 * A thing made that is a document or a record, the work's too: "incident reports", "KPI dashboards", "pricing models",
 * "scale tickets", "clearance orders" (tickets and orders: +0.01 F1 on every second dev resume).
 */
const DOCUMENT = /^(?:dashboards?|reports?|models?|records?|documents?|registrations?|certificates?|scripts?|tickets|orders)$/iu;
/** Its last word a person's role ("calm radiographer", "thorough clinician"), not a thing or a practice so spelt. */
const ROLE = /(?:er|or|ist|ian|ant|ent)s?$/iu;
const NOT_ROLE =
  /(?:ment|decor|floor|motor|sensor|monitor|error|colou?r|server|router|printer|laser|paper|water|computer|container|controller|filter|adapter|connector|meter|order|border|layer|folder|poster|flyer|banner|ledger|counter|cluster|parameter|tender|power|heater|boiler|transformer|inverter|charger|compressor|reactor|generator|elevator|simulator|calculator|indicator|processor|editor|compiler|browser|scheduler|conductor|transistor|capacitor|resistor|register|roster|calendar|letter|chapter|theater|center|gear|content|component|document|instrument|segment|ointment|cement|pavement|trailer|decker|tractor|loader|hopper|freezer|cooler|dryer|washer|mixer|cutter|drawer|locker)s?$/iu;
/** Adjectives of character or manner by name, not by their ending. */
const CHARACTER_WORDS = 'calm|good|strong|happy|gentle|reliable|pragmatic|clear|keen';
/** Nouns in -ly ("family counseling", "assembly", "anomaly reports"): no manner. */
const NOUN_IN_LY = String.raw`(?:fami|assemb|supp|ear|anoma|ral|jel|homi|poly)ly$`;
/** Its first word an adjective of character or manner ("careful experimentalist", "strong communication"). */
export const CHARACTER = new RegExp(String.raw`^(?:(?!${NOUN_IN_LY})\w+ly|\w+ful|\w+ous|\w+ive|\w+able|${CHARACTER_WORDS})$`, 'iu');
/**
 * Of a phrase of three words or more, only an adjective of character by name makes the item a manner: one known by
 * its ending opens a practice's name ("serious occurrence reporting", "descriptive sensory panels").
 */
const NAMED_CHARACTER = new RegExp(`^(?:${CHARACTER_WORDS})$`, 'iu');
export const PREPOSITION = /^(?:and|or|with|of|for|to|in|on|at|by)$/iu;
/** A bracket's aside in an item ("Plain film (CR)", "audits (monthly)"): not part of it. */
const ASIDE = /\([^)]*\)/gu;
/**
 * A word of a name: letters (a hyphen, an apostrophe or a bracket inside), an acronym with digits, or a digit and a
 * capital ("3D models", "8D closure", "5S": +0.02 F1 on every second dev resume).
 */
const WORD = /^\p{L}[\p{L}'’&()-]*$|^[A-Z][A-Z0-9&()-]+$|^\d[A-Z]$/u;

/** A count in words, one to fifty-nine: "twelve", "twenty-five". */
const UNITS = 'one|two|three|four|five|six|seven|eight|nine';
const COUNT_WORD = String.raw`(?:twenty|thirty|forty|fifty)(?:[- ](?:${UNITS}))?|${UNITS}|ten|eleven|twelve|(?:thir|four|fif|six|seven|eigh|nine)teen`;
/** A span of time, its count in figures or words: "Twelve years (in transport and logistics)", "twenty-five years", "two seasons". */
const SPAN = new RegExp(String.raw`^(?:\d+\+?|a|${COUNT_WORD}|several|many)(?:-plus)?\s+(?:years?|months?|seasons?|decades?)$`, 'iu');

/** The item a list's part names, or null when the part is prose. */
function itemOf(part: string): string | null {
  const item = part.replace(ASIDE, ' ').replace(PARTICIPLE, '').replace(TRAILING, '').replace(FREQUENCY, '').replace(/\s+/gu, ' ').trim();
  const words = item.split(' ');
  if (!item || words.length > 4 || SPAN.test(item) || words.some((w) => !WORD.test(w) || PROSE_WORD.test(w) || SENTENCE_VERB.test(w)))
    return null;
  const [first, last] = [words[0]!, words.at(-1)!];
  if (
    LEADING_VERB.test(first) ||
    PREPOSITION.test(first) ||
    (words.length <= 2 ? CHARACTER : NAMED_CHARACTER).test(first) ||
    // Its last word a person or a group served ("CKD patients", "local schools"), not a practice.
    PEOPLE.test(last) ||
    (ROLE.test(last) && !NOT_ROLE.test(last))
  )
    return null;
  // A thing made or handled is a noun phrase of the list, not a practice to report ("" is such a phrase).
  // A document made is work recruiters note when it is named with its kind ("incident reports", "KPI dashboards"), and
  // so is the service given, not the services offered ("brake service", "cocktail service").
  return ARTIFACT.test(last) && !(words.length >= 2 && (DOCUMENT.test(last) || /^service$/iu.test(last))) ? '' : item;
}

/** "Custom designs drawn in Procreate": a participle and its phrase after the noun say how the thing was made. */
const PARTICIPLE =
  /\s+(?:\w{3,}ed|drawn|made|built|written|done|run|kept|held|sold|shown|taken|given|set|cut)\s+(?:on|for|in|at|with|to|using|via|by|from|through|into|across)\b.*$/iu;

/** How often, before an item ("Daily transport planning"): not part of it. */
const FREQUENCY = /^\s*(?:daily|weekly|fortnightly|monthly|quarterly|yearly|annual|routine|regular)\s+/iu;
/** A verb's -ing form: the work done ("pruning", "re-clothing", "dry-ageing"). */
const GERUND = /^[a-z][a-z-]{3,}ing$/iu;
/** A noun that ends in -ing ("clothing", "lighting", "engineering"): a thing or a field, not the work done. */
const NOUN_IN_ING = /^(?:cloth|wedd|light|beginn|engineer|build|hous|ceil|morn|even|bedd|word|fund|meet|pudd|stuff)ing$/iu;

/** A pastime rarely worked at: a list of single words holding one is a list of hobbies. */
const PASTIME =
  /^(?:hiking|reading|travell?ing|travel|swimming|running|jogging|cycling|singing|dancing|gaming|camping|skiing|surfing|shopping|movies|music|football|basketball|badminton|tennis|chess|yoga)$/iu;

/** A clause that opens on a change in a figure ("Grew unit sales …", "Cut inventory days …") lists measures, not work. */
const MEASURE_VERB =
  /^(?:grew|grow|grown|cut|reduced?|increased?|improved?|raised?|lifted|boosted|doubled|tripled|halved|saved?|lowered|brought|kept|hit|beat|exceeded)\s/iu;
/** The object of "with", "using", "by" or "via" that ends an item. */
const MEANS = /\s(?:with|using|by|via)\s+([^,]+?)\s*$/iu;

/** A tool the work is done in or with, closing the clause: "bulk uploads in Excel", "cut lists in Cabinet Vision". */
const TOOL_AFTER = /\s(?:in|with|using|on|via|through)\s+(?:the\s+)?([A-Z][\w.+#-]*(?:\s[A-Z][\w.+#-]*){0,2})\s*[.;]?\s*$/u;

/**
 * "bulk uploads in Excel", "verification scripts in Python": a clause of one noun phrase and the tool it is done with
 * names the work, whatever word it ends on. The tool is one the taxonomy knows or a product's name (capitals, camel
 * case, a digit), not a place ("food brands in London").
 */
function isDoneWithTool(part: string): boolean {
  const tool = TOOL_AFTER.exec(part)?.[1];
  if (!tool || isPlace(tool) || isKnownCity(tool)) return false;
  return skillTaxonomy().normalizeSkill(tool) !== null || /[A-Z]{2,}|[a-z][A-Z]|\d/u.test(tool);
}

/**
 * The work a term names, after it: "quality gate checks", "GP referral letters", "rate transient analysis", "haul truck
 * operation", "term life sales", "subtitle translation", "RCC works" (the words from replacement to adjustments: +0.02
 * F1 on every second dev resume; a verb's noun in -tion or -sion and works to development: +0.06).
 */
export const WORK_NOUN =
  /^(?:[a-z-]{3,}(?:tion|sion)|works|lessons|briefs|sign-off|feedback|outreach|development|replacements?|sales|service|fitting|servicing|calculations|valuations|evaluations?|adjustments|checks|letters|reports|reporting|plans|planning|reviews|audits|inspections|testing|tests|management|scheduling|processing|records|permits|assessments?|design|installs|maintenance|repairs?|analysis|monitoring|programmes|setup|set-up|handling|control|compliance|surveys|sampling|forecasting|budgeting|writing|drafting|procurement|sourcing|onboarding|training|support|operations|troubleshooting|commissioning|modelling|modeling|estimating|costing|reconciliations?|filing|claims|approvals|submissions|applications|campaigns|workshops|sessions)$/iu;

/**
 * The practices an English description enumerates that the taxonomy does not know ("Plain film, fluoroscopy and
 * mobile radiography on wards": plain film, mobile radiography), and the skills such a list names whole.
 */
export function englishTasks(text: string): ListedSkill[] {
  const found = new Map<string, ListedSkill>();
  const clauses = unwrapped(text).split(CLAUSE_END);
  // "the vestibular service (VNG, caloric testing)": a bracket's list is a clause of its own.
  const bracketed = clauses.flatMap((clause) => [...clause.matchAll(/\(([^()]*,[^()]*)\)/gu)].map((m) => m[1]!));
  for (const clause of [...clauses, ...bracketed]) {
    if (CJK.test(clause) || !/[a-z]/u.test(clause)) continue;
    // "Plan and run storytime, …": the verbs that govern the list are not its first item; nor is a bullet.
    // A bracket's aside is read as a clause of its own, not split with the list ("(3 DCs, 140 trucks)").
    const opening = clause
      .replace(/\([^()]*\)/gu, ' ')
      .trim()
      .replace(BULLET, '');
    // "Returns label service (Brindle, 2020)": a project's heading, its client and year in brackets, names no work.
    if (MEASURE_VERB.test(opening) || WHO_AND_WHEN.test(/\(([^()]*)\)\s*$/u.exec(clause)?.[1] ?? '')) continue;
    // "…, handles customer financing, and resolves …": a later part's verb of doing governs its item too.
    // "High-energy instructor skilled at motivation and community building": what a person is said to be good at, later
    // in the clause, is the list too (+0.01 F1 on every second dev resume).
    const listed = LEADING_VERBS.test(opening) ? opening.replace(LEADING_VERBS, '') : opening.replace(SKILLED_LATER, '');
    const partVerb = PLAIN_VERB_FIRST.test(opening) ? PART_VERB : INFLECTED_PART_VERB;
    // "strong in quality control and in training apprentices": the preposition said again opens no item.
    const skilled = SKILLED_BEFORE.test(opening.slice(0, opening.length - listed.length));
    const parts = listed
      .split(ITEM_SEPARATOR)
      .map((part) => part.replace(partVerb, ''))
      .map((part) => (skilled ? part.replace(/^\s*(?:in|at)\s+/iu, '') : part));
    // "Enterprise Truck Rental, Smyrna, GA", "Geelong, VIC 3220": a town and its state's or province's code close an
    // address, not a list.
    const [town, region] = parts.slice(-2).map((part) => part.trim().replace(/\s+\d{4,5}$/u, ''));
    if (region !== undefined && REGION_CODE.test(region) && /^\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)?$/u.test(town!)) continue;
    if (parts.length < 2) {
      // "• Catalogue research on the Dutch paintings collection.", "Led HACCP reviews.": a clause of one noun phrase that
      // ends on the work done (`WORK_NOUN`, or a verb's -ing form) names it. On every second dev resume: +0.21 F1.
      const one = itemOf(parts[0]!);
      const last = one?.split(' ').at(-1) ?? '';
      if (!one?.includes(' ') || !(WORK_NOUN.test(last) || (GERUND.test(last) && !NOUN_IN_ING.test(last)) || isDoneWithTool(parts[0]!)))
        continue;
      if (!addWholeSkill(found, one)) addWritten(found, one);
      continue;
    }
    // "conveyor and crusher rebuilds", "…, torque and tension checks, …": a word before "and" takes the noun the item
    // after it ends on, wherever the pair stands in the list. The noun is the item's, not a trailing phrase's ("weight
    // and pressure-drop checks on finished sticks": weight checks). On every second dev resume, from the list's last
    // pair alone to every pair: +0.16 F1.
    for (const [, left, right] of listed.matchAll(/(?:^|,\s*)([A-Za-z][\w-]*)\s+and\s+([^,]+)/giu)) {
      const at = parts.findIndex((part, i) => part.trim() === left && parts[i + 1]?.trim() === right!.trim());
      const shared = at < 0 ? null : withSharedTail(left!, right!.replace(ASIDE, ' ').replace(TRAILING, ''));
      if (shared) parts.splice(at, 1, shared);
    }
    // "machine setup, needle groupings, colour theory, a lot of practice": in a list of three or more, the clause-like
    // items are left off while they are half of it at most ("harvest loss sampling; …", "…, helped the head florist,
    // …"); more make it prose. On every second dev resume, from four items and one clause-like item to this: +0.21 F1.
    const read = parts.map(itemOf);
    const clauseLike = read.filter((item) => item === null).length;
    const items = read.length >= 3 && clauseLike * 2 <= read.length ? read.filter((item) => item !== null) : read;
    if (!items.every((item) => item !== null)) continue;
    // "hearing aid fitting with real ear measurements": what the work is done with, a noun phrase, is named too.
    const means = parts.flatMap((part) => {
      const object = MEANS.exec(part.replace(ASIDE, ' '))?.[1];
      return object ? [itemOf(object)].filter((item): item is string => item !== null) : [];
    });
    for (const item of [...items, ...means].filter(Boolean)) {
      // An item of such a list that names a skill whole is that skill, a word prose uses otherwise too ("onboarding",
      // "payroll", "reservations") included: the list is its context.
      if (addWholeSkill(found, item)) continue;
      // A one-word item is too often a plain word ("circulation", "startups"); the taxonomy reads the ones it knows,
      // unless the list holds three or more items and two of them are phrases, or it is a verb's -ing form naming the
      // work done ("Picking, thinning, pruning and tree training").
      const phrases = items.filter((other) => other.includes(' ')).length;
      // "Hiking, reading and travel": words alone, one of them a pastime, list hobbies.
      const hobbies = phrases === 0 && items.some((other) => PASTIME.test(other));
      const oneWordCounts =
        ((items.length >= 3 && phrases >= 2) || (GERUND.test(item) && !NOUN_IN_ING.test(item) && !hobbies)) &&
        /^[a-z][a-z-]{4,}$/iu.test(item) &&
        !/(?:al|ic|ive|ous)$/iu.test(item) &&
        !PEOPLE.test(item) &&
        // "roadshows in Hong Kong, Singapore and London": a place the work was done in.
        !isPlace(item) &&
        !isKnownCity(item);
      if (!item.includes(' ') && !oneWordCounts) continue;
      // An item holding a skill the taxonomy knows is read as written too: the narrower practice is what the labellers
      // name ("HACCP checks", "driver scorecard coaching"), beside the skill the prose's reading reports, and a name or
      // a soft skill stands alone in that reading, so the item would be lost. On every second dev resume: +0.23 F1 for
      // acronyms, +0.29 more for every skill.
      addWritten(found, item);
    }
  }
  return [...found.values()];
}

/** A name with a capital in it, of up to three words ("CRIS", "ieMR", "Polaris ILS"). */
const NAME = String.raw`[A-Za-z]*[A-Z][\w.+#-]*(?:\s[A-Z][\w.+#-]*){0,2}`;
/** A verb of using, at a sentence's start too ("Used …", "Documented in …"). */
const USING = String.raw`(?:[Uu]se|[Uu]ses|[Uu]sed|[Uu]sing|(?:[Dd]ocument|[Rr]ecord|[Cc]atalog|[Cc]atalogu)(?:e|ed|ing|s)?(?: items)? in|[Bb]uilt (?:in|with)|via)`;
/** "use CRIS and PACS daily", "documented in ieMR", "catalog items in Polaris ILS": names a verb of using governs. */
const USED_NAME = new RegExp(String.raw`\b${USING}\s+(${NAME}(?:\s(?:and|&|or)\s${NAME})?)`, 'gu');

/** A product's name written in camel case ("DemandTools", "JDLink", "ArcPy"), not a plural acronym ("APIs") or a Scottish name. */
const CAMEL = /^(?!Mc|Mac)[A-Z][a-z]+[A-Z][a-z]+[A-Za-z0-9]*$|^[A-Z]{2,}[a-z]{3,}[A-Za-z0-9]*$/u;
/** "surveys with Trimble R12", "FEA in ANSYS Mechanical": a name of two words or more a sentence's work is done with or in. */
const DONE_WITH =
  /(?<=[a-z]\s)(?:with|in|on|using|via)\s+(?:an?\s+|the\s+)?([A-Z][\w+#-]*(?:\.\w+)*(?:\s(?:[A-Z][\w+#-]*(?:\.\w+)*|\d+[A-Za-z]*)){1,3})(?![\w-]|\s[A-Z])/gu;

/** A brand: a capitalised word ("Phonak"). */
const BRAND = String.raw`(?!The\b|And\b)[A-Z][\w-]+`;
/** "on Phonak, Oticon and Signia devices": brands listed before the kind of thing they make. */
const BRANDS_OF_KIND = new RegExp(
  String.raw`\b(?:on|with|using|in|of)\s+(${BRAND}(?:,\s${BRAND})*,?\s(?:and|&)\s${BRAND})\s(?:devices|machines|systems|tools|software|platforms|equipment|printers|scanners|instruments|hearing aids|analy[sz]ers|consoles|controllers|robots|vehicles|trucks|excavators|cameras)\b`,
  'gu',
);

/**
 * "under the IUU Regulation", "to the National File Standard", "against Natasha's Law": a law, a code or a standard
 * named by its capitalised words after the preposition of what work follows, its year or its "of …" too.
 */
const RULES_NAMED =
  /\b(?:under|per|to|with|against|pursuant to|in line with) (?:the )?((?:[A-Z][\w.&'’/-]* (?:(?:of|for|on)(?: the)? |and )?){1,6}(?:Act|Regulations?|Code|Rules|Directive|Ordinance|Standards?|Scheme|Framework|Guidelines?|Convention|Law)(?: of(?: [A-Z][\w'’-]*){1,3})?(?:,? \d{4})?)(?![\w-]| [A-Z])/gu;

/** A month, quarter or season and its year: when, not what with ("immersive in Nov 2024"). */
const WHEN_NAMED =
  /^(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?|q[1-4]|spring|summer|autumn|fall|winter)\s+(?:19|20)\d{2}$/iu;

/**
 * The products and tools an English description names that the taxonomy does not know, as written: "dedupe with
 * DemandTools", "surveys with Trimble R12", "fittings on Phonak, Oticon and Signia devices", "use CRIS and PACS"; and
 * the laws, codes and standards it says the work follows ("checks under the IUU Regulation").
 */
export function usedNames(text: string): ListedSkill[] {
  const taxonomy = skillTaxonomy();
  const found = new Map<string, ListedSkill>();
  // "dedupe with DemandTools", "scripted in ArcPy": a word in camel case is a product's name.
  for (const [name] of text.matchAll(/(?<![\p{L}\p{N}.@/-])[A-Z][\p{L}\p{N}]+(?![\p{L}\p{N}@]|\.\p{L})/gu)) {
    if (!CAMEL.test(name) || /[\u4e00-\u9fff]/u.test(text)) continue;
    if (taxonomy.findSkills(name, { isSkillList: true }).length > 0) continue;
    addWritten(found, name);
  }
  // "surveys with Trimble R12", "FEA in ANSYS Mechanical": a product's name of two words or more after the preposition
  // of what the work is done with or in.
  for (const [, name] of text.matchAll(DONE_WITH)) {
    // A product's name has a model number or a word in capitals ("ANSYS Mechanical"); two plain words are as often a
    // place or an organisation ("New York", "Queensland Rail").
    if (!/\d|\b[A-Z]{2,}\b|\b[A-Z][a-z]+[A-Z]/u.test(name!) || taxonomy.normalizeSkill(name!)) continue;
    // The places an entry's parts are told by: "in Hong Kong Island", "in Sydney NSW".
    if (isPlace(name!) || isKnownCity(name!) || WHEN_NAMED.test(name!)) continue;
    addWritten(found, name!);
  }
  // "fittings on Phonak, Oticon and Signia devices": brands listed before the kind of thing they make.
  for (const [, brands] of text.matchAll(BRANDS_OF_KIND)) {
    for (const name of brands!.split(/,\s*(?:and\s+|&\s+)?|\s+(?:and|&)\s+/u)) {
      if (taxonomy.findSkills(name, { isSkillList: true }).length > 0) continue;
      addWritten(found, name);
    }
  }
  // "under the IUU Regulation": a law, a code or a standard the work follows. On every second dev resume: +0.03 F1.
  for (const [, rules] of unwrapped(text).matchAll(RULES_NAMED)) {
    if (!addWholeSkill(found, rules!)) addWritten(found, rules!);
  }
  for (const [, names] of text.matchAll(USED_NAME)) {
    for (const name of names!.replace(/[.]+$/u, '').split(/\s(?:and|&|or)\s/u)) {
      if (taxonomy.findSkills(name, { isSkillList: true }).length > 0) continue;
      addWritten(found, name);
    }
  }
  return [...found.values()];
}

/**
 * "site acceptance testing (SAT)", "malnutrition screening (MST)": a practice a sentence names with the acronym it
 * defines is named twice, by its words and by its acronym (a skill the taxonomy knows by either is its own).
 */
export function definedAcronyms(text: string): ListedSkill[] {
  const taxonomy = skillTaxonomy();
  const found = new Map<string, ListedSkill>();
  for (const line of unwrapped(text).split('\n')) {
    if (CJK.test(line)) continue;
    for (const { expansion, acronym, acronymLast } of acronymPairs(line)) {
      if (!acronymLast || expansion.split(' ').length < 2) continue;
      for (const name of [expansion.replace(/^(?:and|or|the|a|an)\s+/iu, ''), acronym]) {
        if (!addWholeSkill(found, name) && taxonomy.findSkills(name, { isSkillList: true }).length === 0) addWritten(found, name);
      }
    }
  }
  return [...found.values()];
}
