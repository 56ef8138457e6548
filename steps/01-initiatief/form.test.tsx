import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import Form from './form';
import { renderStepForm } from '#tests/utils/render-step-form';

describe('step 1 form', () => {
  it('adds a partner row by keyboard and moves focus into it', async () => {
    const { user } = renderStepForm(Form);
    const add = screen.getByRole('button', { name: 'Organisatie toevoegen' });
    add.focus();
    await user.keyboard('{Enter}');
    const row = screen.getByRole('group', { name: 'Organisatie 1' });
    expect(within(row).getByLabelText('Soort organisatie')).toHaveFocus();
  });

  it('shows school-only fields for a school', async () => {
    const { user } = renderStepForm(Form, { partners: [{ id: 'a', kind: '', name: '' }] });
    expect(screen.queryByLabelText('Onderwijssoort')).not.toBeInTheDocument();
    await user.selectOptions(screen.getByLabelText('Soort organisatie'), 'school');
    expect(screen.getByLabelText('Onderwijssoort')).toBeInTheDocument();
  });

  it('removes a row and keeps focus in the list', async () => {
    const { user } = renderStepForm(Form, {
      partners: [
        { id: 'a', kind: 'gemeente', name: 'Gemeente A' },
        { id: 'b', kind: 'school', name: 'School B', schoolType: 'vo' },
      ],
    });
    await user.click(screen.getByRole('button', { name: 'Organisatie 1 verwijderen' }));
    expect(screen.getAllByLabelText('Naam van de organisatie')).toHaveLength(1);
    expect(screen.getByLabelText('Naam van de organisatie')).toHaveValue('School B');
    expect(screen.getByLabelText('Soort organisatie')).toHaveFocus();
  });

  it('on an incomplete submit shows a focused error summary linking to the fields', async () => {
    const { user, onSubmit } = renderStepForm(Form);
    await user.click(screen.getByRole('button', { name: 'Stap afronden' }));
    const summary = await screen.findByRole('heading', { name: /punten die u nog moet aanvullen/ });
    expect(summary.closest('.sw-error-summary')).toHaveFocus();
    expect(onSubmit).not.toHaveBeenCalled();
    expect(screen.getByLabelText('Toelichting op de aanleiding')).toHaveAttribute('aria-invalid', 'true');
  });

  it('reports every edit for autosave', async () => {
    const { user, onChange } = renderStepForm(Form);
    await user.type(screen.getByLabelText('Toelichting op de aanleiding'), 'Zorgen');
    expect(onChange).toHaveBeenLastCalledWith(expect.objectContaining({ occasionExplanation: 'Zorgen' }));
  });
});
