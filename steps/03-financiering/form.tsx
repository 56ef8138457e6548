import { useWatch } from 'react-hook-form';
import { StepForm, type StepFormProps } from '#src/forms/step-form';
import { DateField, NumberField, SelectField, TextAreaField, TextField } from '#src/forms/fields';
import { YesNoField } from '#src/forms/choice-fields';
import { LiveWarnings } from '#src/forms/live-warnings';
import { LiveFundingTimeline } from '#src/tools/funding-timeline/live-funding-timeline';
import { RowList } from '#src/forms/row-list';
import { copy } from './copy';
import { build, warnings } from './schema';

const schema = build('complete');
const s = copy.sources;

function SourceFields({ prefix }: { prefix: string }) {
  return (
    <>
      <TextField name={`${prefix}.name`} label={s.name.label} hint={s.name.hint} />
      <SelectField name={`${prefix}.kind`} label={s.kind.label} options={copy.kinds} />
      <NumberField name={`${prefix}.amount`} label={s.amount.label} hint={s.amount.hint} unit={s.amount.unit} />
      <DateField name={`${prefix}.from`} label={s.from.label} />
      <DateField name={`${prefix}.to`} label={s.to.label} hint={s.to.hint} />
      <YesNoField name={`${prefix}.structural`} label={s.structural.label} hint={s.structural.hint} />
    </>
  );
}

function PilotExplanation() {
  const startsAsPilot = useWatch({ name: 'startsAsPilot' });
  if (startsAsPilot !== true) return null;
  return <TextAreaField name="pilotExplanation" label={copy.pilotExplanation.label} hint={copy.pilotExplanation.hint} optional />;
}

export default function FinancieringForm(props: StepFormProps) {
  return (
    <StepForm {...props} schema={schema}>
      <RowList
        name="sources"
        legend={s.legend}
        hint={s.hint}
        rowLabel={s.row}
        addLabel={s.add}
        newRow={() => ({ name: '', kind: '', amount: null, from: '', to: '', structural: null })}
      >
        {(prefix) => <SourceFields prefix={prefix} />}
      </RowList>
      <YesNoField name="startsAsPilot" label={copy.startsAsPilot.label} hint={copy.startsAsPilot.hint} />
      <PilotExplanation />
      <DateField name="structuralSearchStart" label={copy.structuralSearchStart.label} hint={copy.structuralSearchStart.hint} />
      <LiveWarnings compute={warnings} />
      <LiveFundingTimeline />
    </StepForm>
  );
}
