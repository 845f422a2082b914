/** What a resume parse takes and gives. Dates are `YYYY-MM` or `YYYY`; an open end is `present`. */

export interface ResumeInput {
  filename?: string;
  /** The file's bytes, base64-encoded. */
  contentBase64?: string;
  /** Plain text, when the caller already has it (a pasted resume). */
  text?: string;
}

export type ResumeFormat = 'pdf' | 'docx' | 'text' | 'markdown' | 'html';

/** A value the parser found, with how sure it is (0..1). */
export interface Scored<T> {
  value: T;
  confidence: number;
}

export interface ResumeLink {
  url: string;
  kind: 'linkedin' | 'github' | 'personal';
  confidence: number;
}

export interface EducationEntry {
  school: string | null;
  degree: string | null;
  major: string | null;
  start: string | null;
  end: string | null;
  confidence: number;
}

export interface ExperienceEntry {
  company: string | null;
  title: string | null;
  start: string | null;
  end: string | null;
  description: string;
  confidence: number;
}

export interface ResumeSkill {
  id: string;
  name: string;
  nameZh: string;
  /** The text as written in the resume. */
  match: string;
  confidence: number;
}

export interface ResumeLanguage {
  /** English name of the language: English, Mandarin, Cantonese, Japanese … */
  language: string;
  /** As written: "CET-6", "IELTS 7.5", "Native", "流利" … or null. */
  level: string | null;
  confidence: number;
}

export interface ParsedResume {
  format: ResumeFormat;
  name: Scored<string | null>;
  emails: Scored<string>[];
  /** E.164 (`+8613800138000`). */
  phones: Scored<string>[];
  location: Scored<string | null>;
  links: ResumeLink[];
  education: EducationEntry[];
  experience: ExperienceEntry[];
  skills: ResumeSkill[];
  languages: ResumeLanguage[];
  /** The text the fields were read from. */
  text: string;
}
