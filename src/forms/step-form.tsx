import { useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { FormProvider, useForm, type FieldValues } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import type { z } from 'zod';
import { ErrorSummary } from './error-summary';
import { flattenErrors } from './form-errors';
import { LabelContext } from './labels';
import { StepContext, emptyStepContext, type StepFormContext } from './step-context';

export interface StepFormProps {
  /** Values to start from: the saved draft, or what the browser still holds unsaved. */
  defaultValues: Record<string, unknown>;
  /** Called with the current values on every change; the sync module debounces and saves. */
  onChange?: (values: Record<string, unknown>) => void;
  /** Called with parsed, complete values when the step is submitted as finished. */
  onSubmit: (values: Record<string, unknown>) => void;
  /** Wizard navigation, rendered inside the form so "Afronden" is its submit button. */
  actions?: ReactNode;
  readOnly?: boolean;
  /** Partners and other steps' data, for choices and warnings that depend on them. */
  context?: StepFormContext;
}

/**
 * The one place that calls `useForm`. Validation on submit uses the step's complete schema;
 * while typing, nothing blocks: drafts may be incomplete.
 */
export function StepForm({
  schema,
  defaultValues,
  onChange,
  onSubmit,
  actions,
  readOnly,
  context,
  children,
}: StepFormProps & { schema: z.ZodType<FieldValues>; children: ReactNode }) {
  const methods = useForm<FieldValues>({
    defaultValues,
    resolver: zodResolver(schema as never),
    mode: 'onSubmit',
    reValidateMode: 'onChange',
    disabled: readOnly,
  });
  const [submitFailed, setSubmitFailed] = useState(0);
  const summaryRef = useRef<HTMLDivElement>(null);
  const labels = useRef(new Map<string, string>()).current;
  const errors = useMemo(() => flattenErrors(methods.formState.errors), [methods.formState.errors, submitFailed]);

  useEffect(() => {
    if (!onChange) return;
    const sub = methods.watch((values, info) => {
      // `watch` also fires for programmatic resets without a field name; those are not user edits.
      if (info.name || info.type === 'change') onChange(structuredClone(values));
    });
    return () => sub.unsubscribe();
  }, [methods, onChange]);

  useEffect(() => {
    if (submitFailed) summaryRef.current?.focus();
  }, [submitFailed]);

  return (
    <StepContext.Provider value={context ?? emptyStepContext}>
    <LabelContext.Provider value={labels}>
    <FormProvider {...methods}>
      <form
        noValidate
        className="sw-step-form"
        onSubmit={methods.handleSubmit(
          (values) => onSubmit(values),
          () => setSubmitFailed((n) => n + 1),
        )}
      >
        {submitFailed > 0 && <ErrorSummary ref={summaryRef} errors={errors} labels={labels} />}
        {children}
        {actions}
      </form>
    </FormProvider>
    </LabelContext.Provider>
    </StepContext.Provider>
  );
}
