/**
 * The evaluation report of a closed round ("Evaluatieverslag ronde n") as a PDF, for a council or a
 * school board: rendered on the PDF thread like the agreement, not sealed (it is no agreement), not
 * stored (the closed round never changes, and rendering takes well under a second).
 */
import type { Hono } from 'hono';
import type { Db } from '#src/db/db';
import { audit, loadDossier } from '#src/db/dossiers';
import { trends } from '#src/domain/evaluation/trends';
import { actorOf, type AuthVars } from '#src/server/auth';
import { pdfResponse, renderedOr503 } from '#src/server/pdf-routes';
import type { PdfRenderer } from '#src/server/pdf/render-thread';
import { toEvaluationReportData } from '#templates/to-evaluation-report-data';
import { ROUND_MESSAGES } from './messages';
import { roundOf } from './routes';
import { closedEvaluations } from './trend-inputs';

const REPORT_PATH = '/api/dossiers/:id/rounds/:roundId/report.pdf';

/** Any link of the dossier may download it, as it may read the results. Register after the auth middleware. */
export function registerReportRoutes(
  app: Hono<{ Variables: AuthVars }>,
  db: Db,
  renderer: PdfRenderer,
  now: () => Date = () => new Date(),
) {
  app.get(REPORT_PATH, async (c) => {
    const round = await roundOf(c, db);
    if (round instanceof Response) return round;
    if (round.state !== 'gesloten') return c.json({ error: ROUND_MESSAGES.reportNotClosed }, 409);
    if (round.kind !== 'evaluatie') return c.json({ error: ROUND_MESSAGES.reportBaseline }, 409);
    const dossierId = c.get('dossierId');
    const [{ results, baseline }, found] = await Promise.all([closedEvaluations(db, dossierId), loadDossier(db, dossierId)]);
    // The trends up to and including this round: a report of round 2 stays the same once round 3 closes.
    const at = results.findIndex((r) => r.round.id === round.id);
    const data = toEvaluationReportData(results[at]!, trends(results.slice(0, at + 1), baseline), {
      dossierId,
      title: found!.dossier.title,
      gemeente: found!.dossier.gemeente,
      generatedAt: now().toISOString(),
    });
    const pdf = await renderedOr503(() => renderer.renderReport(data));
    await audit(db, {
      dossierId,
      action: 'round.report',
      object: `dossier:${dossierId}/round:${round.id}`,
      result: 'ok',
      actor: actorOf(c.get('identity')),
      detail: data.fileName,
    });
    return pdfResponse(c, pdf, data.fileName);
  });
}
