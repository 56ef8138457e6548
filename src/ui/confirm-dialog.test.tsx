import { describe, expect, it, vi } from 'vitest';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ConfirmDialog } from './confirm-dialog';

const reason = { label: 'Waarom?', hint: 'De partners lezen dit.', requiredText: 'Schrijf op waarom.' };

function setup(withReason: boolean) {
  const onConfirm = vi.fn();
  const onCancel = vi.fn();
  render(
    <ConfirmDialog
      open
      title="Versie 1 intrekken?"
      confirmLabel="Ja, intrekken"
      cancelLabel="Annuleren"
      onConfirm={onConfirm}
      onCancel={onCancel}
      reason={withReason ? reason : undefined}
    >
      Alle handtekeningen vervallen.
    </ConfirmDialog>,
  );
  return { user: userEvent.setup(), onConfirm, onCancel };
}

describe('confirm dialog', () => {
  it('starts on "Annuleren", so Enter by habit changes nothing', async () => {
    const { user, onConfirm, onCancel } = setup(false);
    expect(screen.getByRole('button', { name: 'Annuleren' })).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(onCancel).toHaveBeenCalledOnce();
    expect(onConfirm).not.toHaveBeenCalled();
  });

  it('with a required reason: refuses to confirm without one, says so at the field and moves focus there', async () => {
    const { user, onConfirm } = setup(true);
    await user.click(screen.getByRole('button', { name: 'Ja, intrekken' }));
    expect(onConfirm).not.toHaveBeenCalled();
    const field = screen.getByRole('textbox', { name: 'Waarom?' });
    expect(field).toHaveFocus();
    expect(field).toHaveAttribute('aria-invalid', 'true');
    expect(field).toHaveAccessibleDescription('De partners lezen dit. Schrijf op waarom.');
    await user.type(field, '  De begroting is nog niet rond. ');
    expect(field).not.toHaveAttribute('aria-invalid');
    await user.click(screen.getByRole('button', { name: 'Ja, intrekken' }));
    expect(onConfirm).toHaveBeenCalledWith('De begroting is nog niet rond.');
  });
});
