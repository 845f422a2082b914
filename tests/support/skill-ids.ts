/**
 * The ids of the skills `findSkills` reads in a text, in order, for the taxonomy's tests: `ids` with any options,
 * `prose` as a job description is read (`isProse`).
 */
import { findSkills } from '../../taxonomy/taxonomy.ts';

export const ids = (text: string, options?: Parameters<typeof findSkills>[1]) => findSkills(text, options).map((m) => m.skill.id);
export const prose = (text: string) => ids(text, { isProse: true });
