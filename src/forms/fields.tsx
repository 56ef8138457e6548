import type { ReactNode } from 'react';
import { useFormContext, get } from 'react-hook-form';
import {
  FormField,
  FormFieldDescription,
  FormFieldErrorMessage,
  FormLabel,
  Select,
  SelectOption,
  Textarea,
  Textbox,
} from '@utrecht/component-library-react';
import { errorId, fieldId, hintId } from './field-id';
import { formMessages } from './messages';
import { useRegisterLabel } from './labels';
import { FieldEditors } from './field-presence';

export interface FieldProps {
  name: string;
  label: string;
  hint?: string;
  optional?: boolean;
  /** Words added to the label for screen readers only, where the visible label leans on its group (e.g. the factor a score is about). */
  labelDetail?: string;
}

/** Error text of a field, if any; also used by field groups. */
export function useFieldError(name: string): string | undefined {
  const { formState } = useFormContext();
  const error = get(formState.errors, name) as { message?: unknown } | undefined;
  return typeof error?.message === 'string' ? error.message : undefined;
}

export function describedBy(name: string, hint: string | undefined, error: string | undefined) {
  return [hint ? hintId(name) : '', error ? errorId(name) : ''].filter(Boolean).join(' ') || undefined;
}

/** id, invalid state and descriptions of an input, so every field wires them the same way. */
export const inputWiring = (name: string, hint: string | undefined, error: string | undefined) => ({
  id: fieldId(name),
  invalid: !!error,
  'aria-invalid': error ? (true as const) : undefined,
  'aria-describedby': describedBy(name, hint, error),
});

/** Label, hint and error wiring shared by every single-input field. */
function FieldShell({
  name,
  label,
  hint,
  optional,
  labelDetail,
  error,
  type,
  children,
}: FieldProps & { error?: string; type?: string; children: ReactNode }) {
  useRegisterLabel(name, labelDetail ? `${label} ${labelDetail}` : label);
  return (
    <FormField invalid={!!error} type={type} className="sw-field">
      <div className="utrecht-form-field__label">
        <FormLabel htmlFor={fieldId(name)}>
          {label}
          {labelDetail && (
            <>
              {' '}
              <span className="sw-visually-hidden">{labelDetail}</span>
            </>
          )}
          {optional && <span className="sw-optional"> {formMessages.optional}</span>}
        </FormLabel>
        <FieldEditors name={name} />
      </div>
      {hint && <FormFieldDescription id={hintId(name)}>{hint}</FormFieldDescription>}
      {error && <FormFieldErrorMessage id={errorId(name)}>{error}</FormFieldErrorMessage>}
      <div className="utrecht-form-field__input">{children}</div>
    </FormField>
  );
}

export function TextField({
  name,
  type = 'text',
  autoComplete,
  width,
  ...props
}: FieldProps & { type?: 'text' | 'email' | 'tel' | 'url' | 'date'; autoComplete?: string; width?: 'short' | 'medium' }) {
  const { register } = useFormContext();
  const error = useFieldError(name);
  return (
    <FieldShell name={name} error={error} {...props}>
      <Textbox
        {...inputWiring(name, props.hint, error)}
        type={type}
        autoComplete={autoComplete}
        className={width ? `sw-width-${width}` : undefined}
        {...register(name)}
      />
    </FieldShell>
  );
}

export const DateField = (props: FieldProps) => <TextField {...props} type="date" width="short" />;

export function NumberField({ name, integer, unit, ...props }: FieldProps & { integer?: boolean; unit?: string }) {
  const { register } = useFormContext();
  const error = useFieldError(name);
  return (
    <FieldShell name={name} error={error} {...props}>
      <Textbox
        {...inputWiring(name, props.hint, error)}
        type="text"
        inputMode={integer ? 'numeric' : 'decimal'}
        className="sw-width-short"
        {...register(name, {
          // Dutch users type a decimal comma; an empty box means "not filled in".
          setValueAs: (v: unknown) => {
            if (v === '' || v === null || v === undefined) return null;
            if (typeof v === 'number') return v;
            const n = Number(String(v).replace(/\s/g, '').replace(',', '.'));
            return Number.isNaN(n) ? String(v) : n;
          },
        })}
      />
      {unit && <span className="sw-unit"> {unit}</span>}
    </FieldShell>
  );
}

export function TextAreaField({ name, rows = 4, ...props }: FieldProps & { rows?: number }) {
  const { register } = useFormContext();
  const error = useFieldError(name);
  return (
    <FieldShell name={name} error={error} {...props}>
      <Textarea
        {...inputWiring(name, props.hint, error)}
        rows={rows}
        {...register(name)}
      />
    </FieldShell>
  );
}

export interface Option {
  value: string;
  label: string;
  hint?: string;
  /** Our own addition rather than the plan's: the option says so. */
  suggestion?: boolean;
}

/** An option's visible text; a suggestion carries a marker (a select option can only hold text). */
export const optionText = (o: Option) => (o.suggestion ? `${o.label} ${formMessages.suggestion}` : o.label);

export function SelectField({
  name,
  options,
  valueAs,
  ...props
}: FieldProps & {
  options: readonly Option[];
  /** Turns the chosen option's value into the stored value (e.g. a number); the option values stay strings. */
  valueAs?: (value: string) => unknown;
}) {
  const { register } = useFormContext();
  const error = useFieldError(name);
  return (
    <FieldShell name={name} error={error} {...props}>
      <Select
        {...inputWiring(name, props.hint, error)}
        {...register(name, valueAs ? { setValueAs: valueAs } : undefined)}
      >
        <SelectOption value="">{formMessages.choose}</SelectOption>
        {options.map((o) => (
          <SelectOption key={o.value} value={o.value}>
            {optionText(o)}
          </SelectOption>
        ))}
      </Select>
    </FieldShell>
  );
}
