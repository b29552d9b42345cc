/** One app's verdict: headline, actions by jurisdiction, how it was matched, notes, sources. */
import type { Action, DatasetIndex, Note } from '../core/dataset/types';
import type { Source, Statement } from '../core/dataset/schema';
import { statusSince, byJurisdiction, leadAction } from '../core/verdict/summary';
import type { ActionView, Verdict } from '../core/verdict/lookup';
import { isoDay } from '../core/verdict/levels';
import { formatDate, jurisdictionName, t } from '../ui/i18n';

type Jurisdictions = DatasetIndex['jurisdictions'];

const msgKey = (prefix: string, value: string) => `${prefix}_${value.replace(/-/g, '_')}`;

function SourceLink({ source }: { source: Source }) {
  return (
    <li>
      <a href={source.url} target="_blank" rel="noopener noreferrer">
        {source.title}
      </a>
      <span class="source-meta">
        {' — '}
        {source.publisher}, {formatDate(source.date)}
        {source.official ? ` · ${t('sourceOfficial')}` : ''}
      </span>
      {source.note && <p class="source-note">{source.note}</p>}
    </li>
  );
}

function Sources({ sources }: { sources: Source[] }) {
  return (
    <ul class="sources" aria-label={t('sourcesLabel')}>
      {sources.map((s) => (
        <SourceLink key={s.url} source={s} />
      ))}
    </ul>
  );
}

function StatusChip({ action }: { action: Action }) {
  const label =
    action.status === 'in-force' && action.scope !== 'public' ? t(msgKey('scope', action.scope)) : t(msgKey('status', action.status));
  return <span class={`chip status-${action.status} scope-${action.scope}`}>{label}</span>;
}

function ActionItem({ view, today }: { view: ActionView; today: string }) {
  const a = view.action;
  const historySources = a.history.flatMap((h) => h.sources ?? []);
  return (
    <li class={`action level-${view.level}`}>
      <h3>
        <StatusChip action={a} /> {a.title}
      </h3>
      <p class="dates">
        {t('statusSince', formatDate(statusSince(a, today)))}
        {' · '}
        {t('announcedOn', formatDate(a.announced))}
      </p>
      <p>{a.summary}</p>
      <p class="instrument">
        <span class="label">{t('instrumentLabel')}</span> {a.instrument} — {a.authority}
      </p>
      {view.names.length > 0 && (
        <p class="names">{t('publishedAs', view.names.map((n) => `“${n}”`).join(', '))}</p>
      )}
      {view.viaOperator && <p class="names">{t('reachesViaOperator')}</p>}
      {a.history.length > 1 && (
        <ol class="history" aria-label={t('historyLabel')}>
          {a.history.map((h, i) => (
            <li key={i}>
              <time dateTime={h.from}>{formatDate(h.from)}</time> — {t(msgKey('status', h.status))}
              {h.note ? `: ${h.note}` : ''}
            </li>
          ))}
        </ol>
      )}
      {a.caveats.length > 0 && (
        <ul class="caveats" aria-label={t('caveatsLabel')}>
          {a.caveats.map((c) => (
            <li key={c}>{c}</li>
          ))}
        </ul>
      )}
      <Sources sources={[...a.sources, ...historySources]} />
    </li>
  );
}

function StatementBlock({ label, statement }: { label: string; statement: Statement }) {
  return (
    <div class="statement">
      <h4>{label}</h4>
      <p>{statement.text}</p>
      <p class="source-meta">
        — {statement.by}, {formatDate(statement.date)}
      </p>
      <Sources sources={statement.sources} />
    </div>
  );
}

function NoteItem({ note }: { note: Note }) {
  return (
    <li class="note">
      <h3>{note.topic}</h3>
      <StatementBlock label={t('noteClaim')} statement={note.claim} />
      {note.response ? (
        <StatementBlock label={t('noteResponse')} statement={note.response} />
      ) : (
        <div class="statement">
          <h4>{t('noteResponse')}</h4>
          <p>{note.responseNote}</p>
        </div>
      )}
      {note.findings.map((f, i) => (
        <StatementBlock key={i} label={t('noteFinding')} statement={f} />
      ))}
    </li>
  );
}

function headline(verdict: Verdict, jurisdictions: Jurisdictions, today: string): string {
  const lead = leadAction(verdict, null);
  if (!lead) return '';
  const where = jurisdictionName(lead.action.jurisdiction, jurisdictions);
  const since = formatDate(statusSince(lead.action, today));
  const key = msgKey('headline', lead.level);
  const status = t(msgKey('status', lead.action.status));
  return t(key, [where, since, status]);
}

export function VerdictView({ verdict, jurisdictions, meta }: { verdict: Verdict; jurisdictions: Jurisdictions; meta: DatasetIndex['meta'] | null }) {
  const today = isoDay(new Date());
  const app = verdict.match?.app;
  const name = verdict.identity.title ?? app?.name ?? verdict.identity.id;
  const matched = verdict.match?.matchedBy ?? 'store-id';
  const report =
    meta &&
    `${meta.reportUrl}?${new URLSearchParams({
      title: `Correction: ${verdict.identity.store} ${verdict.identity.id}`,
      body: `Store: ${verdict.identity.store}\nApp id: ${verdict.identity.id}\nDataset version: ${meta.version}\n\nWhat is wrong, and a source:\n`,
    }).toString()}`;
  return (
    <article class={`verdict level-${verdict.level}`}>
      <header>
        <p class={`level-pill level-${verdict.level}`}>{t(msgKey('level', verdict.level))}</p>
        <h1>{name}</h1>
        <p class="headline">{headline(verdict, jurisdictions, today)}</p>
      </header>
      {byJurisdiction(verdict, null).map(([j, views]) => (
        <section key={j} class="jurisdiction" aria-label={jurisdictionName(j, jurisdictions)}>
          <h2>{jurisdictionName(j, jurisdictions)}</h2>
          <ul class="actions">
            {views.map((v) => (
              <ActionItem key={v.action.id} view={v} today={today} />
            ))}
          </ul>
        </section>
      ))}
      <section class="match">
        <h2>{t('matchTitle')}</h2>
        <p>{t(msgKey('match', matched), [verdict.identity.store, verdict.identity.id])}</p>
      </section>
      {verdict.notes.length > 0 && (
        <section class="notes">
          <h2>{t('notesTitle')}</h2>
          <ul>
            {verdict.notes.map((n) => (
              <NoteItem key={n.id} note={n} />
            ))}
          </ul>
        </section>
      )}
      {report && (
        <p class="report">
          <a href={report} target="_blank" rel="noopener noreferrer">
            {t('reportMistake')}
          </a>
        </p>
      )}
    </article>
  );
}
