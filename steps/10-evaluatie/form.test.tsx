import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import Form from './form';
import { renderStepForm } from '#tests/utils/render-step-form';
import type { StepFormContext } from '#src/forms/step-context';

const partners = [
  { id: 's', kind: 'school', name: 'Zaanlands Lyceum' },
  { id: 'j', kind: 'jongerenwerk', name: 'Jongerenwerk Zaanstad' },
] as const;
const context: StepFormContext = { partners: [...partners], steps: {} };

describe('step 10 form', () => {
  it('adds a participant by keyboard and moves focus into it', async () => {
    const { user } = renderStepForm(Form, {}, context);
    screen.getByRole('button', { name: 'Deelnemer toevoegen' }).focus();
    await user.keyboard('{Enter}');
    const row = screen.getByRole('group', { name: 'Deelnemer 1' });
    expect(within(row).getByLabelText('Organisatie')).toHaveFocus();
  });

  it('removes a participant by keyboard and keeps focus in the list', async () => {
    const { user } = renderStepForm(
      Form,
      {
        participants: [
          { id: 'a', partnerId: 's', person: 'Zorgcoördinator' },
          { id: 'b', partnerId: 'j', person: 'Jongerenwerker' },
        ],
      },
      context,
    );
    screen.getByRole('button', { name: 'Deelnemer 1 verwijderen' }).focus();
    await user.keyboard('{Enter}');
    expect(screen.getByLabelText('Naam of functie')).toHaveValue('Jongerenwerker');
    expect(screen.getByLabelText('Organisatie')).toHaveFocus();
  });

  it('shows where the chosen rhythm lands', async () => {
    const { user } = renderStepForm(Form, { firstDate: '2027-01-31' }, context);
    await user.click(screen.getByRole('radio', { name: 'Elk kwartaal' }));
    expect(screen.getByText(/31 januari 2027, 30 april 2027, 31 juli 2027, 31 oktober 2027/)).toBeInTheDocument();
  });

  it('warns live when only one side takes part', () => {
    renderStepForm(Form, { participants: [{ id: 'a', partnerId: 's', person: '' }] }, context);
    expect(screen.getByText('Bij de deelnemers ontbreekt nog het jongerenwerk.')).toBeInTheDocument();
  });

  it('completes without any interim evaluation, which can be added later', async () => {
    const { user, onSubmit } = renderStepForm(
      Form,
      {
        frequency: 'per_half_jaar',
        firstDate: '2027-06-15',
        participants: [
          { id: 'a', partnerId: 's', person: 'Zorgcoördinator' },
          { id: 'b', partnerId: 'j', person: 'Jongerenwerker' },
        ],
        studentInvolvement: 'Een korte peiling in de mentorles.',
        evaluationTypes: ['proces'],
        bottlenecks: 'Een kort verslag na elke evaluatie.',
      },
      context,
    );
    expect(screen.getByRole('group', { name: 'Tussentijdse evaluaties' })).toHaveTextContent(
      'Nog geen evaluatiemomenten vastgelegd.',
    );
    await user.click(screen.getByRole('button', { name: 'Stap afronden' }));
    expect(onSubmit).toHaveBeenCalledWith(expect.objectContaining({ checkpoints: [] }));
  });

  it('on an empty submit shows a focused error summary', async () => {
    const { user, onSubmit } = renderStepForm(Form, {}, context);
    await user.click(screen.getByRole('button', { name: 'Stap afronden' }));
    const summary = await screen.findByRole('heading', { name: /6 punten die u nog moet aanvullen/ });
    expect(summary.closest('.sw-error-summary')).toHaveFocus();
    expect(screen.getByLabelText('Datum van de eerste evaluatie')).toHaveAttribute('aria-invalid', 'true');
    expect(onSubmit).not.toHaveBeenCalled();
  });
});
