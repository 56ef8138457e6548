import { z } from '#src/domain/zod-nl';
import { choice, choices, date, list, longText, text, type Mode } from '#src/domain/fields';
import { knownPartners, partnerKindsOf, partnerRef, type PartnerWarningContext } from '#src/domain/partner-rows';
import type { StepWarning } from '#src/domain/step';
import { CHECKPOINT_KINDS, checkpoints } from '#src/tools/evaluation-list/schema';
import { EVALUATION_FREQUENCIES } from '#src/domain/catalogue/choices';
import { copy } from './copy';

// The server and the agreement read the frequencies here; the domain keeps them for pages outside this step.
export { MONTHS_BETWEEN_ROUNDS } from '#src/domain/evaluation/planning';
/** Plan, process and effect evaluation, as the Toolkit Evidence Based Werken distinguishes them. */
export const EVALUATION_TYPES = CHECKPOINT_KINDS;

const scheduleShape = (mode: Mode) => ({
  frequency: choice(mode, EVALUATION_FREQUENCIES),
  firstDate: date(mode),
  participants: list(mode, { partnerId: partnerRef(mode), person: text(mode) }, { min: 1, max: 40 }),
});

/**
 * The evaluation schedule alone. The agreement requires this part to be complete even when the
 * rest of the step is still open, and the later evaluation rounds are planned from it.
 */
export const buildSchedule = (mode: Mode) => z.object(scheduleShape(mode));
export const SCHEDULE_FIELDS = ['frequency', 'firstDate', 'participants'] as const;

export const build = (mode: Mode) =>
  z.object({
    ...scheduleShape(mode),
    studentInvolvement: longText(mode),
    evaluationTypes: choices(mode, EVALUATION_TYPES, { min: 1 }),
    bottlenecks: longText(mode),
    // The interim evaluation list: recorded as the rounds happen, not needed to complete the step.
    checkpoints: checkpoints(mode),
  });

export type EvaluatieData = z.infer<ReturnType<typeof build>>;
export type EvaluatieSchedule = z.infer<ReturnType<typeof buildSchedule>>;

/** School and youth work act on this step together; once any participant is linked, name the absent side. */
export function warnings(data: Partial<EvaluatieData>, ctx: PartnerWarningContext): StepWarning[] {
  const rows = Array.isArray(data.participants) ? data.participants : [];
  const kinds = partnerKindsOf(
    knownPartners(ctx),
    rows.map((r) => r?.partnerId),
  );
  if (kinds.size === 0) return [];
  return (['school', 'jongerenwerk'] as const)
    .filter((k) => !kinds.has(k))
    .map((k) => ({ id: `deelnemer-${k}`, message: copy.warnings.missingSide(copy.warnings.sides[k]) }));
}
