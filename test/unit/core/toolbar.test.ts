import { describe, expect, it } from 'vitest';
import { toolbarFor, LEVEL_COLOURS } from '../../../src/background/toolbar';

const short = (l: string) => l.toUpperCase();

describe('toolbarFor', () => {
  it("a detail page shows its own app's level, not its similar-apps tiles'", () => {
    expect(toolbarFor('detail', ['none', 'banned'], short).text).toBe('');
    expect(toolbarFor('detail', ['banned', 'none'], short)).toMatchObject({ text: 'BANNED', colour: LEVEL_COLOURS.banned });
    expect(toolbarFor('detail', ['at-risk'], short).text).toBe('AT-RISK');
  });
  it('a list page counts flagged apps (past actions are not counted)', () => {
    expect(toolbarFor('list', ['none', 'banned', 'restricted', 'past'], short)).toMatchObject({ text: '2', colour: LEVEL_COLOURS.banned });
    expect(toolbarFor('list', ['none', 'past'], short).text).toBe('');
  });
  it('other pages show nothing', () => {
    expect(toolbarFor('none', [], short).text).toBe('');
    expect(toolbarFor('unreadable', [], short).title.message).toBe('toolbarUnreadable');
  });
});
