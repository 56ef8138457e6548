import { useMemo } from 'react';
import { Fieldset, FieldsetLegend, FormFieldDescription, Paragraph } from '@utrecht/component-library-react';
import { SelectField, TextAreaField } from '#src/forms/fields';
import { useStepContext } from '#src/forms/step-context';
import { reviewableActions } from './compute';
import { evaluationCopy } from './copy';

const c = evaluationCopy.actions;

/** The rows of the action plan as they were when the form opened. */
export function usePlanActions() {
  const plan = useStepContext().actionRows;
  return useMemo(() => reviewableActions(plan), [plan]);
}

/** Per action-plan row: status, what went well, what can be better. Stored by the row's id. */
export function ActionReviews({ prefix }: { prefix: string }) {
  const actions = usePlanActions();
  return (
    <Fieldset>
      <FieldsetLegend>{c.legend}</FieldsetLegend>
      <FormFieldDescription>{c.hint}</FormFieldDescription>
      {actions.length === 0 && <Paragraph>{c.none}</Paragraph>}
      {actions.map((a, i) => (
        <Fieldset key={a.id} className="sw-subgroup">
          <FieldsetLegend>{a.what || c.untitled(i)}</FieldsetLegend>
          <SelectField name={`${prefix}.actions.${a.id}.status`} label={c.status.label} options={c.statuses} />
          <TextAreaField name={`${prefix}.actions.${a.id}.wentWell`} label={c.wentWell.label} rows={2} optional />
          <TextAreaField name={`${prefix}.actions.${a.id}.couldBeBetter`} label={c.couldBeBetter.label} rows={2} optional />
        </Fieldset>
      ))}
    </Fieldset>
  );
}
