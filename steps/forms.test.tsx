import { describe, expect, it } from 'vitest';
import { screen, waitFor } from '@testing-library/react';
import { STEPS } from './index';
import { STEP_FORMS } from './forms';
import { EXAMPLE_DOSSIER } from '#steps/example-dossier';
import { partnersFromInitiatief } from '#src/domain/dossier';
import { renderStepForm } from '#tests/utils/render-step-form';

const context = {
  steps: EXAMPLE_DOSSIER.steps,
  partners: partnersFromInitiatief(EXAMPLE_DOSSIER.steps.initiatief),
};

// Whatever a form produces while half filled in must be a draft the server accepts, or autosave stalls.
describe.each(STEPS.map((s) => [s.id, s] as const))('step form %s', (stepId, step) => {
  const Form = STEP_FORMS[stepId];

  it('reports values the draft schema accepts, starting from nothing', async () => {
    const { user, onChange } = renderStepForm(Form, {}, context);
    await screen.findByRole('button', { name: 'Stap afronden' });
    // Forms that open with an empty list get a first row, as a user would add one.
    if (screen.queryAllByRole('textbox').length === 0) await user.click(screen.getAllByRole('button', { name: /toevoegen$/ })[0]);
    const box = (await screen.findAllByRole('textbox'))[0];
    await user.type(box, 'a');
    expect(onChange).toHaveBeenCalled();
    const values = onChange.mock.lastCall![0];
    const parsed = step.draftSchema.safeParse(values);
    expect(parsed.error?.issues ?? []).toEqual([]);
  });

  it('submits the complete example unchanged', async () => {
    const { user, onSubmit } = renderStepForm(Form, structuredClone(EXAMPLE_DOSSIER.steps[stepId]), context);
    await user.click(await screen.findByRole('button', { name: 'Stap afronden' }));
    await waitFor(() => expect(onSubmit).toHaveBeenCalled());
    expect(step.schema.parse(onSubmit.mock.lastCall![0])).toEqual(step.schema.parse(EXAMPLE_DOSSIER.steps[stepId]));
  });
});
