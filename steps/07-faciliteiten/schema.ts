import { z } from '#src/domain/zod-nl';
import { amount, choice, choices, list, longText, text, yesNo, type Mode } from '#src/domain/fields';
import { partnerRef } from '#src/domain/partner-rows';
import { collaborationTypeOf } from '#src/domain/step-readers';
import type { StepWarning, WarningContext } from '#src/domain/step';
import { copy } from './copy';

export const WEEKDAYS = ['ma', 'di', 'wo', 'do', 'vr'] as const;
export const SPOT_KINDS = ['eigen_ruimte', 'vaste_plek', 'geen_vaste_plek'] as const;
export const ACCESS_OPTIONS = [
  'toegangspas',
  'wifi',
  'roosters',
  'personeelsruimte',
  'printer',
  'communicatie',
  'anders',
] as const;

/** A school day rarely offers more; more hours per chosen day points at a typing error. */
export const MAX_HOURS_PER_DAY = 10;

export const build = (mode: Mode) =>
  z
    .object({
      presence: list(
        mode,
        {
          partnerId: partnerRef(mode),
          location: text(mode, { optional: true }),
          days: choices(mode, WEEKDAYS, { min: 1 }),
          hoursPerWeek: amount(mode, { min: 1, max: 60 }),
          regularity: text(mode),
        },
        { min: 1, max: 30 },
      ),
      spot: choice(mode, SPOT_KINDS),
      spotDescription: longText(mode),
      access: choices(mode, ACCESS_OPTIONS),
      accessNotes: longText(mode, { optional: true }),
      // Checked on the field itself so the message shows even while other fields are still empty.
      independentPosition:
        mode === 'complete' ? yesNo(mode).refine((v) => v !== false, copy.errors.independentRequired) : yesNo(mode),
    })
    .superRefine((data, ctx) => {
      if (mode === 'draft') return;
      (data.presence ?? []).forEach((row, i) => {
        const days = row.days?.length ?? 0;
        if (days > 0 && typeof row.hoursPerWeek === 'number' && row.hoursPerWeek > days * MAX_HOURS_PER_DAY) {
          ctx.addIssue({
            code: 'custom',
            path: ['presence', i, 'hoursPerWeek'],
            message: copy.errors.tooManyHours(MAX_HOURS_PER_DAY),
          });
        }
      });
      if (data.access?.includes('anders') && !data.accessNotes?.trim()) {
        ctx.addIssue({ code: 'custom', path: ['accessNotes'], message: copy.errors.accessOtherRequired });
      }
    });

export type FaciliteitenData = z.infer<ReturnType<typeof build>>;

/** Working inside the school without a findable spot undercuts the point of this step. */
export function warnings(data: Partial<FaciliteitenData>, ctx: WarningContext): StepWarning[] {
  const out: StepWarning[] = [];
  if (collaborationTypeOf(ctx) === 'in_school' && data.spot === 'geen_vaste_plek') {
    out.push({ id: 'geen-vaste-plek', message: copy.warnings.noSpotInSchool });
  }
  return out;
}
