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

/**
 * What is working data. The signed text (the step data frozen into version n) changes only through an
 * amendment; around it the team keeps working, and that work is no part of what anybody signed:
 * - `evaluation`: everything a team does while an agreement is in force — the evaluation rounds of
 *   step 10 with everyone's answers and the students' survey, and (next to them) each action's
 *   progress, actions proposed since the signed version and the log of knowledge activities held.
 *   Allowed whenever a signed version is in force: `getekend`, `actief`, and during an amendment
 *   (`wijziging`, `ter-ondertekening` of version n+1) because version n is still in force then.
 * - `baseline`: the step-4 working-factors baseline (nulmeting) as a round where each person scores
 *   for themselves. Its result is written into step 4, which is agreement text, so it is allowed only
 *   while that text is being drafted (`concept`, `wijziging`).
 * Server and client both ask `allows(state, { type: 'WORK', kind }, { hasSignedVersion })`.
 */
export const WORKING_DATA_KINDS = ['evaluation', 'baseline'] as const;
export type WorkingDataKind = (typeof WORKING_DATA_KINDS)[number];

export type LifecycleEvent =
  /** Freeze the draft as version n; `ready`: every required step is complete. */
  | { type: 'FREEZE'; ready: boolean }
  /** One organisation signs; `allSigned`: with this signature every partner has signed. */
  | { type: 'SIGN'; allSigned: boolean }
  | { type: 'WITHDRAW' }
  | { type: 'ACTIVATE' }
  | { type: 'AMEND' }
  /** Change step data: only while drafting. */
  | { type: 'EDIT' }
  /** Change working data of `kind` (see WORKING_DATA_KINDS): never changes the state. */
  | { type: 'WORK'; kind: WorkingDataKind };

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
    evaluationWork: ({ event }) => event.type === 'WORK' && event.kind === 'evaluation',
    /** During an amendment the previous signed version is still in force. */
    evaluationWorkUnderSignedVersion: ({ context, event }) =>
      event.type === 'WORK' && event.kind === 'evaluation' && context.hasSignedVersion,
    baselineWork: ({ event }) => event.type === 'WORK' && event.kind === 'baseline',
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
        WORK: { guard: 'baselineWork', actions: 'stay' },
      },
    },
    'ter-ondertekening': {
      on: {
        SIGN: [{ guard: 'allSigned', target: 'getekend' }, { actions: 'stay' }],
        WITHDRAW: [{ guard: 'hasSignedVersion', target: 'wijziging' }, { target: 'concept' }],
        WORK: { guard: 'evaluationWorkUnderSignedVersion', actions: 'stay' },
      },
    },
    getekend: {
      on: { ACTIVATE: 'actief', AMEND: 'wijziging', WORK: { guard: 'evaluationWork', actions: 'stay' } },
    },
    actief: {
      on: { AMEND: 'wijziging', WORK: { guard: 'evaluationWork', actions: 'stay' } },
    },
    wijziging: {
      on: {
        EDIT: { actions: 'stay' },
        FREEZE: { guard: 'ready', target: 'ter-ondertekening' },
        WORK: [
          { guard: 'baselineWork', actions: 'stay' },
          { guard: 'evaluationWorkUnderSignedVersion', actions: 'stay' },
        ],
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
