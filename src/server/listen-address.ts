// What the server is listening on, in the names people and browsers use: the URLs to print, the host
// names to answer to (the Host check), and whether other machines can reach it at all.
import { hostname, networkInterfaces } from 'node:os';
import { LOOPBACK_NAMES } from './request-guard.js';

const WILDCARDS: ReadonlySet<string> = new Set(['0.0.0.0', '::', '']);

export function isLoopback(host: string | undefined): boolean {
  return host === undefined || host === 'localhost' || host === '::1' || /^127\./.test(host);
}

/** The machine's own addresses (IPv4 first), for a server listening on every interface. */
function interfaceAddresses(): string[] {
  const all = Object.values(networkInterfaces()).flat().filter((a) => a !== undefined);
  return [...all.filter((a) => a.family === 'IPv4'), ...all.filter((a) => a.family !== 'IPv4')].map((a) => a.address);
}

/** Host names a server listening on `host` is reached by (plus the operator's `extra` names). */
export function servedHostNames(host: string | undefined, extra: readonly string[] = []): string[] {
  const names = new Set<string>(LOOPBACK_NAMES);
  if (host !== undefined && WILDCARDS.has(host)) {
    names.add(hostname().toLowerCase());
    for (const address of interfaceAddresses()) names.add(address.toLowerCase());
  } else if (host !== undefined) {
    names.add(host.toLowerCase());
  }
  for (const name of extra) names.add(name.toLowerCase());
  return [...names];
}

const urlHost = (address: string): string => (address.includes(':') ? `[${address}]` : address);

/** URLs to print: for every interface, its external addresses first; loopback as localhost. */
export function listenUrls(host: string | undefined, port: number): string[] {
  if (isLoopback(host)) return [`http://localhost:${port}`];
  if (host !== undefined && WILDCARDS.has(host)) {
    const external = interfaceAddresses().filter((a) => !isLoopback(a) && !a.startsWith('fe80:'));
    return [...external.map((a) => `http://${urlHost(a)}:${port}`), `http://localhost:${port}`];
  }
  return [`http://${urlHost(host as string)}:${port}`];
}
