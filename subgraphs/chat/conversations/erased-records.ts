/**
 * A remembered answer quotes records: a talent's name, titles, skills. When a talent is erased (or merged away,
 * or no longer visible to the viewer), its words must not come back from a conversation kept in the cache. Before a
 * conversation is shown or continued, the talents its turns cite are looked up through the gateway as the viewer
 * (the allow-listed findTalents, by ids); a turn citing one that is gone loses its answer and that talent's
 * citations, and the conversation is stored again without them (through the store's compare-and-set update, so a
 * turn another ask appends meanwhile is neither lost nor brought back unredacted).
 */
import { DEFAULT_PLAN_BOUNDS, executePlan, type GatewayCall, type PlanBounds } from '../execution/plan-executor.ts';
import type { StoredConversation, StoredTurn } from './conversation-store.ts';

const REMOVED = {
  en: 'This answer is no longer shown: a talent it cited was erased, merged or is no longer visible to you.',
  zh: '此回答已不再显示：其引用的人才已被删除、合并或您已无权查看。',
} as const;

/** The ids of the talents a conversation's turns cite or remember. */
export function citedTalentIds(conversation: StoredConversation): string[] {
  const ids = new Set<string>();
  for (const turn of conversation.turns) {
    for (const id of turn.talentIds) ids.add(id);
    for (const citation of turn.citations) if (citation.talentId) ids.add(citation.talentId);
  }
  return [...ids];
}

/** Which of `ids` the viewer can still read, asked through the gateway with the viewer's credential. */
export async function visibleTalentIds(
  ids: readonly string[],
  call: GatewayCall,
  bounds: PlanBounds = DEFAULT_PLAN_BOUNDS,
): Promise<Set<string>> {
  const visible = new Set<string>();
  for (let at = 0; at < ids.length; at += bounds.maxResults) {
    const chunk = ids.slice(at, at + bounds.maxResults);
    const [found] = await executePlan(
      {
        intent: 'FIND_TALENTS',
        language: 'en',
        steps: [{ operation: 'findTalents', variables: { filter: { ids: chunk }, first: chunk.length }, dependsOn: [] }],
      },
      call,
      bounds,
    );
    for (const talent of found?.talents ?? []) visible.add(talent.id);
  }
  return visible;
}

/**
 * Which of `ids` the viewer can no longer read. The redaction removes these, and only these: a turn appended since
 * they were checked (another ask on the conversation at the same time) cites talents nobody checked, and stays.
 */
export async function goneTalentIds(
  ids: readonly string[],
  call: GatewayCall,
  bounds: PlanBounds = DEFAULT_PLAN_BOUNDS,
): Promise<Set<string>> {
  const visible = await visibleTalentIds(ids, call, bounds);
  return new Set(ids.filter((id) => !visible.has(id)));
}

/** The conversation without what it quoted of the talents in `gone`; `changed` when a turn lost something. */
export function withoutGoneTalents(
  conversation: StoredConversation,
  gone: ReadonlySet<string>,
): { conversation: StoredConversation; changed: boolean } {
  let changed = false;
  const isGone = (id: string | undefined) => id !== undefined && gone.has(id);
  const turns = conversation.turns.map((turn): StoredTurn => {
    if (!turn.talentIds.some(isGone) && !turn.citations.some((c) => isGone(c.talentId))) return turn;
    changed = true;
    return {
      ...turn,
      answer: REMOVED[turn.plan.language === 'zh' ? 'zh' : 'en'],
      // Snippets quote the records they cite: a gone talent's go, the others' stay.
      citations: turn.citations.filter((c) => !isGone(c.talentId)),
      talentIds: turn.talentIds.filter((id) => !isGone(id)),
    };
  });
  return { conversation: changed ? { ...conversation, turns } : conversation, changed };
}
