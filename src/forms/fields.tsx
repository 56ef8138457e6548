import { useState, type ReactNode } from 'react';
import { useController, useFormContext, useWatch, get } from 'react-hook-form';
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
import { countId, errorId, fieldId, hintId } from './field-id';
import { formatDutchNumber, numberFieldText, numberFieldValue } from '#src/domain/numbers';
import { useLiveIssue, useMaxLength } from './live-issues';
import { formsNl } from '#src/i18n/nl/forms';
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

/**
 * Error text of a field, if any; also used by field groups. After a failed "afronden" that is the
 * complete schema's message; before, a problem with what is already filled in (`liveIssues`).
 */
export function useFieldError(name: string): string | undefined {
  const { formState } = useFormContext();
  const live = useLiveIssue(name);
  const error = get(formState.errors, name) as { message?: unknown } | undefined;
  return typeof error?.message === 'string' ? error.message : live;
}

export function describedBy(name: string, hint: string | undefined, error: string | undefined, counted = false) {
  return (
    [hint ? hintId(name) : '', error ? errorId(name) : '', counted ? countId(name) : ''].filter(Boolean).join(' ') || undefined
  );
}

/** id, invalid state and descriptions of an input, so every field wires them the same way. */
export const inputWiring = (name: string, hint: string | undefined, error: string | undefined, counted = false) => ({
  id: fieldId(name),
  invalid: !!error,
  'aria-invalid': error ? (true as const) : undefined,
  'aria-describedby': describedBy(name, hint, error, counted),
});

// The count appears once four fifths of the room is used, so nobody is surprised by the limit.
const COUNT_FROM = 0.8;
const thousands = new Intl.NumberFormat('nl-NL');

/** How much room a text field has left, shown before the limit is reached; typing stops at the limit. */
function CharacterCount({ name, max }: { name: string; max: number }) {
  const value: unknown = useWatch({ name });
  const length = typeof value === 'string' ? value.length : 0;
  const shown = length >= max * COUNT_FROM;
  return (
    <p id={countId(name)} className="sw-count" hidden={!shown} role={length >= max ? 'status' : undefined}>
      {shown &&
        (length >= max
          ? formsNl.countFull(thousands.format(max))
          : formsNl.countLeft(thousands.format(max - length), thousands.format(max)))}
    </p>
  );
}

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
          {optional && <span className="sw-optional"> {formsNl.optional}</span>}
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
  const max = useMaxLength(name);
  return (
    <FieldShell name={name} error={error} {...props}>
      <Textbox
        {...inputWiring(name, props.hint, error, max !== undefined)}
        type={type}
        autoComplete={autoComplete}
        maxLength={type === 'date' ? undefined : max}
        className={width ? `sw-width-${width}` : undefined}
        {...register(name)}
      />
      {max !== undefined && type !== 'date' && <CharacterCount name={name} max={max} />}
    </FieldShell>
  );
}

export const DateField = (props: FieldProps) => <TextField {...props} type="date" width="short" />;

/**
 * A number typed the Dutch way ("40.000", "€ 2.500,50", "2,5"). What reads as a number is stored as
 * one and shown with a thousands dot after leaving the field; anything else is stored as typed and
 * explained at the field, never turned into a different number.
 */
export function NumberField({ name, integer, unit, ...props }: FieldProps & { integer?: boolean; unit?: string }) {
  const { field } = useController({ name });
  const { value, onChange, onBlur, ref, disabled } = field;
  const error = useFieldError(name);
  const max = useMaxLength(name);
  const [text, setText] = useState(() => numberFieldText(value));
  // A partner's edit or a reset changes the value underneath: show it, unless it is what this text says.
  // Adjusted while rendering (not in an effect), so the field never shows the old text for a frame.
  const [shown, setShown] = useState<unknown>(value);
  if (shown !== value) {
    setShown(value);
    if (numberFieldValue(text) !== (value ?? null)) setText(numberFieldText(value));
  }
  return (
    <FieldShell name={name} error={error} {...props}>
      <Textbox
        {...inputWiring(name, props.hint, error)}
        type="text"
        inputMode={integer ? 'numeric' : 'decimal'}
        className="sw-width-short"
        maxLength={max}
        name={name}
        ref={ref}
        disabled={disabled}
        value={text}
        onChange={(e) => {
          setText(e.target.value);
          onChange(numberFieldValue(e.target.value));
        }}
        onBlur={() => {
          const typed = numberFieldValue(text);
          if (typeof typed === 'number') setText(formatDutchNumber(typed));
          onBlur();
        }}
      />
      {unit && <span className="sw-unit"> {unit}</span>}
    </FieldShell>
  );
}

export function TextAreaField({ name, rows = 4, ...props }: FieldProps & { rows?: number }) {
  const { register } = useFormContext();
  const error = useFieldError(name);
  const max = useMaxLength(name);
  return (
    <FieldShell name={name} error={error} {...props}>
      <Textarea {...inputWiring(name, props.hint, error, max !== undefined)} rows={rows} maxLength={max} {...register(name)} />
      {max !== undefined && <CharacterCount name={name} max={max} />}
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
export const optionText = (o: Option) => (o.suggestion ? `${o.label} ${formsNl.suggestion}` : o.label);

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
      <Select {...inputWiring(name, props.hint, error)} {...register(name, valueAs ? { setValueAs: valueAs } : undefined)}>
        <SelectOption value="">{formsNl.choose}</SelectOption>
        {options.map((o) => (
          <SelectOption key={o.value} value={o.value}>
            {optionText(o)}
          </SelectOption>
        ))}
      </Select>
    </FieldShell>
  );
}
