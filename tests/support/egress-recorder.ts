/**
 * Preloaded into a service process by the egress test (`node --import tsx --import
 * ./tests/support/egress-recorder.ts <entry>`): appends every outbound connection attempt and every
 * DNS query of the process (worker threads included) to the file LOOMA_EGRESS_LOG names, one JSON
 * line each, with the first frames of the caller's stack, before the attempt is made. It records,
 * never blocks: the test decides which hosts the process's configuration allows.
 */
import dns from 'node:dns';
import fs from 'node:fs';
import { syncBuiltinESMExports } from 'node:module';
import net from 'node:net';
import tls from 'node:tls';

export interface EgressRecord {
  kind: 'connect' | 'tls' | 'dns';
  /** The call that made it: `net.Socket.connect`, `dns.lookup`, `dns.promises.resolve4`, … */
  via: string;
  host: string;
  port?: number;
  pid: number;
  /** The caller's frames outside Node and this file, to name the library that did it. */
  origin: string[];
}

const logFile = process.env.LOOMA_EGRESS_LOG;

function record(entry: Omit<EgressRecord, 'pid' | 'origin'>): void {
  if (!logFile) return;
  const origin = (new Error().stack ?? '')
    .split('\n')
    .slice(1)
    .map((line) => line.trim())
    .filter((line) => !line.includes('egress-recorder') && !line.includes('node:'))
    .slice(0, 6);
  fs.appendFileSync(logFile, `${JSON.stringify({ ...entry, pid: process.pid, origin })}\n`);
}

interface ConnectOptions {
  host?: string;
  port?: number | string;
  path?: string | null;
}

/** The target of any of `connect`'s call shapes: (options), (port, host), (path), or net's normalized [options, cb]. */
function targetOf(args: unknown[]): { host: string; port?: number } | null {
  let first = args[0];
  if (Array.isArray(first)) first = first[0];
  if (typeof first === 'object' && first !== null) {
    const options = first as ConnectOptions;
    if (options.path) return null; // a local (Unix) socket, as net decides it: no network
    return { host: options.host ?? 'localhost', port: options.port === undefined ? undefined : Number(options.port) };
  }
  if (typeof first === 'number' || (typeof first === 'string' && /^\d+$/.test(first))) {
    return { host: typeof args[1] === 'string' ? args[1] : 'localhost', port: Number(first) };
  }
  return null; // a path string
}

function wrapConnect<T>(original: T, kind: 'connect' | 'tls', via: string): T {
  const call = original as (...a: unknown[]) => unknown;
  return function (this: unknown, ...args: unknown[]) {
    const target = targetOf(args);
    if (target) record({ kind, via, ...target });
    return call.apply(this, args);
  } as T;
}

function wrapDns(target: Record<string, unknown>, name: string, via: string): void {
  const original = target[name];
  if (typeof original !== 'function') return;
  target[name] = function (this: unknown, ...args: unknown[]) {
    if (typeof args[0] === 'string') record({ kind: 'dns', via: `${via}.${name}`, host: args[0] });
    return (original as (...a: unknown[]) => unknown).apply(this, args);
  };
}

net.Socket.prototype.connect = wrapConnect(net.Socket.prototype.connect, 'connect', 'net.Socket.connect');
net.connect = wrapConnect(net.connect, 'connect', 'net.connect');
net.createConnection = wrapConnect(net.createConnection, 'connect', 'net.createConnection');
tls.connect = wrapConnect(tls.connect, 'tls', 'tls.connect');

const dnsModule = dns as unknown as Record<string, unknown>;
const dnsPromises = dns.promises as unknown as Record<string, unknown>;
for (const name of Object.keys(dnsModule)) if (name === 'lookup' || name.startsWith('resolve')) wrapDns(dnsModule, name, 'dns');
for (const name of Object.keys(dnsPromises))
  if (name === 'lookup' || name.startsWith('resolve')) wrapDns(dnsPromises, name, 'dns.promises');
for (const resolver of [dns.Resolver.prototype, dns.promises.Resolver.prototype] as unknown as Record<string, unknown>[]) {
  for (const name of Object.getOwnPropertyNames(resolver)) if (name.startsWith('resolve')) wrapDns(resolver, name, 'dns.Resolver');
}
// `import { connect } from 'node:net'` in a module loaded after this one sees the wrapped functions too.
syncBuiltinESMExports();
