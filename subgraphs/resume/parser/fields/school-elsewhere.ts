/**
 * Study elsewhere written into an education entry's line: an exchange semester, a joint programme, a visit ("exchange at
 * University of Copenhagen", "（交换：香港中文大学", "本科（其间赴加州大学伯克利分校交换一学期）"): the school gone to, apart.
 */
import { isSchool } from './segments.ts';

/** The words for study elsewhere: "exchange", "visiting", 交换, 联合培养, 访学, 访问学者. */
export const ELSEWHERE_WORD = { latin: 'exchange|visiting', chinese: '交换|交換|联合培养|访学|访问(?:学者)?' };
/** Study elsewhere written into an entry's line: "exchange at University of Copenhagen", "（交换：香港中文大学", "（联合培养：…". */
const ELSEWHERE = new RegExp(
  String.raw`^(.*?)[\s(（]*\b(${ELSEWHERE_WORD.latin})(?:\s+(?:student|semester|year|scholar|researcher))?(?:\s+(?:at|to)\s+|\s*:\s*)(.+)$|^(.*?)[\s(（]*(${ELSEWHERE_WORD.chinese})生?\s*[:：]\s*(.+)$`,
  'iu',
);
/** "本科（其间赴加州大学伯克利分校交换一学期）": the school gone to for a semester, written before the mark. */
const WENT_ELSEWHERE = new RegExp(
  String.raw`^(.*?)[\s(（]*(?:其间|期间|在校期间|曾)?赴([^()（）]{2,30}?)(${ELSEWHERE_WORD.chinese})[^()（）]*[)）]?$`,
  'u',
);
export const ELSEWHERE_MARK = new RegExp(`^(?:${ELSEWHERE_WORD.latin}|${ELSEWHERE_WORD.chinese})$`, 'iu');

export function schoolElsewhere(part: string): string[] {
  const went = part.match(WENT_ELSEWHERE);
  if (went && isSchool(went[2]!)) return [went[1]!.trim(), '交换', went[2]!].filter(Boolean);
  const found = part.match(ELSEWHERE);
  if (!found) return [part];
  const [head, mark, written] = found[2] ? [found[1]!, found[2], found[3]!] : [found[4]!, found[5]!, found[6]!];
  // Up to the note's end or a bracket of its term: "（交换：香港中文大学，2014.09-2014.12）", "… Toronto (Fall 2014)".
  const school = written.split(/\s*[,，;；)）]|\s*[(（](?=[^()（）]*(?:\d|spring|summer|fall|autumn|winter|semester|term))/iu)[0]!;
  return isSchool(school) ? [head.trim(), mark, school.trim()].filter(Boolean) : [part];
}
