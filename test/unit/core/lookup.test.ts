import { describe, expect, it } from 'vitest';
import type { AppIdentity } from '../../../src/core/identity';
import { verdictFor } from '../../../src/core/verdict/lookup';
import { byJurisdiction, statusSince } from '../../../src/core/verdict/summary';
import { dataset } from '../helpers/dataset';

const today = '2026-11-22';
const gp = (id: string, title: string | null = null, developer: string | null = null): AppIdentity => ({
  store: 'google-play',
  id,
  title,
  developer,
});

describe('verdictFor on the real dataset', () => {
  it('TikTok on Google Play and the App Store: banned in India since 29 June 2020, by store id', () => {
    for (const who of [gp('com.zhiliaoapp.musically'), { store: 'app-store', id: '835599320', title: null, developer: null } as AppIdentity]) {
      const v = verdictFor(dataset(), who, today);
      expect(v.level).toBe('banned');
      expect(v.match?.matchedBy).toBe('store-id');
      const india = v.actions.find((a) => a.action.id === 'in-2020-06-29-59-apps');
      expect(india?.level).toBe('banned');
      expect(india?.names).toEqual(['TikTok']);
      expect(statusSince(india!.action, today)).toBe('2020-06-29');
      expect(v.actions[0]!.action.jurisdiction).toBe('IN');
    }
  });

  it('TikTok is not "banned in the United States" today', () => {
    const v = verdictFor(dataset(), gp('com.zhiliaoapp.musically'), today);
    const us = v.actions.filter((a) => a.action.jurisdiction === 'US');
    expect(us.length).toBeGreaterThan(0);
    expect(us.some((a) => a.level === 'banned')).toBe(false);
    const eo13942 = us.find((a) => a.action.id === 'us-2020-08-06-eo-13942-tiktok');
    expect(eo13942?.action.status).toBe('revoked');
    expect(eo13942?.level).toBe('past');
  });

  it('WeChat: banned in India, the US executive order enjoined then revoked', () => {
    const v = verdictFor(dataset(), gp('com.tencent.mm'), today);
    expect(v.level).toBe('banned');
    const eo = v.actions.find((a) => a.action.id === 'us-2020-08-06-eo-13943-wechat')!;
    expect(eo.action.history.map((h) => h.status)).toEqual(['in-force', 'enjoined', 'revoked']);
    expect(eo.level).toBe('past');
  });

  it('every app named in EO 13971 reads revoked for that order', () => {
    const index = dataset();
    const eo = Object.values(index.actions).find((a) => a.instrument.includes('13971'));
    expect(eo?.status).toBe('revoked');
    const named = index.apps.filter((a) => a.answersTo.some((r) => r.action === eo!.id));
    expect(named.length).toBeGreaterThanOrEqual(6);
  });

  it("BGMI's 2022 block is lifted, so BGMI alone is a past case", () => {
    const index = dataset();
    const bgmi = index.apps.find((a) => a.listings.some((l) => l.id === 'com.pubg.imobile'));
    expect(bgmi).toBeDefined();
    const v = verdictFor(index, gp('com.pubg.imobile'), today);
    expect(v.actions.every((a) => a.action.jurisdiction !== 'IN' || a.action.status === 'lifted')).toBe(true);
    expect(v.level).not.toBe('banned');
  });

  it('an app not in the dataset gets level none, with no match', () => {
    const v = verdictFor(dataset(), gp('com.mojang.minecraftpe', 'Minecraft', 'Mojang'), today);
    expect(v).toMatchObject({ level: 'none', match: null, actions: [], notes: [] });
  });

  it('an unknown listing with a distinctive name matches by name; a generic one does not', () => {
    const byName = verdictFor(dataset(), { store: 'microsoft-store', id: '9NBLGGH4NNS1', title: 'TikTok', developer: null }, today);
    expect(byName.match?.matchedBy).toBe('name');
    expect(byName.level).toBe('banned');
    const generic = verdictFor(dataset(), gp('com.example.player', 'Music Player', null), today);
    expect(generic.level).toBe('none');
  });

  it('a publisher match reaches operator-wide actions (ByteDance under the 2024 US act)', () => {
    const v = verdictFor(dataset(), gp('com.example.unknown', 'Some New ByteDance App', 'Bytedance Pte. Ltd'), today);
    expect(v.match?.matchedBy).toBe('publisher');
    expect(v.match?.app).toBeNull();
    expect(v.actions.length).toBeGreaterThan(0);
    expect(v.actions.every((a) => a.viaOperator)).toBe(true);
  });

  it('an APK site page that names a Play package matches the Play listing', () => {
    const v = verdictFor(dataset(), { store: 'apkpure', id: 'tiktok', title: null, developer: null, androidPackage: 'com.zhiliaoapp.musically' }, today);
    expect(v.match?.matchedBy).toBe('store-id');
    expect(v.level).toBe('banned');
  });

  it('an app on an Android store whose id is its package is that Play package, even from the address alone', () => {
    const play = verdictFor(dataset(), gp('com.zhiliaoapp.musically'), today);
    for (const store of ['galaxy-store', 'getapps', 'apkpure', 'apkmirror', 'uptodown', 'aptoide'] as const) {
      const v = verdictFor(dataset(), { store, id: 'com.zhiliaoapp.musically', title: null, developer: null }, today);
      expect(v.match?.matchedBy, store).toBe('store-id');
      expect(v.level, store).toBe(play.level);
      expect(v.actions.map((a) => a.action.id), store).toEqual(play.actions.map((a) => a.action.id));
      // The completed identity is what the popup and the command line show.
      expect(v.identity.androidPackage, store).toBe('com.zhiliaoapp.musically');
    }
  });

  it('a store whose ids are not packages is not taken for a package', () => {
    const v = verdictFor(dataset(), { store: 'app-store', id: '835599320', title: null, developer: null }, today);
    expect(v.identity.androidPackage).toBeUndefined();
    const ms = verdictFor(dataset(), { store: 'microsoft-store', id: 'com.zhiliaoapp.musically', title: null, developer: null }, today);
    expect(ms.match).toBeNull();
  });

  it('attaches data-sharing notes with claim, response and findings', () => {
    const v = verdictFor(dataset(), gp('com.zhiliaoapp.musically'), today);
    expect(v.notes.length).toBeGreaterThan(0);
    const note = v.notes[0]!;
    expect(note.claim.sources.length).toBeGreaterThan(0);
    expect(note.response ?? note.responseNote).toBeTruthy();
  });

  it('groups a state\'s or province\'s actions under its country, home first, so dozens of states read as one entry', () => {
    const v = verdictFor(dataset(), gp('com.zhiliaoapp.musically'), today);
    const groups = byJurisdiction(v, 'US');
    expect(groups[0]![0]).toBe('US');
    expect(groups.map(([j]) => j).every((j) => !j.includes('-'))).toBe(true);
    expect(new Set(groups.map(([j]) => j)).size).toBe(groups.length);
    const us = groups[0]![1];
    expect(us.some((x) => x.action.jurisdiction.startsWith('US-'))).toBe(true);
    expect(us.some((x) => x.action.jurisdiction === 'US')).toBe(true);
    expect(groups.reduce((n, [, views]) => n + views.length, 0)).toBe(v.actions.length);
  });
});
