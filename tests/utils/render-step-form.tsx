import { Suspense, type ComponentType } from 'react';
import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { vi } from 'vitest';
import type { StepFormProps } from '#src/forms/step-form';
import type { StepFormContext } from '#src/forms/step-context';

/** Renders a step form with a submit button, as the wizard does, and spies on its callbacks. */
export function renderStepForm(
  Form: ComponentType<StepFormProps>,
  defaultValues: Record<string, unknown> = {},
  context?: StepFormContext,
) {
  const onSubmit = vi.fn();
  const onChange = vi.fn();
  const user = userEvent.setup();
  const utils = render(
    <Suspense>
      <Form
        defaultValues={defaultValues}
        context={context}
        onSubmit={onSubmit}
        onChange={onChange}
        actions={<button type="submit">Stap afronden</button>}
      />
    </Suspense>,
  );
  return { ...utils, user, onSubmit, onChange };
}
