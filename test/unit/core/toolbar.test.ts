import { describe, expect, it } from 'vitest';
import { toolbarFor, LEVEL_COLOURS, type ToolbarApp } from '../../../src/background/toolbar';
import type { Level } from '../../../src/core/verdict/levels';

const short = (l: string) => l.toUpperCase();
const apps = (...levels: Level[]): ToolbarApp[] => levels.map((level) => ({ level }));

describe('toolbarFor', () => {
  it("a detail page shows its own app's level, not its similar-apps tiles'", () => {
    expect(toolbarFor('detail', apps('none', 'banned'), short).text).toBe('');
    expect(toolbarFor('detail', apps('banned', 'none'), short)).toMatchObject({ text: 'BANNED', colour: LEVEL_COLOURS.banned });
    expect(toolbarFor('detail', apps('at-risk'), short).text).toBe('AT-RISK');
  });
  it('a list page counts flagged apps (past actions are not counted)', () => {
    expect(toolbarFor('list', apps('none', 'banned', 'restricted', 'past'), short)).toMatchObject({ text: '2', colour: LEVEL_COLOURS.banned });
    expect(toolbarFor('list', apps('none', 'past'), short).text).toBe('');
  });
  it('other pages show nothing', () => {
    expect(toolbarFor('none', [], short).text).toBe('');
    expect(toolbarFor('unreadable', [], short).title.message).toBe('toolbarUnreadable');
  });
  it('says in words whether the level is where the reader lives or elsewhere', () => {
    const home = toolbarFor('detail', [{ level: 'restricted', where: 'home' }], short, { homeName: 'United States' });
    expect(home).toMatchObject({ text: 'RESTRICTED', title: { message: 'toolbarHome_restricted', substitution: 'United States' } });
    const away = toolbarFor('detail', [{ level: 'banned', where: 'elsewhere' }], short, { homeName: 'France' });
    expect(away).toMatchObject({ text: 'BANNED', title: { message: 'toolbarElsewhere_banned', substitution: 'France' } });
  });
  it('with the home-only setting, apps flagged only elsewhere get no badge (the tooltip still says why)', () => {
    const away = toolbarFor('detail', [{ level: 'banned', where: 'elsewhere' }], short, { homeName: 'France', homeOnly: true });
    expect(away).toMatchObject({ text: '', title: { message: 'toolbarElsewhere_banned' } });
    const list: ToolbarApp[] = [
      { level: 'banned', where: 'elsewhere' },
      { level: 'restricted', where: 'home' },
    ];
    expect(toolbarFor('list', list, short, { homeName: 'France', homeOnly: true })).toMatchObject({ text: '1', colour: LEVEL_COLOURS.restricted });
    expect(toolbarFor('list', list, short, { homeName: 'France' }).text).toBe('2');
  });
});
