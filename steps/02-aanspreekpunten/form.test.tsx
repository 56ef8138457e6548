import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import Form from './form';
import { renderStepForm } from '#tests/utils/render-step-form';

const partners = [
  { id: 'g', kind: 'gemeente' as const, name: 'Gemeente Zaanstad' },
  { id: 's', kind: 'school' as const, name: 'Zaanlands Lyceum' },
];
const context = { partners, steps: {} };
const texts = (role: string) => screen.queryAllByRole(role).map((el) => el.textContent ?? '');

describe('step 2 form', () => {
  it('tells where organisations come from when step 1 has none yet', () => {
    renderStepForm(Form);
    expect(texts('paragraph').some((t) => /legt u vast in stap 1/.test(t))).toBe(true);
  });

  it('adds a row by keyboard, focuses its organisation select and offers the partners', async () => {
    const { user } = renderStepForm(Form, {}, context);
    screen.getByRole('button', { name: 'Aanspreekpunt toevoegen' }).focus();
    await user.keyboard('{Enter}');
    const row = screen.getByRole('group', { name: 'Aanspreekpunt 1' });
    const select = within(row).getByLabelText('Organisatie');
    expect(select).toHaveFocus();
    expect(within(select).getByRole('option', { name: 'Zaanlands Lyceum (school)' })).toBeInTheDocument();
    await user.selectOptions(select, 's');
    expect(select).toHaveValue('s');
  });

  it('removes a row by keyboard and keeps focus in the list', async () => {
    const { user } = renderStepForm(
      Form,
      {
        contacts: [
          { id: 'a', partnerId: 'g', contactName: 'Anna' },
          { id: 'b', partnerId: 's', contactName: 'Bram' },
        ],
      },
      context,
    );
    screen.getByRole('button', { name: 'Aanspreekpunt 1 verwijderen' }).focus();
    await user.keyboard('{Enter}');
    expect(screen.getAllByLabelText('Naam van de contactpersoon')).toHaveLength(1);
    expect(screen.getByLabelText('Naam van de contactpersoon')).toHaveValue('Bram');
    expect(screen.getByLabelText('Organisatie')).toHaveFocus();
  });

  it('warns live about a contact person without a stand-in, until one is named', async () => {
    const { user } = renderStepForm(Form, { contacts: [{ id: 'a', partnerId: 'g', contactName: '', standInName: '' }] }, context);
    expect(texts('alert').some((t) => /nog geen vervanger/.test(t))).toBe(false);
    await user.type(screen.getByLabelText('Naam van de contactpersoon'), 'Anna');
    expect(texts('alert').some((t) => /Anna heeft nog geen vervanger/.test(t))).toBe(true);
    await user.type(screen.getByLabelText('Naam van de vervanger'), 'Bram');
    expect(texts('alert').some((t) => /nog geen vervanger/.test(t))).toBe(false);
  });

  it('warns about a partner without a contact', () => {
    renderStepForm(Form, { contacts: [{ id: 'a', partnerId: 'g' }] }, context);
    expect(screen.getByRole('alert')).toHaveTextContent('Zaanlands Lyceum (school) heeft nog geen aanspreekpunt.');
  });

  it('on an incomplete submit shows a focused error summary linking to the fields', async () => {
    const { user, onSubmit } = renderStepForm(Form, {}, context);
    await user.click(screen.getByRole('button', { name: 'Stap afronden' }));
    const summary = await screen.findByRole('heading', { name: /moet aanvullen/ });
    expect(summary.closest('.sw-error-summary')).toHaveFocus();
    expect(onSubmit).not.toHaveBeenCalled();
    expect(screen.getByLabelText(/Hoe draagt u de rol over/)).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByRole('link', { name: /^Aanspreekpunten.*: Voeg er minstens één toe\.$/ })).toBeInTheDocument();
  });

  it('submits a complete step', async () => {
    const { user, onSubmit } = renderStepForm(
      Form,
      {
        contacts: [
          {
            id: 'a',
            partnerId: 'g',
            contactName: 'Anna',
            contactJobTitle: 'Beleidsadviseur',
            contactEmail: 'anna@gemeente.nl',
            contactPhone: '',
            standInName: 'Bram',
          },
        ],
        handover: '',
      },
      context,
    );
    await user.type(screen.getByLabelText('Telefoonnummer van de contactpersoon'), '030 123 45 67');
    await user.type(screen.getByLabelText(/Hoe draagt u de rol over/), 'De teamleider regelt een opvolger.');
    await user.click(screen.getByRole('button', { name: 'Stap afronden' }));
    expect(onSubmit).toHaveBeenCalledWith(expect.objectContaining({ handover: 'De teamleider regelt een opvolger.' }));
  });
});
