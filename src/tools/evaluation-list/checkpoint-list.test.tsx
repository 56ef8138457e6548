import { describe, expect, it, vi } from 'vitest';
import { screen, within } from '@testing-library/react';
import { z } from '#src/domain/zod-nl';
import { StepForm, type StepFormProps } from '#src/forms/step-form';
import type { StepFormContext } from '#src/forms/step-context';
import { renderStepForm } from '#tests/utils/render-step-form';
import { CheckpointList, newCheckpoint } from './checkpoint-list';
import { checkpoints } from './schema';

// An example usage: the list as the only field group of a form, as step 10 uses it.
const schema = z.object({ checkpoints: checkpoints('complete') });
function Example(props: StepFormProps) {
  return (
    <StepForm {...props} schema={schema}>
      <CheckpointList />
    </StepForm>
  );
}

const partners = [
  { id: 's', kind: 'school', name: 'Het Zeekompas' },
  { id: 'j', kind: 'jongerenwerk', name: 'Welzijn Westerhaven' },
] as const;

function context(addActionRows = vi.fn()): StepFormContext {
  return {
    partners: [...partners],
    stepId: 'evaluatie',
    actionRows: [
      { id: 'actie-posters', what: 'Posters ophangen', status: 'bezig' },
      { id: 'actie-overleg', what: 'Signaleringsoverleg opzetten', status: 'gepland' },
    ],
    addActionRows,
    steps: {
      initiatief: { collaborationType: 'wijkgericht' },
      visie: {
        factors: {
          customFactors: [],
          respondents: [
            { id: 'a', partnerId: 's', name: 'Zorg', scores: { 'vast-team': { importance: 5, presence: 2 } } },
            { id: 'b', partnerId: 'j', name: 'Jongerenwerk', scores: { 'vast-team': { importance: 4, presence: 3 } } },
          ],
        },
      },
    },
  };
}

const one = (fields: Record<string, unknown> = {}) => ({
  checkpoints: [{ id: 'cp1', ...newCheckpoint(), date: '2027-06-15', kind: 'proces', ...fields }],
});
const lastValues = (onChange: { mock: { lastCall?: unknown[] } }) =>
  (onChange.mock.lastCall![0] as { checkpoints: Record<string, any>[] }).checkpoints;

describe('interim evaluation list', () => {
  it('adds a checkpoint by keyboard and moves focus to its date; removes it again', async () => {
    const { user } = renderStepForm(Example, { checkpoints: [] }, context());
    expect(screen.getByText('Nog geen evaluatiemomenten vastgelegd.')).toBeInTheDocument();
    screen.getByRole('button', { name: 'Evaluatiemoment toevoegen' }).focus();
    await user.keyboard('{Enter}');
    const row = screen.getByRole('group', { name: 'Evaluatiemoment 1' });
    expect(within(row).getByLabelText('Datum')).toHaveFocus();
    screen.getByRole('button', { name: 'Evaluatiemoment 1 verwijderen' }).focus();
    await user.keyboard('{Enter}');
    expect(screen.queryByRole('group', { name: 'Evaluatiemoment 1' })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Evaluatiemoment toevoegen' })).toHaveFocus();
  });

  it('shows the student results as percentages next to the counts', async () => {
    const { user, onChange } = renderStepForm(Example, one(), context());
    const survey = screen.getByRole('group', { name: 'Korte peiling onder leerlingen' });
    await user.type(within(survey).getByLabelText(/Aantal ja op: Zie je de jongerenwerkers/), '30');
    expect(within(survey).getByText('Vul eerst het aantal leerlingen in.')).toBeInTheDocument();
    await user.type(within(survey).getByLabelText('Aantal leerlingen dat de peiling invulde (niet verplicht)'), '70');
    await user.type(within(survey).getByLabelText(/Aantal ja op: Hebben ze je geholpen/), '12');
    expect(within(survey).getByText('43% van de leerlingen zei ja.')).toBeInTheDocument();
    expect(within(survey).getByText('17% van de leerlingen zei ja.')).toBeInTheDocument();
    expect(lastValues(onChange)[0].students).toMatchObject({ respondents: 70, visible: 30, gotHelp: 12 });
    await user.clear(within(survey).getByLabelText(/Aantal ja op: Hebben ze je geholpen/));
    await user.type(within(survey).getByLabelText(/Aantal ja op: Hebben ze je geholpen/), '71');
    expect(within(survey).getByText('Meer ja-antwoorden dan leerlingen: controleer de aantallen.')).toBeInTheDocument();
  });

  it('refuses more yes-answers than respondents on completion, with a clear message', async () => {
    const { user, onSubmit } = renderStepForm(
      Example,
      one({ students: { respondents: 10, visible: 11, knowWhatFor: null, hadContact: null, gotHelp: null } }),
      context(),
    );
    await user.click(screen.getByRole('button', { name: 'Stap afronden' }));
    expect(await screen.findByRole('link', { name: /Dit zijn meer ja-antwoorden dan leerlingen/ })).toBeInTheDocument();
    expect(onSubmit).not.toHaveBeenCalled();
  });

  it('re-scores each factor next to its baseline from step 4, stored as a number', async () => {
    const { user, onChange } = renderStepForm(Example, one(), context());
    const select = screen.getByRole('combobox', { name: 'Een vast, gespecialiseerd team jongerenwerkers' });
    expect(select).toHaveAccessibleDescription('Nulmeting in stap 4: 2,5 (gemiddelde van 2 antwoorden).');
    expect(screen.getByRole('combobox', { name: 'Voldoende capaciteit in uren' })).toHaveAccessibleDescription(
      'Nog geen nulmeting in stap 4.',
    );
    expect(
      screen.getByRole('combobox', { name: /Heldere verdeling van rollen.*\(voorbeeld, niet uit het stappenplan\)$/ }),
    ).toBeInTheDocument();
    // The room factor only applies inside the school.
    expect(screen.queryByRole('combobox', { name: /eigen, centrale ruimte/ })).not.toBeInTheDocument();
    await user.selectOptions(select, '4');
    expect(lastValues(onChange)[0].presence['vast-team']).toBe(4);
    await user.selectOptions(select, 'weet_niet');
    expect(lastValues(onChange)[0].presence['vast-team']).toBe('weet_niet');
  });

  it('reviews every row of the action plan by its id', async () => {
    const { user, onChange } = renderStepForm(Example, one(), context());
    const posters = screen.getByRole('group', { name: 'Posters ophangen' });
    await user.selectOptions(within(posters).getByLabelText('Stand van zaken'), 'gereed');
    await user.type(within(posters).getByLabelText(/Wat ging goed/), 'Hangen overal');
    expect(lastValues(onChange)[0].actions['actie-posters']).toMatchObject({ status: 'gereed', wentWell: 'Hangen overal' });
    expect(screen.getByRole('group', { name: 'Signaleringsoverleg opzetten' })).toBeInTheDocument();
  });

  it('puts a new action straight into the action plan, once', async () => {
    const addActionRows = vi.fn();
    const { user, onChange } = renderStepForm(Example, one(), context(addActionRows));
    screen.getByRole('button', { name: 'Nieuwe actie toevoegen' }).focus();
    await user.keyboard('{Enter}');
    const row = screen.getByRole('group', { name: 'Nieuwe actie 1' });
    expect(within(row).getByLabelText('Wat gaat u doen?')).toHaveFocus();
    within(row).getByRole('button', { name: 'Nieuwe actie 1 in het actieplan zetten' }).focus();
    await user.keyboard('{Enter}');
    expect(within(row).getByRole('status')).toHaveTextContent('Beschrijf eerst de actie.');
    expect(addActionRows).not.toHaveBeenCalled();
    await user.type(within(row).getByLabelText('Wat gaat u doen?'), 'Alle klassen langs');
    await user.selectOptions(within(row).getByLabelText('Wie trekt het?'), 'j');
    within(row).getByRole('button', { name: 'Nieuwe actie 1 in het actieplan zetten' }).focus();
    await user.keyboard('{Enter}');
    expect(addActionRows).toHaveBeenCalledTimes(1);
    const [added] = addActionRows.mock.lastCall![0];
    expect(added).toMatchObject({
      what: 'Alle klassen langs',
      leadPartnerId: 'j',
      stepId: 'evaluatie',
      status: 'gepland',
      how: 'Afgesproken bij de evaluatie van 15 juni 2027.',
    });
    expect(within(row).getByRole('status')).toHaveTextContent('“Alle klassen langs” staat nu in het actieplan.');
    expect(within(row).queryByRole('button', { name: /in het actieplan zetten/ })).not.toBeInTheDocument();
    expect(lastValues(onChange)[0].newActions[0].actionRowId).toBe(added.id);
    // Removing the row by keyboard gives focus back to the add button.
    within(row).getByRole('button', { name: 'Nieuwe actie 1 verwijderen' }).focus();
    await user.keyboard('{Enter}');
    expect(screen.getByRole('button', { name: 'Nieuwe actie toevoegen' })).toHaveFocus();
  });

  it('shows a results view with the survey and the factors now against the baseline', async () => {
    const { user } = renderStepForm(
      Example,
      one({
        presence: { 'vast-team': 4 },
        students: { respondents: 70, visible: 30, knowWhatFor: 27, hadContact: 17, gotHelp: 12 },
        actions: { 'actie-posters': { status: 'gereed', wentWell: 'Hangen overal', couldBeBetter: '' } },
      }),
      context(),
    );
    const toggle = screen.getByRole('button', { name: 'Resultaten tonen' });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    toggle.focus();
    await user.keyboard('{Enter}');
    expect(screen.getByRole('button', { name: 'Resultaten verbergen' })).toHaveAttribute('aria-expanded', 'true');
    const results = screen.getByRole('region', { name: 'Resultaten van evaluatiemoment 1 (15 juni 2027)' });
    const survey = within(results).getByRole('table', { name: 'Peiling onder 70 leerlingen' });
    const rows = within(survey).getAllByRole('row').slice(1);
    expect(
      rows.map((r) =>
        within(r)
          .getAllByRole('cell')
          .map((c) => c.textContent),
      ),
    ).toEqual([
      ['30', '43%'],
      ['27', '39%'],
      ['17', '24%'],
      ['12', '17%'],
    ]);
    const factors = within(results).getByRole('table', { name: 'Werkzame factoren: nu en bij de nulmeting' });
    const team = within(factors)
      .getByRole('rowheader', { name: 'Een vast, gespecialiseerd team jongerenwerkers' })
      .closest('tr')!;
    expect([...team.querySelectorAll('td')].map((c) => c.textContent)).toEqual(['2,5', '4', '+1,5']);
    const actions = within(results).getByRole('table', { name: 'Acties uit het actieplan' });
    expect(within(actions).getByRole('rowheader', { name: 'Posters ophangen' }).closest('tr')).toHaveTextContent('Gereed');
  });
});
