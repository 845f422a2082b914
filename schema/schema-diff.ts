import { buildSchema } from 'graphql';
import { CriticalityLevel, diff } from '@graphql-inspector/core';

export interface SchemaChange {
  level: 'breaking' | 'dangerous' | 'safe';
  message: string;
  path?: string;
  reason?: string;
}

const LEVELS = {
  [CriticalityLevel.Breaking]: 'breaking',
  [CriticalityLevel.Dangerous]: 'dangerous',
  [CriticalityLevel.NonBreaking]: 'safe',
} as const;

/** The changes between two versions of the client API schema, classified as graphql-inspector does. */
export async function classifyChanges(beforeSdl: string, afterSdl: string): Promise<SchemaChange[]> {
  const changes = await diff(buildSchema(beforeSdl), buildSchema(afterSdl));
  return changes.map((change) => ({
    level: LEVELS[change.criticality.level],
    message: change.message,
    path: change.path,
    reason: change.criticality.reason,
  }));
}
