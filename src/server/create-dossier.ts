import type { Queryable } from '#src/db/db';
import { insertDossierIn, lockStep, writeStep } from '#src/db/dossiers';
import { newRowId } from '#src/domain/fields';
import type { RevisionActor } from '#src/domain/history';
import type { StepId } from '#src/domain/step';
import { actorOf, hashToken, newDossierId, newToken } from './auth';

/** How a new dossier starts: step 1's data, the partner row the owner link acts for, and any further steps. */
export interface DossierStart {
  initiatief: Record<string, unknown>;
  ownerPartnerId: string;
  more?: readonly (readonly [StepId, Record<string, unknown>])[];
}

/** The gemeente that starts the dossier is a partner from the first moment; the owner link acts for it. */
export function plainStart(gemeente: string): DossierStart {
  const partner = { id: newRowId(), kind: 'gemeente', name: gemeente };
  return { initiatief: { partners: [partner] }, ownerPartnerId: partner.id };
}

/**
 * A new dossier with its own owner link, in the caller's transaction (POST /api/dossiers, and a dossier
 * made in a workspace). Every step it starts with is revision 1 by the owner, "bezig": nothing is complete
 * or approved until the partners say so.
 */
export async function createDossierIn(
  tx: Queryable,
  body: { title: string; gemeente: string },
  start: DossierStart = plainStart(body.gemeente),
): Promise<{ id: string; token: string; link: string }> {
  const id = newDossierId();
  const token = newToken();
  const actor = actorOf({ kind: 'owner', inviteId: null, partnerName: body.gemeente, name: null });
  await insertDossierIn(
    tx,
    { id, title: body.title, gemeente: body.gemeente, tokenHash: hashToken(token), ownerPartnerId: start.ownerPartnerId, actor },
    { stepId: 'initiatief', data: start.initiatief, status: 'bezig' },
  );
  const by: RevisionActor = {
    kind: 'owner',
    partnerId: start.ownerPartnerId,
    partnerName: body.gemeente,
    person: null,
    inviteId: null,
  };
  for (const [stepId, data] of start.more ?? []) {
    await lockStep(tx, id, stepId);
    await writeStep(tx, { dossierId: id, stepId, data, revision: 1, status: 'bezig', by });
  }
  return { id, token, link: `/d/${id}#${token}` };
}
