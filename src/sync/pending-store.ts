import type { StepId } from '#src/domain/step';

/** Input the server has not acknowledged yet, kept in the browser so a reload or outage loses nothing. */
export interface PendingEdit {
  data: Record<string, unknown>;
  baseRevision: number;
  at: string;
}

const key = (dossierId: string, stepId: StepId) => `samenwerkwijzer:pending:${dossierId}:${stepId}`;

export function readPending(dossierId: string, stepId: StepId): PendingEdit | undefined {
  try {
    const raw = localStorage.getItem(key(dossierId, stepId));
    const value = raw ? (JSON.parse(raw) as PendingEdit) : undefined;
    return value && typeof value.data === 'object' && typeof value.baseRevision === 'number' ? value : undefined;
  } catch {
    return undefined;
  }
}

export function writePending(dossierId: string, stepId: StepId, edit: PendingEdit) {
  try {
    localStorage.setItem(key(dossierId, stepId), JSON.stringify(edit));
  } catch {
    // Storage full or blocked: the in-memory copy still retries; nothing more we can do here.
  }
}

export function clearPending(dossierId: string, stepId: StepId) {
  try {
    localStorage.removeItem(key(dossierId, stepId));
  } catch {
    /* see writePending */
  }
}
