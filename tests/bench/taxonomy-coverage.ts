/**
 * The taxonomy's coverage per job family: how many skills and tools each family has (with how many names and
 * aliases, Chinese ones among them), and how many of the labelled resumes' skills of that family the taxonomy
 * recognises (tests/fixtures/resumes/expected.json, the skills labelled on the outside resumes; a skill the
 * taxonomy does not know is counted in the family of the resume's job). Both splits: this measures the taxonomy,
 * not the parser.
 *
 *   npm run bench:taxonomy
 */
import { normalizeSkill, skillTaxonomy } from '../../taxonomy/taxonomy.ts';
import { spokenLanguageOf } from '../../subgraphs/resume/parser/fields/languages.ts';
import { labelledSet, recordedSplits } from '../resume/labelled-set.ts';

/** The job family of each labelled outside resume: where an unrecognised skill of it belongs. */
const RESUME_FAMILY: Record<string, string> = {
  'o1-zh.docx': 'finance',
  'o2-en.docx': 'data',
  'o3-mixed.docx': 'devops',
  'o4-zh.docx': 'design',
  'o5-en.docx': 'finance',
  'o6-zh.docx': 'hr',
  'o7-en.docx': 'product',
  'o8-mixed.docx': 'finance',
  'o9-en.pdf': 'backend',
  'o10-en.pdf': 'marketing',
  'o11-en.pdf': 'finance',
  'o12-en.pdf': 'design',
  'o13-en.pdf': 'data',
  'o14-en.pdf': 'frontend',
  'o15-en.pdf': 'devops',
  'o16-zh.txt': 'sales',
  'o17-en.txt': 'security',
  'o18-zh.md': 'data',
  'o19-en.md': 'testing',
  'o20-zh.txt': 'backend',
  'o21-mixed.txt': 'operations',
  'o22-zh.md': 'legal',
  'o23-en.txt': 'mobile',
  'o24-zh.txt': 'product',
  // o49 onward (outside-people-more.ts); a family the taxonomy lacks (construction, game development) gets a row of its own.
  'o49-zh.docx': 'manufacturing',
  'o50-en.pdf': 'hardware',
  'o51-zh.txt': 'construction',
  'o52-en.pdf': 'security',
  'o53-zh.md': 'healthcare',
  'o54-en.docx': 'customer-service',
  'o55-zh.docx': 'clinical-research',
  'o56-en.txt': 'data',
  'o57-zh.txt': 'education',
  'o58-en.md': 'finance',
  'o59-zh.md': 'supply-chain',
  'o60-en.pdf': 'game-development',
  'o61-zh.docx': 'hospitality',
  'o62-en.docx': 'legal',
  'o63-zh.txt': 'operations',
  'o64-en.txt': 'sales',
  'o65-zh.md': 'manufacturing',
  'o66-en.md': 'education',
  'o67-zh.docx': 'hardware',
  'o68-en.pdf': 'business',
  'o69-zh.txt': 'hr',
  'o70-en.docx': 'manufacturing',
  'o71-zh.md': 'admin',
  'o72-mixed.txt': 'marketing',
  'o73-zh.txt': 'design',
  'o74-mixed.md': 'security',
  'o75-zh.docx': 'manufacturing',
  'o76-mixed.docx': 'design',
  // o77 onward (outside-people-blind3.ts), labelled blind after the tuning on o1-o76.
  'o77-zh.docx': 'supply-chain',
  'o78-en.pdf': 'backend',
  'o79-zh.txt': 'healthcare',
  'o80-en.docx': 'retail',
  'o81-mixed.md': 'data',
  'o82-zh.md': 'finance',
  'o83-en.txt': 'hr',
  'o84-zh.docx': 'education',
  'o85-en.pdf': 'marketing',
  'o86-zh.txt': 'hospitality',
  'o87-mixed.docx': 'sales',
  'o88-zh.md': 'construction',
  'o89-en.md': 'customer-service',
  'o90-zh.docx': 'admin',
  'o91-en.pdf': 'manufacturing',
  'o92-zh.txt': 'media',
  'o93-mixed.txt': 'product',
  'o94-zh.md': 'frontend',
  'o95-en.docx': 'legal',
  'o96-zh.docx': 'manufacturing',
  'o97-en.txt': 'healthcare',
  'o98-zh.txt': 'operations',
  'o99-mixed.md': 'design',
  'o100-en.pdf': 'it-support',
  'o101-zh.docx': 'construction',
  'o102-en.pdf': 'healthcare',
  'o103-zh.txt': 'pharma',
  'o104-en.docx': 'finance',
  'o105-zh.md': 'finance',
  'o106-mixed.docx': 'hospitality',
  'o107-zh.txt': 'hospitality',
  'o108-en.md': 'education',
  'o109-en.pdf': 'hr',
  'o110-zh.docx': 'legal',
  'o111-zh.md': 'engineering',
  'o112-en.txt': 'construction',
  'o113-zh.txt': 'manufacturing',
  'o114-zh.docx': 'ecommerce',
  'o115-mixed.md': 'ecommerce',
  'o116-en.pdf': 'media',
  'o117-zh.md': 'design',
  'o118-en.docx': 'pharma',
  'o119-zh.docx': 'design',
  'o120-en.pdf': 'data',
  'o121-zh.txt': 'sales',
  'o122-en.md': 'hospitality',
  'o123-mixed.txt': 'supply-chain',
  'o124-en.pdf': 'education',
  // o125 onward (outside-people-blind5.ts); agriculture, fitness, telecom, social-work and energy: a row of their own where the taxonomy has no such family.
  'o125-zh.docx': 'supply-chain',
  'o126-en.pdf': 'devops',
  'o127-zh.txt': 'healthcare',
  'o128-en.docx': 'finance',
  'o129-zh.md': 'pharma',
  'o130-mixed.txt': 'media',
  'o131-en.md': 'healthcare',
  'o132-zh.docx': 'construction',
  'o133-zh.txt': 'operations',
  'o134-en.pdf': 'finance',
  'o135-zh.md': 'media',
  'o136-en.txt': 'customer-service',
  'o137-zh.docx': 'manufacturing',
  'o138-mixed.md': 'supply-chain',
  'o139-en.docx': 'hardware',
  'o140-zh.txt': 'agriculture',
  'o141-en.pdf': 'engineering',
  'o142-zh.md': 'fitness',
  'o143-en.pdf': 'telecom',
  'o144-zh.docx': 'manufacturing',
  'o145-mixed.docx': 'retail',
  'o146-zh.txt': 'social-work',
  'o147-en.txt': 'data',
  'o148-zh.md': 'energy',
  // o149 onward (outside-people-blind6.ts).
  'o149-zh.docx': 'backend',
  'o150-en.pdf': 'backend',
  'o151-zh.txt': 'frontend',
  'o152-en.docx': 'mobile',
  'o153-zh.md': 'testing',
  'o154-mixed.docx': 'data',
  'o155-zh.txt': 'data',
  'o156-en.md': 'devops',
  'o157-zh.docx': 'product',
  'o158-en.pdf': 'design',
  'o159-zh.md': 'sales',
  'o160-en.txt': 'marketing',
  'o161-zh.txt': 'finance',
  'o162-en.docx': 'hr',
  'o163-zh.docx': 'supply-chain',
  'o164-en.pdf': 'manufacturing',
  'o165-zh.md': 'manufacturing',
  'o166-mixed.txt': 'mobile',
  'o167-zh.txt': 'healthcare',
  'o168-en.md': 'education',
  'o169-zh.docx': 'education',
  'o170-en.pdf': 'security',
  'o171-mixed.md': 'marketing',
  'o172-zh.md': 'data',
  // o173 onward (outside-people-blind7.ts).
  'o173-zh.docx': 'backend',
  'o174-en.pdf': 'data',
  'o175-zh.txt': 'testing',
  'o176-mixed.docx': 'it-support',
  'o177-en.txt': 'hardware',
  'o178-zh.txt': 'operations',
  'o179-zh.docx': 'ecommerce',
  'o180-mixed.md': 'ecommerce',
  'o181-en.pdf': 'pharma',
  'o182-zh.md': 'construction',
  'o183-zh.docx': 'construction',
  'o184-en.md': 'admin',
  'o185-zh.txt': 'hospitality',
  'o186-en.pdf': 'construction',
  'o187-zh.docx': 'manufacturing',
  'o188-en.md': 'engineering',
  'o189-zh.md': 'pharma',
  'o190-en.txt': 'engineering',
  'o191-zh.txt': 'healthcare',
  'o192-mixed.txt': 'hr',
  'o193-en.pdf': 'supply-chain',
  'o194-zh.md': 'supply-chain',
  'o195-en.docx': 'energy',
  'o196-zh.docx': 'healthcare',
  // o197 onward (outside-people-blind8.ts).
  'o197-zh.docx': 'finance',
  'o198-en.pdf': 'sales',
  'o199-zh.txt': 'finance',
  'o200-mixed.md': 'security',
  'o201-en.txt': 'product',
  'o202-zh.md': 'media',
  'o203-zh.docx': 'hr',
  'o204-en.docx': 'media',
  'o205-zh.txt': 'game-development',
  'o206-en.pdf': 'data',
  'o207-zh.md': 'finance',
  'o208-mixed.txt': 'supply-chain',
  'o209-zh.docx': 'engineering',
  'o210-zh.txt': 'engineering',
  'o211-en.md': 'hospitality',
  'o212-zh.md': 'healthcare',
  'o213-en.pdf': 'healthcare',
  'o214-zh.docx': 'healthcare',
  'o215-en.txt': 'design',
  'o216-zh.txt': 'manufacturing',
  'o217-mixed.docx': 'hospitality',
  'o218-en.docx': 'healthcare',
  'o219-zh.md': 'education',
  'o220-en.pdf': 'construction',
  // o221 onward (outside-people-blind9.ts); hairdressing (beauty) a row of its own.
  'o221-zh.docx': 'backend',
  'o222-en.pdf': 'backend',
  'o223-zh.txt': 'testing',
  'o224-zh.md': 'data',
  'o225-en.docx': 'design',
  'o226-zh.txt': 'operations',
  'o227-mixed.docx': 'sales',
  'o228-zh.docx': 'customer-service',
  'o229-zh.txt': 'finance',
  'o230-en.txt': 'hr',
  'o231-mixed.md': 'admin',
  'o232-zh.docx': 'supply-chain',
  'o233-en.pdf': 'engineering',
  'o234-en.md': 'frontend',
  'o235-zh.txt': 'beauty',
  'o236-en.docx': 'healthcare',
  'o237-zh.md': 'marketing',
  'o238-en.pdf': 'engineering',
  'o239-zh.docx': 'healthcare',
  'o240-mixed.md': 'media',
  'o241-en.txt': 'education',
  'o242-zh.txt': 'retail',
  'o243-en.docx': 'healthcare',
  'o244-zh.docx': 'education',
  // o245 onward (outside-people-blind10.ts).
  'o245-zh.docx': 'backend',
  'o246-en.pdf': 'data',
  'o247-zh.txt': 'data',
  'o248-zh.md': 'hardware',
  'o249-en.docx': 'product',
  'o250-zh.docx': 'finance',
  'o251-mixed.md': 'hr',
  'o252-en.txt': 'supply-chain',
  'o253-zh.txt': 'manufacturing',
  'o254-en.pdf': 'sales',
  'o255-zh.docx': 'legal',
  'o256-mixed.docx': 'healthcare',
  'o257-zh.md': 'education',
  'o258-zh.txt': 'construction',
  'o259-en.docx': 'healthcare',
  'o260-zh.md': 'beauty',
  'o261-zh.docx': 'hospitality',
  'o262-en.txt': 'supply-chain',
  'o263-en.pdf': 'healthcare',
  'o264-zh.txt': 'hospitality',
  'o265-mixed.md': 'media',
  'o266-zh.docx': 'agriculture',
  'o267-en.md': 'construction',
  'o268-en.txt': 'education',
  // o269 onward (outside-people-blind11.ts).
  'o269-zh.docx': 'frontend',
  'o270-en.pdf': 'data',
  'o271-zh.txt': 'finance',
  'o272-mixed.md': 'marketing',
  'o273-zh.md': 'manufacturing',
  'o274-en.txt': 'testing',
  'o275-zh.docx': 'pharma',
  'o276-en.docx': 'marketing',
  'o277-zh.txt': 'game-development',
  'o278-zh.docx': 'ecommerce',
  'o279-en.pdf': 'it-support',
  'o280-zh.md': 'hospitality',
  'o281-mixed.docx': 'legal',
  'o282-en.md': 'social-work',
  'o283-zh.txt': 'hr',
  'o284-en.txt': 'backend',
  'o285-zh.docx': 'healthcare',
  'o286-zh.txt': 'engineering',
  'o287-en.pdf': 'construction',
  'o288-zh.md': 'beauty',
  'o289-mixed.txt': 'media',
  'o290-en.docx': 'healthcare',
  'o291-zh.docx': 'operations',
  'o292-en.md': 'design',
};

const { skills } = skillTaxonomy();
const families = new Map<
  string,
  { skills: number; terms: number; zhTerms: number; labelled: number; recognised: number; unknown: string[] }
>();
const family = (name: string) => {
  if (!families.has(name)) families.set(name, { skills: 0, terms: 0, zhTerms: 0, labelled: 0, recognised: 0, unknown: [] });
  return families.get(name)!;
};
for (const skill of skills) {
  const f = family(skill.category);
  const terms = new Set([skill.name, skill.nameZh, ...skill.aliases]);
  f.skills++;
  f.terms += terms.size;
  f.zhTerms += [...terms].filter((t) => /[\u4e00-\u9fff]/u.test(t)).length;
}
let resumes = 0;
const splits = recordedSplits();
for (const [file, expected] of labelledSet()) {
  if (!expected.skills) continue;
  resumes++;
  // A spoken language labelled as a skill is the languages field's (bench:parse scores it there), not the taxonomy's.
  for (const label of expected.skills.filter((l) => !spokenLanguageOf(l))) {
    const skill = normalizeSkill(label);
    const f = family(skill?.category ?? RESUME_FAMILY[file] ?? 'unassigned');
    f.labelled++;
    if (skill) f.recognised++;
    // The dev split's unknown labels only: listing the test split's would be what a taxonomy edit reads.
    else if (splits[file] === 'dev') f.unknown.push(label);
  }
}

console.log(`taxonomy: ${skills.length} skills in ${families.size} job families; labelled skills from ${resumes} resumes\n`);
console.log('family                skills  names+aliases (Chinese)   labelled skills recognised');
let [labelled, recognised] = [0, 0];
for (const [name, f] of [...families].sort((a, b) => b[1].skills - a[1].skills)) {
  labelled += f.labelled;
  recognised += f.recognised;
  const share = f.labelled ? `${f.recognised} / ${f.labelled} (${((f.recognised / f.labelled) * 100).toFixed(0)}%)` : '-';
  const unknown = f.unknown.length ? `   not known (dev): ${f.unknown.join(', ')}` : '';
  console.log(
    `${name.padEnd(21)} ${String(f.skills).padStart(6)}  ${String(f.terms).padStart(13)} ${`(${f.zhTerms})`.padStart(9)}   ${share}${unknown}`,
  );
}
console.log(
  `\nall                   ${String(skills.length).padStart(6)}${' '.repeat(35)}${recognised} / ${labelled} (${((recognised / labelled) * 100).toFixed(1)}%)`,
);
