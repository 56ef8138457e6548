import { z } from '#src/domain/zod-nl';
import { choice, choices, email, longText, phone, text, yesNo, type Mode } from '#src/domain/fields';
import { SIGNAL_CHANNEL_VALUES } from '#src/domain/catalogue/signal-channels';
import { SIGNAL_KIND_VALUES } from '#src/domain/catalogue/signal-kinds';
import { MEETING_FREQUENCIES } from '#src/domain/catalogue/choices';
import { copy } from './copy';

/**
 * The agreement on sharing signals at collaboration level. It deliberately has no field for
 * anything about an individual young person.
 */
export const build = (mode: Mode) =>
  z
    .object({
      signalKinds: choices(mode, SIGNAL_KIND_VALUES, { min: 1 }),
      signalKindsOther: text(mode, { optional: true }),
      schoolReceiver: text(mode),
      youthWorkReceiver: text(mode),
      channels: choices(mode, SIGNAL_CHANNEL_VALUES, { min: 1 }),
      // How the chosen channels are used: what goes by phone, what never by e-mail.
      channel: longText(mode, { optional: true }),
      meetingFrequency: choice(mode, MEETING_FREQUENCIES),
      meetingFrequencyOther: text(mode, { optional: true }),
      anonymousFirst: yesNo(mode),
      consentRules: longText(mode),
      acuteRoute: longText(mode),
      acuteContactName: text(mode),
      acuteContactEmail: email(mode, { optional: true }),
      acuteContactPhone: phone(mode, { optional: true }),
      radicalisationRoute: longText(mode, { optional: true }),
      radicalisationContactName: text(mode),
      radicalisationContactEmail: email(mode, { optional: true }),
      radicalisationContactPhone: phone(mode, { optional: true }),
      privacyCovenant: yesNo(mode),
    })
    .superRefine((data, ctx) => {
      if (mode === 'draft') return;
      if (data.signalKinds?.includes('anders') && !data.signalKindsOther?.trim()) {
        ctx.addIssue({ code: 'custom', path: ['signalKindsOther'], message: copy.errors.signalKindsOtherRequired });
      }
      if (data.meetingFrequency === 'anders' && !data.meetingFrequencyOther?.trim()) {
        ctx.addIssue({ code: 'custom', path: ['meetingFrequencyOther'], message: copy.errors.meetingFrequencyOtherRequired });
      }
      // A route is only useful if someone can actually be reached: ask for at least one way.
      for (const route of ['acute', 'radicalisation'] as const) {
        if (!data[`${route}ContactEmail`] && !data[`${route}ContactPhone`]) {
          ctx.addIssue({ code: 'custom', path: [`${route}ContactPhone`], message: copy.errors.contactDetailsRequired });
        }
      }
    });

export type SignalenData = z.infer<ReturnType<typeof build>>;
