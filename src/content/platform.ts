/**
 * The few extension APIs the content script uses, without the polyfill (the script must stay small
 * and self-contained). Chrome's MV3 `chrome.*` and Firefox's `browser.*` both return promises here.
 */
interface RuntimeLike {
  id?: string;
  getURL(path: string): string;
  sendMessage(message: unknown): Promise<unknown>;
  onMessage: {
    addListener(cb: (message: unknown, sender: { id?: string; url?: string }, sendResponse: (r: unknown) => void) => boolean | void): void;
  };
}
interface StorageAreaLike {
  get(keys: string | string[]): Promise<Record<string, unknown>>;
}
interface ExtensionApi {
  runtime: RuntimeLike;
  storage: {
    local: StorageAreaLike;
    onChanged: { addListener(cb: (changes: Record<string, { newValue?: unknown }>, area: string) => void): void };
  };
  i18n: { getUILanguage(): string; getMessage(name: string, substitutions?: string[]): string };
}

const g = globalThis as unknown as { browser?: ExtensionApi; chrome?: ExtensionApi };
let api: ExtensionApi | undefined | null = null;
/**
 * The extension API, looked up on first use: the browser builds its bindings lazily, and a page that is still
 * loading should not pay for that before the content script needs them (see the two phases in run.ts).
 */
export function ext(): ExtensionApi | undefined {
  if (api === null) api = g.browser?.runtime?.id ? g.browser : g.chrome?.runtime?.id ? g.chrome : undefined;
  return api;
}

/** Sends a message; a worker that is restarting or an extension that was reloaded must not break the page. */
export async function send(message: unknown): Promise<unknown> {
  try {
    return await ext()?.runtime.sendMessage(message);
  } catch {
    return undefined;
  }
}

let language: string | undefined;
/** The browser's UI language, asked once: it cannot change while a page is open, and each call crosses into the browser's bindings. */
export function uiLanguage(): string {
  if (language !== undefined) return language;
  try {
    return (language = ext()?.i18n.getUILanguage() || 'en');
  } catch {
    return 'en';
  }
}
