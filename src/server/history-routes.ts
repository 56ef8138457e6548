import type { Hono } from 'hono';
import type { Db } from '#src/db/db';
import { audit } from '#src/db/dossiers';
import { listRevisions } from '#src/db/history';
import { clipValue, diffStepData, HISTORY_PAGE, type HistoryResponse, type RevisionActor } from '#src/domain/history';
import { isStepId } from '#src/domain/step';
import { auditLogCsv } from './audit-csv';
import { actorOf, requireOwner, type AuthVars, type Identity } from './auth';
import { MESSAGES } from './http';

export const HISTORY_MESSAGES = {
  badPage: 'Gebruik voor "limit" een getal van 1 tot en met 100 en voor "before" een revisienummer.',
} as const;

/** Who saved a revision, from the request identity (never a token or its hash). */
export const revisionActorOf = (who: Identity): RevisionActor => ({
  kind: who.kind,
  partnerId: who.partnerId,
  partnerName: who.partnerName,
  person: who.name,
  inviteId: who.inviteId,
});

const positiveInt = (raw: string | undefined): number | null | undefined => {
  if (raw === undefined) return undefined;
  return /^[1-9][0-9]{0,8}$/.test(raw) ? Number(raw) : null;
};

/** Per-step history (every link that may read the dossier) and the audit-log export (owner only). */
export function registerHistoryRoutes(app: Hono<{ Variables: AuthVars }>, db: Db) {
  app.get('/api/dossiers/:id/steps/:stepId/history', async (c) => {
    const stepId = c.req.param('stepId');
    if (!isStepId(stepId)) return c.json({ error: MESSAGES.unknownStep }, 404);
    const limit = positiveInt(c.req.query('limit'));
    const before = positiveInt(c.req.query('before'));
    if (limit === null || before === null || (limit !== undefined && limit > HISTORY_PAGE.max)) {
      return c.json({ error: HISTORY_MESSAGES.badPage }, 400);
    }
    const size = limit ?? HISTORY_PAGE.default;
    const rows = await listRevisions(db, c.get('dossierId'), stepId, { before, limit: size });
    const page = rows.slice(0, size);
    const body: HistoryResponse = {
      revisions: page.map((r, i) => {
        // The predecessor is the next row (the one extra row fetched covers the last of the page).
        const previous = rows[i + 1];
        const base = previous && previous.revision < r.revision ? previous.data : {};
        const changes = diffStepData(base, r.data).map((ch) => ({
          ...ch,
          ...('before' in ch ? { before: clipValue(ch.before) } : {}),
          ...('after' in ch ? { after: clipValue(ch.after) } : {}),
        }));
        return { revision: r.revision, at: r.at, actor: r.actor, changes };
      }),
      next: rows.length > size ? page[page.length - 1]!.revision : null,
    };
    return c.json(body);
  });

  app.get('/api/dossiers/:id/audit.csv', requireOwner, async (c) => {
    const dossierId = c.get('dossierId');
    // The export is itself an action worth recording; it is the last line of the file it produces.
    await audit(db, {
      dossierId,
      action: 'audit.export',
      object: `dossier:${dossierId}/audit`,
      result: 'ok',
      actor: actorOf(c.get('identity')),
    });
    const csv = await auditLogCsv(db, dossierId);
    return c.body(csv, 200, {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="auditlog-${dossierId}.csv"`,
    });
  });
}
