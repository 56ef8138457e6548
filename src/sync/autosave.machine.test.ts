import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createActor, fromPromise } from 'xstate';
import type { PutStepResponse, StepState } from '#src/domain/dossier';
import { ApiError } from './api';
import { pathKey } from '#src/domain/merge';
import { autosaveMachine, AUTOSAVE_DELAY_MS, type SaveInput } from './autosave.machine';

const server0: StepState = { data: { a: '' }, revision: 3, status: 'bezig', updatedAt: '2026-11-21T10:00:00.000Z' };

function setup(
  opts: { pending?: Record<string, unknown>; answer?: (input: SaveInput, call: number) => Promise<PutStepResponse> } = {},
) {
  const calls: SaveInput[] = [];
  const persisted: unknown[] = [];
  let forgotten = 0;
  const answer =
    opts.answer ??
    (async (input: SaveInput) => ({
      data: input.data,
      revision: input.baseRevision + 1,
      status: 'bezig' as const,
      updatedAt: '2026-11-21T14:03:00.000Z',
    }));
  const actor = createActor(
    autosaveMachine.provide({
      actors: {
        save: fromPromise<PutStepResponse, SaveInput>(({ input }) => {
          calls.push(input);
          return answer(input, calls.length);
        }),
      },
      actions: {
        persist: (_, params) => persisted.push(params),
        forget: () => {
          forgotten++;
        },
      },
    }),
    { input: { server: server0, pending: opts.pending ?? null } },
  ).start();
  return { actor, calls, persisted, forgotten: () => forgotten };
}

const flushPromises = () => vi.advanceTimersByTimeAsync(0);

describe('autosave', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('saves about a second after typing stops, once, with the latest input', async () => {
    const { actor, calls, persisted } = setup();
    actor.send({ type: 'EDIT', data: { a: 'Z' } });
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS / 2);
    actor.send({ type: 'EDIT', data: { a: 'Zo' } });
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS - 10);
    expect(calls).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(20);
    expect(calls).toEqual([{ data: { a: 'Zo' }, baseRevision: 3, complete: false }]);
    expect(persisted).toHaveLength(2);
    await flushPromises();
    expect(actor.getSnapshot().value).toBe('idle');
    expect(actor.getSnapshot().context.server.revision).toBe(4);
  });

  it('saves at once when leaving the step (FLUSH)', async () => {
    const { actor, calls } = setup();
    actor.send({ type: 'EDIT', data: { a: 'x' } });
    actor.send({ type: 'FLUSH' });
    expect(calls).toHaveLength(1);
  });

  it('keeps the input and retries with backoff while the network fails', async () => {
    let online = false;
    const { actor, calls, forgotten } = setup({
      answer: async (input) => {
        if (!online) throw new ApiError(0, 'Geen verbinding met de server.');
        return { data: input.data, revision: 4, status: 'bezig', updatedAt: '2026-11-21T14:03:00.000Z' };
      },
    });
    actor.send({ type: 'EDIT', data: { a: 'belangrijk' } });
    actor.send({ type: 'FLUSH' });
    await flushPromises();
    expect(actor.getSnapshot().value).toBe('failed');
    expect(actor.getSnapshot().context.pending).toEqual({ a: 'belangrijk' });
    await vi.advanceTimersByTimeAsync(1000);
    expect(calls).toHaveLength(2);
    await flushPromises();
    await vi.advanceTimersByTimeAsync(1999);
    expect(calls).toHaveLength(2);
    online = true;
    await vi.advanceTimersByTimeAsync(1);
    await flushPromises();
    expect(calls).toHaveLength(3);
    expect(actor.getSnapshot().value).toBe('idle');
    expect(actor.getSnapshot().context.pending).toBeNull();
    expect(forgotten()).toBe(1);
  });

  it('retries at once on request', async () => {
    const { actor, calls } = setup({ answer: async () => Promise.reject(new ApiError(0, 'offline')) });
    actor.send({ type: 'EDIT', data: { a: 'x' } });
    actor.send({ type: 'FLUSH' });
    await flushPromises();
    actor.send({ type: 'RETRY' });
    expect(calls).toHaveLength(2);
  });

  it('saves input typed during a save right after it', async () => {
    let release!: () => void;
    const { actor, calls } = setup({
      answer: (input, call) =>
        new Promise((resolve) => {
          const done = () =>
            resolve({ data: input.data, revision: 3 + call, status: 'bezig', updatedAt: '2026-11-21T14:03:00.000Z' });
          if (call === 1) release = done;
          else done();
        }),
    });
    actor.send({ type: 'EDIT', data: { a: 'een' } });
    actor.send({ type: 'FLUSH' });
    actor.send({ type: 'EDIT', data: { a: 'een twee' } });
    release();
    await flushPromises();
    expect(actor.getSnapshot().value).toBe('debouncing');
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS);
    await flushPromises();
    expect(calls.map((c) => [c.data.a, c.baseRevision])).toEqual([
      ['een', 3],
      ['een twee', 4],
    ]);
    expect(actor.getSnapshot().value).toBe('idle');
  });

  it('sends input left in the browser from an earlier visit straight away', () => {
    const { calls } = setup({ pending: { a: 'van gisteren' } });
    expect(calls).toEqual([{ data: { a: 'van gisteren' }, baseRevision: 3, complete: false }]);
  });

  it('stops on a conflict until the user chooses, then saves on the current revision', async () => {
    const current: StepState = {
      data: { a: 'van de school' },
      revision: 5,
      status: 'bezig',
      updatedAt: '2026-11-21T14:00:00.000Z',
    };
    const { actor, calls } = setup({
      answer: async (input, call) => {
        if (call === 1) throw new ApiError(409, 'Conflict', { error: 'Conflict', current, conflictingFields: ['a'] });
        return { data: input.data, revision: input.baseRevision + 1, status: 'bezig', updatedAt: '2026-11-21T14:05:00.000Z' };
      },
    });
    actor.send({ type: 'EDIT', data: { a: 'van de gemeente' } });
    actor.send({ type: 'FLUSH' });
    await flushPromises();
    expect(actor.getSnapshot().value).toBe('conflict');
    expect(actor.getSnapshot().context.conflict?.fields).toEqual(['a']);
    await vi.advanceTimersByTimeAsync(60_000);
    expect(calls).toHaveLength(1);
    actor.send({ type: 'KEEP_MINE' });
    await flushPromises();
    expect(calls[1]).toEqual({ data: { a: 'van de gemeente' }, baseRevision: 5, complete: false });
    expect(actor.getSnapshot().context.server.revision).toBe(6);
  });

  it('takes the other version and tells the form to reload it', async () => {
    const current: StepState = {
      data: { a: 'van de school' },
      revision: 5,
      status: 'bezig',
      updatedAt: '2026-11-21T14:00:00.000Z',
    };
    const { actor } = setup({
      answer: async () => {
        throw new ApiError(409, 'Conflict', { error: 'Conflict', current, conflictingFields: ['a'] });
      },
    });
    actor.send({ type: 'EDIT', data: { a: 'mijn tekst' } });
    actor.send({ type: 'FLUSH' });
    await flushPromises();
    actor.send({ type: 'TAKE_THEIRS' });
    const ctx = actor.getSnapshot().context;
    expect(ctx.server).toEqual(current);
    expect(ctx.pending).toBeNull();
    expect(ctx.replaced).toBe(1);
  });

  it("resolves per conflict and never drops either side's other changes", async () => {
    // Base revision 3 has { a: '' }. The other partner set a and b; I set a and c.
    const current: StepState = {
      data: { a: 'hun a', b: 'hun b' },
      revision: 5,
      status: 'bezig',
      updatedAt: '2026-11-21T14:00:00.000Z',
    };
    const conflict = { path: ['a'], mine: 'mijn a', theirs: 'hun a' };
    const { actor, calls } = setup({
      answer: async (input, call) => {
        if (call === 1)
          throw new ApiError(409, 'Conflict', { error: 'Conflict', current, conflictingFields: ['a'], conflicts: [conflict] });
        return { data: input.data, revision: input.baseRevision + 1, status: 'bezig', updatedAt: '2026-11-21T14:05:00.000Z' };
      },
    });
    actor.send({ type: 'EDIT', data: { a: 'mijn a', c: 'mijn c' } });
    actor.send({ type: 'FLUSH' });
    await flushPromises();
    expect(actor.getSnapshot().context.conflict?.details).toEqual([conflict]);
    actor.send({ type: 'RESOLVE', choices: { [pathKey(['a'])]: { kind: 'value', value: 'hun a + mijn a' } } });
    await flushPromises();
    expect(calls[1]).toEqual({ data: { a: 'hun a + mijn a', b: 'hun b', c: 'mijn c' }, baseRevision: 5, complete: false });
    expect(actor.getSnapshot().context.replaced).toBe(1);
  });

  it('taking their version of a conflict still saves my other changes', async () => {
    const current: StepState = { data: { a: 'hun a' }, revision: 5, status: 'bezig', updatedAt: '2026-11-21T14:00:00.000Z' };
    const { actor, calls } = setup({
      answer: async (input, call) => {
        if (call === 1) throw new ApiError(409, 'Conflict', { error: 'Conflict', current, conflictingFields: ['a'] });
        return { data: input.data, revision: input.baseRevision + 1, status: 'bezig', updatedAt: '2026-11-21T14:05:00.000Z' };
      },
    });
    actor.send({ type: 'EDIT', data: { a: 'mijn a', c: 'mijn c' } });
    actor.send({ type: 'FLUSH' });
    await flushPromises();
    actor.send({ type: 'TAKE_THEIRS' });
    await flushPromises();
    expect(calls[1]).toEqual({ data: { a: 'hun a', c: 'mijn c' }, baseRevision: 5, complete: false });
  });

  it('does not retry input the server refused, and says why', async () => {
    const { actor, calls } = setup({ answer: async () => Promise.reject(new ApiError(400, 'Gebruik hoogstens 200 tekens.')) });
    actor.send({ type: 'EDIT', data: { a: 'x'.repeat(300) } });
    actor.send({ type: 'FLUSH' });
    await flushPromises();
    await vi.advanceTimersByTimeAsync(60_000);
    expect(calls).toHaveLength(1);
    expect(actor.getSnapshot().value).toBe('rejected');
    expect(actor.getSnapshot().context.lastError).toBe('Gebruik hoogstens 200 tekens.');
  });

  it('marks the form for reload when the server merged in other changes', async () => {
    const { actor } = setup({
      answer: async (input) => ({
        data: { ...input.data, b: 'van een ander' },
        revision: 5,
        status: 'bezig',
        updatedAt: '2026-11-21T14:03:00.000Z',
      }),
    });
    actor.send({ type: 'EDIT', data: { a: 'mijn' } });
    actor.send({ type: 'FLUSH' });
    await flushPromises();
    expect(actor.getSnapshot().context.replaced).toBe(1);
    expect(actor.getSnapshot().context.server.data).toEqual({ a: 'mijn', b: 'van een ander' });
  });

  it('keeps the form (and the cursor in it) when the server returns the same data in its own key order', async () => {
    // PostgreSQL's jsonb stores object keys in an order of its own; the content is what matters.
    const reorder = (v: unknown): unknown =>
      Array.isArray(v)
        ? v.map(reorder)
        : v && typeof v === 'object'
          ? Object.fromEntries(
              Object.entries(v)
                .reverse()
                .map(([k, x]) => [k, reorder(x)]),
            )
          : v;
    const { actor } = setup({
      answer: async (input) => ({
        data: reorder(input.data) as Record<string, unknown>,
        revision: 4,
        status: 'bezig',
        updatedAt: '2026-11-21T14:03:00.000Z',
      }),
    });
    actor.send({ type: 'EDIT', data: { a: 'mijn', rows: [{ id: 'r1', what: 'x', how: 'y' }] } });
    actor.send({ type: 'FLUSH' });
    await flushPromises();
    expect(actor.getSnapshot().context.server.revision).toBe(4);
    expect(actor.getSnapshot().context.replaced).toBe(0);
  });

  it('sends complete:true when finishing the step', () => {
    const { actor, calls } = setup();
    actor.send({ type: 'COMPLETE', data: { a: 'klaar' } });
    expect(calls).toEqual([{ data: { a: 'klaar' }, baseRevision: 3, complete: true }]);
  });

  it('takes a newer revision from someone else only while nothing of ours is unsent (REMOTE)', async () => {
    const { actor, calls } = setup();
    const theirs: StepState = {
      data: { a: 'van de school' },
      revision: 5,
      status: 'bezig',
      updatedAt: '2026-11-21T14:05:00.000Z',
    };
    actor.send({ type: 'REMOTE', server: theirs });
    expect(actor.getSnapshot().context.server).toEqual(theirs);
    expect(actor.getSnapshot().context.replaced).toBe(1);
    // An older or equal revision (our own save heard back) changes nothing.
    actor.send({ type: 'REMOTE', server: { ...theirs, revision: 4, data: { a: 'oud' } } });
    expect(actor.getSnapshot().context.server.data).toEqual({ a: 'van de school' });
    // While typing, the form is not replaced; the next save is based on what we had and merges on the server.
    actor.send({ type: 'EDIT', data: { a: 'mijn tekst' } });
    actor.send({ type: 'REMOTE', server: { ...theirs, revision: 6 } });
    expect(actor.getSnapshot().context.server.revision).toBe(5);
    expect(actor.getSnapshot().context.replaced).toBe(1);
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS + 10);
    expect(calls).toEqual([{ data: { a: 'mijn tekst' }, baseRevision: 5, complete: false }]);
  });
});
