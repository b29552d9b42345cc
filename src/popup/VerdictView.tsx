/**
 * One app's verdict: a one-sentence headline, what each government did (home jurisdiction first),
 * a timeline, how the app was matched, the data-sharing notes and every source.
 */
import type { Action, DatasetIndex, Note } from '../core/dataset/types';
import type { Source, Statement, Status } from '../core/dataset/schema';
import { inHome, verdictHomeFirst } from '../core/verdict/home';
import { countryOf, statusSince, byJurisdiction, leadActions, timeline } from '../core/verdict/summary';
import type { ActionView, Verdict } from '../core/verdict/lookup';
import { isoDay } from '../core/verdict/levels';
import { STORE_MODULES } from '../core/stores';
import { formatDate, jurisdictionInSentence, jurisdictionName, t } from '../ui/i18n';

type Jurisdictions = DatasetIndex['jurisdictions'];

/**
 * A country's actions: its own first; those of its states or provinces in a closed list of their own (dozens of US
 * state device rules would otherwise bury the rest), open when the country itself did nothing.
 */
function CountryActions({
  views,
  country,
  jurisdictions,
  today,
}: {
  views: ActionView[];
  country: string;
  jurisdictions: Jurisdictions;
  today: string;
}) {
  const own = views.filter((v) => v.action.jurisdiction === country);
  const sub = views.filter((v) => v.action.jurisdiction !== country);
  const list = (items: ActionView[], withPlace: boolean) => (
    <ul class="actions">
      {items.map((v) => (
        <ActionItem
          key={v.action.id}
          view={v}
          today={today}
          place={withPlace ? (jurisdictions[v.action.jurisdiction]?.name ?? v.action.jurisdiction) : null}
        />
      ))}
    </ul>
  );
  return (
    <>
      {own.length > 0 && list(own, false)}
      {sub.length > 0 && (
        <details class="subdivisions" open={own.length === 0}>
          <summary>{t('subdivisionActions', [String(subdivisions(views, country)), String(sub.length)])}</summary>
          {list(sub, true)}
        </details>
      )}
    </>
  );
}

/** How many states or provinces of country `j` acted, among `views`. */
function subdivisions(views: ActionView[], j: string): number {
  return new Set(views.map((v) => v.action.jurisdiction).filter((x) => x !== j && countryOf(x) === j)).size;
}

/** Opens the (closed) section an overview link points at, so that following the link shows its actions. */
function openSection(headingId: string) {
  const details = document.getElementById(headingId)?.closest('details');
  if (details) details.open = true;
}

/** How many governments' sections start open (the rest start closed, one line each). */
const OPEN_JURISDICTIONS = 3;
const msgKey = (prefix: string, value: string) => `${prefix}_${value.replace(/-/g, '_')}`;
const storeName = (id: string) => STORE_MODULES.find((s) => s.id === id)?.name ?? id;

/** Text for screen readers only (e.g. that a link opens a new tab). */
function Hidden({ children }: { children: string }) {
  return <span class="visually-hidden">{children}</span>;
}

function Day({ iso }: { iso: string }) {
  return <time dateTime={iso}>{formatDate(iso)}</time>;
}

function SourceLink({ source }: { source: Source }) {
  return (
    <li>
      <a href={source.url} target="_blank" rel="noopener noreferrer">
        <span lang="en">{source.title}</span>
        <Hidden>{` ${t('opensInNewTab')}`}</Hidden>
      </a>
      <span class="source-meta">
        {' — '}
        {source.publisher}, <Day iso={source.date} />
        {source.official ? ` · ${t('sourceOfficial')}` : ''}
      </span>
      {source.note && (
        <p class="source-note" lang="en">
          {source.note}
        </p>
      )}
    </li>
  );
}

function Sources({ sources }: { sources: Source[] }) {
  const unique = sources.filter((s, i) => sources.findIndex((o) => o.url === s.url) === i);
  if (unique.length === 0) return null;
  return (
    <div class="sources">
      <p class="sources-label">{t('sourcesLabel')}</p>
      <ul>
        {unique.map((s) => (
          <SourceLink key={s.url} source={s} />
        ))}
      </ul>
    </div>
  );
}

/** The chip for a status: in force (or, for a partial measure in force, its scope), proposed, blocked by a court… */
function StatusChip({ status, scope }: { status: Status; scope: Action['scope'] }) {
  const label = status === 'in-force' && scope !== 'public' ? t(msgKey('scope', scope)) : t(msgKey('status', status));
  return <span class={`chip status-${status} scope-${scope}`}>{label}</span>;
}

function ActionItem({ view, today, place }: { view: ActionView; today: string; place: string | null }) {
  const a = view.action;
  const historySources = a.history.flatMap((h) => h.sources ?? []);
  const since = statusSince(a, today);
  // A name the government published, or one only the press reported (officials naming platforms, no list issued).
  const reported = view.names.filter((n) => a.reported.includes(n));
  const published = view.names.filter((n) => !a.reported.includes(n));
  return (
    <li class={`action level-${view.level}`}>
      <h4>
        <StatusChip status={a.status} scope={a.scope} /> {place && <span class="place">{place} · </span>}
        <span lang="en">{a.title}</span>
      </h4>
      <p class="dates">
        {t('statusSince', formatDate(since))}
        {a.announced !== since && ` · ${t('announcedOn', formatDate(a.announced))}`}
        {a.effective && a.effective !== since && ` · ${t('effectiveOn', formatDate(a.effective))}`}
        {a.ended && a.ended !== since && ` · ${t('endedOn', formatDate(a.ended))}`}
        {' · '}
        <span class="checked" title={t('statusCheckedTitle', formatDate(a.checked))}>
          {t('statusChecked', formatDate(a.checked))}
        </span>
      </p>
      <p lang="en">{a.summary}</p>
      {a.scopeNote && (
        <p class="names" lang="en">
          {a.scopeNote}
        </p>
      )}
      <p class="instrument">
        <span class="label">{t('instrumentLabel')}</span>{' '}
        <span lang="en">
          {a.instrument} — {a.authority}
        </span>
      </p>
      {published.length > 0 && <p class="names">{t('publishedAs', published.map((n) => `“${n}”`).join(', '))}</p>}
      {reported.length > 0 && <p class="names">{t('reportedAs', reported.map((n) => `“${n}”`).join(', '))}</p>}
      {view.viaOperator && <p class="names">{t('reachesViaOperator')}</p>}
      {a.history.length > 1 && (
        <details class="history">
          <summary>{t('historyLabel', String(a.history.length))}</summary>
          <ol>
            {a.history.map((h, i) => (
              <li key={i}>
                <Day iso={h.from} /> — {t(msgKey('status', h.status))}
                {h.note && <span lang="en">{`: ${h.note}`}</span>}
              </li>
            ))}
          </ol>
        </details>
      )}
      {a.caveats.length > 0 && (
        <div class="caveats">
          <p class="sources-label">{t('caveatsLabel')}</p>
          <ul lang="en">
            {a.caveats.map((c) => (
              <li key={c}>{c}</li>
            ))}
          </ul>
        </div>
      )}
      <Sources sources={[...a.sources, ...historySources]} />
    </li>
  );
}

function StatementBlock({ label, statement }: { label: string; statement: Statement }) {
  return (
    <div class="statement">
      <h4>{label}</h4>
      <p lang="en">{statement.text}</p>
      <p class="source-meta">
        — {statement.by}, <Day iso={statement.date} />
      </p>
      <Sources sources={statement.sources} />
    </div>
  );
}

function NoteItem({ note }: { note: Note }) {
  return (
    <li class="note">
      <h3 lang="en">{note.topic}</h3>
      <StatementBlock label={t('noteClaim')} statement={note.claim} />
      {note.response ? (
        <StatementBlock label={t('noteResponse')} statement={note.response} />
      ) : (
        <div class="statement">
          <h4>{t('noteResponse')}</h4>
          {note.responseNote ? <p lang="en">{note.responseNote}</p> : <p>{t('noteNoResponse')}</p>}
        </div>
      )}
      {note.findings.length === 0 ? (
        <div class="statement">
          <h4>{t('noteFinding')}</h4>
          <p>{t('noteNoFinding')}</p>
        </div>
      ) : (
        note.findings.map((f, i) => <StatementBlock key={i} label={t('noteFinding')} statement={f} />)
      )}
    </li>
  );
}

/** A short name for the legal instrument, if the dataset gives one (or the full one is short already). */
function shortInstrument(a: Action): string | null {
  if (a.instrumentShort) return a.instrumentShort;
  return a.instrument.length <= 48 ? a.instrument : null;
}

/** The headline's message key and its date ($2), by what the lead action does today. */
function headlineKey(view: ActionView, today: string): { key: string; date: string; withInstrument: boolean } {
  const a = view.action;
  const since = statusSince(a, today);
  switch (view.level) {
    case 'banned':
      return { key: 'headline_banned', date: since, withInstrument: true };
    case 'restricted': {
      const key = a.scope === 'government-devices' ? 'headline_gov_devices' : a.scope === 'new-downloads' ? 'headline_new_downloads' : 'headline_restricted';
      return { key, date: since, withInstrument: true };
    }
    case 'at-risk':
      if (a.status === 'in-force' && a.effective && a.effective > today) return { key: 'headline_pending', date: a.effective, withInstrument: false };
      if (a.status === 'in-force') return { key: 'headline_divest', date: since, withInstrument: false };
      return { key: msgKey('headline', a.status), date: since, withInstrument: false };
    default:
      return { key: msgKey('headline', a.status), date: since, withInstrument: false };
  }
}

function sentence(view: ActionView, jurisdictions: Jurisdictions, today: string): string {
  const where = jurisdictionInSentence(view.action.jurisdiction, jurisdictions);
  const { key, date, withInstrument } = headlineKey(view, today);
  const instrument = withInstrument ? shortInstrument(view.action) : null;
  return instrument ? t(`${key}_under`, [where, formatDate(date), instrument]) : t(key, [where, formatDate(date)]);
}

/**
 * The headline, the reader's home jurisdiction first: what it did (then, on a second line, something more
 * serious elsewhere), or that it did nothing we know of and what the most serious action elsewhere is.
 */
export function headline(verdict: Verdict, jurisdictions: Jurisdictions, home: string | null, today: string): { lead: string; before?: string; after?: string } {
  const lead = leadActions(verdict, home);
  if (!lead) return { lead: '' };
  const text = sentence(lead.lead, jurisdictions, today);
  if (lead.where === 'elsewhere' && home) return { before: t('headlineHomeNone', jurisdictionName(home, jurisdictions)), lead: text };
  if (lead.elsewhere) return { lead: text, after: t('headlineAlsoElsewhere', sentence(lead.elsewhere, jurisdictions, today)) };
  return { lead: text };
}

function MatchExplained({ verdict }: { verdict: Verdict }) {
  const { identity, match } = verdict;
  if (!match) return null;
  let text: string;
  let certainty: string;
  if (match.matchedBy === 'store-id') {
    const viaPackage = match.via && match.via !== `${identity.store}:${identity.id}`;
    text = viaPackage
      ? t('match_via_package', [storeName(identity.store), match.via!.replace(/^google-play:/, '')])
      : t('match_store_id', [storeName(identity.store), identity.id]);
    certainty = 'exact';
  } else if (match.matchedBy === 'publisher') {
    const publisher = identity.developer ?? match.operator?.name ?? '';
    text = match.app ? t('match_publisher', publisher) : t('match_publisher_operator', publisher);
    certainty = 'likely';
  } else {
    text = t('match_name', identity.title ?? match.app?.name ?? '');
    certainty = 'uncertain';
  }
  return (
    <section class="match" aria-labelledby={`match-${identity.store}-${identity.id}`}>
      <h2 id={`match-${identity.store}-${identity.id}`}>{t('matchTitle')}</h2>
      <p>
        <span class={`certainty certainty-${certainty}`}>{t(`certainty_${certainty}`)}</span> {text}
      </p>
    </section>
  );
}

function Timeline({ verdict, jurisdictions }: { verdict: Verdict; jurisdictions: Jurisdictions }) {
  const events = timeline(verdict);
  if (events.length < 2) return null;
  return (
    <section class="timeline">
      <h2>{t('timelineTitle')}</h2>
      <ol>
        {events.map((e, i) => (
          <li key={i}>
            <Day iso={e.date} /> · <strong>{jurisdictionName(e.action.jurisdiction, jurisdictions)}</strong>{' '}
            <StatusChip status={e.status as Status} scope={e.action.scope} /> <span lang="en">{e.action.title}</span>
          </li>
        ))}
      </ol>
    </section>
  );
}

export function reportUrl(verdict: Verdict, meta: DatasetIndex['meta']): string {
  const { store, id } = verdict.identity;
  return `${meta.reportUrl}?${new URLSearchParams({
    title: `Correction: ${store} ${id}`,
    body: [
      `Store: ${store}`,
      `App id: ${id}`,
      `App name: ${verdict.identity.title ?? verdict.match?.app?.name ?? ''}`,
      `Level shown: ${verdict.level}`,
      `Dataset version: ${meta.version} (as of ${meta.asOf})`,
      '',
      'What is wrong, and a source:',
      '',
    ].join('\n'),
  }).toString()}`;
}

export function VerdictView({
  verdict,
  jurisdictions,
  meta,
  home,
}: {
  verdict: Verdict;
  jurisdictions: Jurisdictions;
  meta: DatasetIndex['meta'] | null;
  home: string | null;
}) {
  const today = isoDay(new Date());
  const app = verdict.match?.app;
  const name = verdict.identity.title ?? app?.name ?? verdict.identity.id;
  const isHome = (j: string) => !!home && inHome(j, home);
  const groups = byJurisdiction(verdict, home);
  const shown = verdictHomeFirst(verdict, home);
  const pillLevel = shown.level === 'none' ? verdict.level : shown.level;
  const said = headline(verdict, jurisdictions, home, today);
  const idBase = `v-${verdict.identity.store}-${verdict.identity.id}`.replace(/[^A-Za-z0-9_-]/g, '_');
  return (
    <article class={`verdict level-${verdict.level}`} aria-labelledby={`${idBase}-name`}>
      <header>
        <p class={`level-pill level-${pillLevel}${shown.where ? ` ${shown.where}` : ''}`}>
          {t(msgKey('level', pillLevel))}
          {shown.where && <span class="pill-where"> · {t(shown.where === 'home' ? 'homeWhere' : 'elsewhereWhere')}</span>}
        </p>
        <h1 id={`${idBase}-name`}>{name}</h1>
        {said.before && <p class="headline-before">{said.before}</p>}
        <p class="headline">{said.lead}</p>
        {said.after && <p class="headline-after">{said.after}</p>}
      </header>
      <section class="jurisdictions" aria-labelledby={`${idBase}-j`}>
        <h2 id={`${idBase}-j`}>{t('jurisdictionsTitle')}</h2>
        <ul class="overview">
          {groups.map(([j, views]) => {
            const lead = views[0]!.action;
            return (
              <li key={j}>
                <span class="where">
                  <a href={`#${idBase}-${j}`} onClick={() => openSection(`${idBase}-${j}`)}>
                    {jurisdictionName(j, jurisdictions)}
                  </a>
                  <span class="dates">
                    {t('sinceShort', formatDate(statusSince(lead, today)))}
                    {views.length > 1 && ` · ${t('actionCount', String(views.length))}`}
                    {subdivisions(views, j) > 0 && ` · ${t('subdivisionCount', String(subdivisions(views, j)))}`}
                  </span>
                </span>
                <StatusChip status={lead.status} scope={lead.scope} />
              </li>
            );
          })}
        </ul>
        {groups.map(([j, views], i) => (
          // With dozens of governments, only the first few (and the home one) open at first; the rest are one
          // line each, opened by a click or by the overview's link.
          <details
            key={j}
            class={`jurisdiction${isHome(j) ? ' home' : ''}`}
            open={i < OPEN_JURISDICTIONS || j === home || groups.length <= OPEN_JURISDICTIONS + 1}
          >
            <summary>
              <h3 id={`${idBase}-${j}`}>
                {jurisdictionName(j, jurisdictions)}
                {isHome(j) && <span class="home-tag">{t('homeTag')}</span>}
              </h3>
            </summary>
            <CountryActions views={views} country={j} jurisdictions={jurisdictions} today={today} />
          </details>
        ))}
      </section>
      <Timeline verdict={verdict} jurisdictions={jurisdictions} />
      <MatchExplained verdict={verdict} />
      {verdict.notes.length > 0 && (
        <section class="notes">
          <h2>{t('notesTitle')}</h2>
          <p class="dates">{t('notesIntro')}</p>
          <ul>
            {verdict.notes.map((n) => (
              <NoteItem key={n.id} note={n} />
            ))}
          </ul>
        </section>
      )}
      {meta && (
        <p class="report">
          <a href={reportUrl(verdict, meta)} target="_blank" rel="noopener noreferrer">
            {t('reportMistake')}
            <Hidden>{` ${t('opensInNewTab')}`}</Hidden>
          </a>{' '}
          <span class="dates">{t('reportHint')}</span>
        </p>
      )}
    </article>
  );
}
