import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { FormProvider, useForm, type FieldValues } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import type { z } from 'zod';
import { ErrorSummary } from './error-summary';
import { flattenErrors } from './form-errors';
import { LabelContext } from './labels';
import { StepContext, emptyStepContext, type StepFormContext } from './step-context';
import { LiveIssuesContext, MaxLengthContext, liveIssues } from './live-issues';
import { maxLengthAt } from './schema-limits';

// Long enough not to flag an e-mail address halfway through typing it.
const LIVE_CHECK_DELAY_MS = 600;

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
 * while typing, nothing blocks: drafts may be incomplete or wrong, and are saved as typed. Problems
 * with what is already filled in show at the field after a short pause (`liveIssues`).
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
  // Fields register their labels here as they render, for the error summary (one map per form).
  const [labels] = useState(() => new Map<string, string>());
  // The summary shows after a failed submit; it lists the errors as they stand at each render.
  const formErrors = methods.formState.errors;
  const errors = submitFailed > 0 ? flattenErrors(formErrors) : [];
  const [issues, setIssues] = useState<ReadonlyMap<string, string>>(() => liveIssues(schema, defaultValues));
  const maxLength = useMemo(() => {
    const known = new Map<string, number | undefined>();
    return (path: string) => {
      if (!known.has(path)) known.set(path, maxLengthAt(schema, path));
      return known.get(path);
    };
  }, [schema]);
  const checkLater = useDelayed(LIVE_CHECK_DELAY_MS);

  useEffect(() => {
    // eslint-disable-next-line react-hooks/incompatible-library -- watch(callback) subscribes in an effect, outside render; no React Compiler runs here
    const sub = methods.watch((values) => checkLater(() => setIssues(liveIssues(schema, values))));
    return () => sub.unsubscribe();
  }, [methods, schema, checkLater]);

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
      <LiveIssuesContext.Provider value={issues}>
        <MaxLengthContext.Provider value={maxLength}>
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
        </MaxLengthContext.Provider>
      </LiveIssuesContext.Provider>
    </StepContext.Provider>
  );
}

/** Runs the latest function given after `ms` of quiet; pending work is dropped on unmount. */
function useDelayed(ms: number) {
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);
  return useCallback(
    (fn: () => void) => {
      clearTimeout(timer.current);
      timer.current = setTimeout(fn, ms);
    },
    [ms],
  );
}
