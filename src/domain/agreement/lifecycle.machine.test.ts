import { describe, expect, it } from 'vitest';
import { getShortestPaths } from 'xstate/graph';
import {
  LIFECYCLE_STATES,
  WORKING_DATA_KINDS,
  allows,
  lifecycleMachine,
  next,
  type LifecycleEvent,
  type LifecycleState,
  type WorkingDataKind,
} from './lifecycle.machine';

const EVENTS: LifecycleEvent[] = [
  { type: 'FREEZE', ready: true },
  { type: 'FREEZE', ready: false },
  { type: 'SIGN', allSigned: false },
  { type: 'SIGN', allSigned: true },
  { type: 'WITHDRAW' },
  { type: 'ACTIVATE' },
  { type: 'AMEND' },
  { type: 'EDIT' },
  { type: 'WORK', kind: 'evaluation' },
  { type: 'WORK', kind: 'baseline' },
];
const key = (e: LifecycleEvent) =>
  `${e.type}${'ready' in e ? `(ready=${e.ready})` : ''}${'allSigned' in e ? `(allSigned=${e.allSigned})` : ''}${'kind' in e ? `(${e.kind})` : ''}`;

// Every allowed transition before any version was signed, written out; everything not listed here must be refused.
const ALLOWED: Record<LifecycleState, Record<string, LifecycleState>> = {
  concept: { EDIT: 'concept', 'FREEZE(ready=true)': 'ter-ondertekening', 'WORK(baseline)': 'concept' },
  'ter-ondertekening': {
    'SIGN(allSigned=false)': 'ter-ondertekening',
    'SIGN(allSigned=true)': 'getekend',
    WITHDRAW: 'concept',
  },
  getekend: { ACTIVATE: 'actief', AMEND: 'wijziging', 'WORK(evaluation)': 'getekend' },
  actief: { AMEND: 'wijziging', 'WORK(evaluation)': 'actief' },
  wijziging: { EDIT: 'wijziging', 'FREEZE(ready=true)': 'ter-ondertekening', 'WORK(baseline)': 'wijziging' },
};

/**
 * Working data per state and kind, with and without a signed version in force. getekend and actief
 * always have one (they are reached only by signing); the table still states both answers.
 */
const WORK_ALLOWED: Record<LifecycleState, Record<WorkingDataKind, { unsigned: boolean; signed: boolean }>> = {
  concept: { evaluation: { unsigned: false, signed: false }, baseline: { unsigned: true, signed: true } },
  'ter-ondertekening': { evaluation: { unsigned: false, signed: true }, baseline: { unsigned: false, signed: false } },
  getekend: { evaluation: { unsigned: true, signed: true }, baseline: { unsigned: false, signed: false } },
  actief: { evaluation: { unsigned: true, signed: true }, baseline: { unsigned: false, signed: false } },
  wijziging: { evaluation: { unsigned: false, signed: true }, baseline: { unsigned: true, signed: true } },
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

describe('working data', () => {
  for (const state of LIFECYCLE_STATES) {
    describe(`when ${state}`, () => {
      for (const kind of WORKING_DATA_KINDS) {
        for (const hasSignedVersion of [false, true]) {
          const expected = WORK_ALLOWED[state][kind][hasSignedVersion ? 'signed' : 'unsigned'];
          it(`${expected ? 'allows' : 'refuses'} ${kind} work ${hasSignedVersion ? 'with' : 'without'} a signed version, and stays`, () => {
            const event = { type: 'WORK', kind } as const;
            expect(allows(state, event, { hasSignedVersion })).toBe(expected);
            expect(next(state, event, { hasSignedVersion })).toBe(expected ? state : null);
          });
        }
      }
    });
  }

  it('allows evaluation rounds exactly while a signed version is in force', () => {
    const inForce = (s: LifecycleState, hasSignedVersion: boolean) =>
      allows(s, { type: 'WORK', kind: 'evaluation' }, { hasSignedVersion });
    expect(LIFECYCLE_STATES.filter((s) => inForce(s, true))).toEqual(['ter-ondertekening', 'getekend', 'actief', 'wijziging']);
    // A first version awaiting signatures is not in force yet.
    expect(inForce('ter-ondertekening', false)).toBe(false);
  });

  it('allows the baseline round exactly where step data may be edited', () => {
    for (const hasSignedVersion of [false, true]) {
      expect(LIFECYCLE_STATES.filter((s) => allows(s, { type: 'WORK', kind: 'baseline' }, { hasSignedVersion }))).toEqual(
        LIFECYCLE_STATES.filter((s) => allows(s, { type: 'EDIT' }, { hasSignedVersion })),
      );
    }
  });
});
