import net from 'node:net';

/**
 * A TCP proxy between Looma and one real store, to fail the store for real without touching the
 * shared server (other test runs use it). `stop('refuse')` is a store that died: every open
 * connection is reset and new ones are refused; `stop('hang')` is a store that went silent (a
 * partition, a frozen process): open connections are reset and new ones are accepted but never
 * answered. `start()` is the store back after a restart: connections held while hanging are reset,
 * new ones are forwarded again.
 */
export type FaultMode = 'refuse' | 'hang';

export class FaultProxy {
  private readonly open = new Set<net.Socket>();
  private readonly held = new Set<net.Socket>();
  private mode: 'forward' | FaultMode = 'forward';
  private server: net.Server;

  private readonly target: { host: string; port: number };
  readonly port: number;

  private constructor(target: { host: string; port: number }, port: number, server: net.Server) {
    this.target = target;
    this.port = port;
    this.server = server;
  }

  /** Listens on a free port of 127.0.0.1 and forwards to `target`. */
  static async start(target: { host: string; port: number }): Promise<FaultProxy> {
    const server = net.createServer();
    await new Promise<void>((resolve, reject) => server.once('error', reject).listen(0, '127.0.0.1', () => resolve()));
    const proxy = new FaultProxy(target, (server.address() as net.AddressInfo).port, server);
    server.on('connection', (socket) => proxy.accept(socket));
    return proxy;
  }

  /** The proxy in front of the store of `url`: same URL, the proxy's host and port. */
  static async forUrl(url: string): Promise<{ proxy: FaultProxy; url: string }> {
    const parsed = new URL(url);
    const defaultPorts: Record<string, number> = {
      'postgres:': 5432,
      'postgresql:': 5432,
      'bolt:': 7687,
      'redis:': 6379,
      'http:': 80,
      'https:': 443,
    };
    const proxy = await FaultProxy.start({ host: parsed.hostname, port: Number(parsed.port || defaultPorts[parsed.protocol]) });
    parsed.hostname = '127.0.0.1';
    parsed.port = String(proxy.port);
    return { proxy, url: parsed.toString() };
  }

  get state(): 'forward' | FaultMode {
    return this.mode;
  }

  /** The store goes away: open connections are reset; new ones are refused or left hanging. */
  async stop(mode: FaultMode): Promise<void> {
    this.mode = mode;
    for (const socket of this.open) socket.resetAndDestroy();
    this.open.clear();
    if (mode === 'refuse') await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  /** The store is back: held connections are reset (a restarted server knows them not), new ones forwarded. */
  async start(): Promise<void> {
    for (const socket of this.held) socket.resetAndDestroy();
    this.held.clear();
    if (this.mode === 'refuse') {
      const server = net.createServer((socket) => this.accept(socket));
      await new Promise<void>((resolve, reject) => server.once('error', reject).listen(this.port, '127.0.0.1', () => resolve()));
      this.server = server;
    }
    this.mode = 'forward';
  }

  async close(): Promise<void> {
    for (const socket of [...this.open, ...this.held]) socket.destroy();
    this.open.clear();
    this.held.clear();
    if (this.server.listening) await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private accept(client: net.Socket): void {
    client.on('error', () => undefined);
    if (this.mode === 'hang') {
      // Accepted, read, never answered.
      this.held.add(client);
      client.on('data', () => undefined);
      client.once('close', () => this.held.delete(client));
      return;
    }
    if (this.mode === 'refuse') {
      client.resetAndDestroy();
      return;
    }
    const upstream = net.connect(this.target.port, this.target.host);
    upstream.on('error', () => client.destroy());
    client.on('error', () => upstream.destroy());
    this.open.add(client);
    this.open.add(upstream);
    const forget = () => {
      this.open.delete(client);
      this.open.delete(upstream);
      client.destroy();
      upstream.destroy();
    };
    client.once('close', forget);
    upstream.once('close', forget);
    client.pipe(upstream);
    upstream.pipe(client);
  }
}
