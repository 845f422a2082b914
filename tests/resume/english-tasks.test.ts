/**
 * What an English description enumerates and the tools its verbs of using govern, read as skills the taxonomy does
 * not know; and what a list item writes around a skill (a leading ability verb, "current", "registered", 模块).
 * Invented names (Zorblex, Quibbit) keep the cases independent of the taxonomy's contents.
 */
import { describe, expect, it } from 'vitest';
import { englishTasks, usedNames } from '../../subgraphs/resume/parser/fields/english-tasks.ts';
import { listedSkillId, listedSkills } from '../../subgraphs/resume/parser/fields/listed-skills.ts';
import { parseResumeText } from '../../subgraphs/resume/parser/resume-parser.ts';

const tasks = (text: string) => englishTasks(text).map((s) => s.name);
const tools = (text: string) => usedNames(text).map((s) => s.name);

describe('englishTasks: a clause that enumerates noun phrases', () => {
  it('reads each item of two words or more, without what a trailing preposition adds', () => {
    // A clause of time after the list is none of it either.
    expect(tasks('Zorblex sales and quibbit bookings while completing the learnership.')).toEqual(['Zorblex sales', 'quibbit bookings']);
    expect(tasks('Zorblex reviews for 4 homes, quibbit texture diets, weight loss audits.')).toEqual([
      'Zorblex reviews',
      'quibbit texture diets',
      'weight loss audits',
    ]);
    expect(tasks('Plain film, fluoroscopy and zorblex quibbitry on wards.')).toEqual([
      'Plain film',
      'Medical Imaging',
      'zorblex quibbitry',
    ]);
  });

  it('keeps a slash between single letters in its item, and a word a PDF cut at its hyphen whole', () => {
    expect(tasks('Handled zorblex declarations, quibbit checking and customer follow-\n\nup calls.')).toEqual([
      'zorblex declarations',
      'quibbit checking',
      'Customer Follow-up Calls',
    ]);
    expect(tasks('Export declarations through NACCS, B/L checking and customer follow-\n\nup by phone.')).not.toContain('L checking');
  });

  it('reads each clause on its own: a semicolon, a full stop or a colon ends one', () => {
    expect(tasks('Dietitian: zorblex quibbitry, quibbit zorbing; supervise students on placement.')).toEqual([
      'zorblex quibbitry',
      'quibbit zorbing',
    ]);
  });

  it('reads past the verbs that govern the list ("Plan and run storytime, …")', () => {
    expect(tasks('Plan and run zorblex clubs and quibbit reading program for 3 branches.')).toEqual([
      'zorblex clubs',
      'quibbit reading program',
    ]);
    expect(tasks('Managed zorblex audits, quibbit budgets.')).toEqual(['zorblex audits', 'quibbit budgets']);
    // What the person is good at: "Strong in …", "Good at …".
    expect(tasks('Strong in zorblex education and quibbit planning.')).toEqual(['zorblex education', 'quibbit planning']);
    expect(tasks('Very good at zorblex grading, quibbit audits and stock control.')).toEqual(
      expect.arrayContaining(['zorblex grading', 'quibbit audits']),
    );
    // …later in the clause too, after what it says first.
    expect(tasks('Honest with cash, calm with angry customers and good at zorblex training.')).toEqual(['zorblex training']);
    // The preposition said again opens no item: "… and at dispatcher training".
    expect(tasks('Grid operator; good at zorblex communication and at quibbit training.')).toEqual([
      'zorblex communication',
      'quibbit training',
    ]);
    expect(tasks('High-energy instructor skilled at zorblex sessions and quibbit planning.')).toEqual([
      'zorblex sessions',
      'quibbit planning',
    ]);
    // An irregular past or a present's -s: "Ran …", "Runs …".
    expect(tasks('Ran zorblex pad work, quibbit bootcamps and 1:1 PT for a book of 35 clients.')).toEqual([
      'zorblex pad work',
      'quibbit bootcamps',
    ]);
    expect(tasks('Runs zorblex fittings and quibbit tournaments.')).toEqual(['zorblex fittings', 'quibbit tournaments']);
    // A later part's own verb governs its item ("…, handles customer financing, and resolves …").
    expect(tasks('Runs zorblex drills, handles quibbit financing through Kōwhai Credit, and resolves delivery claims.')).toEqual([
      'zorblex drills',
      'quibbit financing',
      'delivery claims',
    ]);
    // In its plain form, only where the clause opens on such a verb: elsewhere the word opens a noun phrase.
    expect(tasks('Write zorblex reports, track quibbit budgets, run zorb monitoring.')).toContain('zorb monitoring');
    expect(tasks('Zorblex audits, design quibbit drawings and zorb checks.')).not.toContain('quibbit drawings');
  });

  it('gives the word before "and" the noun the next item ends on, not a trailing phrase\'s', () => {
    expect(tasks('Weight and zorblex checks on finished quibbits; sampling.')).toEqual(['Weight checks', 'zorblex checks']);
    expect(tasks('Quibbit planning, zorblex audits against ZBS standards.')).toEqual(['Quibbit planning', 'zorblex audits']);
    expect(tasks('Turbine service, zorblex and quibbit checks, main bearing greasing.')).toEqual(
      expect.arrayContaining(['zorblex checks', 'quibbit checks', 'main bearing greasing']),
    );
  });

  it('leaves a one-word noun to the taxonomy ("circulation"), not a verb’s -ing form', () => {
    expect(tasks('Circulation, interlibrary loan and shelving.')).toEqual(['interlibrary loan', 'shelving']);
  });

  it('reads an item holding a skill the taxonomy knows as written: "HACCP checks", "driver scorecard coaching"', () => {
    expect(tasks('Zorblex audits, HACCP checks and LTL quibbit booking.')).toEqual([
      'Zorblex audits',
      'HACCP checks',
      'LTL quibbit booking',
    ]);
    expect(tasks('Zorblex audits, Salesforce case handling and quibbit booking.')).toEqual([
      'Zorblex audits',
      'Salesforce case handling',
      'quibbit booking',
    ]);
    expect(tasks('Rescue planning, zorblex scorecard coaching and quibbit checks.')).toContain('zorblex scorecard coaching');
  });

  it('reads a clause of one noun phrase that ends on the work done, not one that names a thing or a place', () => {
    expect(tasks('• Zorblex sampling on the Dutch paintings collection.')).toEqual(['Zorblex sampling']);
    expect(tasks('Led quibbit transient analysis of shale gas wells.')).toEqual(['quibbit transient analysis']);
    expect(tasks('Quibbit pasta shaping.')).toEqual(['Quibbit pasta shaping']);
    expect(tasks('Zorblex truck operation and quibbit calculations.')).toEqual(['Zorblex truck operation', 'quibbit calculations']);
    expect(tasks('Quibbit pasta sales.')).toEqual(['Quibbit pasta sales']);
    // A verb's noun in -tion or -sion is the work done, and so are works, lessons, briefs and the like.
    expect(tasks('Zorblex subtitle translation for anime.')).toEqual(['Zorblex subtitle translation']);
    expect(tasks('• Quibbit upgrading works for the Lift Programme.')).toEqual(['Quibbit upgrading works']);
    // Not a project's heading, its client and year in brackets.
    expect(tasks('Zorblex label service (Quibbit, 2020)')).toEqual([]);
    // A standard's year is no heading's.
    expect(tasks('Zorblex supplier audits (ISO 9001:2015)')).toEqual(['Zorblex supplier audits']);
    expect(tasks('Zorblex Regional Library.')).toEqual([]);
    expect(tasks('Zorblex quibbits for the region.')).toEqual([]);
  });

  it('reads a verb’s -ing form alone as the work done, not a noun in -ing or a list of hobbies', () => {
    expect(tasks('Zorbling, thinning, pruning and quibbit training.')).toEqual(['Zorbling', 'thinning', 'pruning', 'quibbit training']);
    expect(tasks('Crop work on tomatoes (deleafing, clipping, lowering).')).toEqual(['deleafing', 'clipping', 'lowering']);
    expect(tasks('Clothing, lighting and zorblex design.')).toEqual(['zorblex design']);
    expect(tasks('Hiking, reading and travel.')).toEqual([]);
  });

  it('reads no sentence: a verb, a determiner, a pronoun, a number or a person served among the items', () => {
    expect(tasks('Managed vendors and zorblex schedules.')).toEqual([]);
    // In a list of three or more, clause-like items are left off while they are half of it at most.
    expect(tasks('Zorblex drills, quibbit audits, trained the new crews.')).toEqual(['Zorblex drills', 'quibbit audits']);
    expect(tasks('Zorblex drills, trained the new crews, helped the head florist.')).toEqual([]);
    expect(tasks('Ran the zorblex desk and quibbit loans.')).toEqual([]);
    expect(tasks('Ran the zorblex desk, quibbit loans and weekly rotas.')).toContain('quibbit loans');
    expect(tasks('Zorblex loans for 3 branches, our quibbit desk.')).toEqual([]);
    expect(tasks('Zorblex clinics, quibbit sessions for CKD patients.')).toEqual(['Zorblex clinics', 'quibbit sessions']);
    expect(tasks('Zorblex clinics and local schools.')).toEqual([]);
    expect(tasks('Zorblex clinics, quibbit sessions and local schools.')).toEqual(['Zorblex clinics', 'quibbit sessions']);
    expect(tasks('Worked with Zorblex teams and Quibbit partners.')).toEqual([]);
    // A thing made is no practice; a document named with its kind is work recruiters note ("incident reports").
    expect(tasks('Zorblex dashboards, quibbit APIs and payments services.')).toEqual(['Zorblex dashboards']);
    expect(tasks('Zorblex APIs, quibbit cells and payments services.')).toEqual([]);
    // The service given is work, the services offered are things; a ticket or an order the work's record.
    expect(tasks('Zorblex service, quibbit tickets and payments services.')).toEqual(['Zorblex service', 'quibbit tickets']);
    expect(tasks('Zorblex repairs, quibbit orders and service.')).toEqual(['Zorblex repairs', 'quibbit orders']);
  });

  it('reads a digit and a capital as a word ("3D models", "8D closure"), not a count', () => {
    expect(tasks('3D zorblex sculpting, 8D closure and quibbit designs.')).toEqual([
      '3D zorblex sculpting',
      '8D closure',
      'quibbit designs',
    ]);
    expect(tasks('Zorblex audits for a 500-door campus and 3-person crews.')).toEqual([]);
  });

  it('reads a noun in -ly as no manner: "family counseling", "assembly"', () => {
    expect(tasks('Individual and family zorbling for adolescents.')).toEqual(['Individual zorbling', 'family zorbling']);
  });

  it('reads no character or role: "calm radiographer", "careful experimentalist", "staying calm"', () => {
    expect(tasks('Calm radiographer, careful experimentalist.')).toEqual([]);
    expect(tasks('Known for staying calm, zorblex rounds.')).toEqual([]);
    // An adjective known by its ending opens a practice's name of three words or more; one of character by name does not.
    expect(tasks('Zorblex administration and serious quibbit reporting.')).toEqual(['Zorblex administration', 'serious quibbit reporting']);
    expect(tasks('Zorblex administration and strong quibbit acumen.')).toEqual([]);
  });

  it('reads no list of hobbies of one word each, and nothing in Chinese', () => {
    expect(tasks('Hiking, reading and travel.')).toEqual([]);
    expect(tasks('负责月末结账、凭证审核, zorblex audits and quibbit reviews')).toEqual([]);
  });
});

describe('englishTasks: one noun phrase and the tool it is done with', () => {
  it('reads the work done in or with a tool, whatever word it ends on ("bulk uploads in Excel")', () => {
    expect(tasks('Zorblex QC for apparel listings; quibbit uploads in Excel.')).toContain('quibbit uploads');
    expect(tasks('Forecasts for clients; zorblex scripts in Python.')).toContain('zorblex scripts');
    expect(tasks('Zorblex checks; quibbit mockups in FlonkVision.')).toContain('quibbit mockups');
    // Not in a place, nor with a tool in plain words.
    expect(tasks('Zorblex brands in London.')).toEqual([]);
    expect(tasks('Quibbit payments on the speedpoint.')).toEqual([]);
  });
});

describe('englishTasks: an address is no list', () => {
  it('reads no item from a town and its state\'s code ("Smyrna, GA"), nor from a postcode after it', () => {
    expect(tasks('Mar 2016 – Jul 2020  Zorblex Rental, Smyrna, GA')).toEqual([]);
    expect(tasks('Quibbit Fix, Geelong, VIC 3220')).toEqual([]);
    // A list that ends on an acronym after a plain item is still a list.
    expect(tasks('zorblex wireframes, quibbit prototyping, IA')).toContain('zorblex wireframes');
  });
});

describe('usedNames: a name a verb of using governs', () => {
  it('reads the names after use, using, documented in, catalogued in', () => {
    expect(tools('Use Zorblex and QUIBBIT daily; documented in ieZorb.')).toEqual(['Zorblex', 'QUIBBIT', 'ieZorb']);
    expect(tools('Catalogued items in Zorblex ILS.')).toEqual(['Zorblex ILS']);
  });

  it('reads no place of work and no plain word', () => {
    expect(tools('Worked in London and Paris; used the new system.')).toEqual([]);
  });
});

describe('usedNames: a law, a code or a standard the work follows', () => {
  it('reads its capitalised words, its "of …" and its year', () => {
    expect(tools('Catch certificate checks under the Zorblex Regulation.')).toEqual(['Zorblex Regulation']);
    expect(tools('Surveys to the QBX Code of Quibbit Practice; valuations under the Zorblex Act 1998.')).toEqual([
      'QBX Code of Quibbit Practice',
      'Zorblex Act 1998',
    ]);
  });

  it('reads none across a line, nor a law named in lower case', () => {
    expect(tools('Checks under the Zorblex\nRegulation.')).toEqual([]);
    expect(tools('Work under the local building code.')).toEqual([]);
  });
});

describe('in a parsed resume', () => {
  it('reports the enumerated practices and the tools used, as written', () => {
    const resume = parseResumeText(
      [
        'Experience',
        'Quibbit Hospital | Jan 2020 – Present',
        'Radiographer: Zorblex imaging and quibbit scanning on the rota; use ZORB daily.',
      ].join('\n'),
    );
    const skills = resume.skills.map((s) => s.id);
    expect(skills).toEqual(
      expect.arrayContaining([listedSkillId('Zorblex imaging'), listedSkillId('quibbit scanning'), listedSkillId('ZORB')]),
    );
  });
});

describe('listed items: what is written around a skill', () => {
  const ids = (...lines: string[]) => listedSkills(lines).map((s) => s.id);

  it('leaves a leading ability verb off ("能看懂机械图纸", "会做月子餐")', () => {
    expect(ids('能看懂飞鸥图纸、会做飞鸥餐')).toEqual([listedSkillId('飞鸥图纸'), listedSkillId('飞鸥餐')]);
  });

  it('leaves "current", "valid" and "registered" off a licence ("Current Zorblex Card", "QUIBBIT registered")', () => {
    expect(ids('Current Zorblex Card, QUIBBIT registered')).toEqual([listedSkillId('Zorblex Card'), listedSkillId('QUIBBIT')]);
  });

  it('leaves 模块 off a system\'s module ("SAP MM模块")', () => {
    expect(ids('Zorblex QB模块、飞鸥系统')).toEqual([listedSkillId('Zorblex QB'), listedSkillId('飞鸥系统')]);
  });
});
