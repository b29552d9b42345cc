/**
 * A network for page-load measurements: the saved pages served over real HTTPS on loopback, every host name
 * mapped to it, with DevTools network throttling on each page. Anything not served gets an empty 404 after
 * the same round trip (a conservative stand-in for the images and scripts a real page would fetch: it makes the
 * page load faster than the real one, so a fixed cost weighs more, not less).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';

/** Lighthouse's desktop figures: 40 ms round trip, 10 Mbit/s. */
export const THROTTLING = { latencyMs: 40, kbps: 10 * 1024 } as const;

export interface LoopbackNetwork {
  port: number;
  /** URL → HTML. */
  serve: Map<string, string>;
  close(): Promise<void>;
}

/** A self-signed certificate made for this run only (the browser is told to accept it); needs `openssl`. */
function certificate(): { key: string; cert: string } {
  const dir = mkdtempSync(join(tmpdir(), 'ban-radar-bench-tls-'));
  try {
    execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '1', '-subj', '/CN=bench.invalid', '-keyout', join(dir, 'key.pem'), '-out', join(dir, 'cert.pem')], { stdio: 'ignore' });
    return { key: readFileSync(join(dir, 'key.pem'), 'utf8'), cert: readFileSync(join(dir, 'cert.pem'), 'utf8') };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export async function startNetwork(): Promise<LoopbackNetwork> {
  const serve = new Map<string, string>();
  const server = createServer(certificate(), (req, res) => {
    const html = serve.get(`https://${req.headers.host?.replace(/:\d+$/, '')}${req.url}`);
    res.setHeader('Cache-Control', 'no-store');
    if (html === undefined) return void res.writeHead(404).end();
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(html);
  });
  // Connections outlive the browser's idle keep-alive, so the browser never reuses one as the server closes it.
  server.keepAliveTimeout = 120_000;
  server.headersTimeout = 130_000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as AddressInfo).port,
    serve,
    close: () => new Promise<void>((resolve) => { server.closeAllConnections(); server.close(() => resolve()); }),
  };
}

/** Browser flags sending every host to the loopback network. */
export const networkArgs = (port: number) => [`--host-resolver-rules=MAP * 127.0.0.1:${port}`];

/** DevTools throttling for one page (set before it navigates). */
export async function throttle(page: Page): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  const bytesPerSecond = (THROTTLING.kbps * 1024) / 8;
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: THROTTLING.latencyMs, downloadThroughput: bytesPerSecond, uploadThroughput: bytesPerSecond });
}
