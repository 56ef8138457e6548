import type { ComponentType } from 'react';
import type { StepId } from '#src/domain/step';
import type { StepFormProps } from '#src/forms/step-form';
import { retryingLazy as lazy } from '#src/forms/retrying-lazy';

/** Step forms, loaded on demand so the first page stays small (and loaded again after a failed load). */
export const STEP_FORMS: Record<StepId, ComponentType<StepFormProps>> = {
  initiatief: lazy(() => import('./01-initiatief/form')),
  aanspreekpunten: lazy(() => import('./02-aanspreekpunten/form')),
  financiering: lazy(() => import('./03-financiering/form')),
  visie: lazy(() => import('./04-visie/form')),
  taakverdeling: lazy(() => import('./05-taakverdeling/form')),
  signalen: lazy(() => import('./06-signalen/form')),
  faciliteiten: lazy(() => import('./07-faciliteiten/form')),
  bekendheid: lazy(() => import('./08-bekendheid/form')),
  kennisdelen: lazy(() => import('./09-kennisdelen/form')),
  evaluatie: lazy(() => import('./10-evaluatie/form')),
  'structurele-financiering': lazy(() => import('./11-structurele-financiering/form')),
};
