import type {
  ConflictResponse,
  CreateDossierBody,
  CreateDossierResponse,
  Dossier,
  PutStepBody,
  PutStepResponse,
} from '#src/domain/dossier';
import type { StepId } from '#src/domain/step';
import { syncNl } from '#src/i18n/nl/sync';
import type { Signature, SignatureBody, Version } from '#src/domain/agreement/api';
import type { AgreementContent } from '#src/domain/agreement/content';
import type { LifecycleState } from '#src/domain/agreement/lifecycle.machine';
import type { HistoryResponse } from '#src/domain/history';
import type { PresenceBody } from '#src/domain/live';
import type { VerifyResult } from '#src/domain/agreement/verify';
import type { Approval, CreateInviteBody, CreateInviteResponse, FreezeBody, Invite } from '#src/domain/access';
import type {
  CreateRoundBody,
  MyAnswers,
  PutAnswersBody,
  PutPaperBody,
  Results,
  Round,
  RoundDetail,
  RoundResponse,
  StudentLink,
  StudentSurvey,
  StudentSurveyBody,
  Trends,
  UpdateRoundBody,
} from '#src/domain/evaluation/api';
import type { StudentResponseBody } from '#src/domain/evaluation/student-survey';
import type {
  ActionPlanView,
  CalendarFeed,
  CalendarFeedCreated,
  CreateProposedBody,
  KnowledgeActivity,
  KnowledgeActivityBody,
  PlanAction,
  ProgressBody,
  RoundActionsBody,
  RoundActionsResponse,
  RoundCandidates,
  UpdateKnowledgeActivityBody,
  UpdateProposedBody,
} from '#src/domain/working/api';
import type { FollowUp } from '#src/domain/follow-up/api';
import type {
  AttachDossierBody,
  CreateWorkspaceBody,
  CreateWorkspaceDossierBody,
  LinkCreated,
  Portfolio,
  ResultsOverview,
  Workspace,
  WorkspaceInvite,
  WorkspaceInviteBody,
} from '#src/domain/workspace/api';

const workspacePath = (id: string) => `/api/workspaces/${encodeURIComponent(id)}`;

/** An answer from the server that was not 2xx; `status` 0 means the network failed. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly body?: unknown,
  ) {
    super(message);
    this.name = 'ApiError';
  }
  get isNetwork() {
    return this.status === 0;
  }
  get conflict(): ConflictResponse | undefined {
    return this.status === 409 ? (this.body as ConflictResponse) : undefined;
  }
}

export interface ApiOptions {
  baseUrl?: string;
  fetch?: typeof fetch;
}

export function createApi({ baseUrl = '', fetch: doFetch = globalThis.fetch.bind(globalThis) }: ApiOptions = {}) {
  async function send(method: string, path: string, opts: { token?: string; body?: unknown; raw?: Blob; accept?: string }) {
    const headers: Record<string, string> = { Accept: opts.accept ?? 'application/json' };
    if (opts.token) headers.Authorization = `Bearer ${opts.token}`;
    if (opts.body !== undefined) headers['Content-Type'] = 'application/json';
    if (opts.raw) headers['Content-Type'] = opts.raw.type || 'application/octet-stream';
    try {
      return await doFetch(`${baseUrl}${path}`, {
        method,
        headers,
        body: opts.raw ?? (opts.body === undefined ? undefined : JSON.stringify(opts.body)),
      });
    } catch {
      throw new ApiError(0, syncNl.network);
    }
  }

  async function request<T>(method: string, path: string, opts: { token?: string; body?: unknown; raw?: Blob } = {}): Promise<T> {
    const res = await send(method, path, opts);
    const text = await res.text();
    let body: unknown;
    try {
      body = text ? JSON.parse(text) : undefined;
    } catch {
      body = undefined;
    }
    if (!res.ok) {
      const message =
        typeof (body as { error?: unknown })?.error === 'string' ? (body as { error: string }).error : syncNl.status(res.status);
      throw new ApiError(res.status, message, body);
    }
    return body as T;
  }

  /** A file download (PDF, CSV) as a Blob; errors carry the server's message. */
  async function download(path: string, token: string): Promise<Blob> {
    const res = await send('GET', path, { token, accept: 'application/pdf' });
    if (!res.ok) {
      const body = await res.json().catch(() => undefined);
      throw new ApiError(res.status, (body as { error?: string })?.error ?? syncNl.status(res.status), body);
    }
    return res.blob();
  }

  const dossierPath = (id: string) => `/api/dossiers/${encodeURIComponent(id)}`;
  const roundPath = (id: string, roundId: string) => `${dossierPath(id)}/rounds/${encodeURIComponent(roundId)}`;

  return {
    /** Freezes the text; `body.override` (owner only) freezes without every partner's akkoord, for a recorded reason. */
    freeze: (id: string, token: string, body?: FreezeBody) =>
      request<{ version: number; hash: string; overrideReason: string | null }>('POST', `${dossierPath(id)}/versions`, {
        token,
        body,
      }),
    version: (id: string, token: string, version: number) =>
      request<Version & { content: AgreementContent }>('GET', `${dossierPath(id)}/versions/${version}`, { token }),
    sign: (id: string, token: string, version: number, body: SignatureBody) =>
      request<{ signature: Signature; state: LifecycleState }>('POST', `${dossierPath(id)}/versions/${version}/signatures`, {
        token,
        body,
      }),
    /** The server requires a reason (≤ 1000 characters; the partners who had signed see it) and answers 400 without one. */
    withdraw: (id: string, token: string, version: number, reason: string) =>
      request<{ state: LifecycleState }>('DELETE', `${dossierPath(id)}/versions/${version}`, { token, body: { reason } }),
    lifecycle: (id: string, token: string, event: 'ACTIVATE' | 'AMEND') =>
      request<{ state: LifecycleState }>('POST', `${dossierPath(id)}/lifecycle`, { token, body: { event } }),
    versionPdf: (id: string, token: string, version: number) =>
      download(`${dossierPath(id)}/versions/${version}/agreement.pdf`, token),
    /** A step's saved revisions, newest first, with who saved them and what changed; `before` pages back. */
    stepHistory: (id: string, token: string, stepId: StepId, before?: number) =>
      request<HistoryResponse>('GET', `${dossierPath(id)}/steps/${stepId}/history${before ? `?before=${before}` : ''}`, {
        token,
      }),
    /** The dossier's audit log as CSV (owner only). */
    auditCsv: (id: string, token: string) => download(`${dossierPath(id)}/audit.csv`, token),
    draftPdf: (id: string, token: string) => download(`${dossierPath(id)}/agreement.pdf`, token),
    verify: (pdf: Blob) => request<VerifyResult>('POST', '/api/verify', { raw: pdf }),
    createDossier: (body: CreateDossierBody) => request<CreateDossierResponse>('POST', '/api/dossiers', { body }),
    getDossier: (id: string, token: string) => request<Dossier>('GET', `/api/dossiers/${encodeURIComponent(id)}`, { token }),
    putStep: (id: string, token: string, stepId: StepId, body: PutStepBody) =>
      request<PutStepResponse>('PUT', `/api/dossiers/${encodeURIComponent(id)}/steps/${stepId}`, { token, body }),
    /** The live-events stream, unread (live.ts reads it): fetch, since EventSource cannot send the Bearer header. */
    events: (id: string, token: string, lastEventId: string | null, signal: AbortSignal) =>
      doFetch(`${baseUrl}/api/dossiers/${encodeURIComponent(id)}/events`, {
        headers: {
          Accept: 'text/event-stream',
          Authorization: `Bearer ${token}`,
          ...(lastEventId ? { 'Last-Event-ID': lastEventId } : {}),
        },
        cache: 'no-store',
        signal,
      }),
    /** Where this browser is in the dossier (step, field being edited); `{}` when it left the steps. */
    presence: (id: string, token: string, body: PresenceBody) =>
      request<void>('PUT', `/api/dossiers/${encodeURIComponent(id)}/presence`, { token, body }),
    /** Akkoord for the caller's own partner on `revision` of the step (409 when the step has moved on). */
    approve: (id: string, token: string, stepId: StepId, revision: number) =>
      request<{ revision: number; approvals: Approval[] }>('PUT', `${dossierPath(id)}/steps/${stepId}/approval`, {
        token,
        body: { revision },
      }),
    unapprove: (id: string, token: string, stepId: StepId) =>
      request<{ revision: number; approvals: Approval[] }>('DELETE', `${dossierPath(id)}/steps/${stepId}/approval`, { token }),
    invites: (id: string, token: string) => request<{ invites: Invite[] }>('GET', `${dossierPath(id)}/invites`, { token }),
    createInvite: (id: string, token: string, body: CreateInviteBody) =>
      request<CreateInviteResponse>('POST', `${dossierPath(id)}/invites`, { token, body }),
    revokeInvite: (id: string, token: string, inviteId: string) =>
      request<{ invite: Invite }>('DELETE', `${dossierPath(id)}/invites/${encodeURIComponent(inviteId)}`, { token }),
    // Evaluation and baseline rounds (src/domain/evaluation/api.ts has the shapes).
    rounds: (id: string, token: string) => request<{ rounds: Round[] }>('GET', `${dossierPath(id)}/rounds`, { token }),
    createRound: (id: string, token: string, body: CreateRoundBody) =>
      request<RoundDetail>('POST', `${dossierPath(id)}/rounds`, { token, body }),
    round: (id: string, token: string, roundId: string) => request<RoundDetail>('GET', roundPath(id, roundId), { token }),
    updateRound: (id: string, token: string, roundId: string, body: UpdateRoundBody) =>
      request<RoundDetail>('PATCH', roundPath(id, roundId), { token, body }),
    deleteRound: (id: string, token: string, roundId: string) => request<void>('DELETE', roundPath(id, roundId), { token }),
    openRound: (id: string, token: string, roundId: string) =>
      request<RoundDetail>('POST', `${roundPath(id, roundId)}/open`, { token }),
    /** Owner only; a baseline round writes its scores into step 4. */
    closeRound: (id: string, token: string, roundId: string) =>
      request<RoundDetail>('POST', `${roundPath(id, roundId)}/close`, { token }),
    myAnswers: (id: string, token: string, roundId: string) =>
      request<MyAnswers>('GET', `${roundPath(id, roundId)}/answers/me`, { token }),
    /** 409 with `current` (ApiError.body) when `baseRevision` is stale. */
    putMyAnswers: (id: string, token: string, roundId: string, body: PutAnswersBody) =>
      request<MyAnswers>('PUT', `${roundPath(id, roundId)}/answers/me`, { token, body }),
    paperAnswers: (id: string, token: string, roundId: string) =>
      request<{ entries: RoundResponse[] }>('GET', `${roundPath(id, roundId)}/paper`, { token }),
    putPaperAnswers: (id: string, token: string, roundId: string, entryId: string, body: PutPaperBody) =>
      request<RoundResponse>('PUT', `${roundPath(id, roundId)}/paper/${encodeURIComponent(entryId)}`, { token, body }),
    deletePaperAnswers: (id: string, token: string, roundId: string, entryId: string) =>
      request<void>('DELETE', `${roundPath(id, roundId)}/paper/${encodeURIComponent(entryId)}`, { token }),
    roundResults: (id: string, token: string, roundId: string) =>
      request<Results>('GET', `${roundPath(id, roundId)}/results`, { token }),
    trends: (id: string, token: string) => request<Trends>('GET', `${dossierPath(id)}/trends`, { token }),
    /** A new secret student link (shown only now); an earlier one stops working. */
    createStudentSurvey: (id: string, token: string, roundId: string, body: StudentSurveyBody = {}) =>
      request<StudentLink>('POST', `${roundPath(id, roundId)}/students`, { token, body }),
    /** The public survey, with the student token from `/peiling#<token>`. */
    studentSurvey: (studentToken: string) => request<StudentSurvey>('GET', '/api/peiling', { token: studentToken }),
    answerStudentSurvey: (studentToken: string, body: StudentResponseBody) =>
      request<{ ok: true }>('POST', '/api/peiling', { token: studentToken, body }),
    /** "Evaluatieverslag ronde n" of a closed evaluation round, as PDF (409 while the round is open). */
    roundReportPdf: (id: string, token: string, roundId: string) => download(`${roundPath(id, roundId)}/report.pdf`, token),
    // Working data after signing (src/domain/working/api.ts and src/domain/follow-up/api.ts have the shapes).
    /** The plan with each action's progress and history, and the actions proposed since the signed version. */
    actionPlan: (id: string, token: string) => request<ActionPlanView>('GET', `${dossierPath(id)}/actions`, { token }),
    /** 409 with `current` (ApiError.body) when `revision` is stale. */
    putActionProgress: (id: string, token: string, actionId: string, body: ProgressBody) =>
      request<PlanAction>('PUT', `${dossierPath(id)}/actions/${encodeURIComponent(actionId)}/progress`, { token, body }),
    proposeAction: (id: string, token: string, body: CreateProposedBody) =>
      request<PlanAction>('POST', `${dossierPath(id)}/proposed-actions`, { token, body }),
    updateProposedAction: (id: string, token: string, actionId: string, body: UpdateProposedBody) =>
      request<PlanAction>('PUT', `${dossierPath(id)}/proposed-actions/${encodeURIComponent(actionId)}`, { token, body }),
    deleteProposedAction: (id: string, token: string, actionId: string) =>
      request<void>('DELETE', `${dossierPath(id)}/proposed-actions/${encodeURIComponent(actionId)}`, { token }),
    /** What of a closed round can become an action, each with its `sourceKey`. */
    roundActionItems: (id: string, token: string, roundId: string) =>
      request<RoundCandidates>('GET', `${roundPath(id, roundId)}/actions`, { token }),
    /** "In het actieplan zetten": `sources` left out puts every item in; an item already proposed is left alone. */
    putRoundActionsInPlan: (id: string, token: string, roundId: string, body: RoundActionsBody = {}) =>
      request<RoundActionsResponse>('POST', `${roundPath(id, roundId)}/actions`, { token, body }),
    knowledgeActivities: (id: string, token: string) =>
      request<{ activities: KnowledgeActivity[] }>('GET', `${dossierPath(id)}/knowledge-activities`, { token }),
    createKnowledgeActivity: (id: string, token: string, body: KnowledgeActivityBody) =>
      request<KnowledgeActivity>('POST', `${dossierPath(id)}/knowledge-activities`, { token, body }),
    updateKnowledgeActivity: (id: string, token: string, activityId: string, body: UpdateKnowledgeActivityBody) =>
      request<KnowledgeActivity>('PUT', `${dossierPath(id)}/knowledge-activities/${encodeURIComponent(activityId)}`, {
        token,
        body,
      }),
    deleteKnowledgeActivity: (id: string, token: string, activityId: string) =>
      request<void>('DELETE', `${dossierPath(id)}/knowledge-activities/${encodeURIComponent(activityId)}`, { token }),
    /** Owner only: whether a calendar feed URL works now. */
    calendarFeed: (id: string, token: string) => request<CalendarFeed>('GET', `${dossierPath(id)}/calendar-feed`, { token }),
    /** Owner only: a new secret feed URL (its token shown only now); an earlier one stops working. */
    createCalendarFeed: (id: string, token: string) =>
      request<CalendarFeedCreated>('POST', `${dossierPath(id)}/calendar-feed`, { token }),
    revokeCalendarFeed: (id: string, token: string) => request<void>('DELETE', `${dossierPath(id)}/calendar-feed`, { token }),
    /** "Toevoegen aan agenda": one key date (its `uid` from the follow-up) as an .ics file. */
    keyDateIcs: (id: string, token: string, uid: string) =>
      download(`${dossierPath(id)}/key-dates/${encodeURIComponent(uid)}`, token),
    /** "Samenwerking volgen": summary, funding timeline and key dates. */
    followUp: (id: string, token: string) => request<FollowUp>('GET', `${dossierPath(id)}/follow-up`, { token }),
    /** "Voorbeeld bekijken": the server makes a signed example partnership in `actief` that expires after 24 hours. */
    createExample: () =>
      request<{ id: string; token: string; link: string; title: string; expiresAt: string }>('POST', '/api/examples'),

    // ---- workspaces (issue 14): one organisation's dossiers together ----
    createWorkspace: (body: CreateWorkspaceBody) => request<LinkCreated>('POST', '/api/workspaces', { body }),
    getWorkspace: (id: string, token: string) => request<Workspace>('GET', workspacePath(id), { token }),
    deleteWorkspace: (id: string, token: string, confirmTitle: string) =>
      request<{ deleted: true }>('DELETE', workspacePath(id), { token, body: { confirmTitle } }),
    workspaceInvites: (id: string, token: string) =>
      request<{ invites: WorkspaceInvite[] }>('GET', `${workspacePath(id)}/invites`, { token }),
    createWorkspaceInvite: (id: string, token: string, body: WorkspaceInviteBody) =>
      request<LinkCreated>('POST', `${workspacePath(id)}/invites`, { token, body }),
    revokeWorkspaceInvite: (id: string, token: string, inviteId: string) =>
      request<{ invite: WorkspaceInvite }>('DELETE', `${workspacePath(id)}/invites/${encodeURIComponent(inviteId)}`, { token }),
    /** A new dossier in the workspace (optionally from `template`); returns the dossier's own owner link. */
    createWorkspaceDossier: (id: string, token: string, body: CreateWorkspaceDossierBody) =>
      request<LinkCreated>('POST', `${workspacePath(id)}/dossiers`, { token, body }),
    attachDossier: (id: string, token: string, body: AttachDossierBody) =>
      request<{ id: string; title: string }>('POST', `${workspacePath(id)}/attach`, { token, body }),
    detachDossier: (id: string, token: string, dossierId: string) =>
      request<void>('DELETE', `${workspacePath(id)}/dossiers/${encodeURIComponent(dossierId)}`, { token }),
    portfolio: (id: string, token: string) => request<Portfolio>('GET', `${workspacePath(id)}/portfolio`, { token }),
    portfolioCsv: (id: string, token: string) => download(`${workspacePath(id)}/portfolio.csv`, token),
    resultsOverview: (id: string, token: string) => request<ResultsOverview>('GET', `${workspacePath(id)}/results`, { token }),
    workspaceExport: (id: string, token: string) => download(`${workspacePath(id)}/export.zip`, token),
  };
}

export type Api = ReturnType<typeof createApi>;
