/**
 * The agreement lifecycle (versions, signatures, withdrawal, lifecycle events) and the AVG routes
 * (export, erase, import, examples) in the OpenAPI document; see agreement-routes.ts and avg-routes.ts.
 */
import { EXAMPLE_LIFETIME_MS, IMPORT_MAX_BYTES } from './avg-routes';
import { ref, json, error } from '#src/server/openapi-parts';

interface Shared {
  dossierAuth: unknown[];
  idParam: Record<string, unknown>;
  common: Record<string, unknown>;
  bodyErrors: Record<string, unknown>;
}

const versionParam = { name: 'n', in: 'path', required: true, schema: { type: 'integer', minimum: 1 } };
const readOnly = { 403: error('Een `lezen`-link mag niet schrijven.') };
const ownerOnly = { 403: error('Alleen de eigenaarslink (wie het dossier aanmaakte) mag dit.') };
const created = {
  type: 'object',
  properties: { id: { type: 'string' }, token: { type: 'string' }, link: { type: 'string' } },
  required: ['id', 'token', 'link'],
};

export function agreementPaths({ dossierAuth, idParam, common, bodyErrors }: Shared) {
  return {
    '/api/dossiers/{id}/versions': {
      post: {
        operationId: 'freezeVersion',
        summary:
          'Leg de tekst vast als nieuwe versie ter ondertekening (alle verplichte stappen compleet, akkoord van elke partner; de eigenaar kan met een reden zonder akkoord vastleggen).',
        security: dossierAuth,
        parameters: [idParam],
        requestBody: { required: false, content: json(ref('FreezeBody')) },
        responses: {
          201: {
            description: 'Vastgelegd',
            content: json({
              type: 'object',
              properties: {
                version: { type: 'integer' },
                hash: { type: 'string' },
                overrideReason: { type: ['string', 'null'] },
              },
            }),
          },
          409: error(
            'Niet compleet, niet iedereen akkoord, of er ligt al een versie ter ondertekening; `missing` en `missingApprovals` zeggen wat.',
          ),
          ...bodyErrors,
          ...readOnly,
          ...common,
        },
      },
    },
    '/api/dossiers/{id}/versions/{n}': {
      get: {
        operationId: 'getVersion',
        summary: 'Een versie: status, handtekeningen (ook vervallen: wie, wanneer, waarom) en de vastgelegde inhoud.',
        security: dossierAuth,
        parameters: [idParam, versionParam],
        responses: {
          200: {
            description: 'OK',
            content: json({ allOf: [ref('Version'), { type: 'object', properties: { content: { type: 'object' } } }] }),
          },
          ...common,
        },
      },
      delete: {
        operationId: 'withdrawVersion',
        summary:
          'Trek de versie in die ter ondertekening ligt (de eigenaar of een tekenbevoegde link, met een reden). Gezette handtekeningen vervallen; de partners zien wie, wanneer en waarom.',
        security: dossierAuth,
        parameters: [idParam, versionParam],
        requestBody: { required: true, content: json(ref('WithdrawBody')) },
        responses: {
          200: { description: 'Ingetrokken', content: json({ type: 'object', properties: { state: ref('LifecycleState') } }) },
          409: error('Deze versie ligt niet (meer) ter ondertekening.'),
          ...bodyErrors,
          403: error('Alleen de eigenaar of een tekenbevoegde link trekt een versie in.'),
          ...common,
        },
      },
    },
    '/api/dossiers/{id}/versions/{n}/signatures': {
      post: {
        operationId: 'signVersion',
        summary: 'Teken de versie namens de eigen organisatie (alleen een tekenbevoegde link van die organisatie).',
        security: dossierAuth,
        parameters: [idParam, versionParam],
        requestBody: { required: true, content: json(ref('SignatureBody')) },
        responses: {
          201: {
            description: 'Getekend; `state` is `getekend` zodra alle partners tekenden.',
            content: json({ type: 'object', properties: { signature: ref('Signature'), state: ref('LifecycleState') } }),
          },
          409: error('De versie ligt niet ter ondertekening, of deze organisatie tekende al.'),
          ...bodyErrors,
          403: error('Geen tekenbevoegde link, of een andere organisatie.'),
          ...common,
        },
      },
    },
    '/api/dossiers/{id}/lifecycle': {
      post: {
        operationId: 'lifecycleEvent',
        summary: 'Na ondertekening: ACTIVATE (de overeenkomst is van kracht) of AMEND (begin een wijziging).',
        security: dossierAuth,
        parameters: [idParam],
        requestBody: { required: true, content: json(ref('LifecycleBody')) },
        responses: {
          200: {
            description: 'De nieuwe stand',
            content: json({ type: 'object', properties: { state: ref('LifecycleState') } }),
          },
          409: error('Deze stap in de levenscyclus is nu niet mogelijk.'),
          ...bodyErrors,
          ...readOnly,
          ...common,
        },
      },
    },
  };
}

export function avgPaths({ dossierAuth, idParam, common }: Shared) {
  return {
    '/api/dossiers/{id}/export.zip': {
      get: {
        operationId: 'exportDossier',
        summary:
          'Het hele dossier als ZIP (AVG): dossier.json (alle gegevens, met schemaVersion), logboek.csv, de verzegelde pdf van elke getekende versie.',
        security: dossierAuth,
        parameters: [idParam],
        responses: {
          200: { description: 'ZIP', content: { 'application/zip': { schema: { type: 'string', format: 'binary' } } } },
          ...ownerOnly,
          ...common,
        },
      },
    },
    '/api/import': {
      post: {
        operationId: 'importDossier',
        summary: 'Lees een export (ZIP) in als nieuw dossier, met een nieuwe link; oude uitnodigingslinks werken hier niet.',
        security: [],
        requestBody: {
          required: true,
          content: { 'application/zip': { schema: { type: 'string', format: 'binary', maxLength: IMPORT_MAX_BYTES } } },
        },
        responses: {
          201: { description: 'Ingelezen', content: json(created) },
          400: error('Geen export, een andere schemaversie, een nieuwere server, of een gewijzigde verzegelde pdf.'),
          409: error('Dit dossier is hier al ingelezen.'),
          413: error(`Groter dan ${IMPORT_MAX_BYTES / 1024 / 1024} MB.`),
          415: error('Content-Type is geen application/zip.'),
        },
      },
    },
    '/api/examples': {
      post: {
        operationId: 'createExample',
        summary: `Een compleet voorbeelddossier ("Voorbeeld bekijken"); het wordt na ${EXAMPLE_LIFETIME_MS / 3_600_000} uur verwijderd.`,
        security: [],
        responses: {
          201: {
            description: 'Aangemaakt',
            content: json({
              ...created,
              properties: {
                ...created.properties,
                title: { type: 'string' },
                expiresAt: { type: 'string', format: 'date-time' },
              },
            }),
          },
        },
      },
    },
  };
}

/** DELETE /api/dossiers/{id}: sits next to GET on the same path. */
export function deleteDossierOperation({ dossierAuth, idParam, common, bodyErrors }: Shared) {
  return {
    operationId: 'deleteDossier',
    summary:
      'Verwijder het dossier (AVG) na het overtypen van de titel: alle gegevens gaan weg, links werken niet meer, live-verbindingen sluiten. Daarna antwoordt het id met 410.',
    security: dossierAuth,
    parameters: [idParam],
    requestBody: { required: true, content: json(ref('DeleteDossierBody')) },
    responses: {
      200: {
        description: 'Verwijderd',
        content: json({ type: 'object', properties: { deleted: { const: true }, reason: { type: 'string' } } }),
      },
      ...bodyErrors,
      ...ownerOnly,
      ...common,
      410: error('Dit dossier is al verwijderd.'),
    },
  };
}
