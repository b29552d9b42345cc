/** What ships: the built manifests and bundles (needs `npm run build`). */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIST } from './harness/pages';

const manifest = (b: 'chrome' | 'firefox') => JSON.parse(readFileSync(join(DIST[b], 'manifest.json'), 'utf8'));
function jsFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? jsFiles(full) : name.endsWith('.js') ? [full] : [];
  });
}

describe.each(['chrome', 'firefox'] as const)('the %s build', (b) => {
  const m = manifest(b);
  it('asks only for storage, exposes nothing to pages, and cannot be messaged from the web', () => {
    expect(m.manifest_version).toBe(3);
    expect(m.permissions).toEqual(['storage']);
    expect(m.host_permissions ?? []).toEqual([]);
    expect(m.optional_permissions ?? []).toEqual([]);
    expect(m.web_accessible_resources).toBeUndefined();
    expect(m.externally_connectable).toBeUndefined();
    expect(m.content_security_policy.extension_pages).toMatch(/script-src 'self'/);
    // Nothing but the package itself can be read: no network, whatever the code does.
    expect(m.content_security_policy.extension_pages).toMatch(/connect-src 'self'/);
  });
  it('ships one self-contained classic content script per store, each within 12 KB gzip', () => {
    expect(m.content_scripts.length).toBeGreaterThanOrEqual(11);
    for (const cs of m.content_scripts) {
      expect(cs.js).toHaveLength(1);
      const code = readFileSync(join(DIST[b], cs.js[0]), 'utf8');
      expect(code, cs.js[0]).not.toMatch(/\bimport\s*\(|^\s*import\s|\bexport\s*\{/m);
      expect(gzipSync(code).length, cs.js[0]).toBeLessThan(12 * 1024);
    }
  });
  it('contains no network or code-evaluation call anywhere (one read of the package\'s own files, in the worker)', () => {
    // The only fetch: background/ownFiles.ts, of runtime.getURL(…) — the extension's own origin.
    const OWN_FILE = /\bfetch\([\w$]+(?:\.default)?\.runtime\.getURL\([\w$]+\)\)/g;
    let ownFileReads = 0;
    for (const file of jsFiles(DIST[b])) {
      const raw = readFileSync(file, 'utf8');
      ownFileReads += raw.match(OWN_FILE)?.length ?? 0;
      const code = raw.replace(OWN_FILE, '');
      expect(code, file).not.toMatch(/\bfetch\(|XMLHttpRequest|sendBeacon|new WebSocket|EventSource\(|\beval\(|new Function\(|importScripts\(/);
      expect(code, file).not.toMatch(/\.innerHTML\s*=|insertAdjacentHTML|document\.write\(/);
    }
    expect(ownFileReads).toBe(1);
  });
});

describe('browser-specific manifests', () => {
  it('Chrome runs a service worker; Firefox background scripts with gecko settings', () => {
    expect(manifest('chrome').background).toEqual({ service_worker: 'service-worker-loader.js', type: 'module' });
    expect(manifest('chrome').browser_specific_settings).toBeUndefined();
    const ff = manifest('firefox');
    expect(ff.background.scripts).toHaveLength(1);
    expect(ff.browser_specific_settings.gecko).toMatchObject({
      id: expect.stringMatching(/@/),
      strict_min_version: expect.any(String),
      data_collection_permissions: { required: ['none'] },
    });
  });
});
