import { assign, fromPromise, or, setup, type AnyStateNodeConfig } from 'xstate';
import { STEP_IDS, type StepId } from '#src/domain/step';
import { wizardNl } from '#src/i18n/nl/wizard';

export const OVERVIEW = 'overzicht' as const;
export type WizardLocation = StepId | typeof OVERVIEW;

export type WizardEvent =
  | { type: 'NEXT' }
  | { type: 'PREV' }
  | { type: 'OVERVIEW' }
  /** A URL change: a request the machine may refuse. */
  | { type: 'xstate.route'; to: string }
  /**
   * Mark the step afgerond with `data`. `parsed`: the step form's resolver has already parsed `data`
   * with this step's complete schema (the form submits nothing else), so it need not be parsed again.
   */
  | { type: 'COMPLETE'; data: Record<string, unknown>; parsed?: boolean };

export interface WizardContext {
  error: string | null;
}

export const routeTo = (location: WizardLocation) => ({ type: 'xstate.route', to: `#${location}` }) as const;

/**
 * The flow through the 11 steps. Steps never navigate; they send events and this machine decides.
 * The step schemas live above this layer: whoever runs the machine provides the guard
 * `completeSchemaParses`; the steps and their order are the domain's `STEP_IDS`.
 */
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
    /** The step form parsed the data with the step's complete schema already (one parse per completion). */
    parsedByForm: ({ event }) => event.type === 'COMPLETE' && event.parsed === true,
    /** The step's complete schema parses the data: provided by the app, which knows the schemas. */
    completeSchemaParses: (_, _params: { stepId: StepId }): boolean => {
      throw new Error('completeSchemaParses not provided');
    },
  },
}).createMachine({
  id: 'wizard',
  context: { error: null },
  initial: OVERVIEW,
  on: { OVERVIEW: `.${OVERVIEW}` },
  states: {
    // `route: {}` without guards, here and on every step: partners jump straight to their own step (the
    // one where their organisation is aan zet) from the overview or a link, so any step may be opened
    // from anywhere. What the machine does guard is marking a step afgerond.
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
          // Marking a step afgerond requires its complete schema to parse.
          COMPLETE: {
            guard: or(['parsedByForm', { type: 'completeSchemaParses', params: { stepId } }]),
            target: 'completing',
          },
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

const errorText = (error: unknown) => (error instanceof Error ? error.message : wizardNl.completeFailed);

/** Where the machine is: the overview or a step id. */
export function locationOf(value: unknown): WizardLocation {
  if (typeof value === 'string') return value as WizardLocation;
  return Object.keys(value as Record<string, unknown>)[0] as WizardLocation;
}
