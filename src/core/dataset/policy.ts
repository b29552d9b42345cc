/**
 * The source policy (data/source-policy.yaml), applied to every source the dataset cites. Pure: the parsed policy
 * and the dataset's sources in, problems (file, field, host) out. compile.ts calls it once per build.
 */
import { z } from 'zod';
import { PRIMARY_SOURCE_KINDS, type SourceKind } from './vocabulary';

const host = z
  .string()
  .regex(/^[a-z0-9-]+(\.[a-z0-9-]+)+$/, 'must be a lower-case host name such as example.com');

export const SourcePolicySchema = z
  .object({
    refused: z.array(
      z
        .object({
          host,
          why: z.enum(['mirror', 'proxy', 'aggregator', 'tertiary', 'user-generated', 'anonymous-blog', 'content-farm', 'seo-blog', 'deprecated', 'cdn']),
          note: z.string().min(1).optional(),
        })
        .strict(),
    ),
    refusedHostPrefixes: z.array(z.string().regex(/^[a-z0-9-]+\.$/, 'must be a label followed by a dot, e.g. "mail."')),
    refusedPathSegments: z.array(z.string().regex(/^[a-z0-9-]+$/)),
    /** Last path segments that mark a copy, as regular expressions (e.g. Mint's AMP pages, `/amp-<id>.html`). */
    refusedLastSegments: z
      .array(
        z.string().refine((p) => {
          try {
            return new RegExp(p).source.length > 0;
          } catch {
            return false;
          }
        }, 'must be a regular expression'),
      )
      .default([]),
    /** Query parameters that only track how a reader arrived (`utm_source`…): an address carrying one is not canonical. */
    refusedQueryParameters: z.array(z.string().regex(/^[a-z0-9_]+$/)).default([]),
    stateControlled: z.array(z.object({ host, government: z.string().regex(/^[A-Z]{2}$/) }).strict()),
  })
  .strict();
export type SourcePolicy = z.infer<typeof SourcePolicySchema>;

/** A source as the policy sees it: where it is cited, and for which government's action. */
export interface CitedSource {
  file: string;
  field: string;
  url: string;
  kind: SourceKind;
  /** The acting jurisdiction (`US-TX` counts as `US`), or null outside actions (notes, operator lists). */
  jurisdiction: string | null;
}

export interface PolicyProblem {
  file: string;
  field: string;
  message: string;
}

/** The policy entry `hostname` falls under: the host itself or a parent domain. */
function entryFor<T extends { host: string }>(entries: readonly T[], hostname: string): T | undefined {
  return entries.find((e) => hostname === e.host || hostname.endsWith(`.${e.host}`));
}

function hostOf(url: string): { hostname: string; segments: string[]; params: string[] } | null {
  try {
    const u = new URL(url);
    return {
      hostname: u.hostname.toLowerCase().replace(/^www\./, ''),
      segments: u.pathname.toLowerCase().split('/'),
      params: [...u.searchParams.keys()].map((k) => k.toLowerCase()),
    };
  } catch {
    return null;
  }
}

/** The state the host speaks for, or null. */
export function stateControlledBy(policy: SourcePolicy, url: string): string | null {
  const h = hostOf(url);
  return h ? (entryFor(policy.stateControlled, h.hostname)?.government ?? null) : null;
}

/** The policy's last-segment patterns, compiled once per policy (the build checks every source against them). */
const lastSegmentPatterns = new WeakMap<SourcePolicy, RegExp[]>();
function lastSegmentPatternsOf(policy: SourcePolicy): RegExp[] {
  let patterns = lastSegmentPatterns.get(policy);
  if (!patterns) lastSegmentPatterns.set(policy, (patterns = policy.refusedLastSegments.map((p) => new RegExp(p))));
  return patterns;
}

/** One source's own problems: refused host, AMP/mail/CDN copy, a state outlet outside its own government. */
export function checkSource(policy: SourcePolicy, s: CitedSource): PolicyProblem[] {
  const h = hostOf(s.url);
  if (!h) return [];
  const problems: PolicyProblem[] = [];
  const add = (message: string) => problems.push({ file: s.file, field: `${s.field}.url`, message });
  const refused = entryFor(policy.refused, h.hostname);
  if (refused) {
    add(`host ${h.hostname} is refused by data/source-policy.yaml (${refused.why}${refused.note ? `: ${refused.note}` : ''}); cite the canonical article or the government's document`);
  }
  const prefix = policy.refusedHostPrefixes.find((p) => h.hostname.startsWith(p));
  if (prefix) add(`host ${h.hostname} is a "${prefix}" copy, refused by data/source-policy.yaml; cite the outlet's canonical address`);
  const segment = policy.refusedPathSegments.find((seg) => h.segments.includes(seg));
  if (segment) add(`host ${h.hostname}: the "/${segment}/" address is a copy, refused by data/source-policy.yaml; cite the canonical article`);
  const last = h.segments[h.segments.length - 1] ?? '';
  const copy = lastSegmentPatternsOf(policy).find((re) => re.test(last));
  if (copy) add(`host ${h.hostname}: an address ending "/${last}" is a copy (${copy.source}), refused by data/source-policy.yaml; cite the canonical article`);
  const tracking = h.params.find((k) => policy.refusedQueryParameters.includes(k));
  if (tracking) add(`host ${h.hostname}: the address carries the tracking parameter "${tracking}", refused by data/source-policy.yaml; cite the canonical address without it`);
  const government = entryFor(policy.stateControlled, h.hostname)?.government;
  if (government) {
    const own = s.jurisdiction?.slice(0, 2);
    if (own !== government) {
      add(`host ${h.hostname} is controlled by the government of ${government} (data/source-policy.yaml): cite it only on that government's own actions`);
    }
  }
  return problems;
}

/**
 * The group rule: a set of sources that must carry a claim (an action's, or a status change's that bans, lifts
 * or revokes) needs at least one of a primary kind that is not a state outlet.
 */
export function hasPrimarySource(policy: SourcePolicy, sources: readonly { url: string; kind: SourceKind }[]): boolean {
  return sources.some((s) => PRIMARY_SOURCE_KINDS.includes(s.kind) && stateControlledBy(policy, s.url) === null);
}
