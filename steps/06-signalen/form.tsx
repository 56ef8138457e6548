import { useWatch } from 'react-hook-form';
import { Fieldset, FieldsetLegend } from '@utrecht/component-library-react';
import { StepForm, type StepFormProps } from '#src/forms/step-form';
import { TextAreaField, TextField } from '#src/forms/fields';
import { CheckboxesField, RadioField, YesNoField } from '#src/forms/choice-fields';
import { catalogueOptions } from '#src/forms/catalogue-options';
import { SIGNAL_CHANNELS } from '#src/domain/catalogue/signal-channels';
import { SIGNAL_KINDS } from '#src/domain/catalogue/signal-kinds';
import { SharingChecklist, type RouteContact } from '#src/tools/signal-sharing/sharing-checklist';
import { consentRuleSentence } from '#src/tools/signal-sharing/consent';
import { checklistCopy } from '#src/tools/signal-sharing/copy';
import { copy } from './copy';
import { build } from './schema';

const schema = build('complete');
const signalKindOptions = catalogueOptions(SIGNAL_KINDS);
const channelOptions = catalogueOptions(SIGNAL_CHANNELS);
const consentHint = `${copy.consentRules.hint} ${consentRuleSentence(checklistCopy.consentRule.sentence)}`;

/** The agreed contact of a route, as saved: the checklist shows it next to its outcome. */
const contactOf = (values: Record<string, unknown>, route: 'acute' | 'radicalisation'): RouteContact => {
  const str = (key: string) => (typeof values[`${route}${key}`] === 'string' ? (values[`${route}${key}`] as string) : undefined);
  return { name: str('ContactName'), email: str('ContactEmail'), phone: str('ContactPhone') };
};

/** A text box that only appears when the choice `watch` includes or equals "anders". */
function OtherText({ watch, name, label }: { watch: string; name: string; label: string }) {
  const value = useWatch({ name: watch });
  const other = Array.isArray(value) ? value.includes('anders') : value === 'anders';
  return other ? <TextField name={name} label={label} /> : null;
}

function ContactFields({ route }: { route: 'acute' | 'radicalisation' }) {
  const c = copy[route];
  return (
    <>
      <TextField name={`${route}ContactName`} label={c.contactName.label} hint={c.contactName.hint} />
      {/* One of the two is required, so neither says "(niet verplicht)"; the hint says which is asked. */}
      <TextField name={`${route}ContactEmail`} label={c.contactEmail.label} hint={copy.oneOfContact} type="email" />
      <TextField
        name={`${route}ContactPhone`}
        label={c.contactPhone.label}
        hint={[copy.oneOfContact, 'hint' in c.contactPhone ? c.contactPhone.hint : ''].filter(Boolean).join(' ')}
        type="tel"
        width="medium"
      />
    </>
  );
}

export default function SignalenForm(props: StepFormProps) {
  return (
    <>
      {/* Outside the form on purpose: nothing the checklist holds can end up in the step's data. */}
      <SharingChecklist
        acute={contactOf(props.defaultValues, 'acute')}
        radicalisation={contactOf(props.defaultValues, 'radicalisation')}
      />
      <StepForm {...props} schema={schema}>
        <CheckboxesField
          name="signalKinds"
          label={copy.signalKinds.label}
          hint={copy.signalKinds.hint}
          options={signalKindOptions}
        />
        <OtherText watch="signalKinds" name="signalKindsOther" label={copy.signalKindsOther.label} />
        <Fieldset>
          <FieldsetLegend>{copy.receivers.legend}</FieldsetLegend>
          <TextField name="schoolReceiver" label={copy.receivers.school.label} hint={copy.receivers.school.hint} />
          <TextField name="youthWorkReceiver" label={copy.receivers.youthWork.label} hint={copy.receivers.youthWork.hint} />
        </Fieldset>
        <CheckboxesField name="channels" label={copy.channels.label} hint={copy.channels.hint} options={channelOptions} />
        <TextAreaField name="channel" label={copy.channel.label} hint={copy.channel.hint} rows={3} optional />
        <RadioField name="meetingFrequency" label={copy.meetingFrequency.label} options={copy.frequencies} />
        <OtherText watch="meetingFrequency" name="meetingFrequencyOther" label={copy.meetingFrequencyOther.label} />
        <YesNoField name="anonymousFirst" label={copy.anonymousFirst.label} hint={copy.anonymousFirst.hint} />
        <TextAreaField name="consentRules" label={copy.consentRules.label} hint={consentHint} />
        <Fieldset>
          <FieldsetLegend>{copy.acute.legend}</FieldsetLegend>
          <TextAreaField name="acuteRoute" label={copy.acute.route.label} hint={copy.acute.route.hint} />
          <ContactFields route="acute" />
        </Fieldset>
        <Fieldset>
          <FieldsetLegend>{copy.radicalisation.legend}</FieldsetLegend>
          <TextAreaField
            name="radicalisationRoute"
            label={copy.radicalisation.route.label}
            hint={copy.radicalisation.route.hint}
            rows={3}
            optional
          />
          <ContactFields route="radicalisation" />
        </Fieldset>
        <YesNoField name="privacyCovenant" label={copy.privacyCovenant.label} />
      </StepForm>
    </>
  );
}
