import { z } from '#src/domain/zod-nl';
import { choice, choices, date, list, longText, text, type Mode } from '#src/domain/fields';
import { PARTNER_KINDS, PARTNER_KIND_LABELS } from '#src/domain/partners';
import { OCCASION_VALUES } from '#src/domain/catalogue/occasions';
import { COLLABORATION_TYPES } from '#src/domain/catalogue/choices';
import { copy } from './copy';

export const SCHOOL_TYPES = ['po', 'vo', 'mbo'] as const;

export const build = (mode: Mode) =>
  z
    .object({
      initiator: choice(mode, PARTNER_KINDS),
      occasions: choices(mode, OCCASION_VALUES, { min: 1 }),
      occasionOther: text(mode, { optional: true }),
      occasionExplanation: longText(mode),
      partners: list(
        mode,
        {
          kind: choice(mode, PARTNER_KINDS),
          name: text(mode),
          schoolType: choice(mode, SCHOOL_TYPES, { optional: true }),
          locations: text(mode, { optional: true, max: 500 }),
        },
        { min: 3, max: 30 },
      ),
      collaborationType: choice(mode, COLLABORATION_TYPES),
      intendedStart: date(mode),
    })
    .superRefine((data, ctx) => {
      if (mode === 'draft') return;
      const partners = data.partners ?? [];
      const missing = PARTNER_KINDS.filter((k) => !partners.some((p) => p.kind === k));
      if (missing.length > 0) {
        ctx.addIssue({
          code: 'custom',
          path: ['partners'],
          message: copy.errors.missingKinds(missing.map((k) => PARTNER_KIND_LABELS[k].toLowerCase()).join(', ')),
        });
      }
      partners.forEach((p, i) => {
        if (p.kind === 'school' && !p.schoolType) {
          ctx.addIssue({ code: 'custom', path: ['partners', i, 'schoolType'], message: copy.errors.schoolTypeRequired });
        }
      });
      if (data.occasions?.includes('anders') && !data.occasionOther?.trim()) {
        ctx.addIssue({ code: 'custom', path: ['occasionOther'], message: copy.errors.occasionOtherRequired });
      }
    });

export type InitiatiefData = z.infer<ReturnType<typeof build>>;
