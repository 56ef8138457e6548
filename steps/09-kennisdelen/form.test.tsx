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

describe('step 9 form', () => {
  it('adds an activity by keyboard and moves focus into it', async () => {
    const { user } = renderStepForm(Form, {}, context);
    screen.getByRole('button', { name: 'Activiteit toevoegen' }).focus();
    await user.keyboard('{Enter}');
    const row = screen.getByRole('group', { name: 'Activiteit 1' });
    expect(within(row).getByLabelText('Vorm')).toHaveFocus();
  });

  it('removes an activity by keyboard and keeps focus in the list', async () => {
    const { user } = renderStepForm(
      Form,
      {
        activities: [
          { id: 'a', kind: 'presentatie', topic: 'Online', partnerId: 'j' },
          { id: 'b', kind: 'training', topic: 'Zorgroute', partnerId: 's' },
        ],
      },
      context,
    );
    screen.getByRole('button', { name: 'Activiteit 1 verwijderen' }).focus();
    await user.keyboard('{Enter}');
    expect(screen.getByLabelText(/^Onderwerp/)).toHaveValue('Zorgroute');
    expect(screen.getByLabelText('Vorm')).toHaveFocus();
  });

  it('warns live while knowledge flows one way only', async () => {
    const { user } = renderStepForm(Form, { activities: [{ id: 'a', kind: 'presentatie', partnerId: 'j' }] }, context);
    expect(screen.getByText(/nog geen activiteit waarin de school/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Activiteit toevoegen' }));
    const second = screen.getByRole('group', { name: 'Activiteit 2' });
    await user.selectOptions(within(second).getByLabelText('Door wie?'), 's');
    expect(screen.queryByText(/nog geen activiteit waarin de school/)).not.toBeInTheDocument();
  });

  it('on an incomplete submit shows a focused error summary linking to the row fields', async () => {
    const { user, onSubmit } = renderStepForm(Form, { activities: [{ id: 'a', kind: '', topic: '' }] }, context);
    await user.click(screen.getByRole('button', { name: 'Stap afronden' }));
    const summary = await screen.findByRole('heading', { name: /punten die u nog moet aanvullen/ });
    expect(summary.closest('.sw-error-summary')).toHaveFocus();
    expect(screen.getByLabelText(/^Onderwerp/)).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByLabelText('Hoe vaak?')).toHaveAttribute('aria-invalid', 'true');
    expect(onSubmit).not.toHaveBeenCalled();
  });
});
