import { copy } from '#steps/06-signalen/copy';
import { SIGNAL_CHANNELS } from '#src/domain/catalogue/signal-channels';
import { SIGNAL_KINDS } from '#src/domain/catalogue/signal-kinds';
import {
  fields,
  heading,
  list,
  optionLabel,
  optionLabels,
  str,
  strings,
  text,
  yesNo,
  type SectionBuilder,
} from '#templates/agreement/blocks';

export const signalenSection: SectionBuilder = {
  keys: [
    'signalKinds',
    'signalKindsOther',
    'schoolReceiver',
    'youthWorkReceiver',
    'channels',
    'channel',
    'meetingFrequency',
    'meetingFrequencyOther',
    'anonymousFirst',
    'consentRules',
    'acuteRoute',
    'acuteContactName',
    'acuteContactEmail',
    'acuteContactPhone',
    'radicalisationRoute',
    'radicalisationContactName',
    'radicalisationContactEmail',
    'radicalisationContactPhone',
    'privacyCovenant',
  ],
  build(data) {
    const other = str(data.signalKindsOther);
    const kinds = strings(data.signalKinds).map((k) =>
      k === 'anders' && other ? `${optionLabel(SIGNAL_KINDS, k)}: ${other}` : optionLabel(SIGNAL_KINDS, k),
    );
    const frequency =
      str(data.meetingFrequency) === 'anders' && str(data.meetingFrequencyOther)
        ? str(data.meetingFrequencyOther)
        : optionLabel(copy.frequencies, data.meetingFrequency);
    const contact = (
      prefix: 'acute' | 'radicalisation',
      labels: { contactName: { label: string }; contactEmail: { label: string }; contactPhone: { label: string } },
    ) =>
      fields(
        [labels.contactName.label, str(data[`${prefix}ContactName`])],
        [labels.contactPhone.label, str(data[`${prefix}ContactPhone`])],
        [labels.contactEmail.label, str(data[`${prefix}ContactEmail`])],
      );
    return [
      ...list(copy.signalKinds.label, kinds),
      ...heading(copy.receivers.legend),
      ...fields(
        [copy.receivers.school.label, str(data.schoolReceiver)],
        [copy.receivers.youthWork.label, str(data.youthWorkReceiver)],
      ),
      ...list(copy.channels.label, optionLabels(SIGNAL_CHANNELS, data.channels)),
      ...text(copy.channel.label, data.channel),
      ...fields(
        [copy.meetingFrequency.label, frequency],
        [copy.anonymousFirst.label, yesNo(data.anonymousFirst)],
        [copy.privacyCovenant.label, yesNo(data.privacyCovenant)],
      ),
      ...text(copy.consentRules.label, data.consentRules),
      ...heading(copy.acute.legend),
      ...text(copy.acute.route.label, data.acuteRoute),
      ...contact('acute', copy.acute),
      ...heading(copy.radicalisation.legend),
      ...text(copy.radicalisation.route.label, data.radicalisationRoute),
      ...contact('radicalisation', copy.radicalisation),
    ];
  },
};
