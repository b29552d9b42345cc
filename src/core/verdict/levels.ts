/** The one place that turns actions into a level. Pure; `today` is an ISO date (YYYY-MM-DD). */
import type { Measure, Scope, Status } from '../dataset/vocabulary';

export const LEVELS = ['banned', 'restricted', 'at-risk', 'past', 'none'] as const;
export type Level = (typeof LEVELS)[number];

const RANK: Record<Level, number> = { banned: 4, restricted: 3, 'at-risk': 2, past: 1, none: 0 };

export interface LevelInput {
  /** Today's status (the last history entry). */
  status: Status;
  scope: Scope;
  measure: Measure;
  effective: string | null;
  /** When given, the status on another day is read from it. */
  history?: readonly { status: Status; from: string }[];
}

/** The action's status on a day: from its history when it has one; null before the action existed. */
export function statusOn(a: Pick<LevelInput, 'status' | 'history'>, day: string): Status | null {
  if (!a.history) return a.status;
  let status: Status | null = null;
  for (const h of a.history) if (h.from <= day) status = h.status;
  return status;
}

/** The level one action gives an app it names, on the given day. */
export function actionLevel(a: LevelInput, today: string): Level {
  if (a.measure === 'revoke') return 'none';
  const status = statusOn(a, today);
  switch (status) {
    case null:
      return 'none';
    case 'in-force':
      if (a.effective && a.effective > today) return 'at-risk'; // enacted, not yet effective
      if (a.measure === 'divest') return 'at-risk'; // a forced sale, with a ban as the stick
      return a.measure === 'block' && a.scope === 'public' ? 'banned' : 'restricted';
    case 'proposed':
    case 'enjoined':
    case 'suspended':
      return 'at-risk';
    case 'revoked':
    case 'lifted':
    case 'expired':
    case 'satisfied':
    case 'void':
      return 'past';
  }
}

export function higherLevel(a: Level, b: Level): Level {
  return RANK[a] >= RANK[b] ? a : b;
}

/** The app's level: the most serious of its actions' levels. */
export function levelOf(actions: readonly LevelInput[], today: string): Level {
  let level: Level = 'none';
  for (const a of actions) level = higherLevel(level, actionLevel(a, today));
  return level;
}

export function compareLevels(a: Level, b: Level): number {
  return RANK[b] - RANK[a];
}

/** Days after `today` on which `levelOf` may change: an action taking effect, or a dated change of status. */
export function levelChangeDays(actions: readonly LevelInput[], today: string): string[] {
  const days = new Set<string>();
  for (const a of actions) {
    if (a.effective && a.effective > today) days.add(a.effective);
    for (const h of a.history ?? []) if (h.from > today) days.add(h.from);
  }
  return [...days].sort();
}

export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}
