import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import Form from './form';
import { renderStepForm } from '#tests/utils/render-step-form';

const partners = [
  { id: 'j', kind: 'jongerenwerk' as const, name: 'Jongerenwerk Oost' },
  { id: 's', kind: 'school' as const, name: 'Het Lyceum' },
];
const context = { partners, steps: {} };
const alerts = () => screen.queryAllByRole('alert').map((el) => el.textContent ?? '');

describe('step 5 form', () => {
  it('tells where organisations come from when step 1 has none yet', () => {
    renderStepForm(Form);
    expect(screen.getAllByRole('paragraph').some((p) => /legt u vast in stap 1/.test(p.textContent ?? ''))).toBe(true);
  });

  it('adds a row by keyboard and offers the partners', async () => {
    const { user } = renderStepForm(Form, {}, context);
    screen.getByRole('button', { name: 'Organisatie toevoegen' }).focus();
    await user.keyboard('{Enter}');
    const row = screen.getByRole('group', { name: 'Taakverdeling 1' });
    const select = within(row).getByLabelText('Organisatie');
    expect(select).toHaveFocus();
    expect(within(select).getByRole('option', { name: 'Jongerenwerk Oost (jongerenwerk)' })).toBeInTheDocument();
  });

  it('removes a row by keyboard and keeps focus in the list', async () => {
    const { user } = renderStepForm(
      Form,
      {
        roles: [
          { id: 'a', partnerId: 'j' },
          { id: 'b', partnerId: 's' },
        ],
      },
      context,
    );
    screen.getByRole('button', { name: 'Taakverdeling 1 verwijderen' }).focus();
    await user.keyboard('{Enter}');
    expect(screen.getByLabelText('Organisatie')).toHaveValue('s');
    expect(screen.getByLabelText('Organisatie')).toHaveFocus();
  });

  it('warns live about partners without tasks as rows are filled', async () => {
    const { user } = renderStepForm(Form, { roles: [{ id: 'a', partnerId: '' }] }, context);
    expect(alerts()).toHaveLength(2);
    await user.selectOptions(screen.getByLabelText('Organisatie'), 'j');
    expect(alerts()).toEqual(['Voor Het Lyceum (school) zijn nog geen taken vastgelegd.']);
  });

  it('on an incomplete submit shows a focused error summary linking to the fields', async () => {
    const { user, onSubmit } = renderStepForm(
      Form,
      { roles: [{ id: 'a', partnerId: 'j', responsibilities: '', expectations: '' }] },
      context,
    );
    await user.click(screen.getByRole('button', { name: 'Stap afronden' }));
    const summary = await screen.findByRole('heading', { name: /moet aanvullen/ });
    expect(summary.closest('.sw-error-summary')).toHaveFocus();
    expect(onSubmit).not.toHaveBeenCalled();
    expect(screen.getByLabelText(/Waar is deze organisatie verantwoordelijk voor/)).toHaveAttribute('aria-invalid', 'true');
    await user.click(within(summary.closest('.sw-error-summary') as HTMLElement).getAllByRole('link')[0]);
    expect(screen.getByLabelText(/Waar is deze organisatie verantwoordelijk voor/)).toHaveFocus();
  });
});
