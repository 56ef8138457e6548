import { memo, useContext, useEffect, useMemo, useRef, useState } from 'react';
import { get, useFormContext, useWatch } from 'react-hook-form';
import {
  Button,
  DataList,
  DataListItem,
  DataListKey,
  DataListValue,
  Fieldset,
  FieldsetLegend,
  Paragraph,
} from '@utrecht/component-library-react';
import { formatDateNl } from '#src/domain/funding';
import { partnerLabel } from '#src/domain/partner-rows';
import { DateField, NumberField, SelectField, TextAreaField, TextField, type Option } from '#src/forms/fields';
import { fieldId } from '#src/forms/field-id';
import { RowLabelContext, useRegisterLabels } from '#src/forms/labels';
import { PartnerSelectField } from '#src/forms/partner-select-field';
import { useStepContext } from '#src/forms/step-context';
import { actionPlanCopy } from './copy';
import { stepOptionsOf } from './labels';
import { isOverdue, statusLabel, statusOptions } from './view';

const t = actionPlanCopy.partB;
const STATUS_OPTIONS = statusOptions();

/** Every field of a row with its label, for the error summary while the row shows as a summary. */
const FIELD_LABELS = (
  [
    'what',
    'how',
    'leadPartnerId',
    'leadPerson',
    'involved',
    'start',
    'deadline',
    'hours',
    'room',
    'budget',
    'needs',
    'factorId',
    'stepId',
    'indicator',
    'status',
  ] as const
).map((field) => [field, t[field].label] as const);

function useRegisterRowLabels(prefix: string) {
  useRegisterLabels(FIELD_LABELS.map(([field, label]) => [`${prefix}.${field}`, label] as const));
}

export interface ActionRowProps {
  prefix: string;
  factorOptions: readonly Option[];
  today: string;
}

/**
 * One action. A filled-in row shows as a short summary with an edit button, so a plan of a hundred
 * rows stays light to type in; a new row, or one with an error, shows all its fields.
 */
export const ActionRow = memo(function ActionRow({ prefix, factorOptions, today }: ActionRowProps) {
  const label = useContext(RowLabelContext);
  const { getValues, formState } = useFormContext();
  const hasError = !!get(formState.errors, prefix);
  const [editing, setEditing] = useState(() => !getValues(`${prefix}.what`));
  const open = editing || hasError;
  const contentId = `${fieldId(prefix)}-inhoud`;
  useRegisterRowLabels(prefix);

  // Opening by the button puts the cursor in the first field; closing leaves focus on the button.
  const focusFirst = useRef(false);
  useEffect(() => {
    if (!open || !focusFirst.current) return;
    focusFirst.current = false;
    document.getElementById(fieldId(`${prefix}.what`))?.focus();
  }, [open, prefix]);

  return (
    <>
      <OverdueMark prefix={prefix} today={today} />
      <div id={contentId} className="sw-action-row">
        {open ? <ActionRowFields prefix={prefix} factorOptions={factorOptions} /> : <ActionRowSummary prefix={prefix} />}
      </div>
      {!(open && hasError) && (
        <Button
          type="button"
          appearance="subtle-button"
          className="sw-action-toggle"
          aria-expanded={open}
          aria-controls={contentId}
          aria-label={open ? t.collapse(label) : t.edit(label)}
          onClick={() => {
            focusFirst.current = !open;
            setEditing(!open);
          }}
        >
          {open ? t.collapseText : t.editText}
        </Button>
      )}
    </>
  );
});

/** Marked in words and with an icon, not by colour alone; re-renders only when deadline or status change. */
function OverdueMark({ prefix, today }: { prefix: string; today: string }) {
  const [deadline, status] = useWatch({ name: [`${prefix}.deadline`, `${prefix}.status`] }) as [unknown, unknown];
  const row = { deadline: typeof deadline === 'string' ? deadline : '', status: typeof status === 'string' ? status : '' };
  if (!isOverdue(row, today)) return null;
  return (
    <Paragraph className="sw-overdue">
      <span aria-hidden="true" className="sw-overdue-icon">
        {t.overdueIcon}
      </span>{' '}
      {t.overdueLong(formatDateNl(row.deadline))}
    </Paragraph>
  );
}

function ActionRowSummary({ prefix }: { prefix: string }) {
  const { partners } = useStepContext();
  const [what, lead, deadline, status] = useWatch({
    name: [`${prefix}.what`, `${prefix}.leadPartnerId`, `${prefix}.deadline`, `${prefix}.status`],
  }) as (string | undefined)[];
  const partner = partners.find((p) => p.id === lead);
  const s = t.summary;
  return (
    <>
      <Paragraph className="sw-action-what">{what?.trim() || t.untitled}</Paragraph>
      <DataList className="sw-facts sw-facts--inline">
        <DataListItem>
          <DataListKey>{s.lead}</DataListKey>
          <DataListValue>{partner ? partnerLabel(partner) : s.noLead}</DataListValue>
        </DataListItem>
        <DataListItem>
          <DataListKey>{s.deadline}</DataListKey>
          <DataListValue>{deadline ? formatDateNl(deadline) : s.noDeadline}</DataListValue>
        </DataListItem>
        <DataListItem>
          <DataListKey>{s.status}</DataListKey>
          <DataListValue>{statusLabel(status) || s.noLead}</DataListValue>
        </DataListItem>
      </DataList>
    </>
  );
}

function ActionRowFields({ prefix, factorOptions }: { prefix: string; factorOptions: readonly Option[] }) {
  const { stepList } = useStepContext();
  const stepOptions = useMemo(() => stepOptionsOf(stepList ?? []), [stepList]);
  const f = (field: string) => `${prefix}.${field}`;
  return (
    <>
      <TextField name={f('what')} label={t.what.label} hint={t.what.hint} />
      <TextAreaField name={f('how')} label={t.how.label} rows={3} optional />
      <Fieldset className="sw-subgroup">
        <FieldsetLegend>{t.who}</FieldsetLegend>
        <PartnerSelectField name={f('leadPartnerId')} label={t.leadPartnerId.label} />
        <TextField name={f('leadPerson')} label={t.leadPerson.label} hint={t.leadPerson.hint} optional />
        <TextField name={f('involved')} label={t.involved.label} optional />
      </Fieldset>
      <Fieldset className="sw-subgroup">
        <FieldsetLegend>{t.when}</FieldsetLegend>
        <DateField name={f('start')} label={t.start.label} optional />
        <DateField name={f('deadline')} label={t.deadline.label} hint={t.deadline.hint} optional />
      </Fieldset>
      <Fieldset className="sw-subgroup">
        <FieldsetLegend>{t.needsLegend}</FieldsetLegend>
        <NumberField name={f('hours')} label={t.hours.label} unit={t.hours.unit} optional />
        <TextField name={f('room')} label={t.room.label} hint={t.room.hint} optional />
        <NumberField name={f('budget')} label={t.budget.label} unit={t.budget.unit} optional />
        <TextField name={f('needs')} label={t.needs.label} optional />
      </Fieldset>
      <Fieldset className="sw-subgroup">
        <FieldsetLegend>{t.link}</FieldsetLegend>
        <SelectField name={f('factorId')} label={t.factorId.label} options={factorOptions} optional />
        <SelectField name={f('stepId')} label={t.stepId.label} options={stepOptions} optional />
      </Fieldset>
      <TextField name={f('indicator')} label={t.indicator.label} optional />
      <SelectField name={f('status')} label={t.status.label} options={STATUS_OPTIONS} />
    </>
  );
}
