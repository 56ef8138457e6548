import type { Db } from '#src/db/db';
import { countInvitees, listRounds } from '#src/db/rounds';
import type { FollowUp } from '#src/domain/follow-up/api';
import { followUpOf } from '#src/domain/follow-up/follow-up';
import type { KeyDateInput } from '#src/domain/follow-up/key-dates';
import { roundView } from '#src/server/rounds/routes';
import { ensurePlanned } from '#src/server/rounds/planning';
import { basisOf, planView } from './basis';

/**
 * Everything the follow-up home and the calendar show, from the agreement in force (or the draft
 * while nothing is signed) and the working data. Plans the rounds of the signed schedule first, as
 * the rounds list does, so a new dossier's calendar is never empty for want of a request.
 */
export async function followUpFor(db: Db, dossierId: string, today: string): Promise<FollowUp> {
  await ensurePlanned(db, dossierId);
  const basis = (await basisOf(db, dossierId))!;
  const step = (id: 'financiering' | 'taakverdeling' | 'structurele-financiering') => {
    const data = basis.steps[id];
    return data ? { data, revision: basis.current.get(id)?.revision ?? 0 } : undefined;
  };
  const steps: KeyDateInput['steps'] = {
    financiering: step('financiering'),
    taakverdeling: step('taakverdeling'),
    'structurele-financiering': step('structurele-financiering'),
  };
  const plan = await planView(db, basis, today);
  const rounds = await listRounds(db, dossierId);
  const invitees = await countInvitees(db, dossierId);
  return followUpOf({
    dossier: basis.dossier,
    version: basis.version,
    steps,
    rounds: rounds.map((r) => roundView(r, invitees)),
    plan,
    today,
  });
}
