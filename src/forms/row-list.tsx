import { memo, useCallback, useEffect, useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import { useFieldArray, useFormContext } from 'react-hook-form';
import {
  Button,
  ButtonGroup,
  Fieldset,
  FieldsetLegend,
  FormFieldDescription,
  FormFieldErrorMessage,
  Paragraph,
} from '@utrecht/component-library-react';
import { newRowId } from '#src/domain/fields';
import { useInChunks } from '#src/ui/use-in-chunks';
import { errorId, fieldId, hintId } from './field-id';
import { describedBy, useFieldError } from './fields';
import { formsNl } from '#src/i18n/nl/forms';
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
  /**
   * Renders the fields of one row; `prefix` is `<name>.<index>`. Rows are memoised: pass a stable
   * function (`useCallback`) and a long list re-renders only the rows that changed.
   */
  children: (prefix: string, index: number) => ReactNode;
  reorderable?: boolean;
  /** The most rows the schema allows; at the limit the add button makes way for `maxText`. */
  max?: number;
  maxText?: string;
  /** Row ids (the `id` of each row's data) that are not shown, e.g. by a filter. They stay in the form. */
  hiddenRows?: ReadonlySet<string>;
}

const FOCUSABLE = 'input, select, textarea, button, a[href]';

type Focus = { index: number; button?: 'up' | 'down' };

/**
 * Repeatable rows. After adding, focus lands in the new row; after removing, on the visible row that
 * took its place (or the add button); after moving, on the same move button of the moved row, so it
 * can be pressed again. Moves and removals are announced politely.
 */
export function RowList({
  name,
  legend,
  hint,
  rowLabel,
  addLabel,
  emptyText,
  newRow,
  children,
  reorderable,
  max,
  maxText,
  hiddenRows,
}: RowListProps) {
  const { control, formState, getValues } = useFormContext();
  const { fields, append, remove, move, insert } = useFieldArray({ control, name, keyName: '_key' });
  const arrayError = useFieldError(name);
  const rootError = useFieldError(`${name}.root`);
  const error = arrayError ?? rootError;
  const container = useRef<HTMLDivElement>(null);
  const addButton = useRef<HTMLButtonElement>(null);
  const disabled = formState.disabled;
  const [announcement, setAnnouncement] = useState('');
  // The row removed last, until it is restored, another change is made or the offer times out.
  const [undo, setUndo] = useState<Removed | null>(null);
  useRegisterLabel(name, legend);

  // Focus moves after React has rendered the changed rows.
  const pendingFocus = useRef<Focus | null>(null);
  useEffect(() => {
    const focus = pendingFocus.current;
    if (focus === null) return;
    pendingFocus.current = null;
    const rows = [...(container.current?.querySelectorAll<HTMLElement>(':scope > .sw-row') ?? [])];
    const visible = (row: HTMLElement) => !row.hidden;
    // The row at the index, or the next visible one, or the nearest visible one before it.
    const row = rows.slice(focus.index).find(visible) ?? rows.slice(0, focus.index).reverse().find(visible);
    // This row's own move button, not one of a list nested inside it.
    const moveButton = (which: 'up' | 'down') =>
      [...(row?.querySelectorAll<HTMLElement>(`[data-move="${which}"]`) ?? [])].find((b) => b.closest('.sw-row') === row);
    const target = focus.button
      ? (moveButton(focus.button) ?? moveButton(focus.button === 'up' ? 'down' : 'up'))
      : (row?.querySelector<HTMLElement>(FOCUSABLE) ?? addButton.current);
    target?.focus();
  }, [fields]);

  // Handlers read the latest list through a ref, so they stay stable and memoised rows stay untouched.
  // The ref is brought up to date after each render; handlers only run on later user events.
  const latest = useRef({ count: fields.length, rowLabel, move, remove, getValues });
  useLayoutEffect(() => {
    latest.current = { count: fields.length, rowLabel, move, remove, getValues };
  });
  const onMove = useCallback((from: number, to: number) => {
    const { count, move } = latest.current;
    if (to < 0 || to >= count) return;
    move(from, to);
    setUndo(null);
    pendingFocus.current = { index: to, button: to < from ? 'up' : 'down' };
    setAnnouncement(formsNl.moved(to + 1, count));
  }, []);
  const onRemove = useCallback(
    (index: number) => {
      const { rowLabel, remove, getValues } = latest.current;
      const label = rowLabel(index);
      setUndo({ index, label, row: structuredClone(getValues(`${name}.${index}`) as Record<string, unknown>), at: Date.now() });
      remove(index);
      pendingFocus.current = { index };
      setAnnouncement(formsNl.removedUndo(label));
    },
    [name],
  );
  const restore = () => {
    if (!undo) return;
    insert(undo.index, undo.row, { shouldFocus: false });
    pendingFocus.current = { index: undo.index };
    setAnnouncement(formsNl.restored(undo.label));
    setUndo(null);
  };

  const full = max !== undefined && fields.length >= max;
  // A long list (a plan of a hundred actions) appears in parts, so opening its step stays responsive.
  const rendered = useInChunks(fields.length);

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
        {fields.length === 0 && <Paragraph className="sw-empty">{emptyText ?? formsNl.noRows}</Paragraph>}
        {fields.slice(0, rendered).map((row, index) => (
          <Row
            key={row._key}
            name={name}
            index={index}
            label={rowLabel(index)}
            isLast={index === fields.length - 1}
            hidden={!!hiddenRows?.has((row as { id?: string }).id ?? '')}
            disabled={!!disabled}
            reorderable={!!reorderable}
            onMove={onMove}
            onRemove={onRemove}
          >
            {children}
          </Row>
        ))}
      </div>
      {undo && !disabled && <UndoBar key={undo.at} label={undo.label} onUndo={restore} onExpire={() => setUndo(null)} />}
      <div className="sw-visually-hidden" aria-live="polite">
        {announcement}
      </div>
      {!disabled && full && maxText && <Paragraph className="sw-row-list-max">{maxText}</Paragraph>}
      {!disabled && !full && (
        <Button
          ref={addButton}
          type="button"
          appearance="secondary-action-button"
          onClick={() => {
            append({ ...newRow(), id: newRowId() }, { shouldFocus: false });
            setUndo(null);
            pendingFocus.current = { index: fields.length };
          }}
        >
          {addLabel}
        </Button>
      )}
    </Fieldset>
  );
}

interface Removed {
  index: number;
  label: string;
  row: Record<string, unknown>;
  /** When it was removed: a second removal gets a fresh undo offer. */
  at: number;
}

/** How long "Ongedaan maken" is offered; the time stands still while the button has focus or the pointer. */
const UNDO_MS = 15_000;

/** "Rij verwijderd — Ongedaan maken", for a while after a row was removed. */
function UndoBar({ label, onUndo, onExpire }: { label: string; onUndo: () => void; onExpire: () => void }) {
  const [paused, setPaused] = useState(false);
  const left = useRef(UNDO_MS);
  useEffect(() => {
    if (paused) return;
    const started = Date.now();
    const timer = setTimeout(onExpire, left.current);
    return () => {
      clearTimeout(timer);
      left.current = Math.max(0, left.current - (Date.now() - started));
    };
  }, [paused, onExpire]);
  return (
    <div
      className="sw-row-undo"
      onFocus={() => setPaused(true)}
      onBlur={() => setPaused(false)}
      onMouseEnter={() => setPaused(true)}
      onMouseLeave={() => setPaused(false)}
    >
      <Paragraph className="sw-row-undo-text">{formsNl.removedShort(label)}</Paragraph>
      <Button type="button" appearance="secondary-action-button" onClick={onUndo} aria-label={formsNl.undoLabel(label)}>
        {formsNl.undo}
      </Button>
    </div>
  );
}

interface RowProps {
  name: string;
  index: number;
  label: string;
  isLast: boolean;
  hidden: boolean;
  disabled: boolean;
  reorderable: boolean;
  onMove: (from: number, to: number) => void;
  onRemove: (index: number) => void;
  children: (prefix: string, index: number) => ReactNode;
}

const Row = memo(function Row({
  name,
  index,
  label,
  isLast,
  hidden,
  disabled,
  reorderable,
  onMove,
  onRemove,
  children,
}: RowProps) {
  return (
    <Fieldset className="sw-row" hidden={hidden}>
      <FieldsetLegend>{label}</FieldsetLegend>
      <RowLabelContext.Provider value={label}>{children(`${name}.${index}`, index)}</RowLabelContext.Provider>
      {!disabled && (
        <ButtonGroup className="sw-row-actions">
          {reorderable && index > 0 && (
            <Button
              type="button"
              appearance="subtle-button"
              data-move="up"
              aria-label={`${label}: ${formsNl.moveUp}`}
              onClick={() => onMove(index, index - 1)}
            >
              {formsNl.moveUp}
            </Button>
          )}
          {reorderable && !isLast && (
            <Button
              type="button"
              appearance="subtle-button"
              data-move="down"
              aria-label={`${label}: ${formsNl.moveDown}`}
              onClick={() => onMove(index, index + 1)}
            >
              {formsNl.moveDown}
            </Button>
          )}
          <Button
            type="button"
            appearance="secondary-action-button"
            aria-label={`${label} ${formsNl.removeRow.toLowerCase()}`}
            onClick={() => onRemove(index)}
          >
            {formsNl.removeRow}
          </Button>
        </ButtonGroup>
      )}
    </Fieldset>
  );
});
