import { useFormContext } from 'react-hook-form';
import { Checkbox, FormField, FormFieldDescription, FormFieldErrorMessage, FormLabel } from '@utrecht/component-library-react';
import { errorId, fieldId, hintId } from './field-id';
import { inputWiring, useFieldError, type FieldProps } from './fields';
import { useRegisterLabel } from './labels';

/** One checkbox that stores a boolean, e.g. a statement the user confirms. */
export function CheckboxField({ name, label, hint }: FieldProps) {
  const { register } = useFormContext();
  const error = useFieldError(name);
  useRegisterLabel(name, label);
  return (
    <FormField type="checkbox" invalid={!!error} className="sw-field">
      {error && <FormFieldErrorMessage id={errorId(name)}>{error}</FormFieldErrorMessage>}
      <div className="sw-checkbox-line">
        <Checkbox {...inputWiring(name, hint, error)} {...register(name)} />
        <FormLabel htmlFor={fieldId(name)} type="checkbox">
          {label}
        </FormLabel>
      </div>
      {hint && <FormFieldDescription id={hintId(name)}>{hint}</FormFieldDescription>}
    </FormField>
  );
}
