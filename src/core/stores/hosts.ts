import type { StoreModule } from './types';

/** Whether a store module answers for a hostname: one of its hosts, or a subdomain of one of its suffixes. */
export function handlesHost(store: StoreModule, host: string): boolean {
  return (
    store.hosts.includes(host) ||
    (store.hostSuffixes ?? []).some((d) => host.length > d.length + 1 && host.endsWith(`.${d}`))
  );
}
