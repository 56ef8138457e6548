import type { StepStatus } from '../step';
import type { Version } from './api';
import { allows, type LifecycleState } from './lifecycle.machine';

/**
 * One truth about progress. While the text is drafted, a step is leeg, bezig or afgerond; once it is
 * frozen (out for signing, signed, in use) every step is what version n holds, whatever a step's last
 * saved status was. Overview, step pages and the agreement page all ask these functions.
 */

/** The number of the version whose text is fixed now, or undefined while the text may be edited. */
export function fixedVersion(
  lifecycle: LifecycleState,
  versions: readonly Pick<Version, 'number' | 'status'>[],
): number | undefined {
  if (allows(lifecycle, { type: 'EDIT' })) return undefined;
  return versions.findLast((v) => v.status !== 'ingetrokken')?.number;
}

export type ShownStatus = StepStatus | 'vastgelegd';

/** A step's status as shown: "vastgelegd" for every filled step while a version is fixed. */
export const shownStatus = (status: StepStatus, fixed: number | undefined): ShownStatus =>
  fixed !== undefined && status !== 'leeg' ? 'vastgelegd' : status;

/** The row (counted from 1) a field path points into, e.g. ['moments', 1, 'date'] → 2; undefined outside a list. */
export function rowOf(path: readonly (string | number)[]): number | undefined {
  const index = path.find((p) => typeof p === 'number' || /^\d+$/.test(p));
  return index === undefined ? undefined : Number(index) + 1;
}
