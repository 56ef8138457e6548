/**
 * Across a workspace's dossiers: the portfolio (JSON and CSV), the latest closed evaluation round of
 * each side by side, and one calendar feed with every dossier's key dates.
 */
import type { Db } from '#src/db/db';
import { closedRounds, responsesOfRounds } from '#src/db/rounds';
import { portfolioFacts } from '#src/db/workspace-portfolio';
import { listWorkspaceDossiers, setWorkspaceFeed, workspaceAudit, workspaceByFeed, workspaceFeed } from '#src/db/workspaces';
import { todayInAmsterdam } from '#src/domain/dates';
import { evaluationResults } from '#src/domain/evaluation/results';
import { toIcs } from '#src/domain/follow-up/ics';
import type { KeyDate } from '#src/domain/follow-up/key-dates';
import type { Portfolio } from '#src/domain/workspace/api';
import { portfolioRow } from '#src/domain/workspace/portfolio';
import { portfolioCsv } from '#src/domain/workspace/portfolio-csv';
import { resultsOverview } from '#src/domain/workspace/results-overview';
import { workspaceNl } from '#src/i18n/nl/workspace';
import { hashToken, newToken } from '#src/server/auth';
import { followUpFor } from '#src/server/working/follow-up';
import { STEPS } from '#steps/index';
import { requireWorkspaceOwner, workspaceActor, type WorkspaceApp } from './auth';

export const WORKSPACE_FEED_PREFIX = '/api/werkruimte-agenda/';
const FEED_FILE = /^([A-Za-z0-9_-]{43})\.ics$/;

/** Every dossier's portfolio row, from eight queries for the whole workspace. */
export async function portfolioOf(db: Db, workspaceId: string, today: string): Promise<Portfolio> {
  const facts = await portfolioFacts(db, workspaceId);
  const rows = facts.dossiers.map((dossier) =>
    portfolioRow({
      dossier,
      steps: facts.steps.get(dossier.id) ?? {},
      signed: facts.signed.get(dossier.id) ?? null,
      rounds: facts.rounds.get(dossier.id) ?? [],
      progress: facts.progress.get(dossier.id) ?? new Map(),
      proposed: facts.proposed.get(dossier.id) ?? [],
      approvals: facts.approvals.get(dossier.id) ?? [],
      signedBy: facts.signedBy.get(dossier.id) ?? new Set(),
      stepDefinitions: STEPS,
      today,
    }),
  );
  return { today, rows };
}

/** Every dossier's key dates, each title led by its dossier's so one calendar tells them apart. */
async function workspaceKeyDates(db: Db, workspaceId: string, today: string): Promise<KeyDate[]> {
  const out: KeyDate[] = [];
  for (const d of await listWorkspaceDossiers(db, workspaceId)) {
    const followUp = await followUpFor(db, d.id, today);
    out.push(...followUp.keyDates.map((k) => ({ ...k, title: `${d.title}: ${k.title}` })));
  }
  return out.sort((a, b) => a.date.localeCompare(b.date));
}

export function registerPortfolioRoutes(app: WorkspaceApp, db: Db, now: () => Date) {
  const today = () => todayInAmsterdam(now());

  app.get('/api/workspaces/:id/portfolio', async (c) => c.json(await portfolioOf(db, c.get('workspaceId'), today())));

  app.get('/api/workspaces/:id/portfolio.csv', async (c) => {
    const portfolio = await portfolioOf(db, c.get('workspaceId'), today());
    return c.body(portfolioCsv(portfolio.rows), 200, {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="${workspaceNl.csv.fileName}-${portfolio.today}.csv"`,
    });
  });

  app.get('/api/workspaces/:id/results', async (c) => {
    const dossiers = await listWorkspaceDossiers(db, c.get('workspaceId'));
    const latest = [];
    for (const d of dossiers) {
      const closed = (await closedRounds(db, d.id, 'evaluatie')).at(-1);
      const responses = closed ? await responsesOfRounds(db, [closed.round.id]) : null;
      latest.push({
        id: d.id,
        title: d.title,
        latest: closed ? evaluationResults(closed.round, closed.snapshot, responses!.get(closed.round.id) ?? []) : null,
      });
    }
    return c.json(resultsOverview(latest));
  });

  app.get('/api/workspaces/:id/calendar-feed', requireWorkspaceOwner, async (c) => {
    const createdAt = await workspaceFeed(db, c.get('workspaceId'));
    return c.json({ active: createdAt !== null, createdAt });
  });

  app.post('/api/workspaces/:id/calendar-feed', requireWorkspaceOwner, async (c) => {
    const workspaceId = c.get('workspaceId');
    const token = newToken();
    const createdAt = await db.transaction(async (tx) => {
      const at = (await setWorkspaceFeed(tx, workspaceId, hashToken(token)))!;
      await workspaceAudit(tx, {
        workspaceId,
        action: 'calendar.create',
        object: `workspace:${workspaceId}/calendar`,
        result: 'ok',
        actor: workspaceActor(c.get('workspaceMe')),
      });
      return at;
    });
    return c.json({ token, path: `${WORKSPACE_FEED_PREFIX}${token}.ics`, createdAt }, 201);
  });

  app.delete('/api/workspaces/:id/calendar-feed', requireWorkspaceOwner, async (c) => {
    const workspaceId = c.get('workspaceId');
    await db.transaction(async (tx) => {
      await setWorkspaceFeed(tx, workspaceId, null);
      await workspaceAudit(tx, {
        workspaceId,
        action: 'calendar.revoke',
        object: `workspace:${workspaceId}/calendar`,
        result: 'ok',
        actor: workspaceActor(c.get('workspaceMe')),
      });
    });
    return c.body(null, 204);
  });
}

/** The public feed: `/api/werkruimte-agenda/<token>.ics`; the token (256 bits) is the only key. */
export function registerWorkspaceFeed(app: WorkspaceApp, db: Db, now: () => Date) {
  app.get(`${WORKSPACE_FEED_PREFIX}:file`, async (c) => {
    const token = FEED_FILE.exec(c.req.param('file'))?.[1];
    const workspace = token ? await workspaceByFeed(db, hashToken(token)) : null;
    if (!workspace) return c.json({ error: workspaceNl.errors.unknownFeed }, 404);
    const dates = await workspaceKeyDates(db, workspace.id, todayInAmsterdam(now()));
    return c.body(toIcs(dates, { calName: workspaceNl.calendarName(workspace.title) }), 200, {
      'Content-Type': 'text/calendar; charset=utf-8',
      'Content-Disposition': `inline; filename="${workspaceNl.calendarFile}.ics"`,
    });
  });
}
