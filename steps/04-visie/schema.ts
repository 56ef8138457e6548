import { z } from '#src/domain/zod-nl';
import { SCHOOL_LEVELS } from '#src/domain/catalogue/choices';
import { choices, list, longText, text, type Mode } from '#src/domain/fields';
import { factorAssessment } from '#src/tools/working-factors/schema';
import { conversationCard } from '#src/tools/conversation-card/schema';

export const build = (mode: Mode) =>
  z.object({
    vision: longText(mode),
    contribution: longText(mode),
    goals: list(
      mode,
      {
        goal: text(mode, { max: 500 }),
        indicator: text(mode, { max: 500 }),
      },
      { min: 1, max: 20 },
    ),
    schoolYears: text(mode),
    levels: choices(mode, SCHOOL_LEVELS, { min: 1 }),
    targetGroupNotes: longText(mode, { optional: true }),
    // The tools help to get there but are not required to complete the step; what they hold must be valid.
    conversation: conversationCard(mode).optional(),
    factors: factorAssessment(mode).optional(),
  });

export type VisieData = z.infer<ReturnType<typeof build>>;
