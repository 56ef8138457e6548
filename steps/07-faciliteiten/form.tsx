import { useWatch } from 'react-hook-form';
import { Alert, Paragraph } from '@utrecht/component-library-react';
import { StepForm, type StepFormProps } from '#src/forms/step-form';
import { NumberField, TextAreaField, TextField } from '#src/forms/fields';
import { CheckboxesField, RadioField, YesNoField } from '#src/forms/choice-fields';
import { RowList } from '#src/forms/row-list';
import { LiveWarnings } from '#src/forms/live-warnings';
import { useStepContext } from '#src/forms/step-context';
import { PartnerSelectField } from '#src/forms/partner-select-field';
import { collaborationTypeOf } from '#src/domain/step-readers';
import { copy } from './copy';
import { build, warnings } from './schema';

const schema = build('complete');

function PresenceFields({ prefix }: { prefix: string }) {
  const c = copy.presence;
  return (
    <>
      <PartnerSelectField name={`${prefix}.partnerId`} label={c.partner.label} kinds={['school']} />
      <TextField name={`${prefix}.location`} label={c.location.label} hint={c.location.hint} optional />
      <CheckboxesField name={`${prefix}.days`} label={c.days.label} options={copy.weekdays} />
      <NumberField name={`${prefix}.hoursPerWeek`} label={c.hours.label} unit={c.hours.unit} />
      <TextField name={`${prefix}.regularity`} label={c.regularity.label} hint={c.regularity.hint} />
    </>
  );
}

function WijkgerichtNote() {
  const ctx = useStepContext();
  if (collaborationTypeOf(ctx) !== 'wijkgericht') return null;
  return (
    <Alert type="info">
      <Paragraph>{copy.wijkgerichtNote}</Paragraph>
    </Alert>
  );
}

function AccessNotes() {
  const access = useWatch({ name: 'access' });
  const other = Array.isArray(access) && access.includes('anders');
  return <TextAreaField name="accessNotes" label={copy.accessNotes.label} hint={copy.accessNotes.hint} optional={!other} />;
}

export default function FaciliteitenForm(props: StepFormProps) {
  // With one school there is nothing to choose: a new row starts with it.
  const schools = (props.context?.partners ?? []).filter((p) => p.kind === 'school');
  const onlySchool = schools.length === 1 ? schools[0]!.id : '';
  return (
    <StepForm {...props} schema={schema}>
      <RowList
        name="presence"
        legend={copy.presence.legend}
        hint={copy.presence.hint}
        rowLabel={copy.presence.row}
        addLabel={copy.presence.add}
        newRow={() => ({ partnerId: onlySchool, location: '', days: [], hoursPerWeek: null, regularity: '' })}
      >
        {(prefix) => <PresenceFields prefix={prefix} />}
      </RowList>
      <WijkgerichtNote />
      <RadioField name="spot" label={copy.spot.label} options={copy.spotKinds} />
      <TextAreaField name="spotDescription" label={copy.spotDescription.label} hint={copy.spotDescription.hint} />
      <CheckboxesField name="access" label={copy.access.label} hint={copy.access.hint} options={copy.accessOptions} optional />
      <AccessNotes />
      <YesNoField
        name="independentPosition"
        label={copy.independent.label}
        hint={copy.independent.hint}
        yes={copy.independent.yes}
        no={copy.independent.no}
      />
      <LiveWarnings compute={warnings} />
    </StepForm>
  );
}
