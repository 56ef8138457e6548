/**
 * Parts A and C of the action plan: read-only, computed from what other steps saved. Drafts may be
 * partial or of an older shape, so every value is checked; missing parts come out empty, never throw.
 * Labels of stored choices are passed in (`PrefillLabels`), so this stays pure and testable.
 */
import type { Partner } from '#src/domain/partners';
import { partnerLabel } from '#src/domain/partner-rows';
import type { StepId } from '#src/domain/step';
import {
  applicableFactors,
  comparedPartners,
  compareFactors,
  priorityList,
  type CustomFactorInput,
  type RespondentInput,
} from '#src/tools/working-factors/compute';

export type StepsData = Partial<Record<StepId, Record<string, unknown> | undefined>>;

export interface PrefillLabels {
  occasion: (value: string) => string;
  collaborationType: (value: string) => string;
  level: (value: string) => string;
  meetingFrequency: (value: string) => string;
  evaluationFrequency: (value: string) => string;
}

/** How many priorities part A lists: the plan asks for the top ones, the full list is in step 4. */
export const TOP_PRIORITIES = 5;

export interface StartingPoint {
  occasions: string[];
  occasionExplanation: string;
  collaborationType: string;
  goals: { goal: string; indicator: string }[];
  targetGroup: { schoolYears: string; levels: string[]; notes: string };
  contacts: { partner: string; name: string; jobTitle: string; email: string; phone: string }[];
  priorities: { factorId: string; label: string }[];
}

export interface FollowUp {
  meetingFrequency: string;
  signals: { schoolReceiver: string; youthWorkReceiver: string; channel: string; anonymousFirst: boolean | null };
  evaluation: { firstDate: string; frequency: string; checkpoints: string[] };
}

const str = (v: unknown) => (typeof v === 'string' ? v.trim() : '');
const isDate = (v: unknown): v is string => typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v);
const objects = (v: unknown): Record<string, unknown>[] =>
  Array.isArray(v) ? v.filter((r): r is Record<string, unknown> => !!r && typeof r === 'object' && !Array.isArray(r)) : [];
const strings = (v: unknown): string[] =>
  Array.isArray(v) ? v.filter((s): s is string => typeof s === 'string' && s !== '') : [];

/** A stored choice with an "other" text: the text when the choice is 'anders' and it was filled in. */
const withOther = (value: string, other: string, label: (v: string) => string) =>
  value === 'anders' && other ? other : label(value);

export function startingPoint(steps: StepsData, partners: readonly Partner[], labels: PrefillLabels): StartingPoint {
  const initiatief = steps.initiatief ?? {};
  const visie = steps.visie ?? {};
  const byId = new Map(partners.map((p) => [p.id, p]));
  const other = str(initiatief.occasionOther);
  const type = str(initiatief.collaborationType);

  return {
    occasions: strings(initiatief.occasions).map((o) => withOther(o, other, labels.occasion)),
    occasionExplanation: str(initiatief.occasionExplanation),
    collaborationType: type ? labels.collaborationType(type) : '',
    goals: objects(visie.goals)
      .map((g) => ({ goal: str(g.goal), indicator: str(g.indicator) }))
      .filter((g) => g.goal),
    targetGroup: {
      schoolYears: str(visie.schoolYears),
      levels: strings(visie.levels).map(labels.level),
      notes: str(visie.targetGroupNotes),
    },
    contacts: objects(steps.aanspreekpunten?.contacts)
      .map((c) => {
        const partner = typeof c.partnerId === 'string' ? byId.get(c.partnerId) : undefined;
        return {
          partner: partner ? partnerLabel(partner) : '',
          name: str(c.contactName),
          jobTitle: str(c.contactJobTitle),
          email: str(c.contactEmail),
          phone: str(c.contactPhone),
        };
      })
      .filter((c) => c.name),
    priorities: topPriorities(visie, partners, type),
  };
}

/** The joint priorities of the working-factors assessment in step 4, largest gap first. */
function topPriorities(visie: Record<string, unknown>, partners: readonly Partner[], collaborationType: string) {
  const assessment = visie.factors && typeof visie.factors === 'object' ? (visie.factors as Record<string, unknown>) : {};
  const respondents = objects(assessment.respondents) as RespondentInput[];
  if (respondents.length === 0) return [];
  const factors = applicableFactors(collaborationType || undefined, objects(assessment.customFactors) as CustomFactorInput[]);
  const compared = comparedPartners(partners, respondents).partners.map((p) => p.id);
  return priorityList(compareFactors(factors, respondents, compared))
    .slice(0, TOP_PRIORITIES)
    .map((c) => ({ factorId: c.factor.id, label: c.factor.label }));
}

export function followUp(steps: StepsData, labels: PrefillLabels): FollowUp {
  const signalen = steps.signalen ?? {};
  const evaluatie = steps.evaluatie ?? {};
  const frequency = str(signalen.meetingFrequency);
  const evaluationFrequency = str(evaluatie.frequency);
  return {
    meetingFrequency: frequency ? withOther(frequency, str(signalen.meetingFrequencyOther), labels.meetingFrequency) : '',
    signals: {
      schoolReceiver: str(signalen.schoolReceiver),
      youthWorkReceiver: str(signalen.youthWorkReceiver),
      channel: str(signalen.channel),
      anonymousFirst: typeof signalen.anonymousFirst === 'boolean' ? signalen.anonymousFirst : null,
    },
    evaluation: {
      firstDate: isDate(evaluatie.firstDate) ? evaluatie.firstDate : '',
      frequency: evaluationFrequency ? labels.evaluationFrequency(evaluationFrequency) : '',
      // Interim evaluations recorded with the evaluation list of step 10, in date order.
      checkpoints: objects(evaluatie.checkpoints)
        .map((c) => c.date)
        .filter(isDate)
        .sort(),
    },
  };
}
