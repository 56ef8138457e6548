import { z } from '#src/domain/zod-nl';
import { choice, choices, date, list, longText, text, type Mode } from '#src/domain/fields';
import { partnerRef } from '#src/domain/partner-rows';
import { INTRODUCTION_ACTION_VALUES } from '#src/domain/catalogue/introduction-actions';
import type { StepWarning, WarningContext } from '#src/domain/step';
import { copy } from './copy';

export const AUDIENCES = ['leerlingen', 'ouders', 'docenten', 'overig_personeel'] as const;

export const build = (mode: Mode) =>
  z
    .object({
      actions: list(
        mode,
        {
          kind: choice(mode, INTRODUCTION_ACTION_VALUES),
          kindOther: text(mode, { optional: true }),
          audiences: choices(mode, AUDIENCES, { min: 1 }),
          date: date(mode, { optional: true }),
          moment: text(mode, { optional: true }),
          partnerId: partnerRef(mode),
          person: text(mode, { optional: true }),
          notes: longText(mode, { optional: true }),
        },
        { min: 1, max: 50 },
      ),
      keepVisible: longText(mode),
    })
    .superRefine((data, ctx) => {
      if (mode === 'draft') return;
      (data.actions ?? []).forEach((a, i) => {
        if (a.kind === 'anders' && !a.kindOther?.trim()) {
          ctx.addIssue({ code: 'custom', path: ['actions', i, 'kindOther'], message: copy.errors.kindOtherRequired });
        }
        if (!a.date && !a.moment?.trim()) {
          ctx.addIssue({ code: 'custom', path: ['actions', i, 'date'], message: copy.errors.momentRequired });
        }
      });
    });

export type BekendheidData = z.infer<ReturnType<typeof build>>;

/** The plan names four groups to introduce youth work to; point out the ones no action reaches yet. */
export function warnings(data: Partial<BekendheidData>, _ctx: WarningContext): StepWarning[] {
  const actions = Array.isArray(data.actions) ? data.actions : [];
  if (actions.length === 0) return [];
  const reached = new Set<string>(actions.flatMap((a) => (Array.isArray(a?.audiences) ? a.audiences : [])));
  const missing = copy.audienceOptions.filter((o) => !reached.has(o.value));
  if (missing.length === 0) return [];
  return [
    { id: 'doelgroep-ontbreekt', message: copy.warnings.missingAudiences(missing.map((o) => o.label.toLowerCase()).join(', ')) },
  ];
}
