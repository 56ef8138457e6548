import { lazy, type ComponentType } from 'react';
import type { StepId } from '../src/domain/step';
import type { StepFormProps } from '../src/forms/step-form';

/** Step forms, loaded on demand so the first page stays small. */
export const STEP_FORMS: Record<StepId, ComponentType<StepFormProps>> = {
  initiatief: lazy(() => import('./01-initiatief/form')),
} as unknown as Record<StepId, ComponentType<StepFormProps>>;
