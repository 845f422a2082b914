import type http from 'node:http';
import type { Credentials } from './auth.ts';

export function headerValue(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

/**
 * The credentials a request presents (the address is the peer's; proxies in front are not trusted).
 * An `x-api-key` header counts as `Bearer <key>`, so the gateway forwards it like any credential.
 */
export function credentialsOf(req: http.IncomingMessage, trustedProxies: readonly string[] = []): Credentials {
  const apiKey = headerValue(req.headers['x-api-key']);
  const authorization = headerValue(req.headers.authorization) ?? (apiKey ? `Bearer ${apiKey}` : undefined);
  return { authorization, address: clientAddress(req, trustedProxies), language: headerValue(req.headers['accept-language']) };
}

/**
 * The client's address: the peer's, or — when the peer is a trusted proxy (the gateway, a load
 * balancer) — the first address of its X-Forwarded-For. An untrusted peer cannot choose its address.
 */
export function clientAddress(req: http.IncomingMessage, trustedProxies: readonly string[]): string | undefined {
  const peer = req.socket.remoteAddress;
  const forwarded = headerValue(req.headers['x-forwarded-for'])?.split(',')[0]?.trim();
  return forwarded && peer && trustedProxies.includes(peer) ? forwarded : peer;
}
