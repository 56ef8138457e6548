import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import Form from './form';
import { renderStepForm } from '#tests/utils/render-step-form';
import type { StepFormContext } from '#src/forms/step-context';

const context: StepFormContext = {
  partners: [
    { id: 's', kind: 'school', name: 'Zaanlands Lyceum' },
    { id: 'j', kind: 'jongerenwerk', name: 'Jongerenwerk Zaanstad' },
  ],
  steps: {},
};

describe('step 8 form', () => {
  it('adds an action by keyboard and moves focus into it', async () => {
    const { user } = renderStepForm(Form, {}, context);
    screen.getByRole('button', { name: 'Actie toevoegen' }).focus();
    await user.keyboard('{Enter}');
    const row = screen.getByRole('group', { name: 'Actie 1' });
    expect(within(row).getByLabelText('Soort actie')).toHaveFocus();
    expect(within(row).getByRole('option', { name: 'Jongerenwerk Zaanstad (jongerenwerk)' })).toBeInTheDocument();
  });

  it('asks for the other kind only for "iets anders"', async () => {
    const { user } = renderStepForm(Form, { actions: [{ id: 'a', kind: '', audiences: [] }] }, context);
    expect(screen.queryByLabelText('Welke andere actie?')).not.toBeInTheDocument();
    await user.selectOptions(screen.getByLabelText('Soort actie'), 'anders');
    expect(screen.getByLabelText('Welke andere actie?')).toBeInTheDocument();
  });

  it('removes an action by keyboard and keeps focus in the list', async () => {
    const { user } = renderStepForm(
      Form,
      {
        actions: [
          { id: 'a', kind: 'poster', audiences: ['leerlingen'], moment: 'September' },
          { id: 'b', kind: 'nieuwsbrief', audiences: ['ouders'], moment: 'Oktober' },
        ],
      },
      context,
    );
    screen.getByRole('button', { name: 'Actie 1 verwijderen' }).focus();
    await user.keyboard('{Enter}');
    expect(screen.getByLabelText(/^Moment/)).toHaveValue('Oktober');
    expect(screen.getByLabelText('Soort actie')).toHaveFocus();
  });

  it('warns live about groups nobody reaches yet', async () => {
    const { user } = renderStepForm(Form, { actions: [{ id: 'a', kind: 'poster', audiences: [] }] }, context);
    expect(screen.getByText(/Nog geen actie gepland voor: leerlingen, ouders/)).toBeInTheDocument();
    await user.click(screen.getByRole('checkbox', { name: 'Leerlingen' }));
    expect(
      screen.getByText('Nog geen actie gepland voor: ouders, docenten en mentoren, overig schoolpersoneel.'),
    ).toBeInTheDocument();
  });

  it('on an empty submit shows a focused error summary', async () => {
    const { user, onSubmit } = renderStepForm(Form, {}, context);
    await user.click(screen.getByRole('button', { name: 'Stap afronden' }));
    const summary = await screen.findByRole('heading', { name: /punten die u nog moet aanvullen/ });
    expect(summary.closest('.sw-error-summary')).toHaveFocus();
    expect(screen.getByRole('link', { name: /Voeg er minstens één toe/ })).toBeInTheDocument();
    expect(screen.getByLabelText(/zichtbaar/)).toHaveAttribute('aria-invalid', 'true');
    expect(onSubmit).not.toHaveBeenCalled();
  });
});
