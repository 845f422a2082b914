import type { EducationEntry, ExperienceEntry, ParsedResume, ResumeLanguage, ResumeLink, ResumeSkill, Scored } from './parser/types.ts';
import type { IngestedResume, ResumeRecord } from './intake/resume-intake.ts';

/** The domain shapes resolvers return, mapped onto GraphQL types by codegen (`<Type>Model`). */
export type ResumeModel = ResumeRecord;
export type ParsedResumeModel = ParsedResume;
export type ScoredStringModel = Scored<string>;
export type ResumeLinkModel = ResumeLink;
export type ResumeEducationModel = EducationEntry;
export type ResumeExperienceModel = ExperienceEntry;
export type ResumeSkillModel = ResumeSkill;
export type ResumeLanguageModel = ResumeLanguage;
export type UploadResumePayloadModel = Omit<IngestedResume, 'talent'> & { talent: { id: string } };
export type TalentModel = { id: string };
