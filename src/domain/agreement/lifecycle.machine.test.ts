import { describe, expect, it } from 'vitest';
import { getShortestPaths } from 'xstate/graph';
import { LIFECYCLE_STATES, allows, lifecycleMachine, next, type LifecycleEvent, type LifecycleState } from './lifecycle.machine';

const EVENTS: LifecycleEvent[] = [
  { type: 'FREEZE', ready: true },
  { type: 'FREEZE', ready: false },
  { type: 'SIGN', allSigned: false },
  { type: 'SIGN', allSigned: true },
  { type: 'WITHDRAW' },
  { type: 'ACTIVATE' },
  { type: 'AMEND' },
  { type: 'EDIT' },
];
const key = (e: LifecycleEvent) =>
  `${e.type}${'ready' in e ? `(ready=${e.ready})` : ''}${'allSigned' in e ? `(allSigned=${e.allSigned})` : ''}`;

// Every allowed transition, written out; everything not listed here must be refused.
const ALLOWED: Record<LifecycleState, Record<string, LifecycleState>> = {
  concept: { EDIT: 'concept', 'FREEZE(ready=true)': 'ter-ondertekening' },
  'ter-ondertekening': {
    'SIGN(allSigned=false)': 'ter-ondertekening',
    'SIGN(allSigned=true)': 'getekend',
    WITHDRAW: 'concept',
  },
  getekend: { ACTIVATE: 'actief', AMEND: 'wijziging' },
  actief: { AMEND: 'wijziging' },
  wijziging: { EDIT: 'wijziging', 'FREEZE(ready=true)': 'ter-ondertekening' },
};

describe('agreement lifecycle', () => {
  for (const state of LIFECYCLE_STATES) {
    describe(`when ${state}`, () => {
      for (const event of EVENTS) {
        const expected = ALLOWED[state][key(event)] ?? null;
        it(`${expected ? 'allows' : 'refuses'} ${key(event)}`, () => {
          expect(allows(state, event)).toBe(expected !== null);
          expect(next(state, event)).toBe(expected);
        });
      }
    });
  }

  it('withdrawing an amendment returns to wijziging, not to the first draft', () => {
    expect(next('ter-ondertekening', { type: 'WITHDRAW' }, { hasSignedVersion: true })).toBe('wijziging');
  });

  it('reaches every state from concept', () => {
    const reached = new Set(getShortestPaths(lifecycleMachine, { events: EVENTS }).map((p) => p.state.value));
    expect([...reached].sort()).toEqual([...LIFECYCLE_STATES].sort());
  });

  it('allows editing step data only while drafting', () => {
    expect(LIFECYCLE_STATES.filter((s) => allows(s, { type: 'EDIT' }))).toEqual(['concept', 'wijziging']);
  });
});
