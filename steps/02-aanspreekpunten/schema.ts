import { z } from '../../src/domain/zod-nl';
import { email, list, longText, phone, text, type Mode } from '../../src/domain/fields';
import {
  duplicatePartnerRows,
  knownPartners,
  partnerLabel,
  partnerRef,
  partnersWithoutRow,
  rowsWithUnknownPartner,
  type PartnerWarningContext,
} from '../../src/domain/partner-rows';
import type { StepWarning } from '../../src/domain/step';
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
    .superRefine((data, ctx) => {
      if (mode === 'draft') return;
      const rows = data.contacts ?? [];
      rows.forEach((row, i) => {
        if (!row.partnerId) {
          ctx.addIssue({ code: 'custom', path: ['contacts', i, 'partnerId'], message: copy.errors.partnerRequired });
        }
        const standInStarted = [row.standInJobTitle, row.standInEmail, row.standInPhone].some((v) => v?.trim());
        if (standInStarted && !row.standInName?.trim()) {
          ctx.addIssue({ code: 'custom', path: ['contacts', i, 'standInName'], message: copy.errors.standInNameRequired });
        }
      });
      for (const i of duplicatePartnerRows(rows)) {
        ctx.addIssue({ code: 'custom', path: ['contacts', i, 'partnerId'], message: copy.errors.duplicatePartner });
      }
    });

export type AanspreekpuntenData = z.infer<ReturnType<typeof build>>;

export function warnings(data: Partial<AanspreekpuntenData>, ctx: PartnerWarningContext): StepWarning[] {
  const rows = data.contacts ?? [];
  const partners = knownPartners(ctx);
  const out: StepWarning[] = [];
  for (const row of rows) {
    const name = row.contactName?.trim();
    if (name && !row.standInName?.trim()) {
      out.push({ id: `geen-vervanger-${row.id}`, message: copy.warnings.noStandIn(name) });
    }
  }
  for (const p of partnersWithoutRow(partners, rows)) {
    out.push({ id: `geen-aanspreekpunt-${p.id}`, message: copy.warnings.partnerWithoutContact(partnerLabel(p)) });
  }
  for (const i of rowsWithUnknownPartner(partners, rows)) {
    out.push({ id: `onbekende-partner-${rows[i].id}`, message: copy.warnings.unknownPartner(i + 1) });
  }
  return out;
}
