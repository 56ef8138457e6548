import { Controller, useFormContext } from 'react-hook-form';
import {
  Checkbox,
  Fieldset,
  FieldsetLegend,
  FormField,
  FormFieldDescription,
  FormFieldErrorMessage,
  FormLabel,
  RadioButton,
} from '@utrecht/component-library-react';
import { errorId, fieldId, hintId } from './field-id';
import { describedBy, useFieldError, type FieldProps, type Option } from './fields';
import { commonNl } from '#src/i18n/nl/common';
import { formsNl } from '#src/i18n/nl/forms';
import { useRegisterLabel } from './labels';
import { FieldEditors } from './field-presence';

/** A fieldset with legend, hint and error; options get ids `<field>-<value>`, the first one the field id. */
function ChoiceShell({
  name,
  label,
  hint,
  optional,
  error,
  children,
}: FieldProps & { error?: string; children: React.ReactNode }) {
  useRegisterLabel(name, label);
  return (
    <Fieldset invalid={!!error} aria-describedby={describedBy(name, hint, error)} className="sw-field sw-choice">
      <FieldsetLegend>
        {label}
        {optional && <span className="sw-optional"> {formsNl.optional}</span>}
      </FieldsetLegend>
      <FieldEditors name={name} />
      {hint && <FormFieldDescription id={hintId(name)}>{hint}</FormFieldDescription>}
      {error && <FormFieldErrorMessage id={errorId(name)}>{error}</FormFieldErrorMessage>}
      {children}
    </Fieldset>
  );
}

const optionId = (name: string, index: number, value: string) =>
  index === 0 ? fieldId(name) : `${fieldId(name)}-${value.replace(/[^a-zA-Z0-9_-]/g, '-')}`;

const optionHintId = (id: string) => `${id}-uitleg`;

/** An option's label, its "(voorbeeld …)" marker and its short explanation; the input is described by the latter. */
function OptionLabel({ id, option, type }: { id: string; option: Option; type: 'radio' | 'checkbox' }) {
  return (
    <>
      <FormLabel htmlFor={id} type={type}>
        {option.label}
        {option.suggestion && (
          <>
            {' '}
            <span className="sw-suggestion">{formsNl.suggestion}</span>
          </>
        )}
      </FormLabel>
      {option.hint && <FormFieldDescription id={optionHintId(id)}>{option.hint}</FormFieldDescription>}
    </>
  );
}

export function RadioField({ name, options, ...props }: FieldProps & { options: readonly Option[] }) {
  const { register } = useFormContext();
  const error = useFieldError(name);
  return (
    <ChoiceShell name={name} error={error} {...props}>
      {options.map((o, i) => {
        const id = optionId(name, i, o.value);
        return (
          <FormField key={o.value} type="radio" className="sw-option">
            <RadioButton
              id={id}
              value={o.value}
              invalid={!!error}
              aria-describedby={o.hint ? optionHintId(id) : undefined}
              {...register(name)}
            />
            <OptionLabel id={id} option={o} type="radio" />
          </FormField>
        );
      })}
    </ChoiceShell>
  );
}

export function CheckboxesField({ name, options, ...props }: FieldProps & { options: readonly Option[] }) {
  const { control } = useFormContext();
  const error = useFieldError(name);
  return (
    <ChoiceShell name={name} error={error} {...props}>
      <Controller
        control={control}
        name={name}
        render={({ field }) => {
          const selected: string[] = Array.isArray(field.value) ? field.value : [];
          return (
            <>
              {options.map((o, i) => {
                const id = optionId(name, i, o.value);
                return (
                  <FormField key={o.value} type="checkbox" className="sw-option">
                    <Checkbox
                      id={id}
                      name={field.name}
                      value={o.value}
                      checked={selected.includes(o.value)}
                      invalid={!!error}
                      disabled={field.disabled}
                      aria-describedby={o.hint ? optionHintId(id) : undefined}
                      onBlur={field.onBlur}
                      ref={i === 0 ? field.ref : undefined}
                      onChange={(e) =>
                        field.onChange(
                          e.target.checked
                            ? options.map((x) => x.value).filter((v) => v === o.value || selected.includes(v))
                            : selected.filter((v) => v !== o.value),
                        )
                      }
                    />
                    <OptionLabel id={id} option={o} type="checkbox" />
                  </FormField>
                );
              })}
            </>
          );
        }}
      />
    </ChoiceShell>
  );
}

/** Ja/Nee stored as a boolean (null while unanswered). */
export function YesNoField(props: FieldProps & { yes?: string; no?: string }) {
  const { control } = useFormContext();
  const error = useFieldError(props.name);
  const options = [
    { value: true, label: props.yes ?? commonNl.yes },
    { value: false, label: props.no ?? commonNl.no },
  ];
  return (
    <ChoiceShell error={error} {...props}>
      <Controller
        control={control}
        name={props.name}
        render={({ field }) => (
          <>
            {options.map((o, i) => {
              const id = optionId(props.name, i, String(o.value));
              return (
                <FormField key={id} type="radio" className="sw-option">
                  <RadioButton
                    id={id}
                    name={field.name}
                    checked={field.value === o.value}
                    disabled={field.disabled}
                    invalid={!!error}
                    onBlur={field.onBlur}
                    ref={i === 0 ? field.ref : undefined}
                    onChange={() => field.onChange(o.value)}
                  />
                  <FormLabel htmlFor={id} type="radio">
                    {o.label}
                  </FormLabel>
                </FormField>
              );
            })}
          </>
        )}
      />
    </ChoiceShell>
  );
}
