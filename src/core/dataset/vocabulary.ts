/** The dataset's fixed vocabularies. Zod-free, so that runtime code can import them cheaply. */

export const STORES = [
  'google-play',
  'app-store',
  'microsoft-store',
  'galaxy-store',
  'appgallery',
  'amazon-appstore',
  'getapps',
  'apkmirror',
  'apkpure',
  'uptodown',
  'aptoide',
] as const;
export type StoreId = (typeof STORES)[number];

/**
 * Status of an action today; the last entry of its history.
 * `satisfied`: a forced-sale (or other conditional) measure whose condition was met, e.g. by a divestiture, so
 * nothing is pending against the app. `void`: a law that ceased to apply by its own terms.
 */
export const STATUSES = [
  'in-force',
  'proposed',
  'enjoined',
  'suspended',
  'revoked',
  'lifted',
  'expired',
  'satisfied',
  'void',
] as const;
export type Status = (typeof STATUSES)[number];
/** Statuses that end an action: they need an `ended` date equal to the day they began. */
export const ENDING_STATUSES: readonly Status[] = ['revoked', 'lifted', 'expired', 'satisfied', 'void'];

/** Who the measure reaches. */
export const SCOPES = ['public', 'government-devices', 'new-downloads', 'limited'] as const;
export type Scope = (typeof SCOPES)[number];

/** What the action does to the apps it names. `revoke` actions name no apps; they end other actions. */
export const MEASURES = ['block', 'restrict', 'divest', 'revoke'] as const;
export type Measure = (typeof MEASURES)[number];

export const GROUNDS = [
  'national-security',
  'data-protection',
  'foreign-control',
  'content',
  'public-order',
  'gambling',
  'fraud',
  'sanctions',
  'terrorism',
  'child-safety',
  'registration',
] as const;


/**
 * What kind of publisher a source is. `official` is the acting government's own document (notice, gazette,
 * register, ministry statement); `court`, `legislature` and `regulator` are those bodies' own pages; `press` an
 * established news organisation; `wire` a news agency (Reuters, AP, AFP…); `ngo` and `research` civil-society and
 * academic or technical work; `company` the app's maker or store; `other` anything else.
 */
export const SOURCE_KINDS = [
  'official',
  'court',
  'legislature',
  'regulator',
  'press',
  'wire',
  'ngo',
  'research',
  'company',
  'other',
] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];
/** Kinds that can carry an action (or a status change that bans, lifts or revokes) on their own. */
export const PRIMARY_SOURCE_KINDS: readonly SourceKind[] = ['official', 'court', 'legislature', 'regulator', 'press', 'wire'];
/** Kinds that are the acting body's own word: shown as "official" in the popup. */
export const OFFICIAL_SOURCE_KINDS: readonly SourceKind[] = ['official', 'court', 'legislature', 'regulator'];
