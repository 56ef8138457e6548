import { z } from '#src/domain/zod-nl';
import { list, longText, text, type Mode } from '#src/domain/fields';
import { conversationCopy } from './copy';
import { THEME_IDS } from './themes';

const THEME_ID = /^[a-z0-9-]{1,64}$/;

export const themeNotes = (mode: Mode) =>
  z.object({
    notes: longText(mode, { optional: true }),
    agreements: list(mode, { text: text(mode, { max: 1000 }) }, { max: 30 }),
  });

/**
 * The conversation card: per theme notes and agreements. Keyed by theme id; a complete step refuses
 * themes that do not exist, a draft keeps them so autosave never loses what was typed.
 */
export const conversationCard = (mode: Mode) =>
  z
    .object({
      themes: z.record(z.string().regex(THEME_ID), themeNotes(mode)).optional(),
    })
    .superRefine((data, ctx) => {
      if (mode === 'draft') return;
      const unknown = Object.keys(data.themes ?? {}).filter((id) => !(THEME_IDS as string[]).includes(id));
      if (unknown.length > 0)
        ctx.addIssue({ code: 'custom', path: ['themes'], message: conversationCopy.errors.unknownTheme(unknown) });
    });
export type ConversationCard = z.infer<ReturnType<typeof conversationCard>>;
