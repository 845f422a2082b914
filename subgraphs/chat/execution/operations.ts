import fs from 'node:fs';
import { buildSchema, print, type DocumentNode, type GraphQLSchema, type OperationDefinitionNode } from 'graphql';
import {
  ChatFindJobsDocument,
  ChatFindTalentsDocument,
  ChatJobMatchesDocument,
  ChatPipelineBoardDocument,
  ChatReferrersIntoDocument,
  ChatResolveJobDocument,
  ChatResolveTalentDocument,
  ChatSearchTalentsDocument,
  ChatTalentNetworkDocument,
  ChatTalentProfileDocument,
} from '../../../sdk/__generated__/graphql.ts';
import type { ChatOperation } from '../planning/types.ts';

/**
 * The allow-list: each ChatOperation is one persisted document of the SDK
 * (sdk/operations/chat-plan.graphql). The text sent is the SDK's printed document, so with
 * PERSISTED_DOCUMENTS_REQUIRED the gateway finds it in its manifest like any client's.
 */
const DOCUMENTS: Record<ChatOperation, DocumentNode> = {
  findTalents: ChatFindTalentsDocument,
  searchTalents: ChatSearchTalentsDocument,
  talentProfile: ChatTalentProfileDocument,
  talentNetwork: ChatTalentNetworkDocument,
  referrersInto: ChatReferrersIntoDocument,
  findJobs: ChatFindJobsDocument,
  pipelineBoard: ChatPipelineBoardDocument,
  jobMatches: ChatJobMatchesDocument,
  resolveTalent: ChatResolveTalentDocument,
  resolveJob: ChatResolveJobDocument,
};

export interface AllowedOperation {
  name: ChatOperation;
  /** The document's operation name, e.g. `ChatFindTalents`. */
  operationName: string;
  text: string;
  definition: OperationDefinitionNode;
}

export const ALLOWED_OPERATIONS: ReadonlyMap<ChatOperation, AllowedOperation> = new Map(
  Object.entries(DOCUMENTS).map(([name, document]) => {
    const definition = document.definitions.find((d): d is OperationDefinitionNode => d.kind === 'OperationDefinition')!;
    if (definition.operation !== 'query') throw new Error(`chat's ${name} must be a query`);
    const allowed: AllowedOperation = {
      name: name as ChatOperation,
      operationName: definition.name!.value,
      text: print(document),
      definition,
    };
    return [name as ChatOperation, allowed];
  }),
);

let apiSchema: GraphQLSchema | undefined;

/** The client API schema (schema/api.graphql): what plan steps' variables are checked against, read once. */
export function chatApiSchema(): GraphQLSchema {
  apiSchema ??= buildSchema(fs.readFileSync(new URL('../../../schema/api.graphql', import.meta.url), 'utf8'));
  return apiSchema;
}
