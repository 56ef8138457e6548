import { afterEach, describe, expect, it, vi } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import { z } from '#src/domain/zod-nl';
import { StepForm, type StepFormProps } from '#src/forms/step-form';
import { renderStepForm } from '#tests/utils/render-step-form';
import { STEP_LIST } from '#steps/index';
import { ActionPlan } from './action-plan';
import { actionRows, newActionRow, type ActionRow } from './schema';
import { BOM } from './to-csv';

/** An example usage: the tool inside a form of its own, as a step would use it. */
const schema = z.object({ actionPlan: actionRows('complete', { min: 1 }) });
function Example(props: StepFormProps) {
  return (
    <StepForm {...props} schema={schema}>
      <ActionPlan />
    </StepForm>
  );
}

const partners = [
  { id: 's', kind: 'school' as const, name: 'Het Zeekompas' },
  { id: 'j', kind: 'jongerenwerk' as const, name: 'Welzijn Westerhaven' },
];
const context = {
  partners,
  steps: {},
  stepList: STEP_LIST,
  dossier: { id: 'd1', title: 'Jongerenwerk op school in Westerhaven (voorbeeld)' },
};
const row = (id: string, fields: Partial<ActionRow> = {}) =>
  newActionRow({ id, what: `Actie ${id}`, leadPartnerId: 's', ...fields });
const render = (actionPlan: ActionRow[] = [], ctx: Parameters<typeof renderStepForm>[2] = context) =>
  renderStepForm(Example, { actionPlan }, ctx);
const group = (name: string) => screen.getByRole('group', { name });
const actionGroups = () => screen.queryAllByRole('group', { name: /^Actie \d+$/ });
const count = () =>
  screen.getAllByRole('status').find((s) => /acties staan in de lijst|U ziet \d+ van de/.test(s.textContent ?? ''))!;
/** The bytes of a Blob as text, keeping a byte order mark (jsdom's Blob has no `text()`). */
const blobText = (blob: Blob) =>
  new Promise<string>((resolve) => {
    const reader = new FileReader();
    reader.onload = () => resolve(new TextDecoder('utf-8', { ignoreBOM: true }).decode(reader.result as ArrayBuffer));
    reader.readAsArrayBuffer(blob);
  });
const lastValues = (onChange: ReturnType<typeof vi.fn>) => onChange.mock.lastCall![0] as { actionPlan: ActionRow[] };

afterEach(() => vi.restoreAllMocks());

describe('action plan: rows by keyboard', () => {
  it('adds a row and puts the cursor in its first field, each time', async () => {
    const { user } = render();
    screen.getByRole('button', { name: 'Actie toevoegen' }).focus();
    await user.keyboard('{Enter}');
    expect(within(group('Actie 1')).getByLabelText('Wat gaan we doen?')).toHaveFocus();
    await user.keyboard('Kennismaking met het team');
    screen.getByRole('button', { name: 'Actie toevoegen' }).focus();
    await user.keyboard('{Enter}');
    expect(within(group('Actie 2')).getByLabelText('Wat gaan we doen?')).toHaveFocus();
    // A new row starts as planned, and the first row keeps what was typed.
    expect(within(group('Actie 2')).getByLabelText('Status')).toHaveValue('gepland');
    expect(within(group('Actie 1')).getByLabelText('Wat gaan we doen?')).toHaveValue('Kennismaking met het team');
  });

  it('removes a row and moves focus to the row that took its place, or to the add button', async () => {
    const { user, onChange } = render([row('a'), row('b')]);
    screen.getByRole('button', { name: 'Actie 1 verwijderen' }).focus();
    await user.keyboard('{Enter}');
    expect(actionGroups()).toHaveLength(1);
    expect(within(group('Actie 1')).getByText('Actie b')).toBeInTheDocument();
    expect(group('Actie 1')).toContainElement(document.activeElement as HTMLElement);
    expect(screen.getByText(/^Actie 1 is verwijderd./)).toBeInTheDocument();
    screen.getByRole('button', { name: 'Actie 1 verwijderen' }).focus();
    await user.keyboard('{Enter}');
    expect(screen.getByRole('button', { name: 'Actie toevoegen' })).toHaveFocus();
    expect(lastValues(onChange).actionPlan).toEqual([]);
  });

  it('reorders rows; focus stays on the move button of the moved row, and the move is announced', async () => {
    const { user, onChange } = render([row('a'), row('b'), row('c')]);
    screen.getByRole('button', { name: 'Actie 3: Omhoog' }).focus();
    await user.keyboard('{Enter}');
    expect(lastValues(onChange).actionPlan.map((r) => r.id)).toEqual(['a', 'c', 'b']);
    expect(screen.getByRole('button', { name: 'Actie 2: Omhoog' })).toHaveFocus();
    expect(screen.getByText('Verplaatst naar plek 2 van 3.')).toBeInTheDocument();
    // Pressing again moves it to the top, where only "Omlaag" is left to take the focus.
    await user.keyboard('{Enter}');
    expect(lastValues(onChange).actionPlan.map((r) => r.id)).toEqual(['c', 'a', 'b']);
    expect(screen.getByRole('button', { name: 'Actie 1: Omlaag' })).toHaveFocus();
    expect(within(group('Actie 1')).getByText('Actie c')).toBeInTheDocument();
    await user.keyboard('{Enter}');
    expect(lastValues(onChange).actionPlan.map((r) => r.id)).toEqual(['a', 'c', 'b']);
    expect(screen.getByRole('button', { name: 'Actie 2: Omlaag' })).toHaveFocus();
  });

  it('shows a filled-in row as a summary; the edit button opens it with the cursor in its first field', async () => {
    const { user } = render([row('a', { deadline: '2099-02-12', status: 'bezig' })]);
    const actie = group('Actie 1');
    expect(within(actie).queryByLabelText('Wat gaan we doen?')).toBeNull();
    expect(within(actie).getByText('Het Zeekompas (school)')).toBeInTheDocument();
    expect(within(actie).getByText('12 februari 2099')).toBeInTheDocument();
    expect(within(actie).getByText('Bezig')).toBeInTheDocument();
    const edit = within(actie).getByRole('button', { name: 'Actie 1 bewerken' });
    expect(edit).toHaveAttribute('aria-expanded', 'false');
    edit.focus();
    await user.keyboard('{Enter}');
    expect(within(actie).getByLabelText('Wat gaan we doen?')).toHaveFocus();
    expect(within(actie).getByRole('button', { name: 'Actie 1 inklappen' })).toHaveAttribute('aria-expanded', 'true');
  });
});

describe('action plan: checks', () => {
  it('shows a deadline before the start on the deadline, together with the other errors, and links to it', async () => {
    const { user, onSubmit } = render();
    await user.click(screen.getByRole('button', { name: 'Actie toevoegen' }));
    const actie = group('Actie 1');
    await user.type(within(actie).getByLabelText(/^Startdatum/), '2027-03-01');
    await user.type(within(actie).getByLabelText(/^Uiterste datum/), '2027-02-01');
    await user.click(screen.getByRole('button', { name: 'Stap afronden' }));
    expect(onSubmit).not.toHaveBeenCalled();
    const deadline = within(actie).getByLabelText(/^Uiterste datum/);
    expect(deadline).toHaveAttribute('aria-invalid', 'true');
    expect(deadline).toHaveAccessibleDescription(/De uiterste datum ligt vóór de startdatum\./);
    expect(within(actie).getByLabelText('Wat gaan we doen?')).toHaveAttribute('aria-invalid', 'true');
    expect(within(actie).getByLabelText('Welke organisatie heeft de leiding?')).toHaveAccessibleDescription(
      'Kies wie de leiding heeft.',
    );
    const summary = screen
      .getByRole('heading', { name: /punten die u nog moet aanvullen/ })
      .closest('.sw-error-summary') as HTMLElement;
    await user.click(
      within(summary).getByRole('link', { name: /Actie 1, uiterste datum: De uiterste datum ligt vóór de startdatum/ }),
    );
    expect(deadline).toHaveFocus();
  });

  it('asks for at least one action', async () => {
    const { user } = render();
    await user.click(screen.getByRole('button', { name: 'Stap afronden' }));
    expect(await screen.findByRole('link', { name: /Acties: Voeg er minstens één toe/ })).toBeInTheDocument();
  });

  it('opens a summarised row that has an error, so the error summary can reach its field', async () => {
    const { user } = render([row('a', { leadPartnerId: '' })]);
    expect(within(group('Actie 1')).queryByLabelText('Welke organisatie heeft de leiding?')).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Stap afronden' }));
    expect(await within(group('Actie 1')).findByLabelText('Welke organisatie heeft de leiding?')).toHaveAttribute(
      'aria-invalid',
      'true',
    );
  });

  it('marks overdue rows in words, not by colour alone', () => {
    render([
      row('a', { deadline: '2020-01-10', status: 'bezig' }),
      row('b', { deadline: '2020-01-10', status: 'gereed' }),
      row('c', { deadline: '2099-01-10' }),
    ]);
    expect(
      within(group('Actie 1')).getByText(/Over de uiterste datum: die was 10 januari 2020 en de actie is nog niet gereed\./),
    ).toBeInTheDocument();
    expect(within(group('Actie 2')).queryByText(/Over de uiterste datum/)).toBeNull();
    expect(within(group('Actie 3')).queryByText(/Over de uiterste datum/)).toBeNull();
    expect(count()).toHaveTextContent('Alle 3 acties staan in de lijst. 1 actie is over de uiterste datum.');
  });
});

describe('action plan: filters', () => {
  const rows = () => [
    row('a', { status: 'gepland' }),
    row('b', { status: 'bezig', leadPartnerId: 'j' }),
    row('c', { status: 'bezig' }),
  ];
  it('filters by status and by lead partner; hidden rows stay in the form and are submitted', async () => {
    const { user, onSubmit } = render(rows());
    expect(count()).toHaveTextContent('Alle 3 acties staan in de lijst.');
    await user.selectOptions(screen.getByLabelText('Status', { selector: '#actieplan-filter-status' }), 'bezig');
    expect(actionGroups().map((g) => within(g).getByText(/^Actie [abc]$/).textContent)).toEqual(['Actie b', 'Actie c']);
    expect(count()).toHaveTextContent('U ziet 2 van de 3 acties.');
    await user.selectOptions(screen.getByLabelText('Organisatie met de leiding'), 'j');
    expect(actionGroups().map((g) => within(g).getByText(/^Actie [abc]$/).textContent)).toEqual(['Actie b']);
    // Reordering a filtered view would move rows past hidden ones: the buttons wait until the filter is off.
    expect(screen.queryByRole('button', { name: /Omhoog|Omlaag/ })).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Stap afronden' }));
    await waitFor(() => expect(onSubmit).toHaveBeenCalled());
    expect((onSubmit.mock.lastCall![0] as { actionPlan: ActionRow[] }).actionPlan.map((r) => r.id)).toEqual(['a', 'b', 'c']);
    await user.selectOptions(screen.getByLabelText('Status', { selector: '#actieplan-filter-status' }), '');
    await user.selectOptions(screen.getByLabelText('Organisatie met de leiding'), '');
    expect(actionGroups()).toHaveLength(3);
  });

  it('never hides a row with an error', async () => {
    const { user } = render([...rows(), row('d', { status: 'gepland', what: '' })]);
    await user.selectOptions(screen.getByLabelText('Status', { selector: '#actieplan-filter-status' }), 'bezig');
    expect(actionGroups()).toHaveLength(2);
    await user.click(screen.getByRole('button', { name: 'Stap afronden' }));
    expect(await screen.findByRole('group', { name: 'Actie 4' })).toBeVisible();
  });
});

describe('action plan: parts A and C, and the export', () => {
  it('shows what other steps hold, each with a link to the step where it is edited', () => {
    const steps = {
      initiatief: { occasions: ['welzijn'], collaborationType: 'in_school' },
      visie: { goals: [{ id: 'g', goal: 'Leerlingen kennen de jongerenwerkers', indicator: '' }] },
      signalen: { meetingFrequency: 'tweewekelijks' },
      evaluatie: { firstDate: '2027-06-15', frequency: 'per_half_jaar' },
    };
    render([], { ...context, steps });
    const occasion = screen.getByRole('region', { name: 'Aanleiding' });
    expect(within(occasion).getByText('Welzijn en mentale gezondheid')).toBeInTheDocument();
    expect(within(occasion).getByRole('link', { name: 'Wijzigen in stap 1: Neem het initiatief' })).toHaveAttribute(
      'href',
      'initiatief',
    );
    expect(within(screen.getByRole('region', { name: 'Vorm van samenwerking' })).getByText('In de school')).toBeInTheDocument();
    expect(
      within(screen.getByRole('region', { name: 'Doelen' })).getByText('Leerlingen kennen de jongerenwerkers'),
    ).toBeInTheDocument();
    expect(within(screen.getByRole('region', { name: 'Aanspreekpunten' })).getByText('Nog niet ingevuld.')).toBeInTheDocument();
    const signals = screen.getByRole('region', { name: 'Afspraken over signalen' });
    expect(within(signals).getByText('Elke twee weken')).toBeInTheDocument();
    const evaluation = screen.getByRole('region', { name: 'Evaluatie' });
    expect(within(evaluation).getByText('15 juni 2027')).toBeInTheDocument();
    expect(within(evaluation).getByRole('link', { name: /^Wijzigen in stap 10/ })).toBeInTheDocument();
  });

  it('downloads every row as CSV named after the dossier, with names instead of ids', async () => {
    const created: Blob[] = [];
    const createObjectURL = vi.fn((blob: Blob) => (created.push(blob), 'blob:test'));
    Object.assign(URL, { createObjectURL, revokeObjectURL: vi.fn() });
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      expect(this.download).toBe('actieplan-jongerenwerk-op-school-in-westerhaven-voorbeeld.csv');
      expect(this.href).toBe('blob:test');
    });
    const { user } = render([
      row('a', { what: '=HYPERLINK("x")', status: 'bezig' }),
      row('b', { leadPartnerId: 'j', factorId: 'zichtbaar' }),
    ]);
    await user.selectOptions(screen.getByLabelText('Status', { selector: '#actieplan-filter-status' }), 'bezig');
    await user.click(screen.getByRole('button', { name: 'Actieplan downloaden (CSV)' }));
    expect(click).toHaveBeenCalledOnce();
    const text = await blobText(created[0]);
    expect(text.startsWith(BOM)).toBe(true);
    const lines = text.slice(1).split('\r\n');
    // Hidden by the filter, still exported; the formula is neutralised and quoted.
    expect(lines[1]).toBe(`1;"'=HYPERLINK(""x"")";;Het Zeekompas;;;;;;;;;;;;Bezig;`);
    expect(lines[2]).toContain(';Welzijn Westerhaven;');
    expect(lines[2]).toContain(';Aanwezig, zichtbaar en benaderbaar in de school;');
    expect(screen.getByText(/Het actieplan is gedownload als actieplan-jongerenwerk-op-school/)).toBeInTheDocument();
  });
});
