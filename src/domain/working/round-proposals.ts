/**
 * "In het actieplan zetten": the items of a closed evaluation round that can become actions — the new
 * actions people proposed, and the knelpunten for which they proposed a solution — each with a stable
 * key (round, respondent, item), so putting them into the plan twice makes one proposal per item.
 * Pure: the server passes the round's stored answers.
 */
import { emptyActionRow, type ActionRow } from '#src/domain/action-plan/row';
import { hasAnyAnswer } from '#src/domain/evaluation/answers';
import type { Who } from '#src/domain/evaluation/api';
import { isPaperKey } from '#src/domain/evaluation/rounds';
import { workingNl } from '#src/i18n/nl/working';

export interface RoundItem {
  sourceKey: string;
  kind: 'nieuwe-actie' | 'knelpunt';
  what: string;
  detail: string;
  who: Who;
  /** The action row it becomes (its id is given when it is stored). */
  action: Omit<ActionRow, 'id'>;
}

interface ResponseInput {
  respondentKey: string;
  partnerId: string | null;
  person: string | null;
  answers: unknown;
}

const ISO = /^\d{4}-\d{2}-\d{2}$/;
const WHAT_MAX = 500;
const asObject = (v: unknown): Record<string, unknown> =>
  v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : {};
const rowsOf = (v: unknown) => (Array.isArray(v) ? v.map(asObject) : []);
const textOf = (v: unknown) => (typeof v === 'string' ? v.trim() : '');
const clip = (text: string, max: number) => (text.length <= max ? text : `${text.slice(0, max - 1)}…`);

export const roundItemKey = (roundId: string, respondentKey: string, kind: RoundItem['kind'], rowId: string) =>
  `ronde:${roundId}:${respondentKey}:${kind}:${rowId}`;

export function roundItems(
  round: { id: string; number: number },
  partners: readonly { id: string; name: string }[],
  responses: readonly ResponseInput[],
): RoundItem[] {
  const names = new Map(partners.map((p) => [p.id, p.name]));
  const t = workingNl.proposals;
  return responses
    .filter((r) => hasAnyAnswer(r.answers))
    .flatMap((r) => {
      const answers = asObject(r.answers);
      const who: Who = {
        partnerId: r.partnerId,
        partnerName: (r.partnerId && names.get(r.partnerId)) || '',
        person: r.person ?? (textOf(answers.name) || null),
        paper: isPaperKey(r.respondentKey),
      };
      const whoLabel = [who.person, who.partnerName].filter(Boolean).join(', ') || t.unnamed;
      const fresh: RoundItem[] = rowsOf(answers.newActions).flatMap((row) => {
        const what = clip(textOf(row.what), WHAT_MAX);
        if (!what || typeof row.id !== 'string' || !row.id) return [];
        const deadline = textOf(row.deadline);
        return [
          {
            sourceKey: roundItemKey(round.id, r.respondentKey, 'nieuwe-actie', row.id),
            kind: 'nieuwe-actie' as const,
            what,
            detail: '',
            who,
            action: withoutId(
              emptyActionRow({
                id: '',
                what,
                how: t.fromNewAction(round.number, whoLabel),
                leadPartnerId: textOf(row.leadPartnerId),
                deadline: ISO.test(deadline) ? deadline : '',
                stepId: 'evaluatie',
              }),
            ),
          },
        ];
      });
      const knelpunten: RoundItem[] = rowsOf(answers.knelpunten).flatMap((row) => {
        const oplossing = textOf(row.oplossing);
        if (!oplossing || typeof row.id !== 'string' || !row.id) return [];
        const knelpunt = textOf(row.knelpunt);
        return [
          {
            sourceKey: roundItemKey(round.id, r.respondentKey, 'knelpunt', row.id),
            kind: 'knelpunt' as const,
            what: clip(oplossing, WHAT_MAX),
            detail: knelpunt,
            who,
            action: withoutId(
              emptyActionRow({
                id: '',
                what: clip(oplossing, WHAT_MAX),
                how: t.fromKnelpunt(round.number, knelpunt, oplossing),
                stepId: 'evaluatie',
              }),
            ),
          },
        ];
      });
      return [...fresh, ...knelpunten];
    });
}

const withoutId = ({ id: _id, ...rest }: ActionRow): Omit<ActionRow, 'id'> => rest;
