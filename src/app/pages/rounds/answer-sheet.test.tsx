import { describe, expect, it } from 'vitest';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createActor, fromPromise } from 'xstate';
import type { PutStepResponse, StepState } from '#src/domain/dossier';
import type { Round } from '#src/domain/evaluation/api';
import type { RoundFrame } from '#src/domain/evaluation/rounds';
import { autosaveMachine, type SaveInput, type StepSyncActor } from '#src/sync/autosave.machine';
import type { AnswerSheet as Sheet } from '#src/sync/rounds-sync';
import { ApiError } from '#src/sync/api';
import { AnswerSheet } from './answer-sheet';

// The whole evaluation list renders many fields; in a loaded jsdom run that takes a while.
const SLOW = 30_000;

const frame: RoundFrame = {
  partners: [
    { id: 'school', kind: 'school', name: 'Het Zeekompas' },
    { id: 'jw', kind: 'jongerenwerk', name: 'Welzijn Oost' },
  ],
  factors: [
    { id: 'vast-team', label: 'Een vast, gespecialiseerd team jongerenwerkers', cluster: 'jongerenwerk' },
    { id: 'eigen-1', label: 'Ouders weten wie de jongerenwerker is', cluster: '' },
  ],
  baseline: { 'vast-team': { mean: 2.5, n: 2 }, 'eigen-1': { mean: null, n: 0 } },
  vision: 'Jongeren voelen zich gezien op school en in de wijk.',
  goals: [{ id: 'g1', goal: 'Leerlingen kennen de jongerenwerkers', indicator: '60% kent ze in juni' }],
  actions: [{ id: 'a1', what: 'Klassenbezoeken in leerjaar 1', status: 'bezig', deadline: '2027-01-31' }],
};

const round = (over: Partial<Round> = {}): Round => ({
  id: 'r0000000000000001',
  kind: 'evaluatie',
  number: 1,
  plannedOn: '2027-06-15',
  origin: 'schema',
  focus: null,
  state: 'open',
  openedAt: '2027-06-15T08:00:00.000Z',
  openedBy: 'Gemeente Westerhaven (eigenaar)',
  closedAt: null,
  closedBy: null,
  revision: 1,
  createdAt: '2027-01-01T08:00:00.000Z',
  students: { enabled: false, cap: 2000, responses: 0 },
  progress: { responded: 0, invitees: 3, paper: 0 },
  ...over,
});

/** An answer sheet as the door makes one, its saves answered here like the server would (or `answer` says). */
function sheetWith(server: Partial<StepState> = {}, paper = false, answer?: (input: SaveInput, n: number) => void) {
  const saves: SaveInput[] = [];
  const machine = autosaveMachine.provide({
    actors: {
      save: fromPromise<PutStepResponse, SaveInput>(async ({ input }) => {
        saves.push(input);
        answer?.(input, saves.length);
        return { data: input.data, revision: input.baseRevision + 1, status: 'bezig', updatedAt: '2027-06-15T12:03:00.000Z' };
      }),
    },
  });
  const actor: StepSyncActor = createActor(machine, {
    input: { server: { data: { answers: {} }, revision: 0, status: 'leeg', updatedAt: null, ...server } },
  }).start();
  const sheet: Sheet = { roundId: 'r0000000000000001', id: paper ? 'p1' : 'me', paper, actor };
  return { sheet, saves };
}

describe('the answer sheet of a round', () => {
  it(
    'asks about the vision and each goal of step 4, and saves what one person answers by itself',
    async () => {
      const user = userEvent.setup();
      const { sheet, saves } = sheetWith();
      render(<AnswerSheet sheet={sheet} round={round()} frame={frame} readOnly={false} askName />);

      expect(screen.getByText(frame.vision)).toBeInTheDocument();
      const goal = screen.getByRole('group', { name: 'Leerlingen kennen de jongerenwerkers' });
      expect(within(goal).getByText('Zo meten we het: 60% kent ze in juni')).toBeInTheDocument();
      await user.type(within(goal).getByLabelText(/^Hoe staat het ervoor\? Wat ziet u nu\?/), '55% kent ze nu');
      await user.click(within(within(goal).getByRole('group', { name: 'Staat u nog achter dit doel?' })).getByLabelText('Deels'));
      await user.click(within(screen.getByRole('group', { name: 'Staat u nog achter deze visie?' })).getByLabelText('Ja'));
      await user.type(screen.getByLabelText('Uw naam of functie'), 'Wethouder');
      // The factor with its baseline, the action of the plan with its status.
      const factor = screen.getByLabelText('Een vast, gespecialiseerd team jongerenwerkers');
      expect(screen.getByText('Nulmeting in stap 4: 2,5 (gemiddelde van 2 antwoorden).')).toBeInTheDocument();
      await user.selectOptions(factor, '4');
      const action = screen.getByRole('group', { name: 'Klassenbezoeken in leerjaar 1' });
      await user.selectOptions(within(action).getByLabelText('Stand van zaken'), 'gereed');

      await waitFor(() => expect(saves.length).toBeGreaterThan(0), { timeout: 5000 });
      expect(await screen.findByText(/^Opgeslagen om \d\d:\d\d$/, {}, { timeout: 5000 })).toBeInTheDocument();
      const last = saves.at(-1)!;
      expect(last.data).toMatchObject({
        answers: {
          name: 'Wethouder',
          behindVision: 'ja',
          goals: { g1: { measured: '55% kent ze nu', behind: 'deels' } },
          presence: { 'vast-team': 4 },
          actions: { a1: { status: 'gereed' } },
        },
      });
      expect(last.complete).toBe(false);
    },
    SLOW,
  );

  it(
    'takes bottlenecks with their solution as rows, and "Klaar" checks them first',
    async () => {
      const user = userEvent.setup();
      const { sheet, saves } = sheetWith();
      render(<AnswerSheet sheet={sheet} round={round()} frame={frame} readOnly={false} askName={false} />);
      expect(screen.queryByLabelText('Uw naam of functie')).not.toBeInTheDocument();

      await user.click(screen.getByRole('button', { name: 'Knelpunt toevoegen' }));
      // Focus moves into the new row.
      expect(screen.getByLabelText('Wat is het knelpunt?')).toHaveFocus();
      await user.type(screen.getByLabelText('Wat zou helpen?'), 'Vaker overleggen');
      await user.click(screen.getByRole('button', { name: 'Klaar' }));
      const summary = await screen.findByRole('heading', { name: 'Er is 1 punt dat u nog moet aanvullen' });
      expect(summary.closest('.sw-error-summary')).toHaveTextContent('Beschrijf het knelpunt.');
      expect(saves.some((s) => s.complete)).toBe(false);

      await user.type(screen.getByLabelText('Wat is het knelpunt?'), 'Te weinig overleg');
      await user.click(screen.getByRole('button', { name: 'Klaar' }));
      await waitFor(() => expect(saves.some((s) => s.complete)).toBe(true), { timeout: 5000 });
      expect(saves.find((s) => s.complete)!.data).toMatchObject({
        answers: { knelpunten: [{ knelpunt: 'Te weinig overleg', oplossing: 'Vaker overleggen' }] },
      });
    },
    SLOW,
  );

  it(
    'shows a closed round read-only, with the answers as they were kept',
    async () => {
      const { sheet } = sheetWith({
        data: { answers: { goals: { g1: { measured: 'Op koers', behind: 'ja' } }, tops: 'Korte lijnen' } },
        revision: 3,
        status: 'bezig',
      });
      render(
        <AnswerSheet
          sheet={sheet}
          round={round({ state: 'gesloten', closedAt: '2027-07-01T10:00:00.000Z' })}
          frame={frame}
          readOnly
          askName
        />,
      );
      const measured = screen.getByLabelText(/^Hoe staat het ervoor\? Wat ziet u nu\?/);
      expect(measured).toHaveValue('Op koers');
      expect(measured).toBeDisabled();
      expect(screen.getByLabelText('Tops: wat gaat goed?')).toHaveValue('Korte lijnen');
      expect(screen.queryByRole('button', { name: 'Klaar' })).not.toBeInTheDocument();
      expect(screen.queryByRole('button', { name: 'Knelpunt toevoegen' })).not.toBeInTheDocument();
    },
    SLOW,
  );

  it(
    'for a baseline round asks importance and presence of every factor, stored as scores',
    async () => {
      const user = userEvent.setup();
      const { sheet, saves } = sheetWith();
      render(<AnswerSheet sheet={sheet} round={round({ kind: 'nulmeting' })} frame={frame} readOnly={false} askName={false} />);
      const panel = screen.getByRole('group', { name: 'Mijn scores' });
      await user.selectOptions(within(panel).getByLabelText(`Belang van "${frame.factors[0]!.label}"`), '5');
      await user.selectOptions(within(panel).getByLabelText(`Aanwezigheid van "${frame.factors[1]!.label}"`), 'weet_niet');
      await waitFor(() => expect(saves.length).toBeGreaterThan(0), { timeout: 5000 });
      expect(saves.at(-1)!.data).toMatchObject({
        answers: { scores: { 'vast-team': { importance: 5 }, 'eigen-1': { presence: 'weet_niet' } } },
      });
    },
    SLOW,
  );

  it(
    'for a paper form asks whose answers they are, and keeps that with every save',
    async () => {
      const user = userEvent.setup();
      const { sheet, saves } = sheetWith({ data: { answers: {}, partnerId: 'school', person: 'Conciërge' }, revision: 1 }, true);
      render(<AnswerSheet sheet={sheet} round={round()} frame={frame} readOnly={false} askName={false} />);
      const who = screen.getByRole('group', { name: 'Van wie is dit formulier?' });
      expect(within(who).getByLabelText('Van welke organisatie is deze persoon?')).toHaveValue('school');
      expect(within(who).getByLabelText('Naam of functie van wie het formulier invulde')).toHaveValue('Conciërge');
      await user.type(screen.getByLabelText('Tips: wat kan beter?'), 'Meer uren');
      await waitFor(() => expect(saves.length).toBeGreaterThan(0), { timeout: 5000 });
      expect(saves.at(-1)!.data).toMatchObject({ partnerId: 'school', person: 'Conciërge', answers: { tips: 'Meer uren' } });
    },
    SLOW,
  );

  it(
    'when the same answers were saved in another window meanwhile, shows both versions and keeps mine until I choose',
    async () => {
      const user = userEvent.setup();
      const theirs = { data: { answers: { tops: 'Uit het andere venster' } }, revision: 2, status: 'bezig', updatedAt: null };
      const { sheet, saves } = sheetWith(
        { data: { answers: { tops: 'Eerst' } }, revision: 1, status: 'bezig' },
        false,
        (input, n) => {
          // The first save finds the answers changed elsewhere (as RoundsSync reports a 409 it could not merge).
          if (n === 1)
            throw new ApiError(409, 'Uw antwoorden zijn intussen ergens anders opgeslagen.', {
              error: 'Uw antwoorden zijn intussen ergens anders opgeslagen.',
              current: theirs,
              conflictingFields: ['answers'],
              conflicts: [
                {
                  path: ['answers', 'tops'],
                  mine: input.data.answers && (input.data.answers as { tops: string }).tops,
                  theirs: 'Uit het andere venster',
                },
              ],
            });
        },
      );
      render(<AnswerSheet sheet={sheet} round={round()} frame={frame} readOnly={false} askName={false} />);
      const tops = screen.getByLabelText('Tops: wat gaat goed?');
      await user.clear(tops);
      await user.type(tops, 'Uit dit venster');
      const panel = await screen.findByRole(
        'heading',
        { level: 2, name: 'Uw antwoorden zijn ook ergens anders gewijzigd' },
        { timeout: 5000 },
      );
      const conflict = panel.closest('.sw-conflict') as HTMLElement;
      expect(within(conflict).getByRole('group', { name: 'Tops: wat gaat goed?' })).toHaveTextContent('Uit dit venster');
      expect(within(conflict).getByRole('group', { name: 'Tops: wat gaat goed?' })).toHaveTextContent('Uit het andere venster');
      expect(within(conflict).getByLabelText('Mijn versie behouden')).toBeChecked();
      await user.click(within(conflict).getByRole('button', { name: 'Keuze opslaan' }));
      await waitFor(() => expect(saves).toHaveLength(2), { timeout: 5000 });
      expect(saves[1]).toMatchObject({ data: { answers: { tops: 'Uit dit venster' } }, baseRevision: 2 });
    },
    SLOW,
  );
});
