import { assign, fromPromise, setup, type ActorRefFrom } from 'xstate';
import type { PutStepResponse, StepState } from '#src/domain/dossier';
import type { StepStatus } from '#src/domain/step';
import { ApiError } from './api';
import { deepEqual, pathKey, resolveStepData, type Conflict } from '#src/domain/merge';

export interface SaveInput {
  data: Record<string, unknown>;
  baseRevision: number;
  complete: boolean;
}

export interface AutosaveContext {
  /** What the server holds, as far as we know. */
  server: StepState;
  /** The newest input not yet acknowledged by the server. */
  pending: Record<string, unknown> | null;
  /** The input currently on its way to the server. */
  inFlight: Record<string, unknown> | null;
  completeRequested: boolean;
  attempts: number;
  lastError: string | null;
  conflict: { current: StepState; fields: string[]; details: Conflict[]; base: Record<string, unknown> } | null;
  /** Bumped whenever the server returns data the form does not have (merge, conflict resolution). */
  replaced: number;
}

export type AutosaveEvent =
  | { type: 'EDIT'; data: Record<string, unknown> }
  | { type: 'FLUSH' }
  | { type: 'COMPLETE'; data: Record<string, unknown> }
  | { type: 'RETRY' }
  | { type: 'KEEP_MINE' }
  | { type: 'TAKE_THEIRS' }
  /** Per conflict (by `pathKey`): keep mine, keep theirs, or a combined value. */
  | { type: 'RESOLVE'; choices: Record<string, Choice> }
  /** Someone else saved a newer revision (live events); taken only while nothing of ours is unsent. */
  | { type: 'REMOTE'; server: StepState };

export type Choice = { kind: 'mine' } | { kind: 'theirs' } | { kind: 'value'; value: unknown };

export const AUTOSAVE_DELAY_MS = 1000;
const MAX_BACKOFF_MS = 30_000;

const errorOf = (event: unknown) => {
  const error = (event as { error?: unknown }).error;
  return error instanceof ApiError ? error : undefined;
};

/**
 * Autosave for one step: debounce, save, retry with backoff, surface conflicts. Side effects on the
 * browser's storage are actions supplied by the caller (`persist`, `forget`), so the flow is testable.
 */
export const autosaveMachine = setup({
  types: {
    context: {} as AutosaveContext,
    events: {} as AutosaveEvent,
    input: {} as { server: StepState; pending?: Record<string, unknown> | null },
  },
  actors: {
    save: fromPromise<PutStepResponse, SaveInput>(async () => {
      throw new Error('save actor not provided');
    }),
  },
  actions: {
    persist: (_, _params: { data: Record<string, unknown>; baseRevision: number }) => {},
    forget: () => {},
    edit: assign({ pending: ({ event }) => ('data' in event ? event.data : null) }),
    /** Applies the user's choices to the conflict: their other changes and mine both survive. */
    resolve: assign(({ context }, params: { all?: 'mine' | 'theirs'; choices?: Record<string, Choice> }) => {
      const conflict = context.conflict!;
      const choose = (c: Conflict) => {
        const choice: Choice = params.choices?.[pathKey(c.path)] ?? { kind: params.all ?? 'theirs' };
        return choice.kind === 'value' ? choice.value : choice.kind === 'mine' ? c.mine : c.theirs;
      };
      const data = resolveStepData(conflict.base, conflict.current.data, context.pending ?? conflict.base, choose);
      return {
        server: conflict.current,
        pending: deepEqual(data, conflict.current.data) ? null : data,
        conflict: null,
        replaced: context.replaced + 1,
      };
    }),
  },
  delays: {
    debounce: AUTOSAVE_DELAY_MS,
    backoff: ({ context }) => Math.min(MAX_BACKOFF_MS, 1000 * 2 ** Math.max(0, context.attempts - 1)),
  },
  guards: {
    hasPending: ({ context }) => context.pending !== null,
    // A 409 with the current state is an edit conflict; without it (e.g. the text is frozen) it is a refusal.
    isConflict: ({ event }) => errorOf(event)?.conflict?.current !== undefined,
    isRejected: ({ event }) => {
      const status = errorOf(event)?.status ?? 0;
      return status >= 400 && status < 500;
    },
  },
}).createMachine({
  id: 'autosave',
  context: ({ input }) => ({
    server: input.server,
    pending: input.pending ?? null,
    inFlight: null,
    completeRequested: false,
    attempts: 0,
    lastError: null,
    conflict: null,
    replaced: 0,
  }),
  initial: 'boot',
  on: {
    EDIT: {
      actions: [
        'edit',
        { type: 'persist', params: ({ context, event }) => ({ data: event.data, baseRevision: context.server.revision }) },
      ],
      target: '.debouncing',
    },
    COMPLETE: {
      actions: [
        'edit',
        assign({ completeRequested: true }),
        { type: 'persist', params: ({ context, event }) => ({ data: event.data, baseRevision: context.server.revision }) },
      ],
      target: '.saving',
    },
  },
  states: {
    // Input left over from an earlier visit (reload, outage) is sent straight away.
    boot: { always: [{ guard: 'hasPending', target: 'saving' }, { target: 'idle' }] },
    idle: {
      on: {
        REMOTE: {
          guard: ({ context, event }) => context.pending === null && event.server.revision > context.server.revision,
          actions: assign(({ context, event }) => ({ server: event.server, replaced: context.replaced + 1 })),
        },
      },
    },
    debouncing: {
      after: { debounce: 'saving' },
      on: { FLUSH: 'saving' },
    },
    saving: {
      entry: assign({ inFlight: ({ context }) => context.pending ?? context.server.data }),
      invoke: {
        src: 'save',
        input: ({ context }) => ({
          data: context.inFlight ?? context.server.data,
          baseRevision: context.server.revision,
          complete: context.completeRequested,
        }),
        onDone: [
          {
            // Newer input arrived while saving: save again.
            guard: ({ context }) => context.pending !== null && context.pending !== context.inFlight,
            target: 'debouncing',
            actions: assign(({ event }) => ({
              server: toServer(event.output),
              inFlight: null,
              attempts: 0,
              lastError: null,
              completeRequested: false,
            })),
          },
          {
            target: 'idle',
            actions: [
              assign(({ context, event }) => ({
                server: toServer(event.output),
                // The database returns JSON with its keys in its own order: only a different content
                // (the server merged someone else's change) replaces what the form shows.
                replaced: deepEqual(event.output.data, context.inFlight) ? context.replaced : context.replaced + 1,
                pending: null,
                inFlight: null,
                attempts: 0,
                lastError: null,
                completeRequested: false,
              })),
              'forget',
            ],
          },
        ],
        onError: [
          {
            guard: 'isConflict',
            target: 'conflict',
            actions: assign(({ context, event }) => {
              const body = (event.error as ApiError).conflict!;
              return {
                inFlight: null,
                conflict: {
                  current: body.current,
                  fields: body.conflictingFields ?? [],
                  details: (body.conflicts ?? []) as Conflict[],
                  base: context.server.data,
                },
                lastError: (event.error as ApiError).message,
              };
            }),
          },
          {
            // The server refused the content (validation): retrying the same input cannot help.
            guard: 'isRejected',
            target: 'rejected',
            actions: assign(({ event }) => ({
              inFlight: null,
              completeRequested: false,
              lastError: (event.error as ApiError).message,
            })),
          },
          {
            target: 'failed',
            actions: assign(({ context, event }) => ({
              inFlight: null,
              attempts: context.attempts + 1,
              lastError: event.error instanceof Error ? event.error.message : String(event.error),
            })),
          },
        ],
      },
      on: {
        // Keep newer input, but let the current request finish first.
        EDIT: {
          actions: [
            'edit',
            { type: 'persist', params: ({ context, event }) => ({ data: event.data, baseRevision: context.server.revision }) },
          ],
        },
        FLUSH: {},
      },
    },
    failed: {
      after: { backoff: 'saving' },
      on: { RETRY: 'saving', FLUSH: 'saving' },
    },
    rejected: {
      on: { RETRY: 'saving' },
    },
    conflict: {
      on: {
        EDIT: { actions: 'edit' },
        FLUSH: {},
        KEEP_MINE: { actions: { type: 'resolve', params: { all: 'mine' } }, target: 'resolved' },
        TAKE_THEIRS: { actions: { type: 'resolve', params: { all: 'theirs' } }, target: 'resolved' },
        RESOLVE: { actions: { type: 'resolve', params: ({ event }) => ({ choices: event.choices }) }, target: 'resolved' },
      },
    },
    // After a choice: save the resolved data, unless it is exactly what the server already has.
    resolved: {
      always: [{ guard: ({ context }) => context.pending === null, target: 'idle', actions: 'forget' }, { target: 'saving' }],
    },
  },
});

/** One step's autosave, as the dossier's sync keeps it running and pages read it. */
export type StepSyncActor = ActorRefFrom<typeof autosaveMachine>;

function toServer(out: PutStepResponse): StepState {
  return { data: out.data, revision: out.revision, status: out.status as StepStatus, updatedAt: out.updatedAt };
}
