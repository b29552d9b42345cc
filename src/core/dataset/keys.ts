/** The lookup key of a store listing. Kept apart from the compiler so that runtime code does not pull in zod. */
export function listingKey(store: string, id: string): string {
  return `${store}:${id}`;
}
