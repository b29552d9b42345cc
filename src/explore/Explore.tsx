/**
 * The explore page: the whole bundled dataset, offline. Every view is a deep link (`?q=`, `?country=`,
 * `?action=`, `?app=`, `?tab=check`), rendered from the address on load; nothing is fetched.
 */
import { useMemo, useState } from 'preact/hooks';
import indexJson from '../generated/index.json';
import worldMap from '../generated/world-map.json';
import { parseAppList } from '../core/appList';
import { toCsv } from '../core/csv';
import type { Action, DatasetIndex } from '../core/dataset/types';
import { actionsByYear, countries, countryLevels, publishedNames, searchApps } from '../core/explore';
import { isoDay, actionLevel, type Level } from '../core/verdict/levels';
import { verdictFor, verdictForApp, type Verdict } from '../core/verdict/lookup';
import { jurisdictionsAtLevel, statusSince } from '../core/verdict/summary';
import { VerdictView } from '../popup/VerdictView';
import { compareText, formatDate, jurisdictionName, t } from '../ui/i18n';

const index = indexJson as unknown as DatasetIndex;
const levelKey = (l: string) => `level_${l.replace(/-/g, '_')}`;
const statusKey = (s: string) => `status_${s.replace(/-/g, '_')}`;
const LEVEL_ORDER: Level[] = ['banned', 'restricted', 'at-risk', 'past', 'none'];

function Pill({ level }: { level: Level }) {
  return <span class={`level-pill level-${level}`}>{t(levelKey(level))}</span>;
}

const jurisdictionsOf = (v: Verdict) => jurisdictionsAtLevel(v);

function Search({ q, today }: { q: string; today: string }) {
  const hits = useMemo(() => searchApps(index, q, today), [q, today]);
  return (
    <section aria-labelledby="search-title">
      <h2 id="search-title">{t('exploreSearchTitle')}</h2>
      <form role="search" method="get">
        <label for="q">{t('exploreSearchLabel')}</label>
        <div class="row">
          <input id="q" name="q" type="search" value={q} maxLength={200} autoComplete="off" />
          <button type="submit">{t('exploreSearchButton')}</button>
        </div>
      </form>
      {q && (
        <p class="count" role="status">
          {t('exploreResults', [String(hits.length), q])}
        </p>
      )}
      {hits.length > 0 && (
        <ul class="results">
          {hits.map((h) => (
            <li key={h.app.id}>
              <a href={`?app=${encodeURIComponent(h.app.id)}`}>{h.app.name}</a> <Pill level={h.verdict.level} />{' '}
              <span class="dates">
                {index.operators[h.app.operator]?.name}
                {h.app.listings.length > 0 && ` · ${h.app.listings.map((l) => l.id).join(', ')}`}
                {jurisdictionsOf(h.verdict).length > 0 && ` · ${jurisdictionsOf(h.verdict).map((j) => jurisdictionName(j, index.jurisdictions)).join(', ')}`}
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function Countries({ today }: { today: string }) {
  const list = useMemo(() => countries(index, today), [today]);
  return (
    <section aria-labelledby="countries-title">
      <h2 id="countries-title">{t('exploreCountriesTitle', String(list.length))}</h2>
      <table class="data">
        <caption class="visually-hidden">{t('exploreCountriesCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('exploreCountry')}</th>
            <th scope="col">{t('exploreActions')}</th>
            {LEVEL_ORDER.slice(0, 4).map((l) => (
              <th scope="col" key={l}>
                {t(levelKey(l))}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {list
            .map((c) => ({ ...c, shown: jurisdictionName(c.code, index.jurisdictions) }))
            .sort((a, b) => compareText(a.shown, b.shown))
            .map((c) => (
              <tr key={c.code}>
                <th scope="row">
                  <a href={`?country=${c.code}`}>{c.shown}</a>
                </th>
                <td>{c.actions.length}</td>
                {LEVEL_ORDER.slice(0, 4).map((l) => (
                  <td key={l}>{c.byLevel[l] ?? 0}</td>
                ))}
              </tr>
            ))}
        </tbody>
      </table>
    </section>
  );
}

/** Level fills: a colour and a pattern each, so that the map does not rely on colour alone. */
function LevelPatterns() {
  return (
    <defs>
      <pattern id="fill-banned" width="4" height="4" patternUnits="userSpaceOnUse">
        <rect width="4" height="4" class="fill-banned" />
      </pattern>
      <pattern id="fill-restricted" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
        <rect width="6" height="6" class="fill-restricted-bg" />
        <rect width="3" height="6" class="fill-restricted" />
      </pattern>
      <pattern id="fill-at-risk" width="6" height="6" patternUnits="userSpaceOnUse">
        <rect width="6" height="6" class="fill-at-risk-bg" />
        <circle cx="3" cy="3" r="1.6" class="fill-at-risk" />
      </pattern>
      <pattern id="fill-past" width="6" height="6" patternUnits="userSpaceOnUse">
        <rect width="6" height="6" class="fill-past-bg" />
        <path d="M0 6L6 0" class="stroke-past" />
      </pattern>
    </defs>
  );
}

function Legend() {
  return (
    <ul class="legend">
      {LEVEL_ORDER.slice(0, 4).map((l) => (
        <li key={l}>
          <svg width="18" height="12" aria-hidden="true">
            <rect width="18" height="12" fill={`url(#fill-${l})`} class="swatch" />
          </svg>{' '}
          {t(levelKey(l))}
        </li>
      ))}
    </ul>
  );
}

/** The world shaded by each country's most serious level today; every shaded country links to its page. */
function WorldMap({ today }: { today: string }) {
  const levels = useMemo(() => countryLevels(index, today), [today]);
  const list = countries(index, today);
  const withoutShape = list.filter((c) => !worldMap.shapes.some((s) => s.code === c.code));
  return (
    <section aria-labelledby="map-title">
      <h2 id="map-title">{t('exploreMapTitle')}</h2>
      <p class="dates">{t('exploreMapIntro')}</p>
      <svg class="defs" width="0" height="0" aria-hidden="true" focusable="false">
        <LevelPatterns />
      </svg>
      <svg class="world" viewBox={`0 0 ${worldMap.width} ${worldMap.height}`} role="group" aria-labelledby="map-title">
        {worldMap.shapes.map((shape) => {
          const level = levels[shape.code];
          if (!level) return <path key={shape.code} d={shape.d} class="land" aria-hidden="true" />;
          const label = `${jurisdictionName(shape.code, index.jurisdictions)}: ${t(levelKey(level))}`;
          return (
            <a key={shape.code} href={`?country=${shape.code}`} aria-label={label}>
              <title>{label}</title>
              <path d={shape.d} class="land flagged" fill={`url(#fill-${level})`} />
            </a>
          );
        })}
      </svg>
      <Legend />
      {withoutShape.length > 0 && (
        <p class="dates">
          {t('exploreMapNotDrawn')}{' '}
          {withoutShape.map((c, i) => (
            <span key={c.code}>
              {i > 0 && ', '}
              <a href={`?country=${c.code}`}>{jurisdictionName(c.code, index.jurisdictions)}</a>
            </span>
          ))}
        </p>
      )}
      <p>
        <a href="?tab=countries">{t('exploreMapTable')}</a>
      </p>
      <Timeline today={today} />
    </section>
  );
}

/** Actions per year of announcement, stacked by what they mean today, with the same figures as a table. */
function Timeline({ today }: { today: string }) {
  const years = useMemo(() => actionsByYear(index, today), [today]);
  const max = Math.max(1, ...years.map((y) => y.total));
  const barW = 36;
  const h = 176;
  return (
    <section aria-labelledby="timeline-title">
      <h2 id="timeline-title">{t('exploreTimelineTitle')}</h2>
      <svg class="timeline-chart" viewBox={`0 0 ${years.length * barW + 10} ${h + 34}`} role="img" aria-labelledby="timeline-title">
        {years.map((y, i) => {
          let top = h;
          return (
            <g key={y.year}>
              {LEVEL_ORDER.slice(0, 4).map((l) => {
                const n = y.byLevel[l] ?? 0;
                if (!n) return null;
                const height = (n / max) * (h - 26);
                top -= height;
                return <rect key={l} x={i * barW + 6} y={top} width={barW - 8} height={height} fill={`url(#fill-${l})`} class="bar" />;
              })}
              <text x={i * barW + 6 + (barW - 8) / 2} y={top - 3} text-anchor="middle" class="bar-label">
                {y.total}
              </text>
              <text x={i * barW + 6 + (barW - 8) / 2} y={h + 16} text-anchor="middle" class="bar-label">
                {y.year}
              </text>
            </g>
          );
        })}
      </svg>
      <Legend />
      <details>
        <summary>{t('exploreAsTable')}</summary>
        <table class="data" id="timeline-table">
          <caption class="visually-hidden">{t('exploreTimelineTitle')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('exploreYear')}</th>
              {LEVEL_ORDER.slice(0, 4).map((l) => (
                <th scope="col" key={l}>
                  {t(levelKey(l))}
                </th>
              ))}
              <th scope="col">{t('exploreActions')}</th>
            </tr>
          </thead>
          <tbody>
            {years.map((y) => (
              <tr key={y.year}>
                <th scope="row">{y.year}</th>
                {LEVEL_ORDER.slice(0, 4).map((l) => (
                  <td key={l}>{y.byLevel[l] ?? 0}</td>
                ))}
                <td>{y.total}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </section>
  );
}

function ActionRow({ a, today }: { a: Action; today: string }) {
  const level = a.measure === 'revoke' ? 'past' : actionLevel(a, today);
  return (
    <li>
      <a href={`?action=${encodeURIComponent(a.id)}`} lang="en">
        {a.title}
      </a>{' '}
      <Pill level={level} />{' '}
      <span class="dates">
        {jurisdictionName(a.jurisdiction, index.jurisdictions)} · {t(statusKey(a.status))} · {t('sinceShort', formatDate(statusSince(a, today)))}
      </span>
    </li>
  );
}

function Country({ code, today }: { code: string; today: string }) {
  const c = countries(index, today).find((x) => x.code === code);
  if (!c) return <p role="alert">{t('exploreNotFound', code)}</p>;
  return (
    <section aria-labelledby="country-title">
      <h2 id="country-title">{jurisdictionName(code, index.jurisdictions)}</h2>
      <p class="dates">
        {LEVEL_ORDER.filter((l) => c.byLevel[l])
          .map((l) => `${t(levelKey(l))}: ${c.byLevel[l]}`)
          .join(' · ')}
      </p>
      <ul class="results">
        {c.actions.map((a) => (
          <ActionRow key={a.id} a={a} today={today} />
        ))}
      </ul>
    </section>
  );
}

function ActionPage({ id, today }: { id: string; today: string }) {
  const a = index.actions[id];
  if (!a) return <p role="alert">{t('exploreNotFound', id)}</p>;
  const names = publishedNames(index, a);
  const sources = [...a.sources, ...a.history.flatMap((h) => h.sources ?? [])];
  return (
    <article aria-labelledby="action-title">
      <p class="dates">
        <a href={`?country=${a.jurisdiction.slice(0, 2)}`}>{jurisdictionName(a.jurisdiction, index.jurisdictions)}</a>
      </p>
      <h2 id="action-title" lang="en">
        {a.title}
      </h2>
      <p>
        <Pill level={a.measure === 'revoke' ? 'past' : actionLevel(a, today)} /> {t(statusKey(a.status))} ·{' '}
        {t('sinceShort', formatDate(statusSince(a, today)))} · {t('statusChecked', formatDate(a.checked))}
      </p>
      <p lang="en">{a.summary}</p>
      <p class="instrument">
        <span class="label">{t('instrumentLabel')}</span> <span lang="en">{a.instrument} — {a.authority}</span>
      </p>
      <h3>{t('historyLabel', String(a.history.length))}</h3>
      <ol>
        {a.history.map((h, i) => (
          <li key={i}>
            {formatDate(h.from)} · {t(statusKey(h.status))}
            {h.note && <span lang="en"> — {h.note}</span>}
          </li>
        ))}
      </ol>
      <h3>{t('exploreNamesTitle', [String(names.length), a.publishedCount === null ? '—' : String(a.publishedCount)])}</h3>
      <ul class="names-list">
        {names.map((n) => (
          <li key={n.name}>
            <span lang="en">“{n.name}”</span>
            {n.reported && <span class="dates"> ({t('exploreReported')})</span>}{' '}
            {n.apps.length > 0 ? (
              n.apps.map((app) => (
                <a key={app.id} href={`?app=${encodeURIComponent(app.id)}`}>
                  {app.name}
                </a>
              ))
            ) : (
              <span class="dates">{t('exploreUnidentified')}</span>
            )}
          </li>
        ))}
      </ul>
      {!a.namesComplete && <p class="dates">{t('explorePartialList')}</p>}
      {a.caveats.length > 0 && (
        <>
          <h3>{t('exploreCaveats')}</h3>
          <ul lang="en">
            {a.caveats.map((c) => (
              <li key={c}>{c}</li>
            ))}
          </ul>
        </>
      )}
      <h3>{t('sourcesLabel')}</h3>
      <ul class="sources">
        {sources.map((s) => (
          <li key={s.url}>
            <a href={s.url} target="_blank" rel="noopener noreferrer">
              {s.title}
            </a>{' '}
            <span class="dates">
              {s.publisher} · {formatDate(s.date)}
            </span>
          </li>
        ))}
      </ul>
    </article>
  );
}

function AppPage({ id, today }: { id: string; today: string }) {
  const app = index.apps.find((a) => a.id === id);
  if (!app) return <p role="alert">{t('exploreNotFound', id)}</p>;
  const verdict = verdictForApp(index, app, today);
  return <VerdictView verdict={verdict} jurisdictions={index.jurisdictions} meta={index.meta} home={null} />;
}

interface CheckRow {
  input: string;
  appId: string | null;
  name: string;
  storeId: string;
  matchedBy: string;
  level: Level;
  where: string[];
}

type SortKey = 'input' | 'name' | 'matchedBy' | 'level' | 'where';

function checkRows(text: string, today: string): CheckRow[] {
  return parseAppList(text).map((entry) => {
    const v = entry.identity ? verdictFor(index, entry.identity, today) : null;
    return {
      input: entry.input,
      appId: v?.match?.app?.id ?? null,
      name: v?.match?.app?.name ?? '',
      storeId: entry.identity?.id ?? '',
      matchedBy: v?.match?.matchedBy ?? '',
      level: v?.level ?? 'none',
      where: v ? jurisdictionsOf(v) : [],
    };
  });
}

function CheckMyApps({ today }: { today: string }) {
  const [text, setText] = useState('');
  const [rows, setRows] = useState<CheckRow[] | null>(null);
  const [sort, setSort] = useState<{ key: SortKey; up: boolean }>({ key: 'level', up: true });
  const sorted = useMemo(() => {
    if (!rows) return [];
    const value = (r: CheckRow): string | number => {
      if (sort.key === 'level') return LEVEL_ORDER.indexOf(r.level);
      if (sort.key === 'where') return r.where.join(',');
      return r[sort.key];
    };
    return [...rows].sort((a, b) => {
      const x = value(a);
      const y = value(b);
      const c = typeof x === 'number' && typeof y === 'number' ? x - y : compareText(String(x), String(y));
      return sort.up ? c : -c;
    });
  }, [rows, sort]);
  const header = (key: SortKey, label: string) => (
    <th scope="col" aria-sort={sort.key === key ? (sort.up ? 'ascending' : 'descending') : 'none'}>
      <button type="button" class="sort" onClick={() => setSort({ key, up: sort.key === key ? !sort.up : true })}>
        {label}
      </button>
    </th>
  );
  const csv = () => {
    const data = toCsv([
      ['input', 'app', 'store id', 'matched by', 'level', 'jurisdictions'],
      ...sorted.map((r) => [r.input, r.name, r.storeId, r.matchedBy, r.level, r.where.join(' ')]),
    ]);
    const a = document.createElement('a');
    a.href = URL.createObjectURL(new Blob([data], { type: 'text/csv;charset=utf-8' }));
    a.download = `ban-radar-check-${today}.csv`;
    a.click();
    setTimeout(() => URL.revokeObjectURL(a.href), 1000);
  };
  const flagged = rows?.filter((r) => r.level !== 'none').length ?? 0;
  return (
    <section aria-labelledby="check-title">
      <h2 id="check-title">{t('exploreCheckTitle')}</h2>
      <p class="dates">{t('exploreCheckIntro')}</p>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          setRows(checkRows(text, today));
        }}
      >
        <label for="list">{t('exploreCheckLabel')}</label>
        <textarea id="list" rows={8} value={text} onInput={(e) => setText((e.target as HTMLTextAreaElement).value)} spellcheck={false} />
        <div class="row">
          <button type="submit">{t('exploreCheckButton')}</button>
          {rows && rows.length > 0 && (
            <button type="button" onClick={csv}>
              {t('exploreCsv')}
            </button>
          )}
        </div>
      </form>
      {rows && (
        <>
          <p class="count" role="status">
            {t('exploreCheckSummary', [String(rows.length), String(flagged)])}
          </p>
          <table class="data check">
            <caption class="visually-hidden">{t('exploreCheckTitle')}</caption>
            <thead>
              <tr>
                {header('input', t('exploreColInput'))}
                {header('name', t('exploreColApp'))}
                {header('matchedBy', t('exploreColMatched'))}
                {header('level', t('exploreColLevel'))}
                {header('where', t('exploreColWhere'))}
              </tr>
            </thead>
            <tbody>
              {sorted.map((r, i) => (
                <tr key={i} class={`level-${r.level}`}>
                  <td>
                    <code>{r.input}</code>
                  </td>
                  <td>{r.appId ? <a href={`?app=${encodeURIComponent(r.appId)}`}>{r.name}</a> : '—'}</td>
                  <td>{r.matchedBy ? t(`exploreMatched_${r.matchedBy.replace(/-/g, '_')}`) : '—'}</td>
                  <td>
                    <Pill level={r.level} />
                  </td>
                  <td>{r.where.map((j) => jurisdictionName(j, index.jurisdictions)).join(', ')}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <p class="dates">{t('stateCleanBody')}</p>
        </>
      )}
    </section>
  );
}

export function Explore() {
  const params = new URLSearchParams(location.search);
  const today = isoDay(new Date());
  const param = (name: string) => params.get(name)?.slice(0, 200) ?? null;
  const q = param('q');
  const country = param('country');
  const action = param('action');
  const app = param('app');
  const tab = param('tab');
  const current: 'search' | 'countries' | 'map' | 'check' =
    country || tab === 'countries' ? 'countries' : app || action ? 'search' : tab === 'check' ? 'check' : tab === 'map' ? 'map' : 'search';
  let view;
  if (app) view = <AppPage id={app} today={today} />;
  else if (action) view = <ActionPage id={action} today={today} />;
  else if (country) view = <Country code={country.toUpperCase()} today={today} />;
  else if (tab === 'countries') view = <Countries today={today} />;
  else if (tab === 'check') view = <CheckMyApps today={today} />;
  else if (tab === 'map') view = <WorldMap today={today} />;
  else view = <Search q={q ?? ''} today={today} />;
  const link = (to: typeof current, href: string, label: string) => (
    <a href={href} aria-current={current === to ? 'page' : undefined}>
      {label}
    </a>
  );
  return (
    <>
      <header class="explore-header">
        <h1 class="brand">{t('exploreTitle')}</h1>
        <nav aria-label={t('exploreNav')}>
          {link('search', '?', t('exploreTabSearch'))}
          {link('countries', '?tab=countries', t('exploreTabCountries'))}
          {link('map', '?tab=map', t('exploreTabMap'))}
          {link('check', '?tab=check', t('exploreTabCheck'))}
        </nav>
      </header>
      <main>{view}</main>
      <footer>
        <p>{t('datasetVersion', [index.meta.version, formatDate(index.meta.asOf)])}</p>
        <p>{t('explorePrivacy')}</p>
      </footer>
    </>
  );
}
