/**
 * The blind school set (schools-worldwide.ts) through the public parser, its schools compared as the labelled set
 * compares them (`key`).
 */
import { describe, expect, it } from 'vitest';
import { key } from './labelled-set.ts';
import { NOT_SCHOOLS, SCHOOL_CASES, parsedSchools, type SchoolCase } from './schools-worldwide.ts';

const label = (c: SchoolCase) => c.section.split('\n').slice(1).join(' / ');

function check(cases: SchoolCase[]) {
  for (const c of cases) {
    it(label(c), () => {
      expect(parsedSchools(c).map(key)).toEqual(c.schools.map(key));
    });
  }
}

describe('schools worldwide', () => check(SCHOOL_CASES));

describe('no school', () => check(NOT_SCHOOLS));
