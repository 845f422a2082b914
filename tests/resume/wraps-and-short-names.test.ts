/**
 * Forms the twenty-first round's blind batches brought (shipping and ports, semiconductors, front-line banking and
 * insurance, car sales and EVs, public health and NGOs, administration and customer service), read from their dev
 * halves: a given name written short ("Md."), a school's name a PDF wrapped after the school word a Spanish or
 * Portuguese name opens with, and one wrapped before its letters and a comma. Invented people and places.
 */
import { describe, expect, it } from 'vitest';
import { parseResumeText } from '../../subgraphs/resume/parser/resume-parser.ts';
import { key } from './labelled-set.ts';
import { parsedSchools } from './schools-worldwide.ts';

const schools = (section: string) => parsedSchools({ section, schools: [] }).map(key);

describe('a given name written short', () => {
  it('reads "Md." and "Mohd." as the start of a name', () => {
    const nameOf = (first: string) =>
      parseResumeText([first, 'karim@example.com', '', 'Experience', 'Acme Ltd', '2019 – 2021'].join('\n')).name.value;
    expect(nameOf('Md. Karim Hossain')).toBe('Md. Karim Hossain');
    expect(nameOf('Mohd. Azlan Rahim')).toBe('Mohd. Azlan Rahim');
  });
});

describe("a school's name a PDF wrapped", () => {
  it('joins a Spanish or Portuguese name wrapped after the school word it opens with', () => {
    expect(schools('Education\nBenemérita Universidad\nAutónoma de Zorbla\nLicenciatura en Administración\n2011 – 2015')).toEqual([
      key('Benemérita Universidad Autónoma de Zorbla'),
    ]);
    expect(schools('Education\nPontifícia Universidade\nCatólica de Quibá\nBacharelado em Direito\n2010 – 2014')).toEqual([
      key('Pontifícia Universidade Católica de Quibá'),
    ]);
  });

  it('joins the rest of a name written with its letters and a comma before its town', () => {
    expect(schools('Education\nNational University of Zorbing\nand Technology (NUZT),\nQuibtown\nMS Remote Sensing\n2011 – 2013')).toEqual([
      key('National University of Zorbing and Technology (NUZT)'),
    ]);
  });

  it('keeps a school whole on its line as it was', () => {
    expect(schools('Education\nUniversidad de Zorbla\nLicenciatura en Derecho\n2011 – 2015')).toEqual([key('Universidad de Zorbla')]);
  });
});
