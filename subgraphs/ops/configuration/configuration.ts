import { isDeepStrictEqual } from 'node:util';
import { recordAudit } from '../../../data/audit/audit-recorder.ts';
import { ConfigStore, type ConfigVersionRecord } from '../../../data/config/config-store.ts';
import type { ConfigNotice } from '../../../data/config/config-watcher.ts';
import {
  checkScope,
  mergeSettings,
  parseSettings,
  scopeKey,
  type ConfigScope,
  type EffectiveSettings,
  type Settings,
} from '../../../data/config/settings.ts';
import type { RelationalStore } from '../../../data/ports.ts';
import { orgStore } from '../../../data/records/org-store.ts';
import { requireScope } from '../../../platform/checks.ts';
import { badInput, ErrorCode, forbidden, LoomaError, notFound } from '../../../platform/errors.ts';
import { connectionFrom, decodeListCursor, encodeListCursor, pageSize, type Connection } from '../../../platform/pagination.ts';
import type { Viewer } from '../../../platform/viewer.ts';

/** A scope as GraphQL gives it (`ConfigScopeInput`). */
export interface ConfigScopeArgs {
  kind: 'DEFAULT' | 'SERVICE' | 'ORG';
  service?: string | null;
  orgId?: string | null;
}

export interface ConfigScopeView {
  kind: ConfigScopeArgs['kind'];
  service: string | null;
  orgId: string | null;
  key: string;
}

export interface ConfigurationView {
  scope: ConfigScopeView;
  version: number;
  values: Settings;
  effective: EffectiveSettings;
  current: ConfigVersionRecord | null;
}

export interface SetConfigurationArgs {
  scope: ConfigScopeArgs;
  values: unknown;
  comment?: string | null;
  expectedVersion: number;
}

const MAX_COMMENT = 1_000;
const HISTORY_CURSOR = ['integer'] as const;

/**
 * The configuration service's rules (the GraphQL of configuration.graphql calls them): who may read
 * and write which scope, validation (data/config/settings.ts), optimistic concurrency on the version,
 * the audit entry in the same transaction, the notice after the commit.
 *
 * Access: the gateway admits `admin` only; then DEFAULT and SERVICE scopes are the platform's admins'
 * (an ADMIN of an organisation in PLATFORM_ADMIN_ORGS), an ORG scope its own admins' and the
 * platform's. An organisation's rate limits are the platform's to set (its tier): its own admin may
 * change the rest of its document, never `rateLimits`.
 */
export class Configuration {
  private readonly db: RelationalStore;
  private readonly store: ConfigStore;
  private readonly platformAdminOrgs: ReadonlySet<string>;
  private readonly announce: (notice: ConfigNotice) => Promise<void>;

  constructor(db: RelationalStore, platformAdminOrgs: readonly string[], announce: (notice: ConfigNotice) => Promise<void>) {
    this.db = db;
    this.store = new ConfigStore(db);
    this.platformAdminOrgs = new Set(platformAdminOrgs);
    this.announce = announce;
  }

  async get(viewer: Viewer | null, args: ConfigScopeArgs): Promise<ConfigurationView> {
    const scope = toScope(args);
    this.authorize(viewer, scope);
    return this.view(scope, await this.store.latest(scopeKey(scope)));
  }

  async history(
    viewer: Viewer | null,
    args: ConfigScopeArgs,
    first: number | null | undefined,
    after: string | null | undefined,
  ): Promise<Connection<ConfigVersionRecord>> {
    const scope = toScope(args);
    this.authorize(viewer, scope);
    const key = scopeKey(scope);
    const cursorScope = `configurationHistory:${key}`;
    const size = pageSize(first, 100, 20);
    const before = after ? decodeListCursor(after, cursorScope, HISTORY_CURSOR)[0] : null;
    const rows = await this.store.history(key, size + 1, before);
    return connectionFrom(
      rows,
      size,
      (row) => encodeListCursor<typeof HISTORY_CURSOR>(cursorScope, [row.version]),
      () => this.store.count(key),
      before !== null,
    );
  }

  async set(viewer: Viewer | null, args: SetConfigurationArgs): Promise<ConfigurationView> {
    const scope = toScope(args.scope);
    const actor = this.authorize(viewer, scope);
    if (!Number.isInteger(args.expectedVersion) || args.expectedVersion < 0)
      throw badInput('expectedVersion is the version the change was made from (0 for none)', { field: 'expectedVersion' });
    const comment = args.comment?.trim() || null;
    if (comment && comment.length > MAX_COMMENT) throw badInput(`comment must be at most ${MAX_COMMENT} characters`, { field: 'comment' });
    const values = parseSettings(args.values);
    return this.write(actor, scope, { values, comment, expectedVersion: args.expectedVersion, rolledBackTo: null });
  }

  async rollback(viewer: Viewer | null, args: ConfigScopeArgs, toVersion: number): Promise<ConfigurationView> {
    const scope = toScope(args);
    const actor = this.authorize(viewer, scope);
    const key = scopeKey(scope);
    const target = Number.isInteger(toVersion) && toVersion > 0 ? await this.store.version(key, toVersion) : null;
    if (!target) throw notFound(`Configuration version of ${key}`, String(toVersion));
    const latest = await this.store.latest(key);
    return this.write(actor, scope, {
      // Written before the current schema? Then it no longer validates, and is refused like any bad value.
      values: parseSettings(target.values),
      comment: `rollback to version ${toVersion}`,
      expectedVersion: latest?.version ?? 0,
      rolledBackTo: toVersion,
    });
  }

  private async write(
    actor: Viewer,
    scope: ConfigScope,
    next: { values: Settings; comment: string | null; expectedVersion: number; rolledBackTo: number | null },
  ): Promise<ConfigurationView> {
    const key = scopeKey(scope);
    if (scope.kind === 'org' && !(await orgStore.exists(this.db, scope.orgId))) throw notFound('Organisation', scope.orgId);
    const written = await this.db.transaction(async (tx) => {
      const before = await new ConfigStore(tx).latest(key);
      if ((before?.version ?? 0) !== next.expectedVersion) throw stale(key, next.expectedVersion, before?.version ?? 0);
      if (scope.kind === 'org' && !this.isPlatformAdmin(actor) && !isDeepStrictEqual(before?.values.rateLimits, next.values.rateLimits))
        throw new LoomaError(ErrorCode.FORBIDDEN, "An organisation's rate limits are set by the platform's admins", {
          field: 'rateLimits',
        });
      const record = await this.store.append(tx, { scope: key, author: actor.userId, ...next });
      // Another writer came between the read and the insert.
      if (!record) throw stale(key, next.expectedVersion, next.expectedVersion + 1);
      await recordAudit(tx, scope.kind === 'org' ? scope.orgId : actor.orgId, actor, [
        {
          action: next.rolledBackTo === null ? 'config.set' : 'config.rollback',
          entityType: 'configuration',
          entityId: key,
          before: before ? { version: before.version, values: before.values } : null,
          after: { version: record.version, values: record.values, comment: record.comment, rolledBackTo: record.rolledBackTo },
        },
      ]);
      return record;
    });
    await this.announce({ scope: key, version: written.version });
    return this.view(scope, written);
  }

  private async view(scope: ConfigScope, current: ConfigVersionRecord | null): Promise<ConfigurationView> {
    const defaults = scope.kind === 'default' ? current : await this.store.latest('default');
    return {
      scope: scopeView(scope),
      version: current?.version ?? 0,
      values: current?.values ?? {},
      effective: mergeSettings(defaults?.values, scope.kind === 'default' ? undefined : current?.values),
      current,
    };
  }

  private isPlatformAdmin(viewer: Viewer): boolean {
    return this.platformAdminOrgs.has(viewer.orgId);
  }

  /** The viewer, when an admin who may read and write `scope`; FORBIDDEN otherwise (another organisation's included). */
  private authorize(viewer: Viewer | null, scope: ConfigScope): Viewer {
    const admin = requireScope(viewer, 'admin');
    if (this.isPlatformAdmin(admin)) return admin;
    if (scope.kind === 'org' && scope.orgId === admin.orgId) return admin;
    throw forbidden(
      scope.kind === 'org'
        ? "Only that organisation's admins may read or change its configuration"
        : "Only the platform's admins may read or change the default and services' configuration",
    );
  }
}

function stale(key: string, expected: number, actual: number): LoomaError {
  return new LoomaError(
    ErrorCode.CONFLICT,
    `The configuration of ${key} changed meanwhile (version ${actual}, the change expected ${expected}): read it again and retry`,
    { field: 'expectedVersion', currentVersion: actual },
  );
}

function toScope(args: ConfigScopeArgs): ConfigScope {
  const { kind, service, orgId } = args;
  if (kind !== 'SERVICE' && service != null) throw badInput('service is for a SERVICE scope only', { field: 'scope.service' });
  if (kind !== 'ORG' && orgId != null) throw badInput('orgId is for an ORG scope only', { field: 'scope.orgId' });
  if (kind === 'DEFAULT') return { kind: 'default' };
  if (kind === 'SERVICE') {
    if (!service) throw badInput('a SERVICE scope names its service', { field: 'scope.service' });
    return checkScope({ kind: 'service', service });
  }
  if (!orgId) throw badInput('an ORG scope names its organisation', { field: 'scope.orgId' });
  return checkScope({ kind: 'org', orgId });
}

function scopeView(scope: ConfigScope): ConfigScopeView {
  return {
    kind: scope.kind === 'default' ? 'DEFAULT' : scope.kind === 'service' ? 'SERVICE' : 'ORG',
    service: scope.kind === 'service' ? scope.service : null,
    orgId: scope.kind === 'org' ? scope.orgId : null,
    key: scopeKey(scope),
  };
}
