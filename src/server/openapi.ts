import { historyResponseSchema } from '#src/domain/history';
import { z } from '#src/domain/zod-nl';
import {
  conflictResponse,
  createDossierBody,
  createDossierResponse,
  dossierSchema,
  errorResponse,
  putStepBody,
  putStepResponse,
} from '#src/domain/dossier';
import { approvalBody, approvalSchema, createInviteBody, createInviteResponse, inviteSchema } from '#src/domain/access';
import type { StepDefinition } from '#src/domain/step';
import { pdfPaths } from './pdf-openapi';
import { ROUND_SCHEMAS, roundPaths } from './rounds/openapi';
import { WORKING_SCHEMAS, workingPaths } from './working/openapi';
import { WORKSPACE_SCHEMAS, workspacePaths } from './workspace/openapi';
import { agreementPaths, avgPaths, deleteDossierOperation } from './agreement-openapi';
import { deleteDossierBody } from './avg-routes';
import {
  lifecycleBody,
  lifecycleState,
  signatureBody,
  signatureSchema,
  versionSchema,
  withdrawBody,
} from '#src/domain/agreement/api';
import { freezeBody } from '#src/domain/access';
import { ref, json, error } from '#src/server/openapi-parts';

/** JSON Schema (2020-12, what OpenAPI 3.1 uses) of the request side of a zod schema. */
function schemaOf(schema: z.ZodType, io: 'input' | 'output' = 'input'): Record<string, unknown> {
  const { $schema: _ignored, ...rest } = z.toJSONSchema(schema, { io, unrepresentable: 'any' }) as Record<string, unknown>;
  return rest;
}

/** Generated from the same zod schemas the server validates with, so it cannot drift. */
export function buildOpenApi(steps: readonly StepDefinition[]) {
  const stepSchemas: Record<string, unknown> = {};
  for (const step of steps) {
    stepSchemas[`StepDraft_${step.id}`] = {
      ...schemaOf(step.draftSchema),
      description: `Stap ${step.number} (${step.copy.title}): wat een tussentijdse opslag accepteert.`,
    };
    stepSchemas[`StepComplete_${step.id}`] = {
      ...schemaOf(step.schema),
      description: `Stap ${step.number} (${step.copy.title}): wat nodig is om de stap af te ronden (complete: true).`,
    };
  }
  const dossierAuth = [{ dossierToken: [] }];
  const idParam = { name: 'id', in: 'path', required: true, schema: { type: 'string' } };
  const common = {
    401: error('Geen of een ongeldige Authorization-header.'),
    404: error('Dossier onbekend, token klopt niet of is ingetrokken (bewust niet te onderscheiden).'),
    410: error('Het dossier is verwijderd (door de eigenaar, of een verlopen voorbeeld); alleen wanneer en waarom zijn bewaard.'),
    429: error('Te veel mislukte tokencontroles vanaf dit adres; `Retry-After` zegt na hoeveel seconden het weer kan.'),
  };
  const forbidden = (why: string) => ({ 403: error(why) });
  const readOnly = forbidden('Een `lezen`-link mag niet schrijven.');
  const ownerOnly = forbidden('Alleen de eigenaarslink (wie het dossier aanmaakte) beheert de toegang.');
  const stepParam = { name: 'stepId', in: 'path', required: true, schema: { enum: steps.map((s) => s.id) } };
  const approvals = {
    200: {
      description: 'De akkoorden op de huidige revisie van de stap',
      content: json({
        type: 'object',
        properties: { revision: { type: 'integer' }, approvals: { type: 'array', items: ref('Approval') } },
      }),
    },
    409: error(
      'De tekst ligt vast, de organisatie van de link staat niet in stap 1, of (bij `revision`) de stap is intussen gewijzigd.',
    ),
  };
  const bodyErrors = {
    400: error('Ongeldige JSON of gegevens; `issues` noemt per veld wat er niet klopt.'),
    413: error('Body groter dan 1 MB.'),
    415: error('Content-Type is geen JSON.'),
  };

  const shared = { dossierAuth, idParam, common, bodyErrors };
  // `data` follows the step's draft schema (and, with complete: true, its complete schema).
  const stepData = { anyOf: steps.flatMap((st) => [ref(`StepDraft_${st.id}`), ref(`StepComplete_${st.id}`)]) };

  return {
    openapi: '3.1.0',
    info: {
      title: 'Samenwerkwijzer API',
      version: '1',
      license: { name: 'EUPL-1.2', identifier: 'EUPL-1.2' },
      description:
        'Dossiers voor de samenwerking tussen jongerenwerk, school en gemeente. Toegang per dossier met het geheime token uit de dossierlink (`/d/<id>#<token>`) als Bearer-token.',
    },
    servers: [{ url: '/' }],
    paths: {
      '/api/health': {
        get: {
          operationId: 'health',
          summary: 'Werkt de server en welke database gebruikt hij?',
          security: [],
          responses: {
            200: {
              description: 'OK',
              content: json({
                type: 'object',
                properties: { status: { const: 'ok' }, database: { enum: ['pglite', 'postgres'] } },
                required: ['status', 'database'],
              }),
            },
          },
        },
      },
      '/api/openapi.json': {
        get: {
          operationId: 'openapi',
          summary: 'Dit document.',
          security: [],
          responses: { 200: { description: 'OpenAPI 3.1' } },
        },
      },
      '/api/dossiers': {
        post: {
          operationId: 'createDossier',
          summary: 'Nieuw dossier; het antwoord bevat het geheime token (alleen nu).',
          security: [],
          requestBody: { required: true, content: json(ref('CreateDossierBody')) },
          responses: { 201: { description: 'Aangemaakt', content: json(ref('CreateDossierResponse')) }, ...bodyErrors },
        },
      },
      '/api/dossiers/{id}': {
        get: {
          operationId: 'getDossier',
          summary: 'Het dossier met alle stappen.',
          security: dossierAuth,
          parameters: [idParam],
          responses: { 200: { description: 'OK', content: json(ref('Dossier')) }, ...common },
        },
        delete: deleteDossierOperation(shared),
      },
      '/api/dossiers/{id}/steps/{stepId}': {
        put: {
          operationId: 'putStep',
          summary: 'Een stap opslaan (of afronden met complete: true).',
          description:
            '`data` volgt `StepDraft_<stepId>`; met `complete: true` ook `StepComplete_<stepId>`. Is `baseRevision` verouderd, dan voegt de server per veld samen; raken beide kanten hetzelfde veld verschillend, dan 409 met de huidige stand.',
          security: dossierAuth,
          parameters: [idParam, stepParam],
          requestBody: {
            required: true,
            content: json({ allOf: [ref('PutStepBody'), { type: 'object', properties: { data: stepData } }] }),
          },
          responses: {
            200: { description: 'Opgeslagen', content: json(ref('PutStepResponse')) },
            409: { description: 'Conflict met een andere wijziging', content: json(ref('Conflict')) },
            ...bodyErrors,
            ...readOnly,
            ...common,
          },
        },
      },
      '/api/dossiers/{id}/steps/{stepId}/approval': {
        put: {
          operationId: 'approveStep',
          summary: 'Akkoord op de huidige revisie van de stap, voor de organisatie van de link (de eigenaar: de gemeente).',
          description:
            'Een akkoord telt alleen zolang de stap niet meer is gewijzigd. Met `revision` weigert de server (409) als de stap intussen een andere revisie heeft.',
          security: dossierAuth,
          parameters: [idParam, stepParam],
          requestBody: { required: false, content: json(ref('ApprovalBody')) },
          responses: { ...approvals, ...bodyErrors, ...readOnly, ...common },
        },
        delete: {
          operationId: 'unapproveStep',
          summary: 'Akkoord van de eigen organisatie intrekken.',
          security: dossierAuth,
          parameters: [idParam, stepParam],
          responses: { ...approvals, ...readOnly, ...common },
        },
      },
      '/api/dossiers/{id}/invites': {
        get: {
          operationId: 'listInvites',
          summary: 'Alle uitnodigingslinks, ook ingetrokken, zonder tokens.',
          security: dossierAuth,
          parameters: [idParam],
          responses: {
            200: {
              description: 'OK',
              content: json({ type: 'object', properties: { invites: { type: 'array', items: ref('Invite') } } }),
            },
            ...ownerOnly,
            ...common,
          },
        },
        post: {
          operationId: 'createInvite',
          summary: 'Nieuwe link voor een partner uit stap 1; het antwoord bevat het token (alleen nu).',
          security: dossierAuth,
          parameters: [idParam],
          requestBody: { required: true, content: json(ref('CreateInviteBody')) },
          responses: {
            201: { description: 'Aangemaakt', content: json(ref('CreateInviteResponse')) },
            ...bodyErrors,
            ...ownerOnly,
            ...common,
            429: error('Te veel nieuwe links voor dit dossier in korte tijd, of te veel mislukte tokencontroles.'),
          },
        },
      },
      '/api/dossiers/{id}/invites/{inviteId}': {
        delete: {
          operationId: 'revokeInvite',
          summary: 'Link intrekken: vanaf nu geweigerd, open live-verbindingen worden gesloten.',
          security: dossierAuth,
          parameters: [idParam, { name: 'inviteId', in: 'path', required: true, schema: { type: 'string' } }],
          responses: {
            200: { description: 'Ingetrokken', content: json({ type: 'object', properties: { invite: ref('Invite') } }) },
            ...ownerOnly,
            ...common,
          },
        },
      },
      '/api/dossiers/{id}/events': {
        get: {
          operationId: 'liveEvents',
          summary:
            'Live updates als server-sent events (lees met fetch: EventSource kan de Bearer-header niet sturen). Events: step (stepId, revision, status, actor), approvals (stepId, actor), lifecycle (actor), rounds (roundId, change, actor), work (area: actions, knowledge of calendar; actor), presence (viewers), ready en resync; step, approvals, lifecycle, rounds en work hebben een id. Stuur na een onderbreking Last-Event-ID om het gemiste te krijgen; resync betekent: laad het dossier opnieuw. Elke 15 s een commentaarregel als hartslag.',
          security: dossierAuth,
          parameters: [
            idParam,
            { name: 'Last-Event-ID', in: 'header', required: false, schema: { type: 'string', maxLength: 64 } },
          ],
          responses: {
            200: {
              description: 'De stroom blijft open tot de client sluit of de link wordt ingetrokken.',
              content: { 'text/event-stream': { schema: { type: 'string' } } },
            },
            ...common,
            429: error('Al 10 live-verbindingen open met deze link.'),
          },
        },
      },
      '/api/dossiers/{id}/presence': {
        put: {
          operationId: 'setPresence',
          summary:
            'Waar deze browser is: op welke stap en in welk veld (verloopt na 30 s zonder herhaling); {} = weg van de stappen.',
          security: dossierAuth,
          parameters: [idParam],
          requestBody: {
            required: true,
            content: json({
              type: 'object',
              additionalProperties: false,
              properties: { stepId: { type: 'string' }, field: { type: 'string', maxLength: 200, pattern: '^[\\w.-]*$' } },
            }),
          },
          responses: { 204: { description: 'Doorgegeven' }, ...bodyErrors, ...common },
        },
      },
      '/api/dossiers/{id}/steps/{stepId}/history': {
        get: {
          operationId: 'stepHistory',
          summary:
            'Wie wat wanneer heeft gewijzigd in een stap: de revisies, de nieuwste eerst, elk met de gewijzigde velden (oud → nieuw).',
          description:
            'Hoogstens `limit` revisies (standaard 50, hoogstens 100); `next` is de `before` voor de volgende (oudere) pagina. Lange waarden worden ingekort.',
          security: dossierAuth,
          parameters: [
            idParam,
            stepParam,
            { name: 'limit', in: 'query', required: false, schema: { type: 'integer', minimum: 1, maximum: 100 } },
            { name: 'before', in: 'query', required: false, schema: { type: 'integer', minimum: 1 } },
          ],
          responses: {
            200: { description: 'OK', content: json(ref('History')) },
            400: error('Ongeldige limit of before.'),
            ...common,
          },
        },
      },
      '/api/dossiers/{id}/audit.csv': {
        get: {
          operationId: 'auditCsv',
          summary:
            'Het logboek van het dossier als CSV (UTF-8 met BOM, ; gescheiden): handeling, object, resultaat, wie, wanneer.',
          security: dossierAuth,
          parameters: [idParam],
          responses: {
            200: { description: 'CSV', content: { 'text/csv': { schema: { type: 'string' } } } },
            ...ownerOnly,
            ...common,
          },
        },
      },
      ...pdfPaths({ dossierAuth, idParam, common }),
      ...roundPaths({ dossierAuth, idParam, common }),
      ...workingPaths({ dossierAuth, idParam, common }),
      ...agreementPaths(shared),
      ...avgPaths(shared),
      ...workspacePaths(shared),
    },
    components: {
      securitySchemes: {
        dossierToken: { type: 'http', scheme: 'bearer', description: 'Het token uit het fragment van de dossierlink.' },
        workspaceToken: {
          type: 'http',
          scheme: 'bearer',
          description: 'Het token uit het fragment van de werkruimtelink (/w/<id>#<token>).',
        },
        studentToken: {
          type: 'http',
          scheme: 'bearer',
          description: 'Het token uit het fragment van de leerlingenlink (/peiling#<token>).',
        },
      },
      schemas: {
        CreateDossierBody: schemaOf(createDossierBody),
        CreateDossierResponse: schemaOf(createDossierResponse, 'output'),
        Dossier: schemaOf(dossierSchema, 'output'),
        PutStepBody: schemaOf(putStepBody),
        PutStepResponse: schemaOf(putStepResponse, 'output'),
        Conflict: schemaOf(conflictResponse, 'output'),
        CreateInviteBody: schemaOf(createInviteBody),
        CreateInviteResponse: schemaOf(createInviteResponse, 'output'),
        Invite: schemaOf(inviteSchema, 'output'),
        Approval: schemaOf(approvalSchema, 'output'),
        History: schemaOf(historyResponseSchema, 'output'),
        ApprovalBody: schemaOf(approvalBody),
        Error: schemaOf(errorResponse, 'output'),
        FreezeBody: schemaOf(freezeBody),
        WithdrawBody: schemaOf(withdrawBody),
        SignatureBody: schemaOf(signatureBody),
        LifecycleBody: schemaOf(lifecycleBody),
        DeleteDossierBody: schemaOf(deleteDossierBody),
        Version: schemaOf(versionSchema, 'output'),
        Signature: schemaOf(signatureSchema, 'output'),
        LifecycleState: schemaOf(lifecycleState, 'output'),
        ...stepSchemas,
        ...Object.fromEntries(Object.entries(ROUND_SCHEMAS).map(([name, { schema, io }]) => [name, schemaOf(schema, io)])),
        ...Object.fromEntries(Object.entries(WORKSPACE_SCHEMAS).map(([name, { schema, io }]) => [name, schemaOf(schema, io)])),
        ...Object.fromEntries(Object.entries(WORKING_SCHEMAS).map(([name, { schema, io }]) => [name, schemaOf(schema, io)])),
      },
    },
  };
}
