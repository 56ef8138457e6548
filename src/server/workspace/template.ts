import type { Queryable } from '#src/db/db';
import { isStepId, type StepId } from '#src/domain/step';
import { templateStart, TEMPLATE_STEPS } from '#src/domain/workspace/template';
import { plainStart, type DossierStart } from '#src/server/create-dossier';

/** A new dossier's start copied from another dossier of the workspace (what carries over: domain/workspace/template.ts). */
export async function startFromTemplate(tx: Queryable, templateId: string, gemeente: string): Promise<DossierStart> {
  const rows = await tx.query<{ step_id: string; data: Record<string, unknown> }>(
    'SELECT step_id, data FROM steps WHERE dossier_id = $1 AND step_id = ANY($2::text[])',
    [templateId, [...TEMPLATE_STEPS]],
  );
  const source: Partial<Record<StepId, Record<string, unknown>>> = {};
  for (const r of rows) if (isStepId(r.step_id)) source[r.step_id] = r.data ?? {};
  const start = templateStart(source);
  if (start.ownerPartnerId) return { initiatief: start.initiatief, ownerPartnerId: start.ownerPartnerId, more: start.more };
  // No gemeente among the copied partners: the new dossier's gemeente joins them, and the owner acts for it.
  const plain = plainStart(gemeente);
  const partners = Array.isArray(start.initiatief.partners) ? start.initiatief.partners : [];
  return {
    initiatief: { ...start.initiatief, partners: [...(plain.initiatief.partners as unknown[]), ...partners] },
    ownerPartnerId: plain.ownerPartnerId,
    more: start.more,
  };
}
