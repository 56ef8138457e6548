import { z } from '../../src/domain/zod-nl';
import { list, longText, type Mode } from '../../src/domain/fields';
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
import { actionRows } from '../../src/tools/action-plan/schema';
import { copy } from './copy';

export const build = (mode: Mode) =>
  z
    .object({
      roles: list(
        mode,
        {
          // Optional here so that a missing organisation gets this step's own message (below).
          partnerId: partnerRef(mode, { optional: true }),
          responsibilities: longText(mode),
          expectations: longText(mode),
          notTheirTask: longText(mode, { optional: true }),
        },
        { min: 1, max: 30 },
      ),
      ownExpertise: longText(mode),
      // Part B of the action plan; parts A and C are read from other steps.
      actionPlan: actionRows(mode, { min: 1 }),
    })
    .superRefine(
      (data, ctx) => {
        if (mode === 'draft') return;
        // Rows may still hold invalid fields here (see `when`); anything that is not a row counts as empty.
        const rows: { partnerId?: string }[] = (Array.isArray(data.roles) ? data.roles : []).map((r) => (r && typeof r === 'object' ? r : {}));
        rows.forEach((row, i) => {
          if (!row.partnerId) ctx.addIssue({ code: 'custom', path: ['roles', i, 'partnerId'], message: copy.errors.partnerRequired });
        });
        for (const i of duplicatePartnerRows(rows)) {
          ctx.addIssue({ code: 'custom', path: ['roles', i, 'partnerId'], message: copy.errors.duplicatePartner });
        }
      },
      // Also while other fields still have errors, so every message shows at once.
      { when: (payload) => !!payload.value && typeof payload.value === 'object' },
    );

export type TaakverdelingData = z.infer<ReturnType<typeof build>>;

export function warnings(data: Partial<TaakverdelingData>, ctx: PartnerWarningContext): StepWarning[] {
  const rows = data.roles ?? [];
  const partners = knownPartners(ctx);
  return [
    ...partnersWithoutRow(partners, rows).map((p) => ({
      id: `geen-taken-${p.id}`,
      message: copy.warnings.partnerWithoutRow(partnerLabel(p)),
    })),
    ...rowsWithUnknownPartner(partners, rows).map((i) => ({
      id: `onbekende-partner-${rows[i].id}`,
      message: copy.warnings.unknownPartner(i + 1),
    })),
  ];
}
