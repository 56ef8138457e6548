import { describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createActor, fromPromise, waitFor } from 'xstate';
import { autosaveMachine, type SaveInput } from '#src/sync/autosave.machine';
import { ApiError } from '#src/sync/api';
import type { PutStepResponse } from '#src/domain/dossier';
import { ConflictPanel } from './conflict-panel';

function actorInConflict() {
  const calls: SaveInput[] = [];
  const current = {
    data: { vision: 'Tekst van de school', goals: 'g' },
    revision: 4,
    status: 'bezig' as const,
    updatedAt: '2026-11-21T10:00:00.000Z',
  };
  const actor = createActor(
    autosaveMachine.provide({
      actors: {
        save: fromPromise<PutStepResponse, SaveInput>(async ({ input }) => {
          calls.push(input);
          if (calls.length === 1) {
            throw new ApiError(409, 'Conflict', {
              error: 'Conflict',
              current,
              conflictingFields: ['vision'],
              conflicts: [{ path: ['vision'], mine: 'Tekst van de gemeente', theirs: 'Tekst van de school' }],
            });
          }
          return { data: input.data, revision: 5, status: 'bezig', updatedAt: '2026-11-21T10:01:00.000Z' };
        }),
      },
    }),
    { input: { server: { data: { vision: '', goals: '' }, revision: 3, status: 'bezig', updatedAt: null } } },
  ).start();
  actor.send({ type: 'EDIT', data: { vision: 'Tekst van de gemeente', goals: '' } });
  actor.send({ type: 'FLUSH' });
  return { actor, calls };
}

describe('ConflictPanel', () => {
  it('shows both versions side by side and saves a combination the user wrote', async () => {
    const { actor, calls } = actorInConflict();
    await waitFor(actor, (s) => s.matches('conflict'));
    const user = userEvent.setup();
    render(<ConflictPanel actor={actor} />);
    expect(screen.getByRole('heading', { name: 'Iemand anders heeft dit tegelijk gewijzigd' })).toBeInTheDocument();
    expect(screen.getByText('Tekst van de gemeente')).toBeInTheDocument();
    expect(screen.getByText('Tekst van de school')).toBeInTheDocument();
    await user.click(screen.getByLabelText('Beide samenvoegen'));
    const combined = screen.getByLabelText('Samengevoegde tekst');
    expect(combined).toHaveValue('Tekst van de school\n\nTekst van de gemeente');
    await user.clear(combined);
    await user.type(combined, 'Samen geschreven tekst');
    await user.click(screen.getByRole('button', { name: 'Keuze opslaan' }));
    await waitFor(actor, (s) => s.matches('idle'));
    // The other partner's change to `goals` survives; `vision` is the combination.
    expect(calls[1]).toEqual({ data: { vision: 'Samen geschreven tekst', goals: 'g' }, baseRevision: 4, complete: false });
  });

  it('keeps my version where it shows "Mijn versie behouden" checked and nothing was changed', async () => {
    const { actor, calls } = actorInConflict();
    await waitFor(actor, (s) => s.matches('conflict'));
    const user = userEvent.setup();
    render(<ConflictPanel actor={actor} />);
    expect(screen.getByLabelText('Mijn versie behouden')).toBeChecked();
    await user.click(screen.getByRole('button', { name: 'Keuze opslaan' }));
    await waitFor(actor, (s) => s.matches('idle'));
    expect(calls[1]).toEqual({ data: { vision: 'Tekst van de gemeente', goals: 'g' }, baseRevision: 4, complete: false });
  });
});
