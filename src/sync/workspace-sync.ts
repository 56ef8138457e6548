import type {
  AttachDossierBody,
  CreateWorkspaceDossierBody,
  LinkCreated,
  Portfolio,
  ResultsOverview,
  Workspace,
  WorkspaceInvite,
  WorkspaceInviteBody,
} from '#src/domain/workspace/api';
import { api } from './client';

/**
 * A workspace link kept in this browser, so moving between pages (whose URLs carry no fragment) keeps
 * working. Only the link opened last per workspace is kept.
 */
const KEY = 'samenwerkwijzer:werkruimtes';

function readAll(): Record<string, { token: string; title: string }> {
  try {
    const value = JSON.parse(localStorage.getItem(KEY) ?? '{}') as unknown;
    return value && typeof value === 'object' && !Array.isArray(value)
      ? (value as Record<string, { token: string; title: string }>)
      : {};
  } catch {
    return {};
  }
}

export const workspaceTokenFor = (id: string): string | undefined => readAll()[id]?.token;

export function rememberWorkspace(id: string, token: string, title: string) {
  localStorage.setItem(KEY, JSON.stringify({ ...readAll(), [id]: { token, title } }));
}

export const absoluteWorkspaceLink = (id: string, token: string) => `${window.location.origin}/w/${id}#${token}`;

/**
 * The workspace page's one door to the server: bound to one workspace and its link, every call the
 * page makes goes through here (the HTTP client stays out of the page).
 */
export class WorkspaceSync {
  constructor(
    readonly id: string,
    readonly token: string,
  ) {}

  load = (): Promise<Workspace> => api.getWorkspace(this.id, this.token);
  portfolio = (): Promise<Portfolio> => api.portfolio(this.id, this.token);
  portfolioCsv = (): Promise<Blob> => api.portfolioCsv(this.id, this.token);
  results = (): Promise<ResultsOverview> => api.resultsOverview(this.id, this.token);
  createDossier = (body: CreateWorkspaceDossierBody): Promise<LinkCreated> =>
    api.createWorkspaceDossier(this.id, this.token, body);
  attach = (body: AttachDossierBody) => api.attachDossier(this.id, this.token, body);
  detach = (dossierId: string) => api.detachDossier(this.id, this.token, dossierId);
  invites = (): Promise<{ invites: WorkspaceInvite[] }> => api.workspaceInvites(this.id, this.token);
  invite = (body: WorkspaceInviteBody): Promise<LinkCreated> => api.createWorkspaceInvite(this.id, this.token, body);
  revoke = (inviteId: string) => api.revokeWorkspaceInvite(this.id, this.token, inviteId);
  /** A dossier of the workspace, opened with the workspace's own link (it acts as owner or reader there). */
  dossierPath = (dossierId: string) => `/d/${dossierId}#${this.token}`;
}

/** Creating a workspace happens before there is one to bind to. */
export const createWorkspace = api.createWorkspace;
