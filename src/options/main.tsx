/** Settings page. Settings are validated on read (core/settings.ts); a corrupted value shows its default. */
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { STORES } from '../core/dataset/vocabulary';
import { defaultSettings, jurisdictionFromLocale, parseSettings, SETTINGS_KEY, type Settings } from '../core/settings';
import { LEVELS, type Level } from '../core/verdict/levels';
import { STORE_MODULES } from '../core/stores';
import { t, uiLanguage } from '../ui/i18n';

const BADGE_LEVELS = LEVELS.filter((l): l is Exclude<Level, 'none'> => l !== 'none');

function Options() {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [saved, setSaved] = useState(false);
  useEffect(() => {
    browser.storage.local.get(SETTINGS_KEY).then(
      (stored) => setSettings(parseSettings(stored[SETTINGS_KEY])),
      () => setSettings(defaultSettings()),
    );
  }, []);
  if (!settings) return <p>{t('popupLoading')}</p>;

  const save = (next: Settings) => {
    setSettings(next);
    void browser.storage.local.set({ [SETTINGS_KEY]: next }).then(() => setSaved(true));
  };
  const toggleLevel = (level: Level, on: boolean) =>
    save({ ...settings, badgeLevels: on ? [...new Set([...settings.badgeLevels, level])] : settings.badgeLevels.filter((l) => l !== level) });
  const storeName = (id: string) => STORE_MODULES.find((s) => s.id === id)?.name ?? id;
  const fromLocale = jurisdictionFromLocale(uiLanguage());

  return (
    <>
      <h1>{t('optionsTitle')}</h1>
      <form onSubmit={(e) => e.preventDefault()}>
        <fieldset>
          <legend>{t('optionsHome')}</legend>
          <label>
            {t('optionsHomeLabel')}{' '}
            <input
              type="text"
              inputMode="text"
              maxLength={6}
              pattern="[A-Za-z]{2}(-[A-Za-z0-9]{1,3})?"
              placeholder={fromLocale ?? ''}
              value={settings.homeJurisdiction ?? ''}
              onChange={(e) => {
                const value = (e.currentTarget as HTMLInputElement).value.trim().toUpperCase();
                save(parseSettings({ ...settings, homeJurisdiction: value || null }));
              }}
            />
          </label>
          <p class="dates">{t('optionsHomeHint', fromLocale ?? '—')}</p>
        </fieldset>
        <fieldset>
          <legend>{t('optionsLevels')}</legend>
          {BADGE_LEVELS.map((level) => (
            <label key={level} class="row">
              <input type="checkbox" checked={settings.badgeLevels.includes(level)} onChange={(e) => toggleLevel(level, (e.currentTarget as HTMLInputElement).checked)} />{' '}
              {t(`level_${level.replace('-', '_')}`)}
            </label>
          ))}
        </fieldset>
        <fieldset>
          <legend>{t('optionsTiles')}</legend>
          <label class="row">
            <input type="checkbox" checked={settings.tileBadges} onChange={(e) => save({ ...settings, tileBadges: (e.currentTarget as HTMLInputElement).checked })} />{' '}
            {t('optionsTilesLabel')}
          </label>
        </fieldset>
        <fieldset>
          <legend>{t('optionsStores')}</legend>
          {STORES.filter((s) => STORE_MODULES.some((m) => m.id === s)).map((s) => (
            <label key={s} class="row">
              <input
                type="checkbox"
                checked={settings.stores[s]}
                onChange={(e) => save({ ...settings, stores: { ...settings.stores, [s]: (e.currentTarget as HTMLInputElement).checked } })}
              />{' '}
              {storeName(s)}
            </label>
          ))}
        </fieldset>
      </form>
      <p role="status" class="dates">{saved ? t('optionsSaved') : ''}</p>
      <p class="dates">{t('optionsPrivacy')}</p>
    </>
  );
}

render(<Options />, document.getElementById('app')!);
