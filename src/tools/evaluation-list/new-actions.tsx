import { useCallback, useState } from 'react';
import { useFormContext, useWatch } from 'react-hook-form';
import { Button, Paragraph } from '@utrecht/component-library-react';
import { newRowId } from '#src/domain/fields';
import { formatDateNl } from '#src/domain/funding';
import { DateField, TextField } from '#src/forms/fields';
import { PartnerSelectField } from '#src/forms/partner-select-field';
import { RowList } from '#src/forms/row-list';
import { useStepContext } from '#src/forms/step-context';
import { newActionRow } from '#src/tools/action-plan/schema';
import { evaluationCopy } from './copy';

const c = evaluationCopy.newActions;

/** Puts one agreed action in the action plan, once; the row then remembers the plan row's id. */
function ToPlan({ prefix, checkpoint, label }: { prefix: string; checkpoint: string; label: string }) {
  const { stepId, addActionRows } = useStepContext();
  const { setValue, formState } = useFormContext();
  const [row, date] = useWatch({ name: [prefix, `${checkpoint}.date`] }) as [
    Record<string, string> | undefined,
    string | undefined,
  ];
  const [message, setMessage] = useState('');
  if (!addActionRows || formState.disabled) return null;
  const inPlan = !!row?.actionRowId;
  const put = () => {
    const what = row?.what?.trim();
    if (!what) return setMessage(c.needsWhat);
    const id = newRowId();
    addActionRows([
      newActionRow({
        id,
        what,
        leadPartnerId: row?.leadPartnerId ?? '',
        deadline: row?.deadline ?? '',
        how: date ? c.how(formatDateNl(date)) : '',
        stepId: stepId ?? '',
        status: 'gepland',
      }),
    ]);
    setValue(`${prefix}.actionRowId`, id, { shouldDirty: true });
    setMessage(c.added(what));
  };
  return (
    <div className="sw-to-plan">
      {!inPlan && (
        <Button type="button" appearance="secondary-action-button" aria-label={c.toPlanLabel(label)} onClick={put}>
          {c.toPlan}
        </Button>
      )}
      <Paragraph role="status">{message || (inPlan ? c.inPlan : '')}</Paragraph>
    </div>
  );
}

/** Actions agreed at a checkpoint; each can go straight into the action plan. */
export function NewActions({ prefix }: { prefix: string }) {
  const fields = useCallback(
    (row: string, index: number) => (
      <>
        <TextField name={`${row}.what`} label={c.what.label} />
        <PartnerSelectField name={`${row}.leadPartnerId`} label={c.lead.label} />
        <DateField name={`${row}.deadline`} label={c.deadline.label} optional />
        <ToPlan prefix={row} checkpoint={prefix} label={c.row(index)} />
      </>
    ),
    [prefix],
  );
  return (
    <RowList
      name={`${prefix}.newActions`}
      legend={c.legend}
      hint={c.hint}
      rowLabel={c.row}
      addLabel={c.add}
      newRow={() => ({ what: '', leadPartnerId: '', deadline: '', actionRowId: '' })}
    >
      {fields}
    </RowList>
  );
}
