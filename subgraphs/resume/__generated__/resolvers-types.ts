import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { ResumeModel, ParsedResumeModel, ScoredStringModel, ResumeLinkModel, ResumeEducationModel, ResumeExperienceModel, ResumeSkillModel, ResumeLanguageModel, UploadResumePayloadModel, TalentModel } from '../mappers.ts';
import type { ResumeContext } from '../context.ts';
export type Maybe<T> = T | null;
export type InputMaybe<T> = T | null | undefined;
export type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
export type MakeOptional<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]?: Maybe<T[SubKey]> };
export type MakeMaybe<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]: Maybe<T[SubKey]> };
export type MakeEmpty<T extends { [key: string]: unknown }, K extends keyof T> = { [_ in K]?: never };
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** An ISO-8601 date-time in UTC, e.g. `2026-11-22T09:30:00.000Z`. */
  DateTime: { input: string; output: Date | string; }
  _FieldSet: { input: any; output: any; }
  federation__FieldSet: { input: any; output: any; }
  link__Import: { input: any; output: any; }
};

export type Mutation = {
  __typename?: 'Mutation';
  /**
   * Parses a resume and, in one transaction, stores it, creates or updates its talent (skills merged
   * through the taxonomy) and queues the projections. A file the parser refuses is BAD_USER_INPUT
   * with `extensions.reason` (UNSUPPORTED_TYPE, TOO_LARGE, TIMEOUT, EMPTY, CORRUPT_FILE, NO_TEXT) and
   * writes nothing: a PDF or DOCX is read under budgets of size, inflated size, pages, time and
   * memory (TOO_LARGE or TIMEOUT past them). While too many files are being read at once the upload
   * is RESOURCE_EXHAUSTED with `extensions.retryAfterSeconds`. Another organisation's `talentId` is
   * NOT_FOUND.
   */
  uploadResume: UploadResumePayload;
};


export type MutationUploadResumeArgs = {
  input: UploadResumeInput;
};

export type ParsedResume = {
  __typename?: 'ParsedResume';
  education: Array<ResumeEducation>;
  emails: Array<ScoredString>;
  experience: Array<ResumeExperience>;
  /** `pdf`, `docx`, `text`, `markdown` or `html`. */
  format: Scalars['String']['output'];
  languages: Array<ResumeLanguage>;
  links: Array<ResumeLink>;
  location: Maybe<ScoredString>;
  name: Maybe<ScoredString>;
  /** E.164, e.g. `+8613800138000`. */
  phones: Array<ScoredString>;
  skills: Array<ResumeSkill>;
};

export type Query = {
  __typename?: 'Query';
  /** A resume of the viewer's organisation, or null when there is none with this id. */
  resume: Maybe<Resume>;
};


export type QueryResumeArgs = {
  id: Scalars['ID']['input'];
};

/** Whose requests share one rate-limit counter. */
export type RateLimitBy =
  /** The peer address of the request. */
  | 'ADDRESS'
  /** Everyone in the viewer's organisation. */
  | 'ORG'
  /** The signed-in user (the peer address for anonymous callers). */
  | 'VIEWER';

/**
 * An uploaded resume: the original file (kept as uploaded), the text read from it and what the
 * parser found in it.
 */
export type Resume = {
  __typename?: 'Resume';
  /** `application/pdf`, `application/vnd.openxmlformats-officedocument.wordprocessingml.document`, `text/plain`, `text/markdown` or `text/html`. */
  contentType: Scalars['String']['output'];
  createdAt: Scalars['DateTime']['output'];
  /** The file name as uploaded; null for pasted text. */
  filename: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  /** The structure the parser read from the text, each field with a confidence (0 to 1). */
  parsed: Maybe<ParsedResume>;
  /** Bytes of the original file (or of the pasted text, UTF-8). */
  size: Scalars['Int']['output'];
  /** The plain text extracted from the file. */
  text: Scalars['String']['output'];
};

/** How an upload found its talent. */
export type ResumeAttachment =
  /** No talent was given or matched: a new talent was created from the resume. */
  | 'CREATED'
  /** Attached to the organisation's talent with an e-mail address of the resume. */
  | 'EMAIL_MATCH'
  /** Attached to the talent named by `talentId`. */
  | 'GIVEN_ID'
  /** Attached to the organisation's talent with a phone number of the resume. */
  | 'PHONE_MATCH';

/** Dates are `YYYY-MM` or `YYYY`; an open end is `present`. */
export type ResumeEducation = {
  __typename?: 'ResumeEducation';
  confidence: Scalars['Float']['output'];
  degree: Maybe<Scalars['String']['output']>;
  end: Maybe<Scalars['String']['output']>;
  major: Maybe<Scalars['String']['output']>;
  school: Maybe<Scalars['String']['output']>;
  start: Maybe<Scalars['String']['output']>;
};

/** Dates are `YYYY-MM` or `YYYY`; an open end is `present`. */
export type ResumeExperience = {
  __typename?: 'ResumeExperience';
  company: Maybe<Scalars['String']['output']>;
  confidence: Scalars['Float']['output'];
  description: Scalars['String']['output'];
  end: Maybe<Scalars['String']['output']>;
  start: Maybe<Scalars['String']['output']>;
  title: Maybe<Scalars['String']['output']>;
};

export type ResumeLanguage = {
  __typename?: 'ResumeLanguage';
  confidence: Scalars['Float']['output'];
  /** English name of the language: English, Mandarin, Cantonese, Japanese … */
  language: Scalars['String']['output'];
  /** As written: `CET-6`, `IELTS 7.5`, `Native`, `流利` … or null. */
  level: Maybe<Scalars['String']['output']>;
};

export type ResumeLink = {
  __typename?: 'ResumeLink';
  confidence: Scalars['Float']['output'];
  kind: ResumeLinkKind;
  url: Scalars['String']['output'];
};

export type ResumeLinkKind =
  | 'GITHUB'
  | 'LINKEDIN'
  | 'PERSONAL';

/**
 * A skill the resume states: a skill of the taxonomy it mentions, or one the taxonomy does not know, kept as
 * written (an item of its skills section; a task a Chinese job description enumerates).
 */
export type ResumeSkill = {
  __typename?: 'ResumeSkill';
  confidence: Scalars['Float']['output'];
  /** The taxonomy's id, e.g. `kubernetes`; for a skill the taxonomy does not know, `text:` and its compact key (`text:veevavault`). */
  id: Scalars['String']['output'];
  /** The text as written in the resume. */
  match: Scalars['String']['output'];
  name: Scalars['String']['output'];
  nameZh: Scalars['String']['output'];
};

/** A value the parser found and how sure it is (0 to 1). */
export type ScoredString = {
  __typename?: 'ScoredString';
  confidence: Scalars['Float']['output'];
  value: Scalars['String']['output'];
};

export type Talent = {
  __typename?: 'Talent';
  id: Scalars['ID']['output'];
  /** The talent's resumes, newest first. Batched: a page of talents costs one round trip. */
  resumes: Array<Resume>;
};

/** A resume file or pasted text: either `filename` with `contentBase64`, or `text` (not both). */
export type UploadResumeInput = {
  /** The file's bytes, base64-encoded; at most RESUME_MAX_BYTES (5 MiB by default) decoded. */
  contentBase64?: InputMaybe<Scalars['String']['input']>;
  /** The file's name; its extension says the type (pdf, docx, txt, md, html). */
  filename?: InputMaybe<Scalars['String']['input']>;
  /** The talent to attach the resume to; when absent, the talent with a matching e-mail or phone, or a new one. */
  talentId?: InputMaybe<Scalars['ID']['input']>;
  /** A pasted resume. */
  text?: InputMaybe<Scalars['String']['input']>;
};

export type UploadResumePayload = {
  __typename?: 'UploadResumePayload';
  attachedBy: ResumeAttachment;
  resume: Resume;
  /** The talent the resume belongs to, its profile updated from the resume. */
  talent: Talent;
};

export type Link__Purpose =
  | 'EXECUTION'
  | 'SECURITY';

export type WithIndex<TObject> = TObject & Record<string, any>;
export type ResolversObject<TObject> = WithIndex<TObject>;

export type ResolverTypeWrapper<T> = Promise<T> | T;

export type ReferenceResolver<TResult, TReference, TContext> = (
      reference: TReference,
      context: TContext,
      info: GraphQLResolveInfo
    ) => Promise<TResult> | TResult;

      type ScalarCheck<T, S> = S extends true ? T : NullableCheck<T, S>;
      type NullableCheck<T, S> = Maybe<T> extends T ? Maybe<ListCheck<NonNullable<T>, S>> : ListCheck<T, S>;
      type ListCheck<T, S> = T extends (infer U)[] ? NullableCheck<U, S>[] : GraphQLRecursivePick<T, S>;
      export type GraphQLRecursivePick<T, S> = { [K in keyof T & keyof S]: ScalarCheck<T[K], S[K]> };
    

export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

/** Mapping of federation types */
export type FederationTypes = ResolversObject<{
  Resume: Resume;
  Talent: Talent;
}>;

/** Mapping of federation reference types */
export type FederationReferenceTypes = ResolversObject<{
  Resume:
    ( { __typename: 'Resume' }
    & GraphQLRecursivePick<FederationTypes['Resume'], {"id":true}> );
  Talent:
    ( { __typename: 'Talent' }
    & GraphQLRecursivePick<FederationTypes['Talent'], {"id":true}> );
}>;



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  ParsedResume: ResolverTypeWrapper<ParsedResumeModel>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  RateLimitBy: RateLimitBy;
  Resume: ResolverTypeWrapper<ResumeModel>;
  ResumeAttachment: ResumeAttachment;
  ResumeEducation: ResolverTypeWrapper<ResumeEducationModel>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  ResumeExperience: ResolverTypeWrapper<ResumeExperienceModel>;
  ResumeLanguage: ResolverTypeWrapper<ResumeLanguageModel>;
  ResumeLink: ResolverTypeWrapper<ResumeLinkModel>;
  ResumeLinkKind: ResumeLinkKind;
  ResumeSkill: ResolverTypeWrapper<ResumeSkillModel>;
  ScoredString: ResolverTypeWrapper<ScoredStringModel>;
  Talent: ResolverTypeWrapper<TalentModel>;
  UploadResumeInput: UploadResumeInput;
  UploadResumePayload: ResolverTypeWrapper<UploadResumePayloadModel>;
  federation__FieldSet: ResolverTypeWrapper<Scalars['federation__FieldSet']['output']>;
  link__Import: ResolverTypeWrapper<Scalars['link__Import']['output']>;
  link__Purpose: Link__Purpose;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  DateTime: Scalars['DateTime']['output'];
  Mutation: Record<PropertyKey, never>;
  ParsedResume: ParsedResumeModel;
  Query: Record<PropertyKey, never>;
  ID: Scalars['ID']['output'];
  Resume: ResumeModel;
  ResumeEducation: ResumeEducationModel;
  Float: Scalars['Float']['output'];
  ResumeExperience: ResumeExperienceModel;
  ResumeLanguage: ResumeLanguageModel;
  ResumeLink: ResumeLinkModel;
  ResumeSkill: ResumeSkillModel;
  ScoredString: ScoredStringModel;
  Talent: TalentModel;
  UploadResumeInput: UploadResumeInput;
  UploadResumePayload: UploadResumePayloadModel;
  federation__FieldSet: Scalars['federation__FieldSet']['output'];
  link__Import: Scalars['link__Import']['output'];
  String: Scalars['String']['output'];
  Boolean: Scalars['Boolean']['output'];
  Int: Scalars['Int']['output'];
}>;

export type AuthenticatedDirectiveArgs = { };

export type AuthenticatedDirectiveResolver<Result, Parent, ContextType = ResumeContext, Args = AuthenticatedDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type ComposeDirectiveDirectiveArgs = {
  name: Scalars['String']['input'];
};

export type ComposeDirectiveDirectiveResolver<Result, Parent, ContextType = ResumeContext, Args = ComposeDirectiveDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type InaccessibleDirectiveArgs = { };

export type InaccessibleDirectiveResolver<Result, Parent, ContextType = ResumeContext, Args = InaccessibleDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type InterfaceObjectDirectiveArgs = { };

export type InterfaceObjectDirectiveResolver<Result, Parent, ContextType = ResumeContext, Args = InterfaceObjectDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type LinkDirectiveArgs = {
  as?: Maybe<Scalars['String']['input']>;
  for?: Maybe<Link__Purpose>;
  import?: Maybe<Array<Maybe<Scalars['link__Import']['input']>>>;
  url: Scalars['String']['input'];
};

export type LinkDirectiveResolver<Result, Parent, ContextType = ResumeContext, Args = LinkDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type OverrideDirectiveArgs = {
  from: Scalars['String']['input'];
};

export type OverrideDirectiveResolver<Result, Parent, ContextType = ResumeContext, Args = OverrideDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type PolicyDirectiveArgs = {
  policies: Array<Array<Scalars['String']['input']>>;
};

export type PolicyDirectiveResolver<Result, Parent, ContextType = ResumeContext, Args = PolicyDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type RateLimitDirectiveArgs = {
  by?: Maybe<RateLimitBy>;
  limit: Scalars['Int']['input'];
  window: Scalars['String']['input'];
};

export type RateLimitDirectiveResolver<Result, Parent, ContextType = ResumeContext, Args = RateLimitDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type RequiresScopesDirectiveArgs = {
  scopes: Array<Array<Scalars['String']['input']>>;
};

export type RequiresScopesDirectiveResolver<Result, Parent, ContextType = ResumeContext, Args = RequiresScopesDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type ShareableDirectiveArgs = { };

export type ShareableDirectiveResolver<Result, Parent, ContextType = ResumeContext, Args = ShareableDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type TagDirectiveArgs = {
  name: Scalars['String']['input'];
};

export type TagDirectiveResolver<Result, Parent, ContextType = ResumeContext, Args = TagDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type MutationResolvers<ContextType = ResumeContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  uploadResume?: Resolver<ResolversTypes['UploadResumePayload'], ParentType, ContextType, RequireFields<MutationUploadResumeArgs, 'input'>>;
}>;

export type ParsedResumeResolvers<ContextType = ResumeContext, ParentType extends ResolversParentTypes['ParsedResume'] = ResolversParentTypes['ParsedResume']> = ResolversObject<{
  education?: Resolver<Array<ResolversTypes['ResumeEducation']>, ParentType, ContextType>;
  emails?: Resolver<Array<ResolversTypes['ScoredString']>, ParentType, ContextType>;
  experience?: Resolver<Array<ResolversTypes['ResumeExperience']>, ParentType, ContextType>;
  format?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  languages?: Resolver<Array<ResolversTypes['ResumeLanguage']>, ParentType, ContextType>;
  links?: Resolver<Array<ResolversTypes['ResumeLink']>, ParentType, ContextType>;
  location?: Resolver<Maybe<ResolversTypes['ScoredString']>, ParentType, ContextType>;
  name?: Resolver<Maybe<ResolversTypes['ScoredString']>, ParentType, ContextType>;
  phones?: Resolver<Array<ResolversTypes['ScoredString']>, ParentType, ContextType>;
  skills?: Resolver<Array<ResolversTypes['ResumeSkill']>, ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = ResumeContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  resume?: Resolver<Maybe<ResolversTypes['Resume']>, ParentType, ContextType, RequireFields<QueryResumeArgs, 'id'>>;
}>;

export type ResumeResolvers<ContextType = ResumeContext, ParentType extends ResolversParentTypes['Resume'] = ResolversParentTypes['Resume'], FederationReferenceType extends FederationReferenceTypes['Resume'] = FederationReferenceTypes['Resume']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Resume']> | FederationReferenceType, FederationReferenceType, ContextType>;
  contentType?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  filename?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  parsed?: Resolver<Maybe<ResolversTypes['ParsedResume']>, ParentType, ContextType>;
  size?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type ResumeEducationResolvers<ContextType = ResumeContext, ParentType extends ResolversParentTypes['ResumeEducation'] = ResolversParentTypes['ResumeEducation']> = ResolversObject<{
  confidence?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  degree?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  end?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  major?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  school?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  start?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type ResumeExperienceResolvers<ContextType = ResumeContext, ParentType extends ResolversParentTypes['ResumeExperience'] = ResolversParentTypes['ResumeExperience']> = ResolversObject<{
  company?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  confidence?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  end?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  start?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  title?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type ResumeLanguageResolvers<ContextType = ResumeContext, ParentType extends ResolversParentTypes['ResumeLanguage'] = ResolversParentTypes['ResumeLanguage']> = ResolversObject<{
  confidence?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  language?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  level?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type ResumeLinkResolvers<ContextType = ResumeContext, ParentType extends ResolversParentTypes['ResumeLink'] = ResolversParentTypes['ResumeLink']> = ResolversObject<{
  confidence?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ResumeLinkKind'], ParentType, ContextType>;
  url?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type ResumeSkillResolvers<ContextType = ResumeContext, ParentType extends ResolversParentTypes['ResumeSkill'] = ResolversParentTypes['ResumeSkill']> = ResolversObject<{
  confidence?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  match?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nameZh?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type ScoredStringResolvers<ContextType = ResumeContext, ParentType extends ResolversParentTypes['ScoredString'] = ResolversParentTypes['ScoredString']> = ResolversObject<{
  confidence?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  value?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type TalentResolvers<ContextType = ResumeContext, ParentType extends ResolversParentTypes['Talent'] = ResolversParentTypes['Talent'], FederationReferenceType extends FederationReferenceTypes['Talent'] = FederationReferenceTypes['Talent']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Talent']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  resumes?: Resolver<Array<ResolversTypes['Resume']>, ParentType, ContextType>;
}>;

export type UploadResumePayloadResolvers<ContextType = ResumeContext, ParentType extends ResolversParentTypes['UploadResumePayload'] = ResolversParentTypes['UploadResumePayload']> = ResolversObject<{
  attachedBy?: Resolver<ResolversTypes['ResumeAttachment'], ParentType, ContextType>;
  resume?: Resolver<ResolversTypes['Resume'], ParentType, ContextType>;
  talent?: Resolver<ResolversTypes['Talent'], ParentType, ContextType>;
}>;

export interface Federation__FieldSetScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['federation__FieldSet'], any> {
  name: 'federation__FieldSet';
}

export interface Link__ImportScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['link__Import'], any> {
  name: 'link__Import';
}

export type Resolvers<ContextType = ResumeContext> = ResolversObject<{
  DateTime?: GraphQLScalarType;
  Mutation?: MutationResolvers<ContextType>;
  ParsedResume?: ParsedResumeResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Resume?: ResumeResolvers<ContextType>;
  ResumeEducation?: ResumeEducationResolvers<ContextType>;
  ResumeExperience?: ResumeExperienceResolvers<ContextType>;
  ResumeLanguage?: ResumeLanguageResolvers<ContextType>;
  ResumeLink?: ResumeLinkResolvers<ContextType>;
  ResumeSkill?: ResumeSkillResolvers<ContextType>;
  ScoredString?: ScoredStringResolvers<ContextType>;
  Talent?: TalentResolvers<ContextType>;
  UploadResumePayload?: UploadResumePayloadResolvers<ContextType>;
  federation__FieldSet?: GraphQLScalarType;
  link__Import?: GraphQLScalarType;
}>;

export type DirectiveResolvers<ContextType = ResumeContext> = ResolversObject<{
  authenticated?: AuthenticatedDirectiveResolver<any, any, ContextType>;
  composeDirective?: ComposeDirectiveDirectiveResolver<any, any, ContextType>;
  inaccessible?: InaccessibleDirectiveResolver<any, any, ContextType>;
  interfaceObject?: InterfaceObjectDirectiveResolver<any, any, ContextType>;
  link?: LinkDirectiveResolver<any, any, ContextType>;
  override?: OverrideDirectiveResolver<any, any, ContextType>;
  policy?: PolicyDirectiveResolver<any, any, ContextType>;
  rateLimit?: RateLimitDirectiveResolver<any, any, ContextType>;
  requiresScopes?: RequiresScopesDirectiveResolver<any, any, ContextType>;
  shareable?: ShareableDirectiveResolver<any, any, ContextType>;
  tag?: TagDirectiveResolver<any, any, ContextType>;
}>;
