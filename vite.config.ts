/**
 * Two builds from the one manifest.json: `vite build` → dist/chrome (service worker),
 * `vite build --mode firefox` → dist/firefox (background scripts, gecko settings).
 *
 * crxjs builds the background, popup and options pages. The content script is built apart, as one
 * self-contained IIFE: a module shared with another entry would otherwise become a chunk that crxjs
 * lists in web_accessible_resources, where any store page could fetch it and detect the extension.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { crx, type ManifestV3Export } from '@crxjs/vite-plugin';
import preact from '@preact/preset-vite';
import { build, defineConfig, type Plugin } from 'vite';

type Browser = 'chrome' | 'firefox';
type Manifest = Record<string, unknown> & {
  background: { service_worker?: string; scripts?: string[]; type?: string };
  content_scripts: { matches: string[]; js: string[]; run_at?: string }[];
};

const source = JSON.parse(readFileSync(resolve(import.meta.dirname, 'manifest.json'), 'utf8')) as Manifest;
const pkg = JSON.parse(readFileSync(resolve(import.meta.dirname, 'package.json'), 'utf8')) as { version: string };
const CONTENT_FILE = 'content.js';

/** The manifest crxjs sees: no content scripts (built separately), background per browser. */
function manifestFor(browser: Browser): Manifest {
  const { content_scripts: _omitted, browser_specific_settings, background, ...rest } = source;
  const worker = background.service_worker!;
  return {
    ...rest,
    version: pkg.version,
    background: browser === 'firefox' ? { scripts: [worker], type: 'module' } : { service_worker: worker, type: 'module' },
    ...(browser === 'firefox' ? { browser_specific_settings } : {}),
  } as unknown as Manifest;
}

function contentScript(browser: Browser, outDir: string): Plugin {
  return {
    name: 'ban-radar-content-script',
    apply: 'build',
    async closeBundle() {
      await build({
        configFile: false,
        logLevel: 'warn',
        build: {
          outDir,
          emptyOutDir: false,
          target: browser === 'firefox' ? 'firefox128' : 'chrome120',
          minify: true,
          lib: { entry: resolve(import.meta.dirname, 'src/content/main.ts'), formats: ['iife'], name: 'banRadarContent', fileName: () => CONTENT_FILE },
          rollupOptions: { output: { extend: false } },
        },
      });
      const manifestPath = resolve(outDir, 'manifest.json');
      const emitted = JSON.parse(readFileSync(manifestPath, 'utf8')) as Manifest;
      emitted.content_scripts = source.content_scripts.map((cs) => ({ ...cs, js: [CONTENT_FILE] }));
      writeFileSync(manifestPath, `${JSON.stringify(emitted, null, 2)}\n`);
    },
  };
}

/**
 * Preact's renderer carries one `innerHTML =` assignment, for `dangerouslySetInnerHTML`, which this project
 * bans by lint rule. Removing it keeps the shipped code free of HTML sinks (and `web-ext lint` free of
 * UNSAFE_VAR_ASSIGNMENT). The build fails if Preact's code no longer has exactly that one assignment.
 */
function noPreactHtmlSink(): Plugin {
  const ASSIGNMENT = /\(\s*([A-Za-z_$][\w$]*)\.innerHTML\s*=\s*([A-Za-z_$][\w$]*)\.__html\s*\)/g;
  return {
    name: 'ban-radar-no-preact-html-sink',
    enforce: 'pre',
    transform(code, id) {
      if (!/[\\/]preact[\\/]dist[\\/]preact\.m?js$/.test(id.split('?')[0]!)) return null;
      const found = code.match(ASSIGNMENT)?.length ?? 0;
      if (found !== 1) this.error(`expected one dangerouslySetInnerHTML assignment in ${id}, found ${found}`);
      return { code: code.replace(ASSIGNMENT, '(void 0)'), map: null };
    },
  };
}

export default defineConfig(({ mode }) => {
  const browser: Browser = mode === 'firefox' ? 'firefox' : 'chrome';
  const outDir = resolve(import.meta.dirname, 'dist', browser);
  return {
    plugins: [noPreactHtmlSink(), preact(), crx({ manifest: manifestFor(browser) as unknown as ManifestV3Export, browser }), contentScript(browser, outDir)],
    build: { outDir, emptyOutDir: true, target: browser === 'firefox' ? 'firefox128' : 'chrome120', sourcemap: false },
    server: { cors: { origin: [/chrome-extension:\/\//] } },
  };
});
