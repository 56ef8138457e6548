/**
 * Plain choice lists that more than one part of the app names: the step that asks, the action plan
 * that prefills from it, the agreement that prints it. One list each, so a value and its label can
 * never drift apart. Values are stored in dossiers and must never change once used.
 */
import { valuesOf } from './item';

export interface Choice<V extends string = string> {
  value: V;
  label: string;
  hint?: string;
}

/** Step 1: how youth work supports the school. */
export const COLLABORATION_TYPE_CHOICES = [
  {
    value: 'wijkgericht',
    label: 'Vanuit de wijk',
    hint: 'Jongerenwerkers werken vooral in de buurt en sluiten aan bij de school waar dat nodig is.',
  },
  {
    value: 'in_school',
    label: 'In de school',
    hint: 'Jongerenwerkers zijn op vaste momenten in het schoolgebouw aanwezig.',
  },
] as const satisfies readonly Choice[];
export const COLLABORATION_TYPES = valuesOf(COLLABORATION_TYPE_CHOICES);

/** Step 4: the school levels the partnership is for. */
export const SCHOOL_LEVEL_CHOICES = [
  { value: 'basisonderwijs', label: 'Basisonderwijs' },
  { value: 'praktijkonderwijs', label: 'Praktijkonderwijs' },
  { value: 'vso', label: 'Voortgezet speciaal onderwijs' },
  { value: 'vmbo', label: 'Vmbo' },
  { value: 'havo', label: 'Havo' },
  { value: 'vwo', label: 'Vwo' },
  { value: 'mbo1', label: 'Mbo niveau 1 (entree)' },
  { value: 'mbo2', label: 'Mbo niveau 2' },
  { value: 'mbo3', label: 'Mbo niveau 3' },
  { value: 'mbo4', label: 'Mbo niveau 4' },
] as const satisfies readonly Choice[];
export const SCHOOL_LEVELS = valuesOf(SCHOOL_LEVEL_CHOICES);

/** Step 6: how often school and youth work meet about signals. */
export const MEETING_FREQUENCY_CHOICES = [
  { value: 'wekelijks', label: 'Elke week' },
  { value: 'tweewekelijks', label: 'Elke twee weken' },
  { value: 'maandelijks', label: 'Elke maand' },
  { value: 'anders', label: 'Anders' },
] as const satisfies readonly Choice[];
export const MEETING_FREQUENCIES = valuesOf(MEETING_FREQUENCY_CHOICES);

/** Step 10: how often the partnership is evaluated. */
export const EVALUATION_FREQUENCY_CHOICES = [
  { value: 'per_kwartaal', label: 'Elk kwartaal' },
  { value: 'per_half_jaar', label: 'Elk half jaar' },
  { value: 'jaarlijks', label: 'Elk jaar' },
] as const satisfies readonly Choice[];
export const EVALUATION_FREQUENCIES = valuesOf(EVALUATION_FREQUENCY_CHOICES);
