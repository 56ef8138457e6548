import { useMemo } from 'react';
import { z } from '#src/domain/zod-nl';
import { actionRowShape } from '#src/domain/action-plan/row';
import type { Partner } from '#src/domain/partners';
import { DateField, TextAreaField, TextField } from '#src/forms/fields';
import { PartnerSelectField } from '#src/forms/partner-select-field';
import { StepForm } from '#src/forms/step-form';
import { SubmitBar } from '#src/forms/submit-bar';
import { actionsPageNl } from '#src/i18n/nl/actions-page';
import { useAction } from '#src/app/use-action';
import { fieldKey } from './action-view';

const t = actionsPageNl.proposals;
const row = actionRowShape('complete');

/** The fields of a proposed action this page asks for; the rest of a plan row is filled in at the amendment. */
export interface ProposalValues {
  what: string;
  how: string;
  leadPartnerId: string;
  leadPerson: string;
  deadline: string;
}

export const EMPTY_PROPOSAL: ProposalValues = { what: '', how: '', leadPartnerId: '', leadPerson: '', deadline: '' };

/** The fields of a stored action row this form edits (an absent field reads as empty). */
export const proposalValuesOf = (action: Record<string, unknown>): ProposalValues => {
  const s = (k: keyof ProposalValues) => (typeof action[k] === 'string' ? (action[k] as string) : '');
  return {
    what: s('what'),
    how: s('how'),
    leadPartnerId: s('leadPartnerId'),
    leadPerson: s('leadPerson'),
    deadline: s('deadline'),
  };
};

/**
 * A new action proposed since the signed version, or one being edited: checked as the plan checks a
 * row (what is required, a real date), saved by `onSubmit`. `id` keeps field ids apart on the page.
 */
export function ProposalForm({
  id,
  partners,
  initial = EMPTY_PROPOSAL,
  submit,
  onSubmit,
}: {
  id: string;
  partners: readonly Partner[];
  initial?: ProposalValues;
  submit: string;
  onSubmit: (values: ProposalValues) => Promise<string | void>;
}) {
  const key = fieldKey(id);
  const { busy, error, run } = useAction();
  const schema = useMemo(
    () =>
      z.object({
        [key]: z.object({
          what: row.what,
          how: row.how,
          leadPartnerId: row.leadPartnerId,
          leadPerson: row.leadPerson,
          deadline: row.deadline,
        }),
      }),
    [key],
  );
  const context = useMemo(() => ({ partners: [...partners], steps: {} }), [partners]);
  const f = t.fields;
  return (
    <StepForm
      schema={schema}
      defaultValues={{ [key]: initial }}
      context={context}
      onSubmit={(values) => run(() => onSubmit(values[key] as ProposalValues))}
      actions={<SubmitBar label={submit} busy={busy} busyText={actionsPageNl.busy} error={error} />}
    >
      <TextAreaField name={`${key}.what`} label={f.what} hint={f.whatHint} rows={2} />
      <TextAreaField name={`${key}.how`} label={f.how} rows={3} optional />
      <PartnerSelectField name={`${key}.leadPartnerId`} label={f.leadPartnerId} optional />
      <TextField name={`${key}.leadPerson`} label={f.leadPerson} hint={f.leadPersonHint} optional />
      <DateField name={`${key}.deadline`} label={f.deadline} optional />
    </StepForm>
  );
}
