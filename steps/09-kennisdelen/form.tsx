import { useWatch } from 'react-hook-form';
import { StepForm, type StepFormProps } from '#src/forms/step-form';
import { DateField, SelectField, TextField } from '#src/forms/fields';
import { RowList } from '#src/forms/row-list';
import { LiveWarnings } from '#src/forms/live-warnings';
import { PartnerSelectField } from '#src/forms/partner-select-field';
import { copy } from './copy';
import { build, warnings } from './schema';

const schema = build('complete');

function ActivityFields({ prefix }: { prefix: string }) {
  const kind = useWatch({ name: `${prefix}.kind` });
  const c = copy.activities;
  return (
    <>
      <SelectField name={`${prefix}.kind`} label={c.kind.label} options={copy.activityKinds} />
      {kind === 'anders' && <TextField name={`${prefix}.kindOther`} label={c.kindOther.label} />}
      <TextField name={`${prefix}.topic`} label={c.topic.label} hint={c.topic.hint} />
      <PartnerSelectField name={`${prefix}.partnerId`} label={c.partner.label} />
      <TextField name={`${prefix}.audience`} label={c.audience.label} hint={c.audience.hint} />
      <SelectField name={`${prefix}.frequency`} label={c.frequency.label} options={copy.frequencies} />
      <DateField name={`${prefix}.nextDate`} label={c.nextDate.label} optional />
    </>
  );
}

export default function KennisdelenForm(props: StepFormProps) {
  return (
    <StepForm {...props} schema={schema}>
      <RowList
        name="activities"
        legend={copy.activities.legend}
        hint={copy.activities.hint}
        rowLabel={copy.activities.row}
        addLabel={copy.activities.add}
        newRow={() => ({ kind: '', kindOther: '', topic: '', partnerId: '', audience: '', frequency: '', nextDate: '' })}
      >
        {(prefix) => <ActivityFields prefix={prefix} />}
      </RowList>
      <LiveWarnings compute={warnings} />
    </StepForm>
  );
}
