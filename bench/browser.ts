/**
 * Real Chromium for the benchmark: the same binary and flags as the e2e harness (test/e2e/harness/chromium.ts),
 * with or without the built extension, pages served from memory by route interception (no network).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type CDPSession, type Page, type Worker } from 'playwright-core';
import { CHROMIUM, CHROMIUM_ARGS, countMessages as countMessagesIn } from '../test/e2e/harness/chromium';
import { DIST } from '../test/e2e/harness/pages';
import { networkArgs } from './network';

export interface Session {
  ctx: BrowserContext;
  extensionId: string | null;
  /** URL → HTML served for it; anything else is refused. */
  serve: Map<string, string>;
  worker(): Promise<Worker>;
  close(): Promise<void>;
}

/**
 * Chromium with the built extension (or another build of it, e.g. the empty-content-script floor), or none.
 * Pages come from `serve` by route interception, or, given a loopback network's port, over real HTTPS from it.
 */
export async function launch(withExtension: boolean | string, networkPort?: number): Promise<Session> {
  const profile = mkdtempSync(join(tmpdir(), 'ban-radar-bench-'));
  const dir = typeof withExtension === 'string' ? withExtension : DIST.chrome;
  const args = withExtension
    ? [...CHROMIUM_ARGS, `--disable-extensions-except=${dir}`, `--load-extension=${dir}`]
    : [...CHROMIUM_ARGS, '--disable-extensions'];
  if (networkPort !== undefined) args.push(...networkArgs(networkPort));
  const ctx = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM, headless: true, args, ignoreHTTPSErrors: networkPort !== undefined });
  const serve = new Map<string, string>();
  if (networkPort === undefined) await ctx.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith('chrome-extension://')) return route.continue();
    const html = serve.get(url);
    if (html !== undefined) return route.fulfill({ contentType: 'text/html; charset=utf-8', body: html });
    return route.abort('blockedbyclient');
  });
  const worker = async () => ctx.serviceWorkers()[0] ?? (await ctx.waitForEvent('serviceworker'));
  const extensionId = withExtension ? new URL((await worker()).url()).host : null;
  return {
    ctx,
    extensionId,
    serve,
    worker,
    async close() {
      await ctx.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function serviceWorkerTargets(cdp: CDPSession) {
  return (await cdp.send('Target.getTargets')).targetInfos.filter((t) => t.type === 'service_worker');
}

/** Stops the extension's service worker (as the browser does when it is idle) and waits until it is gone. */
export async function stopServiceWorker(s: Session, via: Page): Promise<void> {
  const cdp = await s.ctx.newCDPSession(via);
  await cdp.send('ServiceWorker.enable');
  // An event still on its way (the last page's report, the closed tab) can start the worker again at once:
  // stop it again until it stays stopped.
  for (let i = 0; i < 500; i++) {
    if (i % 20 === 0) await cdp.send('ServiceWorker.stopAllWorkers');
    await sleep(10);
    if ((await serviceWorkerTargets(cdp)).length === 0) break;
  }
  if ((await serviceWorkerTargets(cdp)).length > 0) throw new Error('the service worker did not stop');
  await cdp.detach();
}

/** Counts messages reaching the background from now on (the test harness's counter). */
export const countMessages = (s: Session) => countMessagesIn(s.worker);

/**
 * The service worker's V8 heap, over the DevTools protocol: a page's session attaches to the worker target
 * (non-flattened, since playwright's CDPSession cannot address a child session) and asks Runtime.getHeapUsage,
 * before and after a forced garbage collection.
 */
export async function workerHeap(s: Session, via: Page): Promise<{ usedBytes: number; totalBytes: number; usedAfterGcBytes: number; totalAfterGcBytes: number } | { unavailable: string }> {
  const cdp = await s.ctx.newCDPSession(via);
  try {
    const [target] = await serviceWorkerTargets(cdp);
    if (!target) return { unavailable: 'no service-worker target' };
    const { sessionId } = await cdp.send('Target.attachToTarget', { targetId: target.targetId, flatten: false });
    const pending = new Map<number, (v: { result?: Record<string, number>; error?: unknown }) => void>();
    cdp.on('Target.receivedMessageFromTarget', (e: { message: string }) => {
      const m = JSON.parse(e.message) as { id?: number; result?: Record<string, number>; error?: unknown };
      if (m.id !== undefined) pending.get(m.id)?.(m);
    });
    let next = 1;
    const call = (method: string) =>
      new Promise<{ result?: Record<string, number>; error?: unknown }>((resolve) => {
        const id = next++;
        pending.set(id, resolve);
        void cdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method, params: {} }) });
      });
    const before = await call('Runtime.getHeapUsage');
    await call('HeapProfiler.collectGarbage');
    const after = await call('Runtime.getHeapUsage');
    if (!before.result || !after.result) return { unavailable: `Runtime.getHeapUsage failed: ${JSON.stringify(before.error ?? after.error)}` };
    await cdp.send('Target.detachFromTarget', { sessionId }).catch(() => undefined);
    return {
      usedBytes: before.result.usedSize!,
      totalBytes: before.result.totalSize!,
      usedAfterGcBytes: after.result.usedSize!,
      totalAfterGcBytes: after.result.totalSize!,
    };
  } catch (e) {
    return { unavailable: String(e) };
  } finally {
    await cdp.detach().catch(() => undefined);
  }
}

/**
 * Resolves once the extension's content script has been injected into `page` (its isolated world is created
 * right before the script runs, and the script's first scan is synchronous). Call before navigating.
 */
export async function whenContentScriptRuns(s: Session, page: Page): Promise<{ ready: Promise<void>; detach(): Promise<void> }> {
  const cdp = await s.ctx.newCDPSession(page);
  const origin = `chrome-extension://${s.extensionId}`;
  let resolve!: () => void;
  const ready = new Promise<void>((r) => (resolve = r));
  cdp.on('Runtime.executionContextCreated', (e: { context: { origin: string; auxData?: { type?: string } } }) => {
    if (e.context.origin === origin && e.context.auxData?.type === 'isolated') resolve();
  });
  await cdp.send('Runtime.enable');
  return { ready, detach: () => cdp.detach().catch(() => undefined) };
}
