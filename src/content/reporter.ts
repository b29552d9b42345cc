/**
 * Reporting to the background, the content script's last part: what the page shows, one message per page
 * state or batch of new apps. Messages wait for the page's load event (waking the worker and updating the
 * toolbar while the page is still loading would compete with it), for the stored settings (a store the user
 * turned off must not set the toolbar) and for the flag table (the page's badges come first); then they leave in
 * a task of their own, after the badges were drawn.
 */
import type { AppIdentity, PageKind } from '../core/identity';
import { MAX_APPS_PER_MESSAGE, type PageStateMessage } from '../core/messages';

const appKey = (a: AppIdentity) => `${a.store}:${a.id}`;

export class Reporter {
  private held: PageStateMessage[] = [];
  private loaded: boolean;
  private settingsRead = false;
  private queued = false;
  /** The page kind last reported, and the apps reported with it. */
  private sentPage: PageKind | null = null;
  private readonly sentApps = new Set<string>();

  constructor(
    private readonly send: (m: PageStateMessage) => void,
    loaded: boolean,
    private readonly later: (fn: () => void) => void = (fn) => setTimeout(fn, 0),
  ) {
    this.loaded = loaded;
  }

  /** The page's load event has passed. */
  pageLoaded(): void {
    this.loaded = true;
    this.flush();
  }

  /** Drops the reports not sent yet (made under settings that no longer hold) and forgets what was sent. */
  discard(): void {
    this.held.length = 0;
    this.forget();
  }

  /** The stored settings and the flag table were read (this page's badges are drawn): held reports may leave. */
  ready(): void {
    this.settingsRead = true;
    this.flush();
  }

  /** Forget what was reported: the next sync reports the whole page (a new page, a page back from the cache). */
  forget(): void {
    this.sentPage = null;
    this.sentApps.clear();
  }

  /** Whether this page kind was reported (then only new apps are worth a sync). */
  reported(page: PageKind): boolean {
    return this.sentPage === page;
  }

  /** Tells the background what is new: the whole page when its kind changed, else only apps not sent yet. */
  sync(url: string, page: PageKind, apps: readonly AppIdentity[]): void {
    if (this.sentPage !== page) {
      this.sentPage = page;
      this.sentApps.clear();
      apps.forEach((a) => this.sentApps.add(appKey(a)));
      return this.hold({ url, page, apps: [...apps], append: false });
    }
    const fresh = apps.filter((a) => !this.sentApps.has(appKey(a)));
    if (!fresh.length) return;
    fresh.forEach((a) => this.sentApps.add(appKey(a)));
    this.hold({ url, page, apps: fresh, append: true });
  }

  private hold(message: Omit<PageStateMessage, 'type'>): void {
    for (let i = 0; i < Math.max(1, message.apps.length); i += MAX_APPS_PER_MESSAGE) {
      const apps = message.apps.slice(i, i + MAX_APPS_PER_MESSAGE);
      this.held.push({ type: 'page-state', ...message, apps, append: message.append || i > 0 });
    }
    if (this.queued) return;
    this.queued = true;
    this.later(() => {
      this.queued = false;
      this.flush();
    });
  }

  private flush(): void {
    if (this.loaded && this.settingsRead) for (const m of this.held.splice(0)) this.send(m);
  }
}
