/**
 * A transaction whose COMMIT reached PostgreSQL but whose answer was lost has an unknown outcome: the guarded store
 * says STORE_UNAVAILABLE with `outcome: 'UNKNOWN'` (and the write is indeed there), never a plain failure. A fault
 * before COMMIT keeps the plain STORE_UNAVAILABLE (no outcome): nothing was written. Cut for real: a TCP proxy that
 * forwards the COMMIT to the server and resets the client's connection instead of passing the server's answer on.
 */
import net from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PostgresRelationalStore } from '../../data/adapters/postgres-relational.ts';
import { CommitOutcomeUnknownError, guardStore, isStoreFault, storeUnavailable } from '../../data/adapters/store-unavailable.ts';
import { LoomaError } from '../../platform/errors.ts';
import { createLogger } from '../../platform/logger.ts';
import { hasRealStore, scratchDatabase } from '../support/real-stores.ts';

/** Forwards everything, except that once armed the server's answer to the next COMMIT never reaches the client. */
class CommitAnswerCutter {
  armed = false;
  private readonly server: net.Server;
  private readonly sockets = new Set<net.Socket>();

  private constructor(server: net.Server) {
    this.server = server;
  }

  static async start(target: URL): Promise<{ cutter: CommitAnswerCutter; url: string }> {
    const server = net.createServer();
    const cutter = new CommitAnswerCutter(server);
    server.on('connection', (client) => cutter.accept(client, target));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
    const url = new URL(target);
    url.hostname = '127.0.0.1';
    url.port = String((server.address() as net.AddressInfo).port);
    return { cutter, url: url.toString() };
  }

  private accept(client: net.Socket, target: URL): void {
    const upstream = net.connect(Number(target.port || 5432), target.hostname);
    for (const socket of [client, upstream]) {
      this.sockets.add(socket);
      socket.on('error', () => undefined);
      socket.once('close', () => this.sockets.delete(socket));
    }
    let commitSent = false;
    client.on('data', (chunk: Buffer) => {
      if (this.armed && chunk.includes('COMMIT')) commitSent = true;
      upstream.write(chunk);
    });
    upstream.on('data', (chunk: Buffer) => {
      if (!commitSent) return void client.write(chunk);
      // The server has answered the COMMIT (so it is done): the client never learns it.
      this.armed = false;
      client.resetAndDestroy();
      upstream.destroy();
    });
    client.once('close', () => upstream.destroy());
    upstream.once('close', () => client.destroy());
  }

  async close(): Promise<void> {
    for (const socket of this.sockets) socket.destroy();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}

describe('a COMMIT whose answer is lost (the classification)', () => {
  it('is a store fault, and STORE_UNAVAILABLE with outcome UNKNOWN and a message saying to retry with the key', () => {
    const reset = Object.assign(new Error('read ECONNRESET'), { code: 'ECONNRESET' });
    const inDoubt = new CommitOutcomeUnknownError(reset);
    expect(isStoreFault(inDoubt)).toBe(true);
    const error = storeUnavailable('relational', inDoubt);
    expect(error.code).toBe('STORE_UNAVAILABLE');
    expect(error.details).toEqual({ store: 'postgres', outcome: 'UNKNOWN' });
    expect(error.message).toMatch(/may have been applied.*same idempotencyKey/);
    expect(error.toGraphQLError().extensions).toMatchObject({ code: 'STORE_UNAVAILABLE', store: 'postgres', outcome: 'UNKNOWN' });
    // Any other fault: the plain error, no outcome.
    expect(storeUnavailable('relational', reset).details).toEqual({ store: 'postgres' });
  });
});

describe.runIf(hasRealStore('postgres'))('a COMMIT whose answer is lost (PostgreSQL, cut for real)', () => {
  let scratch: Awaited<ReturnType<typeof scratchDatabase>>;
  let cutter: CommitAnswerCutter;
  let raw: PostgresRelationalStore;
  let store: PostgresRelationalStore;

  beforeAll(async () => {
    scratch = await scratchDatabase('looma_commit_outcome');
    const started = await CommitAnswerCutter.start(new URL(scratch.url));
    cutter = started.cutter;
    raw = await PostgresRelationalStore.open(started.url, { connectTimeoutMs: 2_000, requestTimeoutMs: 3_000 });
    store = guardStore(raw, 'relational', createLogger('test', 'silent'));
    await store.query('CREATE TABLE marks (n int)');
  });
  afterAll(async () => {
    await raw?.close();
    await cutter?.close();
    await scratch?.drop();
  });

  const marks = async (n: number) =>
    (await store.query<{ count: number }>('SELECT count(*)::int AS count FROM marks WHERE n = $1', [n]))[0]!.count;

  it('answers STORE_UNAVAILABLE with outcome UNKNOWN, and the write was in fact applied', async () => {
    const failure = await store
      .transaction(async (tx) => {
        await tx.query('INSERT INTO marks VALUES (1)');
        cutter.armed = true;
      })
      .then(
        () => null,
        (error: unknown) => error,
      );
    expect(failure).toBeInstanceOf(LoomaError);
    expect((failure as LoomaError).code).toBe('STORE_UNAVAILABLE');
    expect((failure as LoomaError).details).toEqual({ store: 'postgres', outcome: 'UNKNOWN' });
    // The pool dropped the cut connection; the next call opens a new one.
    expect(await marks(1)).toBe(1);
  });

  it('a fault before COMMIT is the plain STORE_UNAVAILABLE (no outcome), and nothing was applied', async () => {
    const failure = await store
      .transaction(async (tx) => {
        await tx.query('INSERT INTO marks VALUES (2)');
        // The connection dies under the transaction, before its COMMIT.
        await tx.query('SELECT pg_terminate_backend(pg_backend_pid())');
      })
      .then(
        () => null,
        (error: unknown) => error,
      );
    expect(failure).toBeInstanceOf(LoomaError);
    expect((failure as LoomaError).code).toBe('STORE_UNAVAILABLE');
    expect((failure as LoomaError).details).toEqual({ store: 'postgres' });
    expect(await marks(2)).toBe(0);
  });
});
