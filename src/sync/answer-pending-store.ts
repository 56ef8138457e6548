/**
 * Answers the server has not acknowledged yet, per round and answer sheet (one's own answers, or a
 * paper form typed in here), kept in the browser so a reload or an outage loses nothing. Like
 * pending-store.ts for steps, keyed by what a sheet is instead of a step id.
 */
export interface PendingAnswers {
  data: Record<string, unknown>;
  baseRevision: number;
  at: string;
}

const PREFIX = 'samenwerkwijzer:pending-answers:';
const key = (dossierId: string, roundId: string, sheet: string) => `${PREFIX}${dossierId}:${roundId}:${sheet}`;

export function readPendingAnswers(dossierId: string, roundId: string, sheet: string): PendingAnswers | undefined {
  try {
    const raw = localStorage.getItem(key(dossierId, roundId, sheet));
    const value = raw ? (JSON.parse(raw) as PendingAnswers) : undefined;
    return value && typeof value.data === 'object' && value.data !== null && typeof value.baseRevision === 'number'
      ? value
      : undefined;
  } catch {
    return undefined;
  }
}

export function writePendingAnswers(dossierId: string, roundId: string, sheet: string, edit: PendingAnswers) {
  try {
    localStorage.setItem(key(dossierId, roundId, sheet), JSON.stringify(edit));
  } catch {
    // Storage full or blocked: the in-memory copy still retries.
  }
}

export function clearPendingAnswers(dossierId: string, roundId: string, sheet: string) {
  try {
    localStorage.removeItem(key(dossierId, roundId, sheet));
  } catch {
    /* see writePendingAnswers */
  }
}

/** The sheets of a round with unsent input here (e.g. a paper form typed in before the connection dropped). */
export function pendingSheets(dossierId: string, roundId: string): string[] {
  const start = key(dossierId, roundId, '');
  try {
    return Array.from({ length: localStorage.length }, (_, i) => localStorage.key(i))
      .filter((k): k is string => k !== null && k.startsWith(start))
      .map((k) => k.slice(start.length));
  } catch {
    return [];
  }
}
