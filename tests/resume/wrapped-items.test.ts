/**
 * A skills list a narrow column wrapped (a PDF): an item cut across lines is joined again, a column of one item a line
 * is left alone. Invented names (Zorblex, Quibbit) keep the cases independent of the taxonomy's contents.
 */
import { describe, expect, it } from 'vitest';
import { withWrappedItemsJoined } from '../../subgraphs/resume/parser/fields/skills.ts';

describe('withWrappedItemsJoined: a list wrapped in a narrow column', () => {
  it('joins a comma list line cut inside an item to the lower-case line after it, across a blank line', () => {
    expect(withWrappedItemsJoined(['Teaching: curriculum design, active', '', 'learning, online course delivery'])).toEqual([
      'Teaching: curriculum design, active learning, online course delivery',
    ]);
  });

  it('joins a word cut after its hyphen', () => {
    expect(withWrappedItemsJoined(['Python: pandas, scikit-', '', 'learn, PyTorch'])).toEqual(['Python: pandas, scikit-learn, PyTorch']);
  });

  it('leaves a line ending at a separator, a capitalised next line and one skill a line alone', () => {
    expect(withWrappedItemsJoined(['Research: applied econometrics,', 'labour economics'])).toEqual([
      'Research: applied econometrics,',
      'labour economics',
    ]);
    expect(withWrappedItemsJoined(['Python, Go', 'Docker'])).toEqual(['Python, Go', 'Docker']);
    expect(withWrappedItemsJoined(['pandas', 'numpy'])).toEqual(['pandas', 'numpy']);
  });

  it('joins a name in capitals cut where its next word did not fit the column', () => {
    const column = ['Exams: K211 Quartz Modelling', 'Theory, K311 Lattice Risk', 'Control', 'Prophet, R, SAS, SQL, Excel', 'IFRS 17, SAM'];
    expect(withWrappedItemsJoined(column)).toEqual([
      'Exams: K211 Quartz Modelling Theory, K311 Lattice Risk Control',
      'Prophet, R, SAS, SQL, Excel',
      'IFRS 17, SAM',
    ]);
  });

  it('leaves a capitalised word that fitted the line, or that follows a skill, on its own line', () => {
    const wide = ['Tools: Quartz Modelling, Lattice Risk Analysis', 'Tools: K211 Quartz Modelling', 'Control, Excel'];
    expect(withWrappedItemsJoined(wide)).toEqual(wide);
    const afterSkill = ['Languages: Python, Go, Java, Rust', 'Docker, Kubernetes'];
    expect(withWrappedItemsJoined(afterSkill)).toEqual(afterSkill);
    const afterOneWord = ['Languages: Python, Go, Java, Haskell', 'Docker, Kubernetes'];
    expect(withWrappedItemsJoined(afterOneWord)).toEqual(afterOneWord);
  });

  it('keeps a column of one item a line apart unless a capitalised name was cut', () => {
    const items = ['Soldering', '', 'Screen replacement', '', 'Battery replacement', '', 'Diagnostics', '', 'iOS'];
    expect(withWrappedItemsJoined(items)).toEqual(items);
    const names = ['Concrete mix design', '', 'Zorblex Technology', '', 'MICT', '', 'Quibbit Rewards', '', 'PayPoint', '', 'Hygiene', ''];
    expect(withWrappedItemsJoined(names)).toEqual(names);
    const cut = ['Pest control', '', 'Vexford Pest Control Operator', '', 'Certificate', '', 'Baiting'];
    expect(withWrappedItemsJoined(cut)).toEqual(['Pest control', '', 'Vexford Pest Control Operator Certificate', '', 'Baiting']);
  });

  it('joins an item cut after its "&" or "and" to the next line', () => {
    expect(withWrappedItemsJoined(['Financial modelling, budgeting &', '', 'forecasting'])).toEqual([
      'Financial modelling, budgeting & forecasting',
    ]);
  });

  it('leaves a line whose last item ends on a word of prose, not of a name in capitals ("NAV valuation" / "Bloomberg, …")', () => {
    const lines = ['Financial modelling, NAV valuation', '', 'Bloomberg, Capital IQ, Nasdaq IR'];
    expect(withWrappedItemsJoined(lines)).toEqual(lines);
  });
});

describe('withWrappedItemsJoined: a bracket left open', () => {
  it('closes on the next line', () => {
    expect(withWrappedItemsJoined(['MRICS (Member of the Royal', 'Institution of Zorblex Surveyors)', 'CostX'])).toEqual([
      'MRICS (Member of the Royal Institution of Zorblex Surveyors)',
      'CostX',
    ]);
  });
});

describe('withWrappedItemsJoined: a column of one item a line', () => {
  it('joins a lone word after a line that ran to the column edge, neither a skill', () => {
    const column = ['Certifications', 'Zorblex Certified Administrator', 'Zorblex Certified Platform App', 'Builder', 'Excel'];
    expect(withWrappedItemsJoined(column)).toEqual([
      'Certifications',
      'Zorblex Certified Administrator',
      'Zorblex Certified Platform App Builder',
      'Excel',
    ]);
    const skills = ['Project Management Professional', 'Excel'];
    expect(withWrappedItemsJoined(skills)).toEqual(skills);
  });

  it('joins two words that name a skill together whatever the width', () => {
    expect(
      withWrappedItemsJoined(['Data: T-SQL, SQL Server 2019, a longer line here', 'Azure Synapse, Azure Data', 'Factory, SSIS']),
    ).toEqual(['Data: T-SQL, SQL Server 2019, a longer line here', 'Azure Synapse, Azure Data Factory, SSIS']);
  });
});
