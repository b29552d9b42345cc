import { describe, expect, it } from 'vitest';
import { actionLevel, levelChangeDays, levelOf, type LevelInput } from '../../../src/core/verdict/levels';

const base: LevelInput = { status: 'in-force', scope: 'public', measure: 'block', effective: '2020-06-29' };
const today = '2026-11-22';

describe('actionLevel', () => {
  it('a public block in force is a ban', () => {
    expect(actionLevel(base, today)).toBe('banned');
  });
  it('government-device, new-download and limited measures are restrictions', () => {
    expect(actionLevel({ ...base, scope: 'government-devices' }, today)).toBe('restricted');
    expect(actionLevel({ ...base, scope: 'new-downloads' }, today)).toBe('restricted');
    expect(actionLevel({ ...base, scope: 'limited' }, today)).toBe('restricted');
    expect(actionLevel({ ...base, measure: 'restrict' }, today)).toBe('restricted');
  });
  it('proposed, court-blocked, suspended and not-yet-effective measures put the app at risk', () => {
    for (const status of ['proposed', 'enjoined', 'suspended'] as const) {
      expect(actionLevel({ ...base, status }, today)).toBe('at-risk');
    }
    expect(actionLevel({ ...base, effective: '2027-01-01' }, today)).toBe('at-risk');
    expect(actionLevel({ ...base, measure: 'divest' }, today)).toBe('at-risk');
  });
  it('revoked, lifted and expired measures are past', () => {
    for (const status of ['revoked', 'lifted', 'expired'] as const) expect(actionLevel({ ...base, status }, today)).toBe('past');
  });
  it('a revoking order gives no level to anyone', () => {
    expect(actionLevel({ ...base, measure: 'revoke' }, today)).toBe('none');
  });
});

describe('levelOf', () => {
  it('takes the most serious level and is none without actions', () => {
    expect(levelOf([], today)).toBe('none');
    expect(levelOf([{ ...base, status: 'revoked' }, { ...base, scope: 'government-devices' }], today)).toBe('restricted');
    expect(levelOf([{ ...base, status: 'proposed' }, base, { ...base, status: 'lifted' }], today)).toBe('banned');
  });
  it('changes on the day a measure takes effect', () => {
    const later = { ...base, effective: '2027-03-01' };
    expect(levelOf([later], '2027-02-28')).toBe('at-risk');
    expect(levelOf([later], '2027-03-01')).toBe('banned');
    expect(levelChangeDays([later, base], today)).toEqual(['2027-03-01']);
  });
});
