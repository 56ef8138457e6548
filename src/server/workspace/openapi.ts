/** The workspace routes in the OpenAPI document. */
import type { z } from 'zod';
import {
  attachDossierBody,
  createWorkspaceBody,
  createWorkspaceDossierBody,
  deleteWorkspaceBody,
  linkCreatedSchema,
  portfolioSchema,
  resultsOverviewSchema,
  workspaceFeedCreatedSchema,
  workspaceFeedSchema,
  workspaceInviteBody,
  workspaceInviteSchema,
  workspaceSchema,
} from '#src/domain/workspace/api';
import { ref, json, error, okJson } from '#src/server/openapi-parts';

export const WORKSPACE_SCHEMAS: Record<string, { schema: z.ZodType; io: 'input' | 'output' }> = {
  CreateWorkspaceBody: { schema: createWorkspaceBody, io: 'input' },
  WorkspaceInviteBody: { schema: workspaceInviteBody, io: 'input' },
  CreateWorkspaceDossierBody: { schema: createWorkspaceDossierBody, io: 'input' },
  AttachDossierBody: { schema: attachDossierBody, io: 'input' },
  DeleteWorkspaceBody: { schema: deleteWorkspaceBody, io: 'input' },
  LinkCreated: { schema: linkCreatedSchema, io: 'output' },
  Workspace: { schema: workspaceSchema, io: 'output' },
  WorkspaceInvite: { schema: workspaceInviteSchema, io: 'output' },
  Portfolio: { schema: portfolioSchema, io: 'output' },
  ResultsOverview: { schema: resultsOverviewSchema, io: 'output' },
  WorkspaceFeed: { schema: workspaceFeedSchema, io: 'output' },
  WorkspaceFeedCreated: { schema: workspaceFeedCreatedSchema, io: 'output' },
};

export function workspacePaths({ bodyErrors }: { bodyErrors: Record<string, unknown> }) {
  const auth = [{ workspaceToken: [] }];
  const idParam = { name: 'id', in: 'path', required: true, schema: { type: 'string' } };
  const common = {
    401: error('Geen of een ongeldige Authorization-header.'),
    404: error('Werkruimte onbekend, token klopt niet of is ingetrokken (bewust niet te onderscheiden).'),
    410: error('De werkruimte is verwijderd door de eigenaar; alleen wanneer en waarom zijn bewaard.'),
    429: error('Te veel mislukte tokencontroles vanaf dit adres; `Retry-After` zegt na hoeveel seconden het weer kan.'),
  };
  const readOnly = { 403: error('Een `lezen`-link mag dit niet.') };
  const ownerOnly = { 403: error('Alleen de eigenaarslink van de werkruimte mag dit.') };
  const guarded = (
    operationId: string,
    summary: string,
    responses: Record<string, unknown>,
    extra: Record<string, unknown> = {},
  ) => ({
    operationId,
    summary,
    security: auth,
    parameters: [idParam, ...((extra.parameters as unknown[]) ?? [])],
    ...Object.fromEntries(Object.entries(extra).filter(([k]) => k !== 'parameters')),
    responses: { ...responses, ...common },
  });
  const body = (name: string) => ({ requestBody: { required: true, content: json(ref(name)) } });
  const pathParam = (name: string) => ({ name, in: 'path', required: true, schema: { type: 'string' } });

  return {
    '/api/workspaces': {
      post: {
        operationId: 'createWorkspace',
        summary: 'Een werkruimte aanmaken (gemeente, jongerenwerkorganisatie of schoolbestuur); geeft de geheime eigenaarslink.',
        security: [],
        ...body('CreateWorkspaceBody'),
        responses: { 201: okJson('Aangemaakt', 'LinkCreated'), ...bodyErrors },
      },
    },
    '/api/workspaces/{id}': {
      get: guarded('getWorkspace', 'De werkruimte, wie de link is, en welke dossiers erin staan.', {
        200: okJson('OK', 'Workspace'),
      }),
      delete: guarded(
        'deleteWorkspace',
        'De werkruimte wissen (AVG): werkruimte, links en logboek. De dossiers blijven bestaan met hun eigen links.',
        { 200: { description: 'Gewist' }, ...bodyErrors, ...ownerOnly },
        body('DeleteWorkspaceBody'),
      ),
    },
    '/api/workspaces/{id}/invites': {
      get: guarded('listWorkspaceInvites', 'De uitnodigingslinks van de werkruimte (zonder tokens).', {
        200: {
          description: 'OK',
          content: json({ type: 'object', properties: { invites: { type: 'array', items: ref('WorkspaceInvite') } } }),
        },
        ...ownerOnly,
      }),
      post: guarded(
        'createWorkspaceInvite',
        'Een collega uitnodigen: `beheren` (dossiers maken, toevoegen, loskoppelen; eigenaar van de dossiers) of `lezen`.',
        { 201: okJson('Aangemaakt', 'LinkCreated'), ...bodyErrors, ...ownerOnly },
        body('WorkspaceInviteBody'),
      ),
    },
    '/api/workspaces/{id}/invites/{inviteId}': {
      delete: guarded(
        'revokeWorkspaceInvite',
        'Een uitnodigingslink intrekken: hij werkt meteen niet meer, ook niet op de dossiers.',
        { 200: { description: 'Ingetrokken' }, ...ownerOnly },
        { parameters: [pathParam('inviteId')] },
      ),
    },
    '/api/workspaces/{id}/dossiers': {
      post: guarded(
        'createWorkspaceDossier',
        'Een nieuw dossier in de werkruimte, met een eigen eigenaarslink; met `template` gevuld vanuit een ander dossier van de werkruimte (stap 1, aanspreekpunten, visie, signalen; niets getekends of goedgekeurds).',
        { 201: okJson('Aangemaakt', 'LinkCreated'), ...bodyErrors, ...readOnly },
        body('CreateWorkspaceDossierBody'),
      ),
    },
    '/api/workspaces/{id}/dossiers/{dossierId}': {
      delete: guarded(
        'detachWorkspaceDossier',
        'Een dossier loskoppelen; het werkt verder met zijn eigen links.',
        { 204: { description: 'Losgekoppeld' }, ...readOnly },
        { parameters: [pathParam('dossierId')] },
      ),
    },
    '/api/workspaces/{id}/attach': {
      post: guarded(
        'attachWorkspaceDossier',
        'Een bestaand dossier toevoegen met zijn eigenaarslink (bewijs van eigenaarschap).',
        { 201: { description: 'Toegevoegd' }, ...bodyErrors, ...readOnly, 409: error('Het dossier staat al in de werkruimte.') },
        body('AttachDossierBody'),
      ),
    },
    '/api/workspaces/{id}/portfolio': {
      get: guarded('getPortfolio', 'Eén rij per dossier: fase, stappen, wie aan zet is, evaluatie, acties, financiering.', {
        200: okJson('OK', 'Portfolio'),
      }),
    },
    '/api/workspaces/{id}/portfolio.csv': {
      get: guarded('getPortfolioCsv', 'Het portfolio als CSV voor Excel (UTF-8 met BOM, ; gescheiden, Nederlandse getallen).', {
        200: { description: 'CSV', content: { 'text/csv': { schema: { type: 'string' } } } },
      }),
    },
    '/api/workspaces/{id}/results': {
      get: guarded('getResultsOverview', 'De laatste gesloten evaluatieronde van elk dossier naast elkaar, per maat.', {
        200: okJson('OK', 'ResultsOverview'),
      }),
    },
    '/api/workspaces/{id}/calendar-feed': {
      get: guarded('getWorkspaceFeed', 'Of de agenda-link van de werkruimte actief is.', {
        200: okJson('OK', 'WorkspaceFeed'),
        ...ownerOnly,
      }),
      post: guarded(
        'createWorkspaceFeed',
        'Een (nieuwe) geheime agenda-link met de datums van alle dossiers; een oude werkt niet meer.',
        {
          201: okJson('Aangemaakt', 'WorkspaceFeedCreated'),
          ...ownerOnly,
        },
      ),
      delete: guarded('revokeWorkspaceFeed', 'De agenda-link intrekken.', { 204: { description: 'Ingetrokken' }, ...ownerOnly }),
    },
    '/api/workspaces/{id}/export.zip': {
      get: guarded('exportWorkspace', 'De werkruimte als ZIP (AVG): gegevens zonder tokens en het logboek.', {
        200: { description: 'ZIP', content: { 'application/zip': { schema: { type: 'string', format: 'binary' } } } },
        ...ownerOnly,
      }),
    },
    '/api/werkruimte-agenda/{file}': {
      get: {
        operationId: 'workspaceCalendarFeed',
        summary: 'De agenda van de werkruimte (iCalendar): rondes, einddatums en financieringsdatums van alle dossiers.',
        security: [],
        parameters: [pathParam('file')],
        responses: {
          200: { description: 'iCalendar', content: { 'text/calendar': { schema: { type: 'string' } } } },
          404: error('Onbekende of ingetrokken agenda-link.'),
        },
      },
    },
  };
}
