/**
 * The dataset's source schema: what a reviewer writes under data/.
 * Every file is validated against these shapes at build time; cross-file rules
 * (references, duplicate ids, status versus dates) live in validate.ts.
 */
import { z } from 'zod';
import { GROUNDS, MEASURES, SCOPES, SOURCE_KINDS, STATUSES, STORES } from './vocabulary';

export * from './vocabulary';

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
export const isoDate = z.string().refine((s) => {
  const m = DATE_RE.exec(s);
  if (!m) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}, 'must be a real date written YYYY-MM-DD');

export const httpsUrl = z.string().refine((s) => {
  try {
    const u = new URL(s);
    return u.protocol === 'https:' && u.hostname.includes('.') && !u.username && !u.password;
  } catch {
    return false;
  }
}, 'must be an absolute https:// URL');

const text = z.string().trim().min(1, 'must not be empty');
const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lower-case words joined by hyphens');

export const SourceSchema = z
  .object({
    url: httpsUrl,
    publisher: text,
    title: text,
    date: isoDate,
    /** What kind of publisher this is; the source policy (data/source-policy.yaml) is checked against it. */
    kind: z.enum(SOURCE_KINDS),
    /** The issuing government's own document (notice, register, statute, order, court). */
    official: z.boolean().default(false),
    /** What we could and could not check about this source. */
    note: text.optional(),
  })
  .strict();
export type Source = z.infer<typeof SourceSchema>;

const sources = z.array(SourceSchema).min(1, 'needs at least one source');

export const StatusEntrySchema = z
  .object({
    status: z.enum(STATUSES),
    from: isoDate,
    note: text.optional(),
    sources: z.array(SourceSchema).optional(),
  })
  .strict();

export const ActionSchema = z
  .object({
    id: slug,
    jurisdiction: z.string().regex(/^[A-Z]{2}(?:-[A-Z0-9]{1,3})?$/, 'must be an ISO 3166-1 or 3166-2 code'),
    authority: text,
    instrument: text,
    /** Optional short name of the same instrument for one-line headlines, e.g. "Section 69A of the IT Act". */
    instrumentShort: text.optional(),
    title: text,
    summary: text,
    measure: z.enum(MEASURES),
    scope: z.enum(SCOPES),
    scopeNote: text.optional(),
    grounds: z.array(z.enum(GROUNDS)).min(1),
    announced: isoDate,
    effective: isoDate.nullable(),
    ended: isoDate.nullable(),
    /** Chronological; the last entry is today's status. */
    history: z.array(StatusEntrySchema).min(1, 'needs at least one status'),
    /** The day today's status (the last history entry) was last confirmed against a source. */
    checked: isoDate,
    targets: z
      .object({
        /** App names exactly as the action published them, spelling and order kept. */
        names: z.array(text),
        /** How many apps the action itself said it covered; null when it gave no number. */
        publishedCount: z.number().int().positive().nullable(),
        /** Whether `names` is the whole published list. */
        complete: z.boolean(),
        /**
         * Names the government did not publish but established press reported (with officials as their source),
         * e.g. platforms blocked with no list issued. Apps may answer to them; they are shown as reported, never as
         * published. Exact spellings as reported.
         */
        reported: z.array(text).default([]),
        /** Operators whose every app the action reaches (e.g. a statute naming a company). */
        operators: z.array(slug).default([]),
        note: text.optional(),
      })
      .strict(),
    revokes: z.array(slug).default([]),
    sources,
    /** What we could not verify, said plainly. */
    caveats: z.array(text).default([]),
  })
  .strict();
export type ActionSource = z.infer<typeof ActionSchema>;

export const ListingSchema = z
  .object({
    store: z.enum(STORES),
    id: text,
    source: SourceSchema,
    note: text.optional(),
  })
  .strict();

export const AppSchema = z
  .object({
    id: slug,
    name: text,
    aliases: z.array(text).default([]),
    /** A name unusual enough that a store title equal to it very likely is this app. */
    distinctiveName: z.boolean().default(false),
    listings: z.array(ListingSchema).default([]),
    answersTo: z
      .array(
        z
          .object({
            action: slug,
            /** The published names (as in the action) that refer to this app. */
            names: z.array(text).min(1),
            note: text.optional(),
          })
          .strict(),
      )
      .default([]),
  })
  .strict();
export type AppSource = z.infer<typeof AppSchema>;

export const OPERATOR_LISTS = [
  'bis-entity-list',
  'icts-final-determination',
  'fcc-covered-list',
  'dod-1260h',
  'ofac-sdn',
  'other',
] as const;

export const OperatorFileSchema = z
  .object({
    operator: z
      .object({
        id: slug,
        name: text,
        /** Where the operator is based; left out when no source settles it. */
        country: z.string().regex(/^[A-Z]{2}$/, 'must be an ISO 3166-1 alpha-2 code').optional(),
        parent: z.object({ name: text, country: z.string().regex(/^[A-Z]{2}$/) }).strict().optional(),
        /** Developer names exactly as stores show them; used for publisher matching. */
        developerNames: z.array(text).default([]),
        lists: z
          .array(
            z
              .object({ list: z.enum(OPERATOR_LISTS), entity: text, date: isoDate, sources })
              .strict(),
          )
          .default([]),
      })
      .strict(),
    apps: z.array(AppSchema).default([]),
  })
  .strict();
export type OperatorFile = z.infer<typeof OperatorFileSchema>;

export const StatementSchema = z
  .object({ text, by: text, date: isoDate, sources })
  .strict();
export type Statement = z.infer<typeof StatementSchema>;

export const NoteSchema = z
  .object({
    id: slug,
    topic: text,
    apps: z.array(slug).default([]),
    operators: z.array(slug).default([]),
    claim: StatementSchema,
    /** The company's answer; null only with `responseNote` saying none was found. */
    response: StatementSchema.nullable(),
    responseNote: text.optional(),
    findings: z.array(StatementSchema).default([]),
  })
  .strict();
export type NoteSource = z.infer<typeof NoteSchema>;

export const JurisdictionsSchema = z.record(
  z.string().regex(/^[A-Z]{2}(?:-[A-Z0-9]{1,3})?$/),
  z.object({ name: text, parent: z.string().optional() }).strict(),
);

export const DatasetMetaSchema = z
  .object({
    version: z.string().regex(/^\d{4}\.\d{2}\.\d{2}(?:\.\d+)?$/, 'must look like 2026.11.22'),
    asOf: isoDate,
    reportUrl: httpsUrl,
  })
  .strict();

/** The published dataset (dist/dataset.json): every source file's content, grouped. */
export const PublishedDatasetSchema = z
  .object({
    meta: DatasetMetaSchema,
    jurisdictions: JurisdictionsSchema,
    actions: z.array(ActionSchema),
    operators: z.array(OperatorFileSchema),
    notes: z.array(NoteSchema),
  })
  .strict();
