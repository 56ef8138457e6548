/**
 * Progress typed on "Actieplan volgen" but not saved yet, per action, kept in the browser so a reload
 * loses nothing: the values and the progress revision they were based on (a save then meets any
 * change made meanwhile as a conflict). Like pending-store.ts for steps.
 */
export interface ProgressDraft {
  values: { status: string; note: string; doneOn: string };
  baseRevision: number;
}

const key = (dossierId: string, actionId: string) => `samenwerkwijzer:progress-draft:${dossierId}:${actionId}`;

const isDraft = (v: unknown): v is ProgressDraft =>
  !!v &&
  typeof v === 'object' &&
  typeof (v as ProgressDraft).baseRevision === 'number' &&
  !!(v as ProgressDraft).values &&
  ['status', 'note', 'doneOn'].every((k) => typeof (v as ProgressDraft).values[k as keyof ProgressDraft['values']] === 'string');

export function readProgressDraft(dossierId: string, actionId: string): ProgressDraft | undefined {
  try {
    const raw = localStorage.getItem(key(dossierId, actionId));
    const value: unknown = raw ? JSON.parse(raw) : undefined;
    return isDraft(value) ? value : undefined;
  } catch {
    return undefined;
  }
}

export function writeProgressDraft(dossierId: string, actionId: string, draft: ProgressDraft) {
  try {
    localStorage.setItem(key(dossierId, actionId), JSON.stringify(draft));
  } catch {
    // Storage full or blocked: what is on screen is still there to save.
  }
}

export function clearProgressDraft(dossierId: string, actionId: string) {
  try {
    localStorage.removeItem(key(dossierId, actionId));
  } catch {
    /* see writeProgressDraft */
  }
}
