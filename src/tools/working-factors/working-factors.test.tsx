import { describe, expect, it, vi } from 'vitest';
import { screen, within } from '@testing-library/react';
import { z } from '#src/domain/zod-nl';
import { FACTORS } from '#src/domain/catalogue/factors';
import type { Partner } from '#src/domain/partners';
import { StepForm, type StepFormProps } from '#src/forms/step-form';
import type { StepFormContext } from '#src/forms/step-context';
import { renderStepForm } from '#tests/utils/render-step-form';
import { factorAssessment } from './schema';
import { WorkingFactors } from './working-factors';

// A scoring panel renders every factor; in a loaded jsdom run that takes seconds, not milliseconds.
const SLOW = 20_000;

const schema = z.object({ factors: factorAssessment('complete').optional() });

/** An example usage: a step form holding the tool under `factors`. */
function ExampleForm(props: StepFormProps) {
  return (
    <StepForm {...props} schema={schema}>
      <WorkingFactors name="factors" />
    </StepForm>
  );
}

const partners: Partner[] = [
  { id: 'school', kind: 'school', name: 'Het Zeekompas' },
  { id: 'jw', kind: 'jongerenwerk', name: 'Welzijn Oost' },
  { id: 'gem', kind: 'gemeente', name: 'Gemeente Westerhaven' },
];

const context = (over: Partial<StepFormContext> = {}): StepFormContext => ({
  partners,
  steps: { initiatief: { collaborationType: 'in_school' } },
  addActionRows: vi.fn(),
  ...over,
});

const label = (id: string) => FACTORS.find((f) => f.id === id)!.label;

const twoRespondents = {
  factors: {
    customFactors: [],
    respondents: [
      {
        id: 'r1',
        partnerId: 'school',
        name: 'Mentor leerjaar 1',
        scores: {
          'vast-team': { importance: 5, presence: 1, comment: '' },
          zichtbaar: { importance: 4, presence: 4, comment: '' },
          capaciteit: { importance: 4, presence: 2, comment: '' },
        },
      },
      {
        id: 'r2',
        partnerId: 'jw',
        name: 'Jongerenwerker',
        scores: {
          'vast-team': { importance: 5, presence: 2, comment: '' },
          zichtbaar: { importance: 2, presence: 'weet_niet', comment: '' },
          capaciteit: { importance: 5, presence: 3, comment: '' },
        },
      },
    ],
  },
};

describe('Werkzame factoren: respondents and scores', { timeout: SLOW }, () => {
  it('adds a respondent by keyboard and moves focus to its organisation', async () => {
    const { user } = renderStepForm(ExampleForm, {}, context());
    screen.getByRole('button', { name: 'Respondent toevoegen' }).focus();
    await user.keyboard('{Enter}');
    const row = screen.getByRole('group', { name: 'Respondent 1' });
    expect(within(row).getByRole('combobox', { name: 'Organisatie' })).toHaveFocus();
    expect(within(row).getByRole('textbox', { name: /Naam of functie/ })).toBeInTheDocument();
  });

  it('removes a respondent by keyboard and keeps focus in the list', async () => {
    const { user } = renderStepForm(ExampleForm, structuredClone(twoRespondents), context());
    screen.getByRole('button', { name: 'Respondent 1 verwijderen' }).focus();
    await user.keyboard('{Enter}');
    expect(screen.getByRole('textbox', { name: /Naam of functie/ })).toHaveValue('Jongerenwerker');
    expect(screen.getByRole('combobox', { name: 'Organisatie' })).toHaveFocus();
  });

  it('shows the scores of one respondent at a time, each select named after its factor', async () => {
    const { user } = renderStepForm(ExampleForm, structuredClone(twoRespondents), context());
    expect(screen.queryByLabelText(/^Belang van/)).not.toBeInTheDocument();
    const open1 = screen.getByRole('button', { name: 'Scores invullen voor respondent 1' });
    expect(open1).toHaveAttribute('aria-expanded', 'false');
    await user.click(open1);
    expect(open1).toHaveAttribute('aria-expanded', 'true');
    const panel = screen.getByRole('group', { name: 'Scores van respondent 1' });
    // Every factor of an in-school partnership, the room included.
    expect(within(panel).getAllByLabelText(/^Belang van/)).toHaveLength(FACTORS.length);
    expect(within(panel).getByLabelText(`Belang van "${label('vast-team')}"`)).toHaveValue('5');
    expect(within(panel).getByLabelText(`Aanwezigheid van "${label('vast-team')}"`)).toHaveValue('1');
    expect(within(panel).getByRole('group', { name: label('eigen-ruimte') })).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Scores invullen voor respondent 2' }));
    expect(screen.queryByRole('group', { name: 'Scores van respondent 1' })).not.toBeInTheDocument();
    const panel2 = screen.getByRole('group', { name: 'Scores van respondent 2' });
    expect(within(panel2).getByLabelText(`Aanwezigheid van "${label('zichtbaar')}"`)).toHaveValue('weet_niet');
    expect(screen.getAllByLabelText(/^Belang van/)).toHaveLength(FACTORS.length);
  });

  it('stores scores as numbers, "weet niet" as such, and reports progress', async () => {
    const { user, onChange } = renderStepForm(
      ExampleForm,
      { factors: { respondents: [{ id: 'r1', partnerId: 'school', name: 'Mentor' }] } },
      context(),
    );
    expect(screen.getByText(`0 van ${FACTORS.length} factoren gescoord.`)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Scores invullen voor respondent 1' }));
    await user.selectOptions(screen.getByLabelText(`Belang van "${label('capaciteit')}"`), '4');
    await user.selectOptions(screen.getByLabelText(`Aanwezigheid van "${label('capaciteit')}"`), 'Weet niet');
    await user.type(screen.getByLabelText(new RegExp(`^Opmerking van "${label('capaciteit')}"`)), 'Alleen op dinsdag');
    const values = onChange.mock.lastCall![0] as typeof twoRespondents;
    expect(values.factors.respondents[0].scores.capaciteit).toEqual({
      importance: 4,
      presence: 'weet_niet',
      comment: 'Alleen op dinsdag',
    });
    expect(values.factors.respondents[0].scores['vast-team']).toEqual({ importance: null, presence: null, comment: '' });
    expect(screen.getByText(`1 van ${FACTORS.length} factoren gescoord.`)).toBeInTheDocument();
    expect(schema.safeParse(values).success).toBe(true);
  });

  it('leaves out the room factor outside school', async () => {
    const { user } = renderStepForm(
      ExampleForm,
      { factors: { respondents: [{ id: 'r1', partnerId: 'jw', name: 'x' }] } },
      context({ steps: { initiatief: { collaborationType: 'wijkgericht' } } }),
    );
    await user.click(screen.getByRole('button', { name: 'Scores invullen voor respondent 1' }));
    expect(screen.getAllByLabelText(/^Belang van/)).toHaveLength(FACTORS.length - 1);
    expect(screen.queryByRole('group', { name: label('eigen-ruimte') })).not.toBeInTheDocument();
    expect(screen.getByText(`0 van ${FACTORS.length - 1} factoren gescoord.`)).toBeInTheDocument();
  });

  it('marks suggested factors with their basis and names the sources of the others', async () => {
    const { user } = renderStepForm(
      ExampleForm,
      { factors: { respondents: [{ id: 'r1', partnerId: 'jw', name: 'x' }] } },
      context(),
    );
    await user.click(screen.getByRole('button', { name: 'Scores invullen voor respondent 1' }));
    const suggested = screen.getByRole('group', { name: label('rolverdeling') });
    expect(within(suggested).getByText('Voorbeeld — pas aan of verwijder.')).toBeInTheDocument();
    expect(within(suggested).getByText(/Stap 5 van het stappenplan/)).toBeInTheDocument();
    const sourced = screen.getByRole('group', { name: label('capaciteit') });
    expect(within(sourced).queryByText('Voorbeeld — pas aan of verwijder.')).not.toBeInTheDocument();
    expect(within(sourced).getByRole('link', { name: /Youth Spot/ })).toHaveAttribute('href', expect.stringContaining('hva.nl'));
  });
});

describe('Werkzame factoren: own factors', { timeout: SLOW }, () => {
  it('adds an own factor by keyboard; once named, everyone can score it', async () => {
    const { user } = renderStepForm(
      ExampleForm,
      { factors: { respondents: [{ id: 'r1', partnerId: 'jw', name: 'x' }] } },
      context(),
    );
    screen.getByRole('button', { name: 'Eigen factor toevoegen' }).focus();
    await user.keyboard('{Enter}');
    const name = within(screen.getByRole('group', { name: 'Eigen factor 1' })).getByRole('textbox', { name: /^Factor/ });
    expect(name).toHaveFocus();
    await user.keyboard('Ouders kennen de jongerenwerker');
    await user.click(screen.getByRole('button', { name: 'Scores invullen voor respondent 1' }));
    const own = screen.getByRole('group', { name: 'Ouders kennen de jongerenwerker' });
    expect(within(own).getByText('Eigen factor van de partners.')).toBeInTheDocument();
    expect(within(own).getByLabelText('Belang van "Ouders kennen de jongerenwerker"')).toBeInTheDocument();
  });

  it('removes the scores of an own factor when the factor is removed, so the step can still complete', async () => {
    const { user, onChange, onSubmit } = renderStepForm(
      ExampleForm,
      {
        factors: {
          customFactors: [{ id: 'eigen-ouders', label: 'Ouders', cluster: '', explanation: '' }],
          respondents: [
            {
              id: 'r1',
              partnerId: 'jw',
              name: 'x',
              scores: { 'eigen-ouders': { importance: 4, presence: 2, comment: '' }, capaciteit: { importance: 3, presence: 3 } },
            },
          ],
        },
      },
      context(),
    );
    screen.getByRole('button', { name: 'Eigen factor 1 verwijderen' }).focus();
    await user.keyboard('{Enter}');
    expect(screen.getByRole('button', { name: 'Eigen factor toevoegen' })).toHaveFocus();
    const values = onChange.mock.lastCall![0] as { factors: { respondents: { scores: Record<string, unknown> }[] } };
    expect(Object.keys(values.factors.respondents[0].scores)).toEqual(['capaciteit']);
    await user.click(screen.getByRole('button', { name: 'Stap afronden' }));
    expect(onSubmit).toHaveBeenCalled();
  });
});

describe('Werkzame factoren: comparison and priorities', { timeout: SLOW }, () => {
  const openComparison = async (user: ReturnType<typeof renderStepForm>['user']) => {
    const toggle = screen.getByRole('button', { name: 'Vergelijking en prioriteiten tonen' });
    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
  };

  it('says there is nothing to compare yet', async () => {
    const { user } = renderStepForm(ExampleForm, {}, context());
    await openComparison(user);
    expect(screen.getByText(/nog geen scores om te vergelijken/)).toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
    expect(screen.getByText('Er zijn (nog) geen prioriteiten.')).toBeInTheDocument();
  });

  it('shows partners side by side and flags a difference of 2 or more in words', async () => {
    const { user } = renderStepForm(ExampleForm, structuredClone(twoRespondents), context());
    await openComparison(user);
    const table = screen.getByRole('table', { name: /Gemiddelde scores per organisatie/ });
    const headers = within(table)
      .getAllByRole('columnheader')
      .map((h) => h.textContent);
    expect(headers).toEqual([
      'Factor',
      'Het Zeekompas (school)',
      'Welzijn Oost (jongerenwerk)',
      'Samen',
      'Verschil tussen organisaties',
    ]);
    const visible = within(table).getByRole('row', { name: new RegExp(label('zichtbaar')) });
    expect(within(visible).getByText('Verschil van 2 of meer bij belang')).toBeInTheDocument();
    const cells = within(visible).getAllByRole('cell');
    expect(cells[0]).toHaveTextContent('Belang 4Aanwezig 4');
    expect(cells[1]).toHaveTextContent('Belang 2Aanwezig –');
    const team = within(table).getByRole('row', { name: new RegExp(label('vast-team')) });
    expect(within(team).getByText('Geen groot verschil')).toBeInTheDocument();
    expect(within(team).getAllByRole('cell')[2]).toHaveTextContent('Belang 5Aanwezig 1,5Kloof 3,5');
    // The scroll container can be reached by keyboard and is named by the caption.
    expect(screen.getByRole('region', { name: /Gemiddelde scores per organisatie/ })).toHaveAttribute('tabindex', '0');
  });

  it('lists the priorities with the largest gap first', async () => {
    const { user } = renderStepForm(ExampleForm, structuredClone(twoRespondents), context());
    await openComparison(user);
    const items = within(screen.getByRole('list')).getAllByRole('listitem');
    expect(items.map((i) => i.querySelector('strong')!.textContent)).toEqual([label('vast-team'), label('capaciteit')]);
    expect(items[1]).toHaveTextContent('Belang 4,5, aanwezigheid 2,5, kloof 2.');
  });

  it('turns a priority into an action-plan row linked to the factor, and says so', async () => {
    const ctx = context();
    const { user } = renderStepForm(ExampleForm, structuredClone(twoRespondents), ctx);
    await openComparison(user);
    const button = screen.getByRole('button', { name: `Actie toevoegen aan actieplan: ${label('vast-team')}` });
    button.focus();
    await user.keyboard('{Enter}');
    expect(ctx.addActionRows).toHaveBeenCalledTimes(1);
    const [[row]] = vi.mocked(ctx.addActionRows!).mock.lastCall!;
    expect(row).toMatchObject({ factorId: 'vast-team', what: `Versterken: ${label('vast-team')}`, status: 'gepland' });
    expect(row.id).toBeTruthy();
    expect(screen.getByRole('status')).toHaveTextContent(
      `Actie voor "${label('vast-team')}" is toegevoegd aan het actieplan in stap 5.`,
    );

    // A second press is possible, but never silent.
    const again = screen.getByRole('button', { name: `Nog een actie toevoegen aan actieplan: ${label('vast-team')}` });
    expect(again).toHaveFocus();
    expect(screen.getByText(/Er staat al een actie voor deze factor/)).toBeInTheDocument();
    await user.keyboard('{Enter}');
    expect(ctx.addActionRows).toHaveBeenCalledTimes(2);
    expect(screen.getByRole('status')).toHaveTextContent(/Er stond al een actie/);
  });

  it('knows which factors the saved action plan already covers', async () => {
    const ctx = context({ actionRows: [{ id: 'a', what: 'Vast team', factorId: 'capaciteit' }] });
    const { user } = renderStepForm(ExampleForm, structuredClone(twoRespondents), ctx);
    await openComparison(user);
    const item = screen
      .getByRole('button', { name: `Nog een actie toevoegen aan actieplan: ${label('capaciteit')}` })
      .closest('li')!;
    expect(item).toHaveTextContent('Er staat al een actie voor deze factor in het actieplan.');
  });

  it('offers no action buttons where rows cannot be added', async () => {
    const { user } = renderStepForm(ExampleForm, structuredClone(twoRespondents), context({ addActionRows: undefined }));
    await openComparison(user);
    expect(screen.getAllByRole('listitem').length).toBeGreaterThan(0);
    expect(screen.queryByRole('button', { name: /Actie toevoegen/ })).not.toBeInTheDocument();
  });

  it('updates when scores change', async () => {
    const { user } = renderStepForm(ExampleForm, structuredClone(twoRespondents), context());
    await openComparison(user);
    await user.click(screen.getByRole('button', { name: 'Scores invullen voor respondent 2' }));
    await user.selectOptions(screen.getByLabelText(`Belang van "${label('zichtbaar')}"`), '4');
    const row = await screen.findByRole('row', { name: new RegExp(label('zichtbaar')) });
    expect(await within(row).findByText('Geen groot verschil')).toBeInTheDocument();
  });
});

describe('Werkzame factoren: invalid scores', { timeout: SLOW }, () => {
  it('opens the scores with an error after a failed submit, so the error summary leads to the field', async () => {
    const data = structuredClone(twoRespondents);
    (data.factors.respondents[1].scores.capaciteit as { importance: unknown }).importance = 9;
    const { user, onSubmit } = renderStepForm(ExampleForm, data, context());
    await user.click(screen.getByRole('button', { name: 'Stap afronden' }));
    expect(onSubmit).not.toHaveBeenCalled();
    const field = await screen.findByLabelText(`Belang van "${label('capaciteit')}"`);
    expect(screen.getByRole('button', { name: 'Scores verbergen voor respondent 2' })).toHaveAttribute('aria-expanded', 'true');
    expect(field).toHaveAttribute('aria-invalid', 'true');
    expect(field).toHaveAccessibleDescription('Kies een score van 1 tot en met 5, of "weet niet".');
    await user.click(screen.getByRole('link', { name: /Kies een score van 1 tot en met 5/ }));
    expect(field).toHaveFocus();
    await user.selectOptions(field, '4');
    await user.click(screen.getByRole('button', { name: 'Stap afronden' }));
    expect(onSubmit).toHaveBeenCalled();
  });
});
