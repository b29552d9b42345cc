import { describe, expect, it } from 'vitest';
import { actionLevel, levelChangeDays, levelOf, statusOn, type LevelInput } from '../../../src/core/verdict/levels';

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
  it('a forced-sale law met by a sale, and a law void by its own terms, are past: nothing is pending', () => {
    const forcedSale = { ...base, history: [
      { status: 'in-force' as const, from: '2024-04-24' },
      { status: 'suspended' as const, from: '2025-01-20' },
      { status: 'satisfied' as const, from: '2026-01-22' },
    ] };
    expect(actionLevel({ ...forcedSale, status: 'satisfied' }, today)).toBe('past');
    expect(actionLevel({ ...forcedSale, status: 'satisfied' }, '2025-06-01')).toBe('at-risk');
    expect(actionLevel({ ...base, status: 'void' }, today)).toBe('past');
  });
  it('an enacted law enjoined before its effective date is never a block on any day', () => {
    const enjoinedEarly = { ...base, effective: '2024-01-01', status: 'void' as const, history: [
      { status: 'in-force' as const, from: '2023-05-17' },
      { status: 'enjoined' as const, from: '2023-11-30' },
      { status: 'void' as const, from: '2026-02-20' },
    ] };
    for (const day of ['2023-05-17', '2023-11-29', '2023-12-31', '2024-06-01', '2026-02-19']) {
      expect(actionLevel(enjoinedEarly, day)).toBe('at-risk');
    }
    expect(actionLevel(enjoinedEarly, '2026-02-20')).toBe('past');
  });
  it('a revoking order gives no level to anyone', () => {
    expect(actionLevel({ ...base, measure: 'revoke' }, today)).toBe('none');
  });
});

describe('statusOn and the level on another day', () => {
  const eo = {
    ...base,
    status: 'revoked' as const,
    effective: '2020-09-20',
    history: [
      { status: 'in-force' as const, from: '2020-08-06' },
      { status: 'enjoined' as const, from: '2020-09-27' },
      { status: 'revoked' as const, from: '2021-06-09' },
    ],
  };
  it('reads the status a day had from the history', () => {
    expect(statusOn(eo, '2020-01-01')).toBeNull();
    expect(statusOn(eo, '2020-08-06')).toBe('in-force');
    expect(statusOn(eo, '2020-10-01')).toBe('enjoined');
    expect(statusOn(eo, today)).toBe('revoked');
  });
  it('gives each day its own level', () => {
    expect(actionLevel(eo, '2020-01-01')).toBe('none'); // not yet announced
    expect(actionLevel(eo, '2020-09-01')).toBe('at-risk'); // signed, not yet effective
    expect(actionLevel(eo, '2020-09-21')).toBe('banned');
    expect(actionLevel(eo, '2020-10-01')).toBe('at-risk'); // blocked by a court
    expect(actionLevel(eo, today)).toBe('past');
  });
  it('counts dated status changes among the days a level may change', () => {
    expect(levelChangeDays([eo], '2020-08-10')).toEqual(['2020-09-20', '2020-09-27', '2021-06-09']);
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
