import { useEffect, useRef, type ReactNode } from 'react';
import { useFieldArray, useFormContext } from 'react-hook-form';
import { Button, ButtonGroup, Fieldset, FieldsetLegend, FormFieldDescription, FormFieldErrorMessage, Paragraph } from '@utrecht/component-library-react';
import { newRowId } from '../domain/fields';
import { errorId, fieldId, hintId } from './field-id';
import { describedBy, useFieldError } from './fields';
import { formMessages } from './messages';
import { RowLabelContext, useRegisterLabel } from './labels';

export interface RowListProps {
  name: string;
  legend: string;
  hint?: string;
  /** Legend of one row, e.g. "Partner 2". */
  rowLabel: (index: number) => string;
  addLabel: string;
  emptyText?: string;
  newRow: () => Record<string, unknown>;
  /** Renders the fields of one row; `prefix` is `<name>.<index>`. */
  children: (prefix: string, index: number) => ReactNode;
  reorderable?: boolean;
}

const FOCUSABLE = 'input, select, textarea, button';

/**
 * Repeatable rows. After adding, focus lands in the new row; after removing, on the row that took
 * its place (or the add button), so keyboard users never lose their position.
 */
export function RowList({ name, legend, hint, rowLabel, addLabel, emptyText, newRow, children, reorderable }: RowListProps) {
  const { control, formState } = useFormContext();
  const { fields, append, remove, move } = useFieldArray({ control, name, keyName: '_key' });
  const arrayError = useFieldError(name);
  const rootError = useFieldError(`${name}.root`);
  const error = arrayError ?? rootError;
  const container = useRef<HTMLDivElement>(null);
  const addButton = useRef<HTMLButtonElement>(null);
  const disabled = formState.disabled;
  useRegisterLabel(name, legend);

  // Focus moves after React has rendered the changed rows.
  const pendingFocus = useRef<number | null>(null);
  const focusRow = (index: number) => {
    pendingFocus.current = index;
  };
  useEffect(() => {
    const index = pendingFocus.current;
    if (index === null) return;
    pendingFocus.current = null;
    const rows = container.current?.querySelectorAll<HTMLElement>(':scope > .sw-row');
    const row = rows && rows.length > 0 ? rows[Math.min(index, rows.length - 1)] : undefined;
    const target = row?.querySelector<HTMLElement>(FOCUSABLE) ?? addButton.current;
    target?.focus();
  }, [fields]);

  return (
    <Fieldset className="sw-row-list" aria-describedby={describedBy(name, hint, error)}>
      <FieldsetLegend>
        <span id={fieldId(name)} tabIndex={-1}>
          {legend}
        </span>
      </FieldsetLegend>
      {hint && <FormFieldDescription id={hintId(name)}>{hint}</FormFieldDescription>}
      {error && <FormFieldErrorMessage id={errorId(name)}>{error}</FormFieldErrorMessage>}
      <div ref={container}>
        {fields.length === 0 && <Paragraph className="sw-empty">{emptyText ?? formMessages.noRows}</Paragraph>}
        {fields.map((row, index) => {
          const label = rowLabel(index);
          return (
            <Fieldset key={row._key} className="sw-row">
              <FieldsetLegend>{label}</FieldsetLegend>
              <RowLabelContext.Provider value={label}>{children(`${name}.${index}`, index)}</RowLabelContext.Provider>
              {!disabled && (
                <ButtonGroup className="sw-row-actions">
                  {reorderable && index > 0 && (
                    <Button
                      type="button"
                      appearance="subtle-button"
                      aria-label={`${label}: ${formMessages.moveUp}`}
                      onClick={() => {
                        move(index, index - 1);
                        focusRow(index - 1);
                      }}
                    >
                      {formMessages.moveUp}
                    </Button>
                  )}
                  {reorderable && index < fields.length - 1 && (
                    <Button
                      type="button"
                      appearance="subtle-button"
                      aria-label={`${label}: ${formMessages.moveDown}`}
                      onClick={() => {
                        move(index, index + 1);
                        focusRow(index + 1);
                      }}
                    >
                      {formMessages.moveDown}
                    </Button>
                  )}
                  <Button
                    type="button"
                    appearance="secondary-action-button"
                    aria-label={`${label} ${formMessages.removeRow.toLowerCase()}`}
                    onClick={() => {
                      remove(index);
                      focusRow(index);
                    }}
                  >
                    {formMessages.removeRow}
                  </Button>
                </ButtonGroup>
              )}
            </Fieldset>
          );
        })}
      </div>
      {!disabled && (
        <Button
          ref={addButton}
          type="button"
          appearance="secondary-action-button"
          onClick={() => {
            append({ ...newRow(), id: newRowId() }, { shouldFocus: false });
            focusRow(fields.length);
          }}
        >
          {addLabel}
        </Button>
      )}
    </Fieldset>
  );
}
