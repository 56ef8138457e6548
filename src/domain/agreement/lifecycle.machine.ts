import { getNextSnapshot, setup } from 'xstate';

/**
 * The agreement's lifecycle, shared by server (which refuses what it does not allow) and client
 * (which shows the state and offers only allowed actions).
 *
 * concept → ter-ondertekening → getekend → actief → wijziging → ter-ondertekening → …
 * Withdrawing a version for signing voids its signatures and returns to drafting: `concept` for the
 * first version, `wijziging` when an earlier version was signed (the draft is then an amendment).
 */
export const LIFECYCLE_STATES = ['concept', 'ter-ondertekening', 'getekend', 'actief', 'wijziging'] as const;
export type LifecycleState = (typeof LIFECYCLE_STATES)[number];

export type LifecycleEvent =
  /** Freeze the draft as version n; `ready`: every required step is complete. */
  | { type: 'FREEZE'; ready: boolean }
  /** One organisation signs; `allSigned`: with this signature every partner has signed. */
  | { type: 'SIGN'; allSigned: boolean }
  | { type: 'WITHDRAW' }
  | { type: 'ACTIVATE' }
  | { type: 'AMEND' }
  /** Change step data: only while drafting. */
  | { type: 'EDIT' };

export interface LifecycleContext {
  /** Whether an earlier version was signed (then withdrawing returns to `wijziging`). */
  hasSignedVersion: boolean;
}

export const lifecycleMachine = setup({
  types: {
    context: {} as LifecycleContext,
    events: {} as LifecycleEvent,
    input: {} as Partial<LifecycleContext>,
  },
  actions: {
    // Staying in the same state is still an allowed transition; xstate's `can` needs an action to see it.
    stay: () => {},
  },
  guards: {
    ready: ({ event }) => event.type === 'FREEZE' && event.ready,
    allSigned: ({ event }) => event.type === 'SIGN' && event.allSigned,
    hasSignedVersion: ({ context }) => context.hasSignedVersion,
  },
}).createMachine({
  id: 'agreement',
  context: ({ input }) => ({ hasSignedVersion: input?.hasSignedVersion ?? false }),
  initial: 'concept',
  states: {
    concept: {
      on: {
        EDIT: { actions: 'stay' },
        FREEZE: { guard: 'ready', target: 'ter-ondertekening' },
      },
    },
    'ter-ondertekening': {
      on: {
        SIGN: [{ guard: 'allSigned', target: 'getekend' }, { actions: 'stay' }],
        WITHDRAW: [{ guard: 'hasSignedVersion', target: 'wijziging' }, { target: 'concept' }],
      },
    },
    getekend: {
      on: { ACTIVATE: 'actief', AMEND: 'wijziging' },
    },
    actief: {
      on: { AMEND: 'wijziging' },
    },
    wijziging: {
      on: {
        EDIT: { actions: 'stay' },
        FREEZE: { guard: 'ready', target: 'ter-ondertekening' },
      },
    },
  },
});

const snapshotAt = (state: LifecycleState, context: LifecycleContext) => lifecycleMachine.resolveState({ value: state, context });

/** Whether the machine allows `event` in `state`. */
export function allows(state: LifecycleState, event: LifecycleEvent, context: LifecycleContext = { hasSignedVersion: false }) {
  return snapshotAt(state, context).can(event);
}

/** The state after `event`, or `null` when the machine refuses it. */
export function next(
  state: LifecycleState,
  event: LifecycleEvent,
  context: LifecycleContext = { hasSignedVersion: false },
): LifecycleState | null {
  const snapshot = snapshotAt(state, context);
  if (!snapshot.can(event)) return null;
  return getNextSnapshot(lifecycleMachine, snapshot, event).value as LifecycleState;
}

export const LIFECYCLE_LABELS: Record<LifecycleState, string> = {
  concept: 'Concept',
  'ter-ondertekening': 'Ter ondertekening',
  getekend: 'Getekend',
  actief: 'Actief',
  wijziging: 'Wijziging in voorbereiding',
};
