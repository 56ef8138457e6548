import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import Form from './form';
import { renderStepForm } from '#tests/utils/render-step-form';
import type { StepFormContext } from '#src/forms/step-context';

const context = (structuralSearchStart = ''): StepFormContext => ({
  partners: [],
  steps: {
    financiering: {
      sources: [
        { id: 'a', source: 'Pilotsubsidie', to: '2027-12-31', structural: false },
        { id: 'b', source: 'Gemeentebegroting', to: '2030-12-31', structural: true },
      ],
      structuralSearchStart,
    },
  },
});

describe('step 11 form', () => {
  it('adds a route by keyboard and moves focus into it', async () => {
    const { user } = renderStepForm(Form, {}, context());
    screen.getByRole('button', { name: 'Route toevoegen' }).focus();
    await user.keyboard('{Enter}');
    const row = screen.getByRole('group', { name: 'Route 1' });
    expect(within(row).getByLabelText('Soort route')).toHaveFocus();
    await user.selectOptions(within(row).getByLabelText('Soort route'), 'anders');
    expect(within(row).getByLabelText('Welke andere route?')).toBeInTheDocument();
  });

  it('removes a route by keyboard and keeps focus in the list', async () => {
    const { user } = renderStepForm(
      Form,
      {
        routes: [
          { id: 'a', kind: 'fonds', description: 'Fonds A' },
          { id: 'b', kind: 'gemeentelijke_begroting', description: 'Begroting' },
        ],
      },
      context(),
    );
    screen.getByRole('button', { name: 'Route 1 verwijderen' }).focus();
    await user.keyboard('{Enter}');
    expect(screen.getByLabelText(/^Omschrijving/)).toHaveValue('Begroting');
    expect(screen.getByLabelText('Soort route')).toHaveFocus();
  });

  it("shows step 3's answer instead of asking its question again, with the end of temporary funding", () => {
    renderStepForm(Form, {}, context('2027-03-01'));
    expect(
      screen.getByText('In stap 3 staat dat u vanaf 1 maart 2027 op zoek gaat naar structurele financiering.'),
    ).toBeInTheDocument();
    expect(screen.queryByLabelText(/actief naar structureel geld/)).toBeNull();
    const field = screen.getByLabelText(/Gaat u op een andere datum zoeken dan in stap 3\?/);
    expect(field).toHaveAccessibleDescription(/31 december 2027/);
  });

  it('warns live when the search starts too late, naming the latest advisable date', async () => {
    const { user } = renderStepForm(Form, {}, context());
    const field = screen.getByLabelText(/actief naar structureel geld/);
    await user.type(field, '2027-06-30');
    expect(screen.queryByText(/Start uiterlijk/)).not.toBeInTheDocument();
    await user.clear(field);
    await user.type(field, '2027-09-01');
    expect(await screen.findByText(/Start uiterlijk op 30 juni 2027/)).toBeInTheDocument();
  });

  it('warns from step 3 data alone when its own date is empty', () => {
    renderStepForm(Form, {}, context('2027-11-01'));
    expect(screen.getByText(/1 november 2027 \(datum uit stap 3\)/)).toBeInTheDocument();
  });

  it('on an empty submit shows a focused error summary', async () => {
    const { user, onSubmit } = renderStepForm(Form, {}, context());
    await user.click(screen.getByRole('button', { name: 'Stap afronden' }));
    const summary = await screen.findByRole('heading', { name: /2 punten die u nog moet aanvullen/ });
    expect(summary.closest('.sw-error-summary')).toHaveFocus();
    expect(screen.getByRole('link', { name: /Voeg er minstens één toe/ })).toBeInTheDocument();
    expect(screen.getByLabelText(/overzicht over alle routes/)).toHaveAttribute('aria-invalid', 'true');
    expect(onSubmit).not.toHaveBeenCalled();
  });
});
