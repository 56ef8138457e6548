import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import Form from './form';
import { renderStepForm } from '#tests/utils/render-step-form';
import type { StepFormContext } from '#src/forms/step-context';

const context = (collaborationType: string): StepFormContext => ({
  partners: [
    { id: 'g', kind: 'gemeente', name: 'Gemeente Zaanstad' },
    { id: 's', kind: 'school', name: 'Zaanlands Lyceum' },
    { id: 'j', kind: 'jongerenwerk', name: 'Jongerenwerk Zaanstad' },
  ],
  steps: { initiatief: { collaborationType } },
});

describe('step 7 form', () => {
  it('adds a presence row by keyboard, offering only schools', async () => {
    const { user, onChange } = renderStepForm(Form, {}, context('in_school'));
    screen.getByRole('button', { name: 'Aanwezigheid toevoegen' }).focus();
    await user.keyboard('{Enter}');
    const row = screen.getByRole('group', { name: 'Aanwezigheid 1' });
    const school = within(row).getByLabelText('School');
    expect(school).toHaveFocus();
    expect(
      within(school)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['Kies…', 'Zaanlands Lyceum (school)']);
    await user.selectOptions(school, 's');
    await user.click(within(row).getByRole('checkbox', { name: 'Dinsdag' }));
    await user.type(within(row).getByLabelText(/Uren per week/), '8');
    expect(onChange).toHaveBeenLastCalledWith(
      expect.objectContaining({ presence: [expect.objectContaining({ partnerId: 's', days: ['di'], hoursPerWeek: 8 })] }),
    );
  });

  it('removes a row by keyboard and keeps focus in the list', async () => {
    const { user } = renderStepForm(
      Form,
      {
        presence: [
          { id: 'a', partnerId: 's', days: ['ma'], hoursPerWeek: 4, regularity: 'Wekelijks' },
          { id: 'b', partnerId: 's', days: ['vr'], hoursPerWeek: 6, regularity: 'Om de week' },
        ],
      },
      context('in_school'),
    );
    screen.getByRole('button', { name: 'Aanwezigheid 1 verwijderen' }).focus();
    await user.keyboard('{Enter}');
    expect(screen.getAllByLabelText('Ritme')).toHaveLength(1);
    expect(screen.getByLabelText('Ritme')).toHaveValue('Om de week');
    expect(screen.getByLabelText('School')).toHaveFocus();
  });

  it('notes that a room is optional for youth work from the neighbourhood', () => {
    renderStepForm(Form, {}, context('wijkgericht'));
    expect(screen.getByText(/Een eigen ruimte op school is dan geen vereiste/)).toBeInTheDocument();
  });

  it('has no such note for youth work inside the school, but warns without a fixed spot', async () => {
    const { user } = renderStepForm(Form, {}, context('in_school'));
    expect(screen.queryByText(/geen vereiste/)).not.toBeInTheDocument();
    await user.click(screen.getByRole('radio', { name: 'Geen vaste plek' }));
    expect(await screen.findByText(/Zonder vaste plek/)).toBeInTheDocument();
  });

  it('refuses "nee" on the independent position with a clear error', async () => {
    const { user, onSubmit } = renderStepForm(Form, {}, context('in_school'));
    const group = screen.getByRole('group', { name: /onafhankelijke positie/ });
    await user.click(within(group).getByRole('radio', { name: 'Nee, nog niet' }));
    await user.click(screen.getByRole('button', { name: 'Stap afronden' }));
    const summary = await screen.findByRole('heading', { name: /punten die u nog moet aanvullen/ });
    expect(summary.closest('.sw-error-summary')).toHaveFocus();
    expect(within(group).getByText(/in dienst blijven van hun eigen organisatie/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: /in dienst blijven van hun eigen organisatie/ })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: /Voeg er minstens één toe/ })).toBeInTheDocument();
    expect(onSubmit).not.toHaveBeenCalled();
  });

  it('submits a complete step', async () => {
    const { user, onSubmit } = renderStepForm(
      Form,
      {
        presence: [{ id: 'a', partnerId: 's', location: '', days: ['di'], hoursPerWeek: 6, regularity: 'Elke lesweek' }],
        spot: 'eigen_ruimte',
        spotDescription: 'Lokaal 0.12 naast de mediatheek.',
        access: ['wifi'],
      },
      context('in_school'),
    );
    await user.click(screen.getByRole('radio', { name: 'Ja, dat bevestigen we' }));
    await user.click(screen.getByRole('button', { name: 'Stap afronden' }));
    expect(onSubmit).toHaveBeenCalledWith(expect.objectContaining({ independentPosition: true, spot: 'eigen_ruimte' }));
  });
});
