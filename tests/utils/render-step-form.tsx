import { Suspense, type ComponentType } from 'react';
import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { vi } from 'vitest';
import type { StepFormProps } from '../../src/forms/step-form';

/** Renders a step form with a submit button, as the wizard does, and spies on its callbacks. */
export function renderStepForm(Form: ComponentType<StepFormProps>, defaultValues: Record<string, unknown> = {}) {
  const onSubmit = vi.fn();
  const onChange = vi.fn();
  const user = userEvent.setup();
  const utils = render(
    <Suspense>
      <Form
        defaultValues={defaultValues}
        onSubmit={onSubmit}
        onChange={onChange}
        actions={<button type="submit">Stap afronden</button>}
      />
    </Suspense>,
  );
  return { ...utils, user, onSubmit, onChange };
}
