import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import Form from './form';
import { renderStepForm } from '#tests/utils/render-step-form';

describe('step 6 form', () => {
  it('asks for other signals only when "Andere signalen" is ticked, by keyboard', async () => {
    const { user } = renderStepForm(Form);
    expect(screen.queryByLabelText('Welke andere signalen?')).not.toBeInTheDocument();
    screen.getByRole('checkbox', { name: 'Andere signalen' }).focus();
    await user.keyboard(' ');
    expect(screen.getByLabelText('Welke andere signalen?')).toBeInTheDocument();
  });

  it('asks for another frequency only for "Anders"', async () => {
    const { user } = renderStepForm(Form);
    const group = screen.getByRole('group', { name: /Hoe vaak is er een kort signaleringsoverleg/ });
    await user.click(within(group).getByRole('radio', { name: 'Elke week' }));
    expect(screen.queryByLabelText('Welke andere regelmaat?')).not.toBeInTheDocument();
    await user.click(within(group).getByRole('radio', { name: 'Anders' }));
    expect(screen.getByLabelText('Welke andere regelmaat?')).toBeInTheDocument();
  });

  it('groups the acute-safety and radicalisation contacts', () => {
    renderStepForm(Form);
    const acute = screen.getByRole('group', { name: 'Bij acute zorgen over veiligheid' });
    expect(within(acute).getByLabelText(/Telefoonnummer bij acute zorgen/)).toHaveAttribute('type', 'tel');
    const rad = screen.getByRole('group', { name: 'Bij zorgen over radicalisering' });
    expect(within(rad).getByLabelText('Meldpunt of contactpersoon bij de gemeente')).toBeInTheDocument();
  });

  it('reports answers for autosave', async () => {
    const { user, onChange } = renderStepForm(Form);
    const group = screen.getByRole('group', { name: /eerst zonder de naam/ });
    await user.click(within(group).getByRole('radio', { name: 'Ja' }));
    expect(onChange).toHaveBeenLastCalledWith(expect.objectContaining({ anonymousFirst: true }));
  });

  it('offers the channels from the catalogue, marking our own additions as suggestions', () => {
    renderStepForm(Form);
    const group = screen.getByRole('group', { name: /Hoe geeft u signalen aan elkaar door/ });
    expect(within(group).getByRole('checkbox', { name: 'Mondeling in een vast, kort overleg' })).toBeInTheDocument();
    expect(
      within(group).getByRole('checkbox', { name: /Telefonisch of persoonlijk.*\(voorbeeld, niet uit het stappenplan\)$/ }),
    ).toBeInTheDocument();
  });

  it('shows who consents by age where the consent rules are agreed', () => {
    renderStepForm(Form);
    expect(screen.getByLabelText('Afspraken over toestemming')).toHaveAccessibleDescription(
      /jonger dan 12 jaar: de ouders of voogd; 12 tot en met 15 jaar: de jongere én de ouders of voogd, allebei; 16 jaar en ouder: de jongere zelf/,
    );
  });

  it('keeps the checklist out of the step data: walking it saves nothing', async () => {
    const { user, onChange, container } = renderStepForm(Form, { acuteContactName: 'Aandachtsfunctionaris' });
    const start = screen.getByRole('button', { name: 'Controlelijst starten' });
    expect(start.closest('form')).toBeNull();
    start.focus();
    await user.keyboard('{Enter}');
    screen.getByRole('radio', { name: /Acuut gevaar/ }).focus();
    await user.keyboard(' ');
    screen.getByRole('button', { name: 'Volgende vraag' }).focus();
    await user.keyboard('{Enter}');
    expect(screen.getByText(/Aandachtsfunctionaris/, { selector: '.sw-contact' })).toBeInTheDocument();
    expect(onChange).not.toHaveBeenCalled();
    expect(container.querySelector('form')!.querySelectorAll('[name^="checklist"]')).toHaveLength(0);
  });

  it('on an incomplete submit shows a focused error summary linking to the fields', async () => {
    const { user, onSubmit } = renderStepForm(Form);
    await user.click(screen.getByRole('button', { name: 'Stap afronden' }));
    const summary = await screen.findByRole('heading', { name: /moet aanvullen/ });
    expect(summary.closest('.sw-error-summary')).toHaveFocus();
    expect(onSubmit).not.toHaveBeenCalled();
    expect(screen.getByLabelText('Afspraken over toestemming')).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByLabelText('Op school')).toHaveAttribute('aria-invalid', 'true');
  });
});
