/** Dataset fault injection: each kind of mistake fails the build with a message naming file and field. */
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileDataset, DatasetError, type DataFile } from '../../../src/core/dataset/compile';
import { readDataFiles } from '../../../src/node/readDataset';

const INDIA = 'data/actions/in/in-2020-06-29-59-apps.yaml';
const EO = 'data/actions/us/us-2020-08-06-eo-13942-tiktok.yaml';
const BYTEDANCE = 'data/apps/bytedance.yaml';
const TENCENT = 'data/apps/tencent.yaml';

const pristine = readDataFiles();
type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

function withChange(path: string, change: (data: Json) => void, extra: DataFile[] = []): DataFile[] {
  const files = structuredClone(pristine);
  const file = files.find((f) => f.path === path);
  if (!file) throw new Error(`test setup: no ${path}`);
  change(file.data as Json);
  return [...files, ...extra];
}

function problemsOf(files: DataFile[]) {
  try {
    compileDataset(files);
  } catch (err) {
    expect(err).toBeInstanceOf(DatasetError);
    return (err as DatasetError).problems;
  }
  throw new Error('expected the dataset to be rejected');
}

const app = (d: Json, id: string) => (d.apps as Json[]).find((a) => a.id === id)!;

const cases: [string, string, (d: Json) => void, string, RegExp][] = [
  ['a missing source', INDIA, (d) => (d.sources = []), 'sources', /at least one source/],
  ['a non-https source', INDIA, (d) => (d.sources[0].url = 'http://pib.gov.in/x'), 'sources[0].url', /https/],
  ['a source without publisher', INDIA, (d) => delete d.sources[0].publisher, 'sources[0].publisher', /./],
  ['an impossible date', INDIA, (d) => (d.announced = '2020-02-30'), 'announced', /real date/],
  ['a date in the wrong format', INDIA, (d) => (d.sources[0].date = '29/06/2020'), 'sources[0].date', /YYYY-MM-DD/],
  ['an unknown jurisdiction', INDIA, (d) => (d.jurisdiction = 'XQ'), 'jurisdiction', /not in data\/jurisdictions.yaml/],
  ['a malformed jurisdiction', INDIA, (d) => (d.jurisdiction = 'India'), 'jurisdiction', /ISO 3166/],
  ['an unknown status', INDIA, (d) => (d.history[0].status = 'banned'), 'history[0].status', /./],
  ['an unknown field (typo)', INDIA, (d) => (d.staus = 'in-force'), '', /staus/],
  ['a published list shorter than its count', INDIA, (d) => d.targets.names.pop(), 'targets.names', /58 names but the action published 59/],
  ['an ending status without an end date', EO, (d) => (d.ended = null), 'ended', /is missing/],
  ['an end date on an action still in force', INDIA, (d) => (d.ended = '2024-01-01'), 'ended', /does not end the action/],
  ['an end date that differs from the ending status', EO, (d) => (d.ended = '2021-06-10'), 'ended', /must equal/],
  ['a status history out of order', EO, (d) => (d.history[1].from = '2020-08-01'), 'history[1].from', /earlier than the entry before/],
  ['an effective date before the announcement', INDIA, (d) => (d.effective = '2019-01-01'), 'effective', /before the announced date/],
  ['a file name that is not the id', INDIA, (d) => (d.id = 'in-2020-06-29-something-else'), 'id', /must equal the file name/],
  ['a reference to a missing action', BYTEDANCE, (d) => (app(d, 'tiktok').answersTo[0].action = 'in-1999-01-01-nothing'), 'apps[0].answersTo[0].action', /no action has the id/],
  ['an app name not in the published list', BYTEDANCE, (d) => (app(d, 'tiktok').answersTo[0].names = ['Tik Tok']), 'apps[0].answersTo[0].names[0]', /not among the names published/],
  ['an App Store id with its prefix', BYTEDANCE, (d) => (app(d, 'tiktok').listings.find((l: Json) => l.store === 'app-store').id = 'id835599320'), 'listings', /numeric App Store id/],
  ['a Play package that is not a package', BYTEDANCE, (d) => (app(d, 'tiktok').listings[0].id = 'TikTok'), 'listings[0].id', /Android package/],
  ['an unknown store', BYTEDANCE, (d) => (app(d, 'tiktok').listings[0].store = 'play-store'), 'listings[0].store', /./],
  ['a source of an unknown kind', INDIA, (d) => (d.sources[0].kind = 'blog'), 'sources[0].kind', /./],
  ['a source without a kind', INDIA, (d) => delete d.sources[0].kind, 'sources[0].kind', /./],
  ['an action without a checked date', INDIA, (d) => delete d.checked, 'checked', /./],
  ['a checked date before today\'s status began', EO, (d) => (d.checked = '2020-08-07'), 'checked', /before today's status began/],
  ['a checked date no source carries', EO, (d) => (d.checked = '2021-07-01'), 'checked', /not the date of any of the action's sources/],
  ['a checked date after its own "not confirmed after" caveat', EO, (d) => (d.caveats = [...(d.caveats ?? []), 'Not confirmed after 2021-01-01.']), 'checked', /after the caveat "not confirmed after 2021-01-01"/],
  ['a status checked over a year ago with no "not confirmed after" caveat', INDIA, (d) => { d.checked = d.history.at(-1).from; d.caveats = (d.caveats ?? []).filter((c: string) => !/not confirmed after/i.test(c)); }, 'caveats', /needs a "not confirmed after <date>" caveat: today's status \(in-force\) was last checked 2025-08-22, over 365 days/],
  ['a Wikipedia mirror', INDIA, (d) => (d.sources[1].url = 'https://wikimili.com/en/TikTok'), 'sources[1].url', /host wikimili\.com is refused .*mirror/],
  ['a content farm', INDIA, (d) => (d.sources[1].url = 'https://www.pledgetimes.com/x'), 'sources[1].url', /host pledgetimes\.com is refused .*content-farm/],
  ['a mail host of a real outlet', INDIA, (d) => (d.sources[1].url = 'https://mail.thehindu.com/news/x'), 'sources[1].url', /host mail\.thehindu\.com is a "mail\." copy/],
  ['an AMP copy', INDIA, (d) => (d.sources[1].url = 'https://www.thehindu.com/news/x/amp/'), 'sources[1].url', /"\/amp\/" address is a copy/],
  ['an AMP copy by its last segment', INDIA, (d) => (d.sources[1].url = 'https://www.livemint.com/news/india/apps-banned/amp-11593442476925.html'), 'sources[1].url', /address ending "\/amp-11593442476925\.html" is a copy/],
  ['a feed-tracking copy of an address', INDIA, (d) => (d.sources[1].url = 'https://www.thehindu.com/news/x/article1.ece?utm_source=rss&utm_medium=rss'), 'sources[1].url', /tracking parameter "utm_source"/],
  ['a state outlet on another government\'s action', INDIA, (d) => (d.sources[1].url = 'https://tass.com/world/1'), 'sources[1].url', /host tass\.com is controlled by the government of RU/],
  ['official set on a press source', INDIA, (d) => ((d.sources[1].kind = 'press'), (d.sources[1].official = true)), 'sources[1].official', /kind is "press"/],
  ['an action resting on no primary source', INDIA, (d) => d.sources.forEach((s: Json) => ((s.kind = 'ngo'), delete s.official)), 'sources', /needs a source of kind official/],
  ['a revocation resting only on an other-kind source', EO, (d) => (d.history[2].sources = [{ ...d.sources[0], kind: 'other', official: false }]), 'history[2].sources', /the change to "revoked" needs a source/],
  ['a reported name that is also a published one', INDIA, (d) => (d.targets.reported = ['TikTok']), 'targets.reported[0]', /either published or reported/],
  ['an action naming nothing at all', 'data/actions/in/in-2023-05-01-14-messenger-apps.yaml', (d) => ((d.targets.reported = []), (d.targets.publishedCount = null)), 'targets', /no reported name/],
  ['one store id on two apps', TENCENT, (d) => (app(d, 'wechat').listings[0].id = 'com.zhiliaoapp.musically'), 'listings[0].id', /already the listing of/],
];

describe('a dataset entry with a mistake fails the build, naming file and field', () => {
  it.each(cases)('%s', (_name, path, change, field, message) => {
    const problems = problemsOf(withChange(path, change));
    const hit = problems.find((p) => p.file === path && p.field.includes(field) && message.test(p.message));
    expect(hit, JSON.stringify(problems, null, 1)).toBeDefined();
  });

  it('a duplicate action id across two files', () => {
    const copy = structuredClone(pristine.find((f) => f.path === INDIA)!);
    const problems = problemsOf([...structuredClone(pristine), { path: 'data/actions/in/copy/in-2020-06-29-59-apps.yaml', data: copy.data }]);
    expect(problems.some((p) => p.field === 'id' && /also used by/.test(p.message))).toBe(true);
  });

  it('a note about an app that does not exist, or with no response and no reason', () => {
    const note = pristine.find((f) => f.path.startsWith('data/notes/'))!;
    const bad = structuredClone(note.data) as Json;
    bad.apps = ['no-such-app'];
    bad.response = null;
    delete bad.responseNote;
    const files = structuredClone(pristine).map((f) => (f.path === note.path ? { ...f, data: bad } : f));
    const problems = problemsOf(files);
    expect(problems.some((p) => p.file === note.path && p.field === 'apps[0]' && /no app has the id/.test(p.message))).toBe(true);
    expect(problems.some((p) => p.file === note.path && p.field === 'responseNote')).toBe(true);
  });

  it('a revocation of an action that does not exist', () => {
    const path = 'data/actions/us/us-2021-06-09-eo-14034.yaml';
    const problems = problemsOf(withChange(path, (d) => d.revokes.push('us-1999-eo-00000')));
    expect(problems.some((p) => p.file === path && /^revokes\[\d+\]$/.test(p.field))).toBe(true);
  });

  it('an operator-wide action naming an unknown operator', () => {
    const wide = pristine.find((f) => ((f.data as Json).targets?.operators ?? []).length > 0)!;
    const problems = problemsOf(withChange(wide.path, (d) => (d.targets.operators = ['no-such-operator'])));
    expect(problems.some((p) => p.file === wide.path && p.field === 'targets.operators[0]')).toBe(true);
  });

  it('a file that is not valid YAML names the file and line', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ban-radar-data-'));
    mkdirSync(join(dir, 'data/actions'), { recursive: true });
    writeFileSync(join(dir, 'data/actions/broken.yaml'), 'id: x\nsources: [unclosed\n');
    expect(() => readDataFiles(join(dir, 'data'), dir)).toThrowError(/data\/actions\/broken\.yaml: line \d+: is not valid YAML/);
  });

  it('the error message lists every problem with its file and field', () => {
    try {
      compileDataset(withChange(INDIA, (d) => ((d.jurisdiction = 'XQ'), (d.ended = '2024-01-01'))));
    } catch (err) {
      expect((err as Error).message).toContain(`${INDIA}: jurisdiction:`);
      expect((err as Error).message).toContain(`${INDIA}: ended:`);
      return;
    }
    throw new Error('expected a DatasetError');
  });

  it('a file that fails its schema is reported once, without dangling-reference noise', () => {
    const problems = problemsOf(withChange(INDIA, (d) => (d.sources = [])));
    expect(problems).toEqual([{ file: INDIA, field: 'sources', message: 'needs at least one source' }]);
  });

  it('a state outlet may speak for its own government, but is never an action\'s only evidence', () => {
    const RU = pristine.find((f) => f.path.startsWith('data/actions/ru/'))!.path;
    const tass = { url: 'https://tass.com/politics/1', publisher: 'TASS', title: 't', date: '2026-02-12', kind: 'press' };
    // Added beside the action's own sources: accepted.
    expect(() => compileDataset(withChange(RU, (d) => d.sources.push(tass)))).not.toThrow();
    // As the only source: refused.
    const problems = problemsOf(withChange(RU, (d) => ((d.sources = [tass]), d.history.forEach((h: Json) => delete h.sources))));
    expect(problems.some((p) => p.file === RU && p.field === 'sources' && /not a state outlet/.test(p.message))).toBe(true);
  });

  it('an app may answer to a name the press reported, and it is counted as such, not as published', () => {
    const ix = compileDataset(structuredClone(pristine));
    const action = ix.actions['in-2023-05-01-14-messenger-apps']!;
    expect(action.nameCount).toBe(0);
    expect(action.reported).toContain('Threema');
    expect(ix.apps.find((a) => a.id === 'threema')!.answersTo.map((r) => r.action)).toContain(action.id);
    expect(ix.unidentified.filter((u) => u.action === action.id).every((u) => u.reported)).toBe(true);
  });

  it('the real dataset compiles', () => {
    expect(() => compileDataset(structuredClone(pristine))).not.toThrow();
  });
});
