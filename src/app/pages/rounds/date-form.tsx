import { useMemo } from 'react';
import { z } from '#src/domain/zod-nl';
import { createRoundBody } from '#src/domain/evaluation/api';
import { DateField } from '#src/forms/fields';
import { StepForm } from '#src/forms/step-form';
import { SubmitBar } from '#src/forms/submit-bar';
import { useAction } from '#src/app/use-action';
import { roundsNl } from '#src/i18n/nl/rounds';

/** A round's date, checked as the server checks it (a real date between 2000 and 2100). */
const plannedOn = createRoundBody.shape.plannedOn;

/**
 * One date for a round: to add one by hand, or to move a planned one. `name` keeps field ids apart
 * when both forms are on the page. What the server answers (a round changed meanwhile, an agreement
 * that is not in force) shows above the button.
 */
export function DateForm({
  name,
  label,
  submit,
  initial = '',
  onSubmit,
}: {
  name: string;
  label: string;
  submit: string;
  initial?: string;
  onSubmit: (plannedOn: string) => Promise<string | void>;
}) {
  const { busy, error, run } = useAction();
  const schema = useMemo(() => z.object({ [name]: plannedOn }), [name]);
  return (
    <StepForm
      schema={schema}
      defaultValues={{ [name]: initial }}
      onSubmit={(values) => run(() => onSubmit(plannedOn.parse(values[name])))}
      actions={<SubmitBar label={submit} busy={busy} busyText={roundsNl.list.busy} error={error} />}
    >
      <DateField name={name} label={label} />
    </StepForm>
  );
}
