import { assign, fromPromise, setup, type AnyStateNodeConfig } from 'xstate';
import { STEP_IDS, type StepId } from '#src/domain/step';
import { getStep } from '#steps/index';

export const OVERVIEW = 'overzicht' as const;
export type WizardLocation = StepId | typeof OVERVIEW;

export type WizardEvent =
  | { type: 'NEXT' }
  | { type: 'PREV' }
  | { type: 'OVERVIEW' }
  /** A URL change: a request the machine may refuse. */
  | { type: 'xstate.route'; to: string }
  | { type: 'COMPLETE'; data: Record<string, unknown> };

export interface WizardContext {
  error: string | null;
}

export const routeTo = (location: WizardLocation) => ({ type: 'xstate.route', to: `#${location}` }) as const;

/** The flow through the 11 steps. Steps never navigate; they send events and this machine decides. */
export const wizardMachine = setup({
  types: {
    context: {} as WizardContext,
    events: {} as WizardEvent,
  },
  actors: {
    completeStep: fromPromise<void, { stepId: StepId; data: Record<string, unknown> }>(async () => {
      throw new Error('completeStep not provided');
    }),
  },
  guards: {
    /** Marking a step afgerond requires its complete schema to parse. */
    stepDataComplete: ({ event }, params: { stepId: StepId }) =>
      event.type === 'COMPLETE' && getStep(params.stepId).schema.safeParse(event.data).success,
  },
}).createMachine({
  id: 'wizard',
  context: { error: null },
  initial: OVERVIEW,
  on: { OVERVIEW: `.${OVERVIEW}` },
  states: {
    [OVERVIEW]: { id: OVERVIEW, route: {} },
    ...Object.fromEntries(STEP_IDS.map((stepId, i) => [stepId, stepState(stepId, i)])),
  },
});

function stepState(stepId: StepId, index: number): AnyStateNodeConfig {
  const next = STEP_IDS[index + 1];
  const prev = STEP_IDS[index - 1];
  return {
    id: stepId,
    route: {},
    initial: 'editing',
    entry: assign({ error: null }),
    on: {
      ...(next ? { NEXT: `#${next}` } : {}),
      ...(prev ? { PREV: `#${prev}` } : {}),
    },
    states: {
      editing: {
        on: {
          COMPLETE: { guard: { type: 'stepDataComplete', params: { stepId } }, target: 'completing' },
        },
      },
      completing: {
        invoke: {
          src: 'completeStep',
          input: ({ event }: { event: WizardEvent }) => ({
            stepId,
            data: event.type === 'COMPLETE' ? event.data : {},
          }),
          onDone: { target: next ? `#${next}` : `#${OVERVIEW}` },
          onError: {
            target: 'editing',
            actions: assign({ error: ({ event }: { event: { error: unknown } }) => errorText(event.error) }),
          },
        },
      },
    },
  };
}

const errorText = (error: unknown) => (error instanceof Error ? error.message : 'Afronden is niet gelukt.');

/** Where the machine is: the overview or a step id. */
export function locationOf(value: unknown): WizardLocation {
  if (typeof value === 'string') return value as WizardLocation;
  return Object.keys(value as Record<string, unknown>)[0] as WizardLocation;
}
