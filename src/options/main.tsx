/**
 * Settings page. Settings are validated on read (core/settings.ts); a corrupted value shows its default.
 * Every control is a native, labelled form control, so all of it works from the keyboard.
 */
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import type { DatasetIndex } from '../core/dataset/types';
import { STORES } from '../core/dataset/vocabulary';
import { defaultSettings, jurisdictionFromLocale, parseSettings, SETTINGS_KEY, type Settings } from '../core/settings';
import { LEVELS, type Level } from '../core/verdict/levels';
import { STORE_MODULES } from '../core/stores';
import { applyPageLanguage, compareText, jurisdictionName, t, uiLanguage } from '../ui/i18n';

const BADGE_LEVELS = LEVELS.filter((l): l is Exclude<Level, 'none'> => l !== 'none');
const levelKey = (level: string) => level.replace(/-/g, '_');

type Jurisdictions = DatasetIndex['jurisdictions'];

/** The dataset's jurisdictions, from the background (the options page does not bundle the dataset). */
async function loadJurisdictions(): Promise<Jurisdictions> {
  const reply = (await browser.runtime.sendMessage({ type: 'lookup', apps: [] }).catch(() => null)) as { jurisdictions?: Jurisdictions } | null;
  return reply?.jurisdictions ?? {};
}

function HomeSelect({ settings, jurisdictions, save }: { settings: Settings; jurisdictions: Jurisdictions; save: (s: Settings) => void }) {
  const fromLocale = jurisdictionFromLocale(uiLanguage());
  const codes = Object.keys(jurisdictions);
  if (settings.homeJurisdiction && !codes.includes(settings.homeJurisdiction)) codes.push(settings.homeJurisdiction);
  const options = codes.map((code) => ({ code, name: jurisdictionName(code, jurisdictions) })).sort((a, b) => compareText(a.name, b.name));
  const auto = fromLocale ? t('optionsHomeAuto', jurisdictionName(fromLocale, jurisdictions)) : t('optionsHomeAutoUnknown');
  return (
    <fieldset>
      <legend>{t('optionsHome')}</legend>
      <label for="home">{t('optionsHomeLabel')}</label>
      <select
        id="home"
        aria-describedby="home-hint"
        value={settings.homeJurisdiction ?? ''}
        onChange={(e) => {
          const value = (e.currentTarget as HTMLSelectElement).value;
          save(parseSettings({ ...settings, homeJurisdiction: value || null }));
        }}
      >
        <option value="">{auto}</option>
        {options.map((o) => (
          <option key={o.code} value={o.code}>
            {o.name}
          </option>
        ))}
      </select>
      <p id="home-hint" class="hint">
        {t('optionsHomeHint')}
      </p>
    </fieldset>
  );
}

function Checkbox({ id, checked, onChange, label, help }: { id: string; checked: boolean; onChange: (on: boolean) => void; label: string; help?: string }) {
  return (
    <div class="row">
      <input id={id} type="checkbox" checked={checked} onChange={(e) => onChange((e.currentTarget as HTMLInputElement).checked)} />
      <label for={id}>
        {label}
        {help && <span class="hint">{` — ${help}`}</span>}
      </label>
    </div>
  );
}

function Options() {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [jurisdictions, setJurisdictions] = useState<Jurisdictions>({});
  const [saved, setSaved] = useState(false);
  useEffect(() => {
    browser.storage.local.get(SETTINGS_KEY).then(
      (stored) => setSettings(parseSettings(stored[SETTINGS_KEY])),
      () => setSettings(defaultSettings()),
    );
    void loadJurisdictions().then(setJurisdictions);
  }, []);
  if (!settings) return <p class="loading">{t('popupLoading')}</p>;

  const save = (next: Settings) => {
    setSettings(next);
    setSaved(false);
    void browser.storage.local.set({ [SETTINGS_KEY]: next }).then(() => setSaved(true));
  };
  const toggleLevel = (level: Level, on: boolean) =>
    save({
      ...settings,
      badgeLevels: on ? BADGE_LEVELS.filter((l) => l === level || settings.badgeLevels.includes(l)) : settings.badgeLevels.filter((l) => l !== level),
    });
  const storeName = (id: string) => STORE_MODULES.find((s) => s.id === id)?.name ?? id;

  return (
    <>
      <h1>{t('optionsTitle')}</h1>
      <p class="hint">{t('optionsIntro')}</p>
      <form onSubmit={(e) => e.preventDefault()}>
        <HomeSelect settings={settings} jurisdictions={jurisdictions} save={save} />
        <fieldset aria-describedby="home-only-hint">
          <legend>{t('optionsHomeOnly')}</legend>
          <p id="home-only-hint" class="hint">
            {t('optionsHomeOnlyHint')}
          </p>
          <Checkbox
            id="home-only"
            checked={settings.homeOnlyBadges}
            onChange={(on) => save({ ...settings, homeOnlyBadges: on })}
            label={t('optionsHomeOnlyLabel')}
          />
        </fieldset>
        <fieldset aria-describedby="levels-hint">
          <legend>{t('optionsLevels')}</legend>
          <p id="levels-hint" class="hint">
            {t('optionsLevelsHint')}
          </p>
          {BADGE_LEVELS.map((level) => (
            <Checkbox
              key={level}
              id={`level-${level}`}
              checked={settings.badgeLevels.includes(level)}
              onChange={(on) => toggleLevel(level, on)}
              label={t(`level_${levelKey(level)}`)}
              help={t(`levelHelp_${levelKey(level)}`)}
            />
          ))}
        </fieldset>
        <fieldset>
          <legend>{t('optionsTiles')}</legend>
          <Checkbox id="tiles" checked={settings.tileBadges} onChange={(on) => save({ ...settings, tileBadges: on })} label={t('optionsTilesLabel')} />
        </fieldset>
        <fieldset aria-describedby="stores-hint">
          <legend>{t('optionsStores')}</legend>
          <p id="stores-hint" class="hint">
            {t('optionsStoresHint')}
          </p>
          {STORES.filter((s) => STORE_MODULES.some((m) => m.id === s)).map((s) => (
            <Checkbox
              key={s}
              id={`store-${s}`}
              checked={settings.stores[s]}
              onChange={(on) => save({ ...settings, stores: { ...settings.stores, [s]: on } })}
              label={storeName(s)}
            />
          ))}
        </fieldset>
      </form>
      <p role="status" class="hint saved">
        {saved ? t('optionsSaved') : ''}
      </p>
      <p class="hint">{t('optionsPrivacy')}</p>
      <p>
        <a href="../explore/index.html">{t('exploreLink')}</a>
      </p>
    </>
  );
}

applyPageLanguage(document);
document.title = t('optionsTitle');
render(<Options />, document.getElementById('app')!);
