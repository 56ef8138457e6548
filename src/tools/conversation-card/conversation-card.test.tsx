import { describe, expect, it, vi } from 'vitest';
import { screen, within } from '@testing-library/react';
import { z } from '#src/domain/zod-nl';
import { StepForm, type StepFormProps } from '#src/forms/step-form';
import { TextAreaField } from '#src/forms/fields';
import type { StepFormContext } from '#src/forms/step-context';
import { renderStepForm } from '#tests/utils/render-step-form';
import { conversationCard } from './schema';
import { ConversationCard } from './conversation-card';
import { THEMES } from './themes';

const schema = z.object({ vision: z.string().optional(), conversation: conversationCard('complete').optional() });

/** An example usage: a vision text and the card in one form, as in step 4. */
function ExampleForm(props: StepFormProps) {
  return (
    <StepForm {...props} schema={schema}>
      <TextAreaField name="vision" label="Visie" />
      <ConversationCard name="conversation" visionField="vision" />
    </StepForm>
  );
}

const context = (over: Partial<StepFormContext> = {}): StepFormContext => ({
  partners: [],
  steps: {},
  stepId: 'visie',
  addActionRows: vi.fn(),
  ...over,
});

const withAgreement = (text: string, vision = '') => ({
  vision,
  conversation: { themes: { signalen: { notes: '', agreements: [{ id: 'a1', text }] } } },
});

const themeGroup = (title: string) => screen.getByRole('group', { name: title });

describe('Gesprekskaart', () => {
  it('shows every theme with its prompts, marked as a suggestion', () => {
    renderStepForm(ExampleForm, {}, context());
    for (const theme of THEMES) {
      const group = themeGroup(theme.title);
      expect(within(group).getByText(theme.prompts[0])).toBeInTheDocument();
      expect(within(group).getByText('Voorbeeld.')).toBeInTheDocument();
      expect(within(group).getByLabelText(new RegExp(`^Aantekeningen bij ${theme.short}`))).toBeInTheDocument();
    }
  });

  it('adds an agreement by keyboard and moves focus into it; removing moves focus sensibly', async () => {
    const { user, onChange } = renderStepForm(ExampleForm, {}, context());
    const group = themeGroup('Signalen');
    within(group).getByRole('button', { name: 'Afspraak over signalen toevoegen' }).focus();
    await user.keyboard('{Enter}');
    const field = within(group).getByLabelText('Afspraak');
    expect(field).toHaveFocus();
    await user.keyboard('Zorgen bespreken we eerst zonder naam.');
    expect(onChange.mock.lastCall![0].conversation.themes.signalen.agreements).toEqual([
      { id: expect.any(String), text: 'Zorgen bespreken we eerst zonder naam.' },
    ]);
    within(group).getByRole('button', { name: 'Afspraak 1 over signalen verwijderen' }).focus();
    await user.keyboard('{Enter}');
    expect(within(group).getByRole('button', { name: 'Afspraak over signalen toevoegen' })).toHaveFocus();
    expect(onChange.mock.lastCall![0].conversation.themes.signalen.agreements).toEqual([]);
  });

  it('copies an agreement to the end of the vision, once', async () => {
    const { user, onChange } = renderStepForm(
      ExampleForm,
      withAgreement('We delen signalen eerst anoniem.', 'Jongeren gaan voor.'),
      context(),
    );
    const button = screen.getByRole('button', { name: 'Afspraak 1 over signalen: in visie overnemen' });
    button.focus();
    await user.keyboard('{Enter}');
    expect(screen.getByLabelText('Visie')).toHaveValue('Jongeren gaan voor.\n\nWe delen signalen eerst anoniem.');
    expect(onChange.mock.lastCall![0].vision).toBe('Jongeren gaan voor.\n\nWe delen signalen eerst anoniem.');
    expect(within(themeGroup('Signalen')).getByRole('status')).toHaveTextContent(
      'De afspraak is toegevoegd aan het einde van de visie.',
    );
    await user.keyboard('{Enter}');
    expect(screen.getByLabelText('Visie')).toHaveValue('Jongeren gaan voor.\n\nWe delen signalen eerst anoniem.');
    expect(within(themeGroup('Signalen')).getByRole('status')).toHaveTextContent('staat al in de visie');
  });

  it('turns an agreement into an action-plan row, once, and says so', async () => {
    const ctx = context();
    const { user } = renderStepForm(ExampleForm, withAgreement('Elke maand een signaaloverleg.'), ctx);
    const button = screen.getByRole('button', { name: 'Afspraak 1 over signalen: actie toevoegen aan actieplan' });
    await user.click(button);
    expect(ctx.addActionRows).toHaveBeenCalledTimes(1);
    expect(vi.mocked(ctx.addActionRows!).mock.lastCall![0]).toEqual([
      expect.objectContaining({
        what: 'Elke maand een signaaloverleg.',
        stepId: 'visie',
        status: 'gepland',
        id: expect.any(String),
      }),
    ]);
    expect(within(themeGroup('Signalen')).getByRole('status')).toHaveTextContent('toegevoegd aan het actieplan in stap 5');
    await user.click(button);
    expect(ctx.addActionRows).toHaveBeenCalledTimes(1);
    expect(within(themeGroup('Signalen')).getByRole('status')).toHaveTextContent('staat al als actie in het actieplan');
  });

  it('knows the actions the saved plan already holds', async () => {
    const ctx = context({ actionRows: [{ id: 'x', what: 'elke maand een  signaaloverleg.' }] });
    const { user } = renderStepForm(ExampleForm, withAgreement('Elke maand een signaaloverleg.'), ctx);
    await user.click(screen.getByRole('button', { name: /actie toevoegen aan actieplan/ }));
    expect(ctx.addActionRows).not.toHaveBeenCalled();
  });

  it('asks for the text first when an agreement is empty', async () => {
    const ctx = context();
    const { user } = renderStepForm(ExampleForm, withAgreement('  '), ctx);
    await user.click(screen.getByRole('button', { name: /in visie overnemen/ }));
    await user.click(screen.getByRole('button', { name: /actie toevoegen aan actieplan/ }));
    expect(ctx.addActionRows).not.toHaveBeenCalled();
    expect(screen.getByLabelText('Visie')).toHaveValue('');
    expect(within(themeGroup('Signalen')).getByRole('status')).toHaveTextContent('Vul eerst de afspraak in.');
  });

  it('offers no action-plan button where rows cannot be added', () => {
    renderStepForm(ExampleForm, withAgreement('Iets'), context({ addActionRows: undefined }));
    expect(screen.getByRole('button', { name: /in visie overnemen/ })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /actieplan/ })).not.toBeInTheDocument();
  });
});
