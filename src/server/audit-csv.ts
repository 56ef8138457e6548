import type { Db } from '#src/db/db';
import { loadDossier } from '#src/db/dossiers';
import { listAudit } from '#src/db/history';
import { auditLogTable, type StoredAuditEntry } from '#src/domain/audit-log';
import { toCsv } from '#src/domain/csv';
import { partnersFromInitiatief } from '#src/domain/dossier';
import { isStepId } from '#src/domain/step';
import { getStep } from '#steps/index';
import { stepsNl } from '#src/i18n/nl/steps';

/**
 * The dossier's audit log as the CSV a person downloads (and the export's logboek.csv): Dutch
 * phrases, Dutch time with its zone, steps and organisations by name.
 */
export async function auditLogCsv(db: Db, dossierId: string): Promise<string> {
  const [rows, loaded] = await Promise.all([listAudit(db, dossierId), loadDossier(db, dossierId)]);
  const partners = new Map(partnersFromInitiatief(loaded?.steps.get('initiatief')?.data).map((p) => [p.id, p.name]));
  return toCsv(
    auditLogTable(rows, {
      step: (id) => (isStepId(id) ? stepsNl.label(getStep(id).number, getStep(id).copy.title) : undefined),
      partner: (id) => partners.get(id) || undefined,
    }),
  );
}

/** A workspace's audit log: the same Dutch phrases and times; it names no steps or partners. */
export const workspaceAuditLogCsv = (rows: readonly StoredAuditEntry[]): string =>
  toCsv(auditLogTable(rows, { step: () => undefined, partner: () => undefined }));
