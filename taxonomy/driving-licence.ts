/**
 * What a resume writes before a driving licence that is no part of it: how the licence stands, what gearbox it allows
 * and who issued it ("Full clean UK driving licence"). `normalizeSkill` reads the licence without them, and the resume
 * parser leaves them off a listed item (`withoutLicenceStanding`).
 */
/** How a driving licence stands or what gearbox it allows, written before it ("Full clean", "Open Manual"). */
export const LICENCE_STANDING_WORDS = 'full|clean|valid|current|ordinary|open|manual|automatic|unrestricted';
/** A country or a state that issued a driving licence, by its people's word or its code ("Irish", "Victorian", "UK"). */
export const LICENCE_ISSUER_WORDS =
  'british|irish|australian|canadian|american|european|victorian|tasmanian|new zealand|UK|US|USA|EU|NZ|AU|SA|HK|SG|IE|UAE';
/**
 * How a driving licence stands and the country that issued it, before it: "UK driving licence", "Irish driver licence",
 * "Ordinary driver’s license".
 */
export const LICENCE_COUNTRY = new RegExp(
  String.raw`^(?:(?:${LICENCE_STANDING_WORDS}|${LICENCE_ISSUER_WORDS})\s+)+(?=driv(?:ing|er['’]?s?)\s+licen[cs]e)`,
  'iu',
);
