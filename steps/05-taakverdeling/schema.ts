import { z } from '#src/domain/zod-nl';
import { list, longText, type Mode } from '#src/domain/fields';
import {
  checkPartnerRows,
  partnerCoverageWarnings,
  partnerRef,
  rowsOf,
  type PartnerWarningContext,
} from '#src/domain/partner-rows';
import type { StepWarning } from '#src/domain/step';
import { actionRows } from '#src/tools/action-plan/schema';
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
        checkPartnerRows(ctx, 'roles', rowsOf(data.roles), copy.errors);
      },
      // Also while other fields still have errors, so every message shows at once.
      { when: (payload) => !!payload.value && typeof payload.value === 'object' },
    );

export type TaakverdelingData = z.infer<ReturnType<typeof build>>;

export function warnings(data: Partial<TaakverdelingData>, ctx: PartnerWarningContext): StepWarning[] {
  return partnerCoverageWarnings(ctx, data.roles ?? [], {
    idPrefix: 'geen-taken',
    withoutRow: copy.warnings.partnerWithoutRow,
    unknownPartner: copy.warnings.unknownPartner,
  });
}
