/**
 * The third blind school set (schools-worldwide3.ts: experienced people and the trades) through the public parser,
 * compared as the labelled set compares schools (`key`), in order.
 *
 * As written, before the parser's school code was read: 161/203 cases, schools P 94.0 R 85.3 (233 of 248
 * found, 273 expected) — `npx tsx` over SCHOOL_CASES3 + NOT_SCHOOLS3 with parsedSchools.
 *
 * The cases still failing are listed in OPEN and run as `it.fails`, so a fix that passes one must take it off the list.
 */
import { describe, expect, it } from 'vitest';
import { key } from './labelled-set.ts';
import { parsedSchools, type SchoolCase } from './schools-worldwide.ts';
import { NOT_SCHOOLS3, SCHOOL_CASES3 } from './schools-worldwide3.ts';

const label = (c: SchoolCase) => c.section.split('\n').slice(1).join(' / ');

/** The cases the parser does not yet read as a recruiter would. */
const OPEN = new Set<string>([
  '1995.09-1999.07  原北京商学院（现北京工商大学）  会计学  本科',
  '2001-2004  电大  行政管理  大专',
  'Tunku Abdul Rahman College (now TAR UMT) — Diploma in Commerce, 1997',
  '2019 - 2021  Handwerkskammer Freiburg  Meister (Master Craftsman) Tischlerhandwerk / 2011 - 2014  Gewerbeschule Freiburg  Gesellenbrief Tischler (apprenticeship)',
  '2015 – 2018  IHK München  Kaufmann für Büromanagement / 2015 – 2018  Städtische Berufsschule für Bürokommunikation München',
  '2017 – 2019  Meisterschule für das Schreinerhandwerk Ebern  Meisterprüfung / 2009 – 2012  Ausbildung zum Schreiner, Schreinerei Huber GmbH, Passau / Staatliche Berufsschule Passau',
  'Technische Hochschule Rosenheim — B.Eng. Holztechnik, 2014 – 2018 / Handwerkskammer für München und Oberbayern — Gesellenprüfung Tischler, 2012',
  'TESDA — Nail Care Services NC II, 2016 / Bestlink College of the Philippines — BS Office Administration (undergraduate), 2012 – 2014',
  'Don Bosco Technical College, Mandaluyong — Automotive Servicing NC II, 2010 / TESDA — Heavy Equipment Operation (Hydraulic Excavator) NC II, 2013',
  'ITE — Higher Nitec in Culinary Arts, 2012 / At-Sunrice GlobalChef Academy — Advanced Diploma in Culinary Arts, 2015',
  'Northern Alberta Institute of Technology (NAIT) — Heavy Equipment Technician Apprenticeship, Red Seal, 2012',
  'Southern Alberta Institute of Technology — Carpenter Apprenticeship (4th period), Interprovincial Red Seal, 2016',
  'Le Cordon Bleu London — Diplôme de Pâtisserie, 2013 / Kenya Utalii College — Diploma in Food Production, 2009',
  '2008.03-2008.09  山东蓝翔高级技工学校  挖掘机操作  结业 / 2004.09-2007.06  临沂市兰山区职业中专  机电',
  'US Army Engineer School, Fort Leonard Wood — Horizontal Construction Engineer (12N) Course, 2008 / Basic Combat Training, Fort Jackson, 2008',
  'Cebu Doctors’ University College of Nursing — BS Nursing, 2008',
  'Conservatorio Nacional de Música (Lima) — Bachiller en Música, Piano, 2012',
  'SENAI — Técnico em Mecânica Industrial, 2009 / Universidade Paulista (UNIP) — Tecnólogo em Gestão da Produção, 2014',
  'INACAP — Técnico en Mecánica Automotriz, 2011 / Liceo Industrial de Concepción, 2007',
  'CONALEP Plantel Tlalnepantla — Profesional Técnico en Electromecánica, 2010',
  'Institut Kemahiran Belia Negara (IKBN) Dusun Tua — Sijil Kemahiran Malaysia Tahap 3, Automotive, 2014',
  'Berjaya University College — Diploma in Culinary Arts, 2016 / SMK Seri Bintang Utara — SPM, 2013',
  ' / University of Southern /  / Queensland /  / Bachelor of Agricultural Science /  / 2005 - 2008',
  ' / Instituto Politécnico /  / Nacional /  / Ingeniería Mecánica /  / 1995 – 2000',
  ' / Universiti Teknologi /  / Malaysia /  / Bachelor of Civil Engineering /  / 2002 – 2006',
  'University of New South / Wales / Master of Clinical Audiology / 2009 – 2010',
  'Manipal Academy of Higher / Education / B.Sc. Nursing / 2004 – 2008',
  ' / Technische Hochschule /  / Rosenheim /  / B.Eng. Innenausbau /  / 2013 – 2017',
  ' / Master of Business Administration /  / University of Dubai /  / +971 50 555 0147 /  / 2013 - 2015 /  / Bachelor of Commerce /  / University of Kerala /  / 2001 - 2004',
  'Hong Kong Institute of Vocational / Education (Tsing Yi) / Higher Diploma in Civil Engineering / 2004 – 2006',
  'Zeitraum / Bildungseinrichtung / Abschluss / 2011 – 2014 / Gewerbeschule Freiburg / Gesellenbrief Tischler / 2019 – 2021 / Handwerkskammer Freiburg / Meisterbrief',
  '时间 / 学校 / 专业 / 证书 / 2010.03-2011.01 / 合肥新东方烹饪学校 / 中式面点 / 中式面点师（四级）',
  'Nairobi, Kenya — Kenya Medical Training College — Diploma in Health Records and Information Technology, 2014',
  '- Bachelor of Music (Piano Performance), Royal Conservatory of Music, Toronto, 2005 / - ARCT Diploma in Piano Pedagogy, 2008',
  '* ITE College East — Nitec in Electrical Technology (Power), 2010 / * Singapore Polytechnic — Diploma in Electrical Engineering, 2013',
  '### Gewerbeschule Freiburg / Gesellenbrief Tischler, 2011 – 2014 / ### Handwerkskammer Freiburg / Meister, 2019 – 2021',
  'Polytechnic University of the Philippines / Manila / BS Electrical Engineering / 1999 – 2004 / TESDA / Shielded Metal Arc Welding NC II / 2010',
  'Ludwig-Maximilians-Universität München — Diplom-Kaufmann, 1998 / Gymnasium Ottobrunn — Abitur, 1992',
  'Taylor’s University College — Diploma in Hotel Management, 2004 / SMK Damansara Jaya — SPM, 2001',
  'High School Diploma, 2001',
  'GED, 1999 / Some college coursework',
  '高中毕业  1998',
]);

function check(cases: SchoolCase[]) {
  for (const c of cases) {
    const run = OPEN.has(label(c)) ? it.fails : it;
    run(label(c), () => {
      expect(parsedSchools(c).map(key)).toEqual(c.schools.map(key));
    });
  }
}

describe('schools worldwide 3', () => check(SCHOOL_CASES3));

describe('no school 3', () => check(NOT_SCHOOLS3));

it('lists only cases of the set as open', () => {
  const labels = new Set([...SCHOOL_CASES3, ...NOT_SCHOOLS3].map(label));
  expect([...OPEN].filter((l) => !labels.has(l))).toEqual([]);
});
