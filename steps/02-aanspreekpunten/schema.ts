import { z } from '#src/domain/zod-nl';
import { email, list, longText, phone, text, type Mode } from '#src/domain/fields';
import {
  checkPartnerRows,
  partnerCoverageWarnings,
  partnerRef,
  rowsOf,
  type PartnerWarningContext,
} from '#src/domain/partner-rows';
import type { StepWarning } from '#src/domain/step';
import { copy } from './copy';

export const build = (mode: Mode) =>
  z
    .object({
      contacts: list(
        mode,
        {
          // Optional here so that a missing organisation gets this step's own message (below).
          partnerId: partnerRef(mode, { optional: true }),
          contactName: text(mode),
          contactJobTitle: text(mode),
          contactEmail: email(mode),
          contactPhone: phone(mode),
          // The stand-in is not demanded: a missing one is a warning, so partners can still finish.
          standInName: text(mode, { optional: true }),
          standInJobTitle: text(mode, { optional: true }),
          standInEmail: email(mode, { optional: true }),
          standInPhone: phone(mode, { optional: true }),
        },
        { min: 1, max: 30 },
      ),
      handover: longText(mode),
    })
    .superRefine(
      (data, ctx) => {
        if (mode === 'draft') return;
        const rows = rowsOf(data.contacts) as {
          partnerId?: string;
          standInName?: string;
          standInJobTitle?: string;
          standInEmail?: string;
          standInPhone?: string;
        }[];
        checkPartnerRows(ctx, 'contacts', rows, copy.errors);
        rows.forEach((row, i) => {
          const standInStarted = [row.standInJobTitle, row.standInEmail, row.standInPhone].some(
            (v) => typeof v === 'string' && v.trim(),
          );
          if (standInStarted && !(typeof row.standInName === 'string' && row.standInName.trim())) {
            ctx.addIssue({ code: 'custom', path: ['contacts', i, 'standInName'], message: copy.errors.standInNameRequired });
          }
        });
      },
      // Also while other fields still have errors, so every message shows at once.
      { when: (payload) => !!payload.value && typeof payload.value === 'object' },
    );

export type AanspreekpuntenData = z.infer<ReturnType<typeof build>>;

export function warnings(data: Partial<AanspreekpuntenData>, ctx: PartnerWarningContext): StepWarning[] {
  const rows = data.contacts ?? [];
  const noStandIn = rows.flatMap((row) => {
    const name = row.contactName?.trim();
    return name && !row.standInName?.trim() ? [{ id: `geen-vervanger-${row.id}`, message: copy.warnings.noStandIn(name) }] : [];
  });
  return [
    ...noStandIn,
    ...partnerCoverageWarnings(ctx, rows, {
      idPrefix: 'geen-aanspreekpunt',
      withoutRow: copy.warnings.partnerWithoutContact,
      unknownPartner: copy.warnings.unknownPartner,
    }),
  ];
}
