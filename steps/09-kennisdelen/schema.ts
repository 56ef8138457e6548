import { z } from '#src/domain/zod-nl';
import { choice, date, list, text, type Mode } from '#src/domain/fields';
import { knownPartners, partnerKindsOf, partnerRef, type PartnerWarningContext } from '#src/domain/partner-rows';
import type { StepWarning } from '#src/domain/step';
import { KNOWLEDGE_ACTIVITY_KINDS } from '#src/domain/knowledge-activity-kinds';
import { copy } from './copy';

// The domain holds the kinds: the log of activities held after signing uses the same ones.
export const ACTIVITY_KINDS = KNOWLEDGE_ACTIVITY_KINDS;
export const FREQUENCIES = ['eenmalig', 'wekelijks', 'maandelijks', 'per_kwartaal', 'per_half_jaar', 'jaarlijks'] as const;

export const build = (mode: Mode) =>
  z
    .object({
      activities: list(
        mode,
        {
          kind: choice(mode, ACTIVITY_KINDS),
          kindOther: text(mode, { optional: true }),
          topic: text(mode),
          partnerId: partnerRef(mode),
          audience: text(mode),
          frequency: choice(mode, FREQUENCIES),
          nextDate: date(mode, { optional: true }),
        },
        { min: 1, max: 50 },
      ),
    })
    .superRefine((data, ctx) => {
      if (mode === 'draft') return;
      (data.activities ?? []).forEach((a, i) => {
        if (a.kind === 'anders' && !a.kindOther?.trim()) {
          ctx.addIssue({ code: 'custom', path: ['activities', i, 'kindOther'], message: copy.errors.kindOtherRequired });
        }
      });
    });

export type KennisdelenData = z.infer<ReturnType<typeof build>>;

/** Knowledge should flow both ways; once any provider is known, name the side that gives nothing yet. */
export function warnings(data: Partial<KennisdelenData>, ctx: PartnerWarningContext): StepWarning[] {
  const activities = Array.isArray(data.activities) ? data.activities : [];
  const kinds = partnerKindsOf(
    knownPartners(ctx),
    activities.map((a) => a?.partnerId),
  );
  if (kinds.size === 0) return [];
  const out: StepWarning[] = [];
  if (!kinds.has('school')) out.push({ id: 'geen-kennis-school', message: copy.warnings.noSchoolKnowledge });
  if (!kinds.has('jongerenwerk')) out.push({ id: 'geen-kennis-jongerenwerk', message: copy.warnings.noYouthWorkKnowledge });
  return out;
}
