import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { compress } from 'hono/compress';
import { HTTPException } from 'hono/http-exception';
import type { Db, DbKind } from '#src/db/db';
import { loadDossier } from '#src/db/dossiers';
import { createDossierBody, partnersFromInitiatief, putStepBody, type Dossier, type StepState } from '#src/domain/dossier';
import { isStepId, STEP_IDS, type StepDefinition, type StepId } from '#src/domain/step';
import { STEPS } from '#steps/index';
import { actorOf, DEFAULT_LIMITS, requireAccess, requireEdit, type AccessLimits, type AuthVars } from './auth';
import { approvalsView, meOf, registerAccessRoutes } from './access-routes';
import { RateLimiter } from './rate-limit';
import { IMPORT_PATH, invalidResponse, isCleanPath, MAX_BODY_BYTES, MESSAGES, readJson, toIssues } from './http';
import { buildOpenApi } from './openapi';
import { saveStep } from './save-step';
import { createDossierIn } from './create-dossier';
import { registerHistoryRoutes, revisionActorOf } from './history-routes';
import { lifecycleView, registerAgreementRoutes } from './agreement-routes';
import { registerPdfRoutes, VERIFY_PATH, versionPdfs } from './pdf-routes';
import { registerAvgRoutes } from './avg-routes';
import { finishUnreadBody } from './upload';
import { retentionFlag } from './retention';
import { sharedPdfRenderer, type PdfRenderer } from './pdf/render-thread';
import { lazySeal, type Seal } from './pdf/seal-signature';
import { sealConfigFromEnv } from './pdf/seal-identity';
import { securityHeaders } from './security-headers';
import { escapeControl, requestIdOf, requestLine, requestLog, safePath, type RequestLogEntry } from './request-log';
import { staticFiles } from './static';
import { LiveHub } from './live/hub';
import { registerLiveRoutes } from './live/routes';
import { stepEvent } from './live/step-event';
import { liveActorOf } from '#src/domain/live';
import { registerRoundRoutes } from './rounds/routes';
import { registerAnswerRoutes } from './rounds/answer-routes';
import { registerStudentRoutes } from './rounds/student-routes';
import { registerReportRoutes } from './rounds/report-routes';
import { registerWorkingRoutes } from './working/routes';
import { FEED_PREFIX } from './working/calendar-routes';
import { registerWorkspaces } from './workspace/register';

export interface AppOptions {
  db: Db;
  dbKind: DbKind;
  /** The Vite build (dist/); without it only the API is served. */
  staticDir?: string;
  /** One line per call. Never receives headers, bodies or tokens. */
  log?: (line: string) => void;
  /** One entry per answered request; by default a plain line through `log`. */
  logRequest?: (entry: RequestLogEntry) => void;
  /** The seal for signed agreements (loaded on first use); by default from SEAL_* and DATA_DIR. */
  seal?: () => Promise<Seal>;
  /** Rate limits (in memory, per process); tests lower or raise them. */
  limits?: Partial<AccessLimits>;
  /** Behind one reverse proxy: take the client address from X-Forwarded-For (TRUST_PROXY=1). */
  trustProxy?: boolean;
  /** Live events (SSE) and presence; in-process by default, PostgreSQL NOTIFY/LISTEN when main.ts gives one. */
  live?: LiveHub;
  /** Renders agreement PDFs on a thread of its own; by default one thread shared by the process. */
  pdf?: PdfRenderer;
  /** The clock (example dossiers' expiry, retention); tests move it. */
  now?: () => Date;
  /** RETENTION_MONTHS: dossiers untouched this long are flagged in their response (nothing is removed). */
  retentionMonths?: number;
}

const EMPTY_STEP: StepState = { data: {}, revision: 0, status: 'leeg', updatedAt: null };

export function createApp({
  db,
  dbKind,
  staticDir,
  log = (line) => console.log(line),
  logRequest,
  limits,
  trustProxy,
  seal,
  live = new LiveHub({ log }),
  pdf = sharedPdfRenderer(),
  now = () => new Date(),
  retentionMonths,
}: AppOptions) {
  const app = new Hono<{ Variables: AuthVars }>();
  const stepsById = new Map<string, StepDefinition>(STEPS.map((s) => [s.id, s]));
  let openApi: string | undefined;

  // Method, path (never the query string; secrets and control characters taken out), status, duration, request id.
  app.use('*', requestLog(logRequest ?? ((entry) => log(requestLine(entry)))));
  app.use('*', async (c, next) => {
    await next();
    await finishUnreadBody(c, MAX_BODY_BYTES);
  });
  app.use('*', async (c, next) => (isCleanPath(c.req.url) ? next() : c.json({ error: MESSAGES.badPath }, 400)));
  app.use('*', securityHeaders);
  app.use('/api/*', async (c, next) => {
    await next();
    // The calendar feed says no-cache itself: calendar apps may keep it, and must ask again.
    if (!c.req.path.startsWith(FEED_PREFIX)) c.res.headers.set('Cache-Control', 'no-store');
  });
  // JSON over 1 KB goes out compressed when the browser asks; the live event stream never (it must flush).
  app.use('/api/*', compress({ contentTypeFilter: /^application\/json/ }));
  const apiBodyLimit = bodyLimit({
    maxSize: MAX_BODY_BYTES,
    // The rest of the body is not read: tell the client not to reuse this connection.
    onError: (c) => c.json({ error: MESSAGES.tooLarge }, 413, { Connection: 'close' }),
  });
  // An uploaded PDF to verify has its own, larger limit (pdf-routes.ts).
  app.use('/api/*', (c, next) => (c.req.path === VERIFY_PATH || c.req.path === IMPORT_PATH ? next() : apiBodyLimit(c, next)));

  app.get('/api/health', (c) => c.json({ status: 'ok', database: dbKind }));

  app.get('/api/openapi.json', (c) => {
    openApi ??= JSON.stringify(buildOpenApi(STEPS));
    return c.body(openApi, 200, { 'Content-Type': 'application/json; charset=utf-8' });
  });

  app.post('/api/dossiers', async (c) => {
    const body = await readJson(c, createDossierBody);
    if (!body.ok) return body.response;
    return c.json(await db.transaction((tx) => createDossierIn(tx, body.data)), 201);
  });

  const { authFailures, inviteCreation, studentSubmissions } = { ...DEFAULT_LIMITS, ...limits };
  const auth = requireAccess(db, { failures: new RateLimiter(authFailures), trustProxy });
  app.use('/api/dossiers/:id', auth);
  app.use('/api/dossiers/:id/*', auth);
  registerLiveRoutes(app, live);
  // Before the agreement routes: rounds are planned once the last signature is in.
  registerRoundRoutes(app, db, live, log);
  registerAnswerRoutes(app, db, live);
  registerStudentRoutes(app, db, live, {
    failures: new RateLimiter(authFailures),
    submissions: new RateLimiter(studentSubmissions),
    trustProxy,
  });
  // Also before the agreement routes: it announces what starting an amendment did to step 5.
  registerWorkingRoutes(app, { db, live, now });

  app.get('/api/dossiers/:id', async (c) => {
    const found = await loadDossier(db, c.get('dossierId'));
    if (!found) return c.json({ error: MESSAGES.dossierNotFound }, 404);
    const states = Object.fromEntries(STEP_IDS.map((id) => [id, found.steps.get(id) ?? EMPTY_STEP])) as Record<StepId, StepState>;
    const partners = partnersFromInitiatief(states.initiatief.data);
    const revisions = Object.fromEntries(STEP_IDS.map((id) => [id, states[id].revision])) as Record<StepId, number>;
    const approvals = await approvalsView(db, found.dossier.id, revisions, partners);
    const dossier: Dossier = {
      ...found.dossier,
      partners,
      steps: Object.fromEntries(STEP_IDS.map((id) => [id, { ...states[id], approvals: approvals[id] }])) as Dossier['steps'],
      ...(await lifecycleView(db, found.dossier.id)),
      me: meOf(c.get('identity')),
      retention: retentionMonths ? await retentionFlag(db, found.dossier.id, retentionMonths, now()) : null,
    };
    return c.json(dossier);
  });

  registerAgreementRoutes(app, db);
  const sealFn = seal ?? lazySeal(sealConfigFromEnv(process.env, log));
  registerPdfRoutes(app, db, sealFn, pdf);
  registerReportRoutes(app, db, pdf, now);
  registerAvgRoutes(app, db, { live, versionPdf: versionPdfs(db, sealFn, pdf).versionPdf, now });
  registerAccessRoutes(app, db, { invites: new RateLimiter(inviteCreation) });
  registerHistoryRoutes(app, db);
  registerWorkspaces(app, { db, failures: new RateLimiter(authFailures), trustProxy, now });

  app.put('/api/dossiers/:id/steps/:stepId', requireEdit, async (c) => {
    const stepId = c.req.param('stepId');
    const step = isStepId(stepId) ? stepsById.get(stepId) : undefined;
    if (!step) return c.json({ error: MESSAGES.unknownStep }, 404);
    const body = await readJson(c, putStepBody);
    if (!body.ok) return body.response;
    const draft = step.draftSchema.safeParse(body.data.data);
    if (!draft.success) return invalidResponse(c, toIssues(draft.error));
    const data = draft.data as Record<string, unknown>;
    if (body.data.complete) {
      const complete = step.schema.safeParse(data);
      if (!complete.success) return invalidResponse(c, toIssues(complete.error));
    }
    const outcome = await saveStep(db, {
      dossierId: c.get('dossierId'),
      step,
      data,
      baseRevision: body.data.baseRevision,
      complete: body.data.complete === true,
      actor: actorOf(c.get('identity')),
      by: revisionActorOf(c.get('identity')),
    });
    switch (outcome.kind) {
      case 'saved': {
        const { revision, status, updatedAt, data: stored } = outcome.step;
        await live.publish(c.get('dossierId'), 'step', { ...stepEvent(step.id, outcome.step, liveActorOf(c.get('identity'))) });
        return c.json({ revision, status, updatedAt, data: stored });
      }
      case 'invalid':
        return invalidResponse(c, outcome.issues);
      case 'locked':
        return c.json({ error: MESSAGES.locked, lifecycle: outcome.lifecycle }, 409);
      case 'conflict':
        return c.json(
          {
            error: outcome.future ? MESSAGES.futureRevision : MESSAGES.conflict,
            current: outcome.current,
            conflictingFields: outcome.conflictingFields,
            conflicts: outcome.details ?? [],
          },
          409,
        );
    }
  });

  app.all('/api/*', (c) => c.json({ error: MESSAGES.notFound }, 404));
  if (staticDir) app.get('*', staticFiles(staticDir));
  app.notFound((c) => c.json({ error: MESSAGES.notFound }, 404));

  app.onError((err, c) => {
    if (err instanceof HTTPException) return err.getResponse();
    // Name and message only: no request headers or body, so no token can end up here.
    log(escapeControl(`error ${c.req.method} ${safePath(c.req.path)} ${requestIdOf(c.req.raw)}: ${err.name}: ${err.message}`));
    return c.json({ error: MESSAGES.serverError }, 500);
  });

  return app;
}
