/**
 * Two builds from the one manifest.json: `vite build` → dist/chrome (service worker),
 * `vite build --mode firefox` → dist/firefox (background scripts, gecko settings).
 *
 * crxjs builds the background, popup and options pages. The content scripts are built apart, one
 * self-contained IIFE per store: a module shared with another entry would otherwise become a chunk that
 * crxjs lists in web_accessible_resources, where any store page could fetch it and detect the extension.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
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

/**
 * Where the compiled dataset comes from and the build goes. The growth bench (`npm run bench -- --scale`) points
 * these elsewhere to build the extension with a generated dataset; everything else uses the defaults.
 */
const GENERATED = process.env.BAN_RADAR_GENERATED ?? resolve(import.meta.dirname, 'src/generated');
const OUT = process.env.BAN_RADAR_OUT ?? resolve(import.meta.dirname, 'dist');
const generatedAlias = [{ find: /^(?:\.\.\/)+generated\//, replacement: `${GENERATED}/` }];
const pkg = JSON.parse(readFileSync(resolve(import.meta.dirname, 'package.json'), 'utf8')) as { version: string };

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

/**
 * Builds one content script per store (`content/<store>.js`), each with only its own store module, and
 * lists each in the emitted manifest for that store's match patterns: a page gets only the code it needs.
 */
function contentScripts(browser: Browser, outDir: string): Plugin {
  return {
    name: 'ban-radar-content-scripts',
    apply: 'build',
    async closeBundle() {
      // Written by scripts/list-stores.ts (part of `npm run build`).
      const stores = JSON.parse(readFileSync(resolve(GENERATED, 'stores.json'), 'utf8')) as {
        id: string;
        exportName: string;
        file: string;
        matches: string[];
      }[];
      const entries = resolve(import.meta.dirname, '.build/content');
      mkdirSync(entries, { recursive: true });
      const [template] = source.content_scripts;
      const scripts: Manifest['content_scripts'] = [];
      for (const { id, exportName, file, matches } of stores) {
        const entry = resolve(entries, `${id}.ts`);
        writeFileSync(
          entry,
          `import { startContentScript } from '../../src/content/run';\nimport { ${exportName} } from '../../src/core/stores/${file}';\nstartContentScript(${exportName});\n`,
        );
        await build({
          configFile: false,
          logLevel: 'warn',
          resolve: { alias: generatedAlias },
          build: {
            outDir,
            emptyOutDir: false,
            target: browser === 'firefox' ? 'firefox128' : 'chrome120',
            minify: true,
            lib: { entry, formats: ['iife'], name: 'banRadarContent', fileName: () => `content/${id}.js` },
          },
        });
        scripts.push({ ...template!, matches, js: [`content/${id}.js`] });
      }
      const manifestPath = resolve(outDir, 'manifest.json');
      const emitted = JSON.parse(readFileSync(manifestPath, 'utf8')) as Manifest;
      emitted.content_scripts = scripts;
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
  const outDir = resolve(OUT, browser);
  return {
    resolve: { alias: generatedAlias },
    plugins: [noPreactHtmlSink(), preact(), crx({ manifest: manifestFor(browser) as unknown as ManifestV3Export, browser }), contentScripts(browser, outDir)],
    build: {
      outDir,
      emptyOutDir: true,
      target: browser === 'firefox' ? 'firefox128' : 'chrome120',
      sourcemap: false,
      // Extension pages load their modules directly; no preload polyfill (it would bring a fetch() call).
      modulePreload: { polyfill: false },
      // The explore page is an extension page the manifest does not name (opened from the popup and options).
      rollupOptions: {
        input: { explore: resolve(import.meta.dirname, 'src/explore/index.html') },
        // Few files per page: an extension page pays for every module file it loads (see the README's popup figures).
        output: {
          codeSplitting: {
            groups: [
              { name: 'core', test: /[\\/](src[\\/]core|webextension-polyfill)[\\/]/ },
              { name: 'ui', test: /[\\/](preact|src[\\/]ui)[\\/]|[\\/]src[\\/]popup[\\/]VerdictView/ },
            ],
          },
        },
      },
    },
    server: { cors: { origin: [/chrome-extension:\/\//] } },
  };
});
