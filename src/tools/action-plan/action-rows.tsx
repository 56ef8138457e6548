import { useCallback, useEffect, useMemo, useState } from 'react';
import { useFormContext } from 'react-hook-form';
import {
  Fieldset,
  FieldsetLegend,
  FormField,
  FormLabel,
  Heading3,
  Paragraph,
  Select,
  SelectOption,
} from '@utrecht/component-library-react';
import { partnerOptions } from '#src/domain/partner-rows';
import { RowList } from '#src/forms/row-list';
import { useStepContext } from '#src/forms/step-context';
import { ActionRow } from './action-row';
import { actionPlanCopy } from './copy';
import { ACTION_PLAN_KEY, ACTION_ROWS_MAX, newActionRow, type ActionRow as ActionRowData, type ActionStatus } from './schema';
import {
  customFactorsOf,
  factorOptions,
  isFiltering,
  isOverdue,
  matchesFilter,
  NO_FILTER,
  statusOptions,
  todayIso,
  type ActionFilter,
} from './view';

const t = actionPlanCopy.partB;
const f = actionPlanCopy.filters;

/** What the list line says and hides; recomputed only when rows are added, removed, moved or re-dated. */
interface PlanView {
  ids: string[];
  overdue: number;
}

const sameView = (a: PlanView, b: PlanView) => a.overdue === b.overdue && a.ids.join('\n') === b.ids.join('\n');

/**
 * Part B: the action rows, with filters by status and lead partner. Filters are view state: hidden
 * rows stay in the form, are saved and exported, and a row with an error is never hidden.
 */
export function ActionRows({ name = ACTION_PLAN_KEY }: { name?: string }) {
  const { steps, partners } = useStepContext();
  const { getValues, watch, formState } = useFormContext();
  const today = useMemo(() => todayIso(), []);
  const factors = useMemo(() => factorOptions(customFactorsOf(steps.visie)), [steps]);

  const readRows = useCallback(() => {
    const rows = getValues(name);
    return (Array.isArray(rows) ? rows : []) as ActionRowData[];
  }, [getValues, name]);
  const computeView = useCallback((): PlanView => {
    const rows = readRows();
    return { ids: rows.map((r) => r.id), overdue: rows.filter((r) => isOverdue(r, today)).length };
  }, [readRows, today]);
  const [view, setView] = useState(computeView);
  useEffect(() => {
    // A subscription, not `useWatch`: typing in a row must not re-render the list.
    const relevant = new RegExp(`^${name.replace(/\./g, '\\.')}(\\.\\d+\\.(deadline|status))?$`);
    const sub = watch((_values, info) => {
      if (info.name && !relevant.test(info.name)) return;
      const next = computeView();
      setView((prev) => (sameView(prev, next) ? prev : next));
    });
    return () => sub.unsubscribe();
  }, [watch, name, computeView]);

  // Which rows a filter hides is decided when the filter is chosen, so a row never vanishes while
  // someone edits it, and new rows always show.
  const [filter, setFilter] = useState<ActionFilter>(NO_FILTER);
  const [hiddenByFilter, setHiddenByFilter] = useState<ReadonlySet<string>>(new Set());
  const applyFilter = (next: ActionFilter) => {
    setFilter(next);
    setHiddenByFilter(
      new Set(
        readRows()
          .filter((r) => !matchesFilter(r, next))
          .map((r) => r.id),
      ),
    );
  };

  const rowErrors = (formState.errors as Record<string, unknown>)[name];
  const hidden = useMemo(() => {
    if (hiddenByFilter.size === 0) return hiddenByFilter;
    const withError = new Set(Array.isArray(rowErrors) ? view.ids.filter((_, i) => rowErrors[i]) : []);
    return new Set([...hiddenByFilter].filter((id) => !withError.has(id)));
  }, [hiddenByFilter, rowErrors, view.ids]);
  const shown = view.ids.filter((id) => !hidden.has(id)).length;

  const renderRow = useCallback(
    (prefix: string) => <ActionRow prefix={prefix} factorOptions={factors} today={today} />,
    [factors, today],
  );

  return (
    <section aria-labelledby="actieplan-b" className="sw-action-plan-part">
      <Heading3 id="actieplan-b">{t.title}</Heading3>
      <Fieldset className="sw-action-filters">
        <FieldsetLegend>{f.legend}</FieldsetLegend>
        <div className="sw-action-filter-fields">
          <FilterSelect
            id="actieplan-filter-status"
            label={f.status}
            value={filter.status}
            options={statusOptions()}
            onChange={(status) => applyFilter({ ...filter, status: status as ActionStatus | '' })}
          />
          <FilterSelect
            id="actieplan-filter-partner"
            label={f.partner}
            value={filter.partnerId}
            options={partnerOptions(partners)}
            onChange={(partnerId) => applyFilter({ ...filter, partnerId })}
          />
        </div>
      </Fieldset>
      <Paragraph role="status" className="sw-action-count">
        {f.shown(shown, view.ids.length)}
        {f.overdue(view.overdue)}
        {shown < view.ids.length && ` ${f.hiddenNote}`}
      </Paragraph>
      <RowList
        name={name}
        legend={t.legend}
        hint={t.hint}
        rowLabel={t.row}
        addLabel={t.add}
        emptyText={t.empty}
        newRow={() => newActionRow({ id: '' })}
        // Moving a row past rows that are hidden would look like nothing happened.
        reorderable={!isFiltering(filter)}
        max={ACTION_ROWS_MAX}
        maxText={t.max(ACTION_ROWS_MAX)}
        hiddenRows={hidden}
      >
        {renderRow}
      </RowList>
    </section>
  );
}

function FilterSelect({
  id,
  label,
  value,
  options,
  onChange,
}: {
  id: string;
  label: string;
  value: string;
  options: readonly { value: string; label: string }[];
  onChange: (value: string) => void;
}) {
  return (
    <FormField className="sw-field">
      <div className="utrecht-form-field__label">
        <FormLabel htmlFor={id}>{label}</FormLabel>
      </div>
      <div className="utrecht-form-field__input">
        <Select id={id} value={value} onChange={(e) => onChange(e.target.value)}>
          <SelectOption value="">{f.all}</SelectOption>
          {options.map((o) => (
            <SelectOption key={o.value} value={o.value}>
              {o.label}
            </SelectOption>
          ))}
        </Select>
      </div>
    </FormField>
  );
}
