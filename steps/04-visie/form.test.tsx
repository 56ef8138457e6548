import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import Form from './form';
import { renderStepForm } from '#tests/utils/render-step-form';

describe('step 4 form', () => {
  it('adds a goal by keyboard and moves focus into it', async () => {
    const { user } = renderStepForm(Form);
    screen.getByRole('button', { name: 'Doel toevoegen' }).focus();
    await user.keyboard('{Enter}');
    const row = screen.getByRole('group', { name: 'Doel 1' });
    expect(within(row).getByLabelText('Wat willen we bereiken?')).toHaveFocus();
  });

  it('removes a goal by keyboard and keeps focus in the list', async () => {
    const { user } = renderStepForm(Form, {
      goals: [
        { id: 'a', goal: 'Eerste doel', indicator: '' },
        { id: 'b', goal: 'Tweede doel', indicator: '' },
      ],
    });
    screen.getByRole('button', { name: 'Doel 1 verwijderen' }).focus();
    await user.keyboard('{Enter}');
    expect(screen.getByLabelText('Wat willen we bereiken?')).toHaveValue('Tweede doel');
    expect(screen.getByLabelText('Wat willen we bereiken?')).toHaveFocus();
  });

  it('records the chosen levels for autosave', async () => {
    const { user, onChange } = renderStepForm(Form);
    await user.click(screen.getByRole('checkbox', { name: 'Havo' }));
    await user.click(screen.getByRole('checkbox', { name: 'Vmbo' }));
    expect(onChange).toHaveBeenLastCalledWith(expect.objectContaining({ levels: ['vmbo', 'havo'] }));
  });

  it('on an incomplete submit shows a focused error summary linking to the fields', async () => {
    const { user, onSubmit } = renderStepForm(Form);
    await user.click(screen.getByRole('button', { name: 'Stap afronden' }));
    const summary = await screen.findByRole('heading', { name: /moet aanvullen/ });
    expect(summary.closest('.sw-error-summary')).toHaveFocus();
    expect(onSubmit).not.toHaveBeenCalled();
    expect(screen.getByLabelText(/Onze visie op het versterken/)).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByLabelText('Leerjaren of groepen')).toHaveAttribute('aria-invalid', 'true');
  });

  it('submits a complete step', async () => {
    const { user, onSubmit } = renderStepForm(Form, {
      vision: 'Veerkracht groeit door vertrouwen.',
      contribution: 'Samen zien we meer.',
      goals: [{ id: 'a', goal: 'Bekendheid', indicator: 'Enquête onder leerlingen' }],
      levels: ['mbo2'],
    });
    await user.type(screen.getByLabelText('Leerjaren of groepen'), 'Eerste jaar');
    await user.click(screen.getByRole('button', { name: 'Stap afronden' }));
    expect(onSubmit).toHaveBeenCalledWith(expect.objectContaining({ schoolYears: 'Eerste jaar', levels: ['mbo2'] }));
  });

  it('holds the conversation card and the working factors; an agreement can go into the vision', async () => {
    const { user, onChange } = renderStepForm(Form, {
      vision: 'Jongeren gaan voor.',
      conversation: {
        themes: { rollen: { notes: '', agreements: [{ id: 'a', text: 'Geen surveillance door jongerenwerkers.' }] } },
      },
    });
    expect(screen.getByRole('group', { name: 'Werkzame factoren' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Afspraak 1 over rollen en verwachtingen: in visie overnemen' }));
    expect(screen.getByLabelText(/Onze visie op het versterken/)).toHaveValue(
      'Jongeren gaan voor.\n\nGeen surveillance door jongerenwerkers.',
    );
    expect(onChange).toHaveBeenLastCalledWith(
      expect.objectContaining({ vision: 'Jongeren gaan voor.\n\nGeen surveillance door jongerenwerkers.' }),
    );
  });
});
