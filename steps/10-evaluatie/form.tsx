import { useWatch } from 'react-hook-form';
import { Paragraph } from '@utrecht/component-library-react';
import { StepForm, type StepFormProps } from '#src/forms/step-form';
import { DateField, TextAreaField, TextField } from '#src/forms/fields';
import { CheckboxesField, RadioField } from '#src/forms/choice-fields';
import { RowList } from '#src/forms/row-list';
import { LiveWarnings } from '#src/forms/live-warnings';
import { PartnerSelectField } from '#src/forms/partner-select-field';
import { CheckpointList } from '#src/tools/evaluation-list/checkpoint-list';
import { repeatDates } from '#src/domain/dates';
import { formatDateNl } from '#src/domain/funding';
import { copy } from './copy';
import { build, MONTHS_BETWEEN_ROUNDS, warnings } from './schema';

const schema = build('complete');
const SHOWN_ROUNDS = 4;

function ParticipantFields({ prefix }: { prefix: string }) {
  const c = copy.participants;
  return (
    <>
      <PartnerSelectField name={`${prefix}.partnerId`} label={c.partner.label} />
      <TextField name={`${prefix}.person`} label={c.person.label} hint={c.person.hint} />
    </>
  );
}

/** Shows where the chosen rhythm lands, so partners can check it against the school year. */
function UpcomingRounds() {
  const [frequency, firstDate] = useWatch({ name: ['frequency', 'firstDate'] });
  const months = MONTHS_BETWEEN_ROUNDS[frequency as keyof typeof MONTHS_BETWEEN_ROUNDS];
  const dates = months && typeof firstDate === 'string' ? repeatDates(firstDate, months, SHOWN_ROUNDS) : [];
  return (
    <div aria-live="polite">{dates.length > 0 && <Paragraph>{copy.upcoming(dates.map(formatDateNl).join(', '))}</Paragraph>}</div>
  );
}

export default function EvaluatieForm(props: StepFormProps) {
  return (
    <StepForm {...props} schema={schema}>
      <RadioField name="frequency" label={copy.frequency.label} options={copy.frequencies} />
      <DateField name="firstDate" label={copy.firstDate.label} />
      <UpcomingRounds />
      <RowList
        name="participants"
        legend={copy.participants.legend}
        hint={copy.participants.hint}
        rowLabel={copy.participants.row}
        addLabel={copy.participants.add}
        newRow={() => ({ partnerId: '', person: '' })}
      >
        {(prefix) => <ParticipantFields prefix={prefix} />}
      </RowList>
      <LiveWarnings compute={warnings} />
      <TextAreaField name="studentInvolvement" label={copy.studentInvolvement.label} hint={copy.studentInvolvement.hint} />
      <CheckboxesField
        name="evaluationTypes"
        label={copy.evaluationTypes.label}
        hint={copy.evaluationTypes.hint}
        options={copy.evaluationTypeOptions}
      />
      <TextAreaField name="bottlenecks" label={copy.bottlenecks.label} hint={copy.bottlenecks.hint} />
      <CheckpointList />
    </StepForm>
  );
}
