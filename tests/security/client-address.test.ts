import type http from 'node:http';
import { describe, expect, it } from 'vitest';
import { clientAddress } from '../../platform/credentials.ts';

const request = (peer: string, forwarded?: string) =>
  ({ socket: { remoteAddress: peer }, headers: forwarded ? { 'x-forwarded-for': forwarded } : {} }) as unknown as http.IncomingMessage;

describe('the client address behind proxies', () => {
  const trusted = ['10.0.0.5', '127.0.0.1'];

  it('believes X-Forwarded-For only from a trusted proxy, and takes its first address', () => {
    expect(clientAddress(request('10.0.0.5', '198.51.100.9, 10.0.0.7'), trusted)).toBe('198.51.100.9');
    expect(clientAddress(request('127.0.0.1', '198.51.100.10'), trusted)).toBe('198.51.100.10');
  });

  it('keeps the peer address when the peer is not trusted, whatever it claims', () => {
    expect(clientAddress(request('192.0.2.44', '198.51.100.9'), trusted)).toBe('192.0.2.44');
    expect(clientAddress(request('192.0.2.44', '198.51.100.9'), [])).toBe('192.0.2.44');
  });

  it('keeps the peer address when a trusted proxy forwards nothing', () => {
    expect(clientAddress(request('10.0.0.5'), trusted)).toBe('10.0.0.5');
  });
});
