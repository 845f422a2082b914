/**
 * Resumes from Japan (職務経歴書) and Korea (이력서): their own headings, 現在 and 현재 as an open end, the name written
 * at the top, and a degree's word (학사, 修士).
 */
import { describe, expect, it } from 'vitest';
import { parseResumeText } from '../../subgraphs/resume/parser/resume-parser.ts';

const JAPANESE = `山田 太郎
電話：090-1234-5678
メール：taro.yamada@example.co.jp
住所：東京都港区

職務経歴
2019年4月～現在  株式会社サイバーテック  システムエンジニア
Java、Spring BootによるWebアプリケーション開発、AWS環境の構築を担当。
2016年4月～2019年3月  富士ソフト株式会社  プログラマー
C#での業務システム開発、テスト設計。

学歴
2012年4月～2016年3月  早稲田大学  理工学部 情報理工学科 卒業

資格・免許
基本情報技術者試験 合格、TOEIC 800点

スキル
Java、Python、SQL、AWS、Docker、Git

自己PR
チームでのコミュニケーションを大切にし、責任感を持って業務に取り組みます。`;

const KOREAN = `김민준
이메일: minjun.kim@example.co.kr
휴대폰: 010-1234-5678

경력사항
2020.03 ~ 현재  삼성전자  소프트웨어 엔지니어
Java와 Spring Boot로 백엔드 API 개발, AWS 인프라 운영.
2017.01 ~ 2020.02  네이버  주니어 개발자
Python 데이터 파이프라인 개발.

학력사항
2013.03 ~ 2017.02  서울대학교  컴퓨터공학과 학사

보유 기술
Java, Python, Spring Boot, AWS, Docker, Kubernetes

자격증
정보처리기사`;

describe('a Japanese resume', () => {
  const parsed = parseResumeText(JAPANESE);

  it('reads the name, the jobs under 職務経歴 up to 現在, and the school', () => {
    expect(parsed.name.value).toBe('山田 太郎');
    expect(parsed.experience.map((e) => [e.company, e.title, e.start, e.end])).toEqual([
      ['株式会社サイバーテック', 'システムエンジニア', '2019-04', 'present'],
      ['富士ソフト株式会社', 'プログラマー', '2016-04', '2019-03'],
    ]);
    expect(parsed.education.map((e) => [e.school, e.start, e.end])).toEqual([['早稲田大学', '2012-04', '2016-03']]);
  });

  it('reads the skills under スキル and the tools the jobs name, not the self-PR as a job', () => {
    expect(parsed.skills.map((s) => s.match)).toEqual(expect.arrayContaining(['Java', 'Python', 'SQL', 'AWS', 'Docker', 'Git', 'C#']));
    expect(parsed.phones.map((p) => p.value)).toEqual(['+819012345678']);
  });
});

describe('a Korean resume', () => {
  const parsed = parseResumeText(KOREAN);

  it('reads the name, the jobs under 경력사항 up to 현재, and the degree under 학력사항', () => {
    expect(parsed.name.value).toBe('김민준');
    expect(parsed.experience.map((e) => [e.company, e.title, e.end])).toEqual([
      ['삼성전자', '소프트웨어 엔지니어', 'present'],
      ['네이버', '주니어 개발자', '2020-02'],
    ]);
    expect(parsed.education.map((e) => [e.school, e.major, e.degree])).toEqual([['서울대학교', '컴퓨터공학과', 'Bachelor']]);
  });

  it('reads the skills under 보유 기술 and the certificate under 자격증', () => {
    expect(parsed.skills.map((s) => s.match)).toEqual(
      expect.arrayContaining(['Java', 'Python', 'Spring Boot', 'AWS', 'Docker', 'Kubernetes', '정보처리기사']),
    );
  });
});
