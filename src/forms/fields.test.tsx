import { describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { z } from '#src/domain/zod-nl';
import { email, text } from '#src/domain/fields';
import { StepForm } from './step-form';
import { TextAreaField, TextField } from './fields';

const schema = z.object({ note: text('complete', { max: 20, optional: true }), mail: email('complete', { optional: true }) });

function renderForm(defaultValues: Record<string, unknown> = {}) {
  const user = userEvent.setup();
  render(
    <StepForm schema={schema} defaultValues={defaultValues} onSubmit={() => {}}>
      <TextAreaField name="note" label="Toelichting" />
      <TextField name="mail" label="E-mail" type="email" />
    </StepForm>,
  );
  return user;
}

describe('text fields', () => {
  it('stop at the length the schema allows and count down before that', async () => {
    const user = renderForm();
    const note = screen.getByLabelText('Toelichting');
    expect(note).toHaveAttribute('maxlength', '20');
    await user.type(note, 'x'.repeat(15));
    expect(screen.queryByText(/tekens over/)).not.toBeInTheDocument();
    await user.type(note, 'x');
    expect(screen.getByText('Nog 4 van de 20 tekens over.')).toBeInTheDocument();
    await user.type(note, 'x'.repeat(10));
    expect(note).toHaveValue('x'.repeat(20));
    expect(screen.getByRole('status')).toHaveTextContent('U heeft de 20 tekens gebruikt die hier passen.');
  });

  it('show a wrong format at the field once typing pauses, and nothing for an empty field', async () => {
    const user = renderForm({ mail: '' });
    const mail = screen.getByLabelText('E-mail');
    expect(mail).not.toHaveAttribute('aria-invalid');
    await user.type(mail, 's.devries@leiden');
    expect(await screen.findByText(/Vul een geldig e-mailadres in/, undefined, { timeout: 2000 })).toBeInTheDocument();
    expect(mail).toHaveAttribute('aria-invalid', 'true');
    await user.clear(mail);
    await user.type(mail, 's.devries@leiden.nl');
    await expect.poll(() => mail.getAttribute('aria-invalid'), { timeout: 2000 }).toBeNull();
  });

  it('show a saved wrong value at once when the form opens', () => {
    renderForm({ mail: 'geen adres' });
    expect(screen.getByLabelText('E-mail')).toHaveAttribute('aria-invalid', 'true');
  });
});
