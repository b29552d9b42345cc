/** The popup: the verdict for the active tab, or for one app when opened from an inline badge. */
import { useEffect, useState } from 'preact/hooks';
import { formatDate, pageLanguage, t } from '../ui/i18n';
import type { PopupData } from './load';
import { VerdictView } from './VerdictView';

type Loaded = { state: 'loading' } | { state: 'error' } | { state: 'ready'; data: PopupData; home: string | null };

function Message({ title, body }: { title: string; body?: string }) {
  return (
    <section class="message">
      <h1>{title}</h1>
      {body && <p>{body}</p>}
    </section>
  );
}

/** What the popup shows once loaded (see startLoading in load.ts: it starts before this module is read). */
export function App({ loading }: { loading: Promise<{ data: PopupData; home: string | null }> }) {
  const [loaded, setLoaded] = useState<Loaded>({ state: 'loading' });
  useEffect(() => {
    loading.then(({ data, home }) => setLoaded({ state: 'ready', data, home })).catch(() => setLoaded({ state: 'error' }));
  }, [loading]);

  if (loaded.state === 'loading') return <p class="loading">{t('popupLoading')}</p>;
  if (loaded.state === 'error') return <Message title={t('popupErrorTitle')} body={t('popupErrorBody')} />;
  const { data, home } = loaded;
  const footer = (
    <footer>
      {data.meta && <p>{t('datasetVersion', [data.meta.version, formatDate(data.meta.asOf)])}</p>}
      {pageLanguage() !== 'en' && <p class="language-note">{t('datasetLanguage')}</p>}
      <p>{t('privacyNote')}</p>
      <p>
        <a href="../explore/index.html" target="_blank" rel="noopener">
          {t('exploreLink')}
        </a>
      </p>
    </footer>
  );

  let body;
  if (data.page === 'none') body = <Message title={t('stateNotStoreTitle')} body={t('stateNotStoreBody')} />;
  else if (data.page === 'unreadable') body = <Message title={t('stateUnreadableTitle')} body={t('stateUnreadableBody')} />;
  else if (data.verdicts.length === 0 || data.verdicts.every((v) => v.level === 'none')) {
    const app = data.verdicts[0]?.identity;
    body = (
      <Message
        title={data.page === 'list' ? t('stateListCleanTitle', String(data.appCount)) : t('stateCleanTitle', app?.title ?? app?.id ?? '')}
        body={t('stateCleanBody')}
      />
    );
  } else {
    body = data.verdicts
      .filter((v) => v.level !== 'none')
      .map((v) => (
        <VerdictView key={`${v.identity.store}:${v.identity.id}`} verdict={v} jurisdictions={data.jurisdictions} meta={data.meta} home={home} />
      ));
  }
  return (
    <>
      {body}
      {footer}
    </>
  );
}
