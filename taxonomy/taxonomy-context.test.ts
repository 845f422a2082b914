/**
 * Where an ambiguous name counts in running text (the sixteenth parser round, from the open dev resumes' misses, written
 * again with invented sentences): a tool after "in", a tool filling a bracket after another, a list going on after a
 * bracket, a trait claimed of a task; and the aliases that joined two skills' names into one no longer do.
 */
import { describe, expect, it } from 'vitest';
import { ids, prose } from '../tests/support/skill-ids.ts';

describe('an ambiguous tool with its context', () => {
  it('reads a capitalised tool after "in", not the first word of a longer name', () => {
    expect(prose('Charted in Epic and precepted new nurses.')).toContain('epic-ehr');
    expect(prose('Tracked the weekly KPIs in Excel.')).toContain('excel');
    expect(prose('Discrepancy management in Oracle Clinical for two studies.')).not.toContain('oracle-db');
  });

  it('reads a tool that fills a bracket after an accepted one, and the list going on after the bracket', () => {
    expect(prose('用 SQL（Hive）取数，做实验分析。')).toEqual(expect.arrayContaining(['sql', 'hive']));
    expect(prose('用 SQL（BigQuery）和 Looker 做报表。')).toEqual(expect.arrayContaining(['sql', 'looker']));
  });

  it('reads no word glued inside a bracketed phrase as an item of the list after it', () => {
    expect(ids('注册安全工程师（化工安全）、JHA、HAZOP', { isSkillList: true })).not.toContain('cybersecurity');
  });

  it('reads a trait claimed of a task done, as of 做事', () => {
    expect(ids('做账细心，责任心强。', { isSelfAssessment: true })).toContain('attention-to-detail');
    expect(ids('干活细心，手脚麻利。', { isSelfAssessment: true })).toContain('attention-to-detail');
  });
});

describe('two skills written together are two', () => {
  it('reads MATLAB/Simulink as both tools, and VDA 6.3 with its process audit as VDA 6.3', () => {
    expect(ids('Python, MATLAB/Simulink, C', { isSkillList: true })).toEqual(expect.arrayContaining(['matlab', 'simulink']));
    expect(new Set(ids('熟悉 VDA 6.3 过程审核', { isSkillList: true }))).toEqual(new Set(['vda']));
  });

  it('reads Airflow as Apache Airflow, the tool, not ETL in general', () => {
    expect(prose('用 Airflow 调度每日任务。')).toContain('airflow');
    expect(prose('用 Airflow 调度每日任务。')).not.toContain('etl');
  });
});

describe('names another trade uses for something else (the twenty-first parser round)', () => {
  it('reads the plural of another acronym as no skill that ends in S', () => {
    expect(prose('Opened and closed ROs in CDK and chased parts for 40 ROs a day.')).not.toContain('ros');
    expect(prose('Raised POs for the spare parts.')).not.toContain('pos-systems');
    expect(prose('Built the ROS nodes for the robot arm.')).toContain('ros');
  });

  it('reads a chip verification, a packaging form and a fee as no newsroom, game or web skill', () => {
    expect(prose('Verification: UVM testbenches for the PCIe controller.')).not.toContain('fact-checking');
    expect(prose('Process engineer for 2.5D packaging and flip chip.')).not.toContain('game-art');
    expect(prose('Explained the front-end fee and the fund switch to clients.')).not.toContain('frontend-development');
    expect(prose('Front-end development in React.')).toContain('frontend-development');
  });
});

describe('words of a trade that name no skill of another', () => {
  it('reads a show flat and audio-video as no fit-out or WebRTC', () => {
    expect(prose('负责样板房软装方案设计。')).not.toContain('fit-out');
    expect(prose('负责音视频产品的 EMC 测试。')).not.toContain('webrtc');
  });
});

describe('one letter that names no language (the twenty-second parser round)', () => {
  it('reads a licence class glued to 证 and a letter closing a bracketed name as no C or R', () => {
    expect(ids('法律职业资格证书（C证）', { isSkillList: true })).not.toContain('c');
    expect(prose('持有安全员C证，负责现场安全巡查。')).not.toContain('c');
    expect(prose('IR(ME)R compliance and dose audits for CT.')).not.toContain('r');
    expect(prose('Statistical analysis in R and Python.')).toContain('r');
    expect(ids('C、C++、Python', { isSkillList: true })).toContain('c');
  });
});
