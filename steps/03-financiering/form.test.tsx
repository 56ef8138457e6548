import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import Form from './form';
import { renderStepForm } from '#tests/utils/render-step-form';

const alerts = () => screen.queryAllByRole('alert').map((el) => el.textContent ?? '');

describe('step 3 form', () => {
  it('adds a source row by keyboard and moves focus into it', async () => {
    const { user } = renderStepForm(Form);
    screen.getByRole('button', { name: 'Bron toevoegen' }).focus();
    await user.keyboard('{Enter}');
    const row = screen.getByRole('group', { name: 'Bron 1' });
    expect(within(row).getByLabelText('Naam van de bron')).toHaveFocus();
    expect(within(row).getByRole('option', { name: 'Landelijk programma (bijvoorbeeld NPO)' })).toBeInTheDocument();
  });

  it('removes a row by keyboard and keeps focus in the list', async () => {
    const { user } = renderStepForm(Form, {
      sources: [
        { id: 'a', name: 'Subsidie A' },
        { id: 'b', name: 'Budget B' },
      ],
    });
    screen.getByRole('button', { name: 'Bron 1 verwijderen' }).focus();
    await user.keyboard('{Enter}');
    expect(screen.getByLabelText('Naam van de bron')).toHaveValue('Budget B');
    expect(screen.getByLabelText('Naam van de bron')).toHaveFocus();
  });

  it('reads a typed amount with a decimal comma as a number', async () => {
    const { user, onChange } = renderStepForm(Form, { sources: [{ id: 'a', amount: null }] });
    await user.type(screen.getByLabelText('Bedrag'), '1250,50');
    expect(onChange).toHaveBeenLastCalledWith(
      expect.objectContaining({ sources: [expect.objectContaining({ amount: 1250.5 })] }),
    );
  });

  it.each([
    ['40.000', 40_000],
    ['€ 40000', 40_000],
    ['€ 2.500,50', 2_500.5],
  ])('reads %j the Dutch way and shows it with a thousands dot', async (typed, stored) => {
    const { user, onChange } = renderStepForm(Form, { sources: [{ id: 'a', amount: null }] });
    const field = screen.getByLabelText('Bedrag');
    await user.type(field, typed);
    expect(onChange).toHaveBeenLastCalledWith(
      expect.objectContaining({ sources: [expect.objectContaining({ amount: stored })] }),
    );
    await user.tab();
    expect(field).toHaveValue(new Intl.NumberFormat('nl-NL').format(stored));
  });

  it('keeps an amount it cannot read as typed and explains it at the field, without blocking the draft', async () => {
    const { user, onChange } = renderStepForm(Form, { sources: [{ id: 'a', amount: null }] });
    const field = screen.getByLabelText('Bedrag');
    await user.type(field, 'veel geld');
    expect(onChange).toHaveBeenLastCalledWith(
      expect.objectContaining({ sources: [expect.objectContaining({ amount: 'veel geld' })] }),
    );
    expect(await screen.findByText(/Dit is geen getal/, undefined, { timeout: 2000 })).toBeInTheDocument();
    expect(field).toHaveAttribute('aria-invalid', 'true');
    expect(field).toHaveValue('veel geld');
  });

  it('shows a saved amount with a thousands dot', () => {
    renderStepForm(Form, { sources: [{ id: 'a', amount: 85_040 }] });
    expect(screen.getByLabelText('Bedrag')).toHaveValue('85.040');
  });

  it('warns live when the funding covers less than a year', async () => {
    const { user } = renderStepForm(Form, { sources: [{ id: 'a', from: '2027-01-01', to: '' }] });
    expect(alerts()).toEqual([]);
    await user.type(screen.getByLabelText('Beschikbaar tot en met'), '2027-06-30');
    expect(alerts().some((t) => t.includes('6 maanden'))).toBe(true);
  });

  it('warns live when the search for structural money starts too late', async () => {
    const { user } = renderStepForm(Form, { sources: [{ id: 'a', from: '2027-01-01', to: '2027-12-31', structural: false }] });
    await user.type(screen.getByLabelText(/Vanaf wanneer gaat u op zoek/), '2027-09-01');
    expect(alerts().some((t) => t.includes('uiterlijk op 30 juni 2027'))).toBe(true);
  });

  it('asks for a pilot description only for a pilot', async () => {
    const { user } = renderStepForm(Form);
    expect(screen.queryByLabelText(/Hoe ziet de proef eruit/)).not.toBeInTheDocument();
    const pilot = screen.getByRole('group', { name: /Begint u kleiner/ });
    await user.click(within(pilot).getByLabelText('Ja'));
    expect(screen.getByLabelText(/Hoe ziet de proef eruit/)).toBeInTheDocument();
  });

  it('on a submit with cross-field errors shows a focused error summary and marks the fields', async () => {
    const { user, onSubmit } = renderStepForm(Form, {
      sources: [
        { id: 'a', name: 'Subsidie', kind: 'subsidie', amount: 1000, from: '2027-06-01', to: '2027-01-01', structural: false },
      ],
      startsAsPilot: false,
      structuralSearchStart: '',
    });
    await user.click(screen.getByRole('button', { name: 'Stap afronden' }));
    const summary = await screen.findByRole('heading', { name: /moet aanvullen/ });
    expect(summary.closest('.sw-error-summary')).toHaveFocus();
    expect(onSubmit).not.toHaveBeenCalled();
    expect(screen.getByLabelText('Beschikbaar tot en met')).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByRole('link', { name: /: De einddatum ligt vóór de begindatum\.$/ })).toBeInTheDocument();
    expect(screen.getByLabelText(/Vanaf wanneer gaat u op zoek/)).toHaveAttribute('aria-invalid', 'true');
  });
});
