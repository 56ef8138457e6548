/** The working-data routes (action progress, proposals, knowledge activities, calendar, follow-up) in the OpenAPI document. */
import type { z } from 'zod';
import { followUpSchema } from '#src/domain/follow-up/api';
import {
  actionPlanSchema,
  calendarFeedCreatedSchema,
  calendarFeedSchema,
  createProposedBody,
  knowledgeActivityBody,
  knowledgeActivitySchema,
  knowledgeListSchema,
  planActionSchema,
  progressBody,
  roundActionsBody,
  roundActionsResponse,
  roundCandidatesSchema,
  updateKnowledgeActivityBody,
  updateProposedBody,
  workConflictSchema,
} from '#src/domain/working/api';
import { ref, json, error, okJson } from '#src/server/openapi-parts';

/** The zod schemas behind the components below, with the side of them the document shows. */
export const WORKING_SCHEMAS: Record<string, { schema: z.ZodType; io: 'input' | 'output' }> = {
  ProgressBody: { schema: progressBody, io: 'input' },
  CreateProposedBody: { schema: createProposedBody, io: 'input' },
  UpdateProposedBody: { schema: updateProposedBody, io: 'input' },
  RoundActionsBody: { schema: roundActionsBody, io: 'input' },
  KnowledgeActivityBody: { schema: knowledgeActivityBody, io: 'input' },
  UpdateKnowledgeActivityBody: { schema: updateKnowledgeActivityBody, io: 'input' },
  ActionPlan: { schema: actionPlanSchema, io: 'output' },
  PlanAction: { schema: planActionSchema, io: 'output' },
  RoundCandidates: { schema: roundCandidatesSchema, io: 'output' },
  RoundActionsResponse: { schema: roundActionsResponse, io: 'output' },
  KnowledgeActivity: { schema: knowledgeActivitySchema, io: 'output' },
  KnowledgeList: { schema: knowledgeListSchema, io: 'output' },
  CalendarFeed: { schema: calendarFeedSchema, io: 'output' },
  CalendarFeedCreated: { schema: calendarFeedCreatedSchema, io: 'output' },
  FollowUp: { schema: followUpSchema, io: 'output' },
  WorkConflict: { schema: workConflictSchema, io: 'output' },
};

export function workingPaths({
  dossierAuth,
  idParam,
  common,
}: {
  dossierAuth: unknown[];
  idParam: Record<string, unknown>;
  common: Record<string, unknown>;
}) {
  const rowParam = (name: string) => ({ name, in: 'path', required: true, schema: { type: 'string', maxLength: 64 } });
  const roundParam = { name: 'roundId', in: 'path', required: true, schema: { type: 'string', pattern: '^[A-Za-z0-9_-]{16}$' } };
  const bodyErrors = {
    400: error('Ongeldige JSON of gegevens; `issues` noemt per veld wat er niet klopt.'),
    413: error('Body groter dan 1 MB.'),
    415: error('Content-Type is geen JSON.'),
  };
  const readOnly = { 403: error('Een `lezen`-link mag dit niet.') };
  const ownerOnly = { 403: error('Alleen de eigenaarslink (wie het dossier aanmaakte) beheert de agenda-link.') };
  const rule =
    'Werkgegevens kunnen zolang er een getekende versie geldt: getekend, actief, en tijdens een wijziging (de vorige versie geldt dan nog). Anders 409.';
  const conflict = (why: string) => ({ 409: { description: why, content: json(ref('WorkConflict')) } });
  const calendar = (description: string) => ({
    description,
    content: { 'text/calendar': { schema: { type: 'string' } } },
    headers: { 'Cache-Control': { schema: { type: 'string', const: 'no-cache' } } },
  });

  return {
    '/api/dossiers/{id}/actions': {
      get: {
        operationId: 'getActionPlan',
        summary:
          'Het actieplan met voortgang: de rijen van het plan (de getekende versie die geldt, of het concept zolang er niets getekend is) en de acties die sindsdien zijn voorgesteld, elk met de huidige voortgang en de geschiedenis ervan.',
        security: dossierAuth,
        parameters: [idParam],
        responses: { 200: okJson('OK', 'ActionPlan'), ...common },
      },
    },
    '/api/dossiers/{id}/actions/{actionId}/progress': {
      put: {
        operationId: 'putActionProgress',
        summary:
          'De voortgang van één actie vastleggen (status, notitie, datum gereed) zonder de getekende tekst te wijzigen; elke wijziging komt in de geschiedenis, met de ronde die toen open was.',
        description: `\`revision\` is de voortgangsrevisie die de client kent (0: nog niets); verouderd → 409 met \`current\`. ${rule}`,
        security: dossierAuth,
        parameters: [idParam, rowParam('actionId')],
        requestBody: { required: true, content: json(ref('ProgressBody')) },
        responses: {
          200: okJson('Vastgelegd', 'PlanAction'),
          ...bodyErrors,
          ...readOnly,
          ...common,
          404: error('Dossier onbekend of token klopt niet, of deze actie staat niet in het plan en is niet voorgesteld.'),
          ...conflict('Verouderde revisie (met `current`), of werkgegevens kunnen nu niet.'),
        },
      },
    },
    '/api/dossiers/{id}/proposed-actions': {
      post: {
        operationId: 'proposeAction',
        summary: 'Een nieuwe actie voorstellen ("nieuw sinds versie n"); zij gaat mee in het concept van de volgende wijziging.',
        description: rule,
        security: dossierAuth,
        parameters: [idParam],
        requestBody: { required: true, content: json(ref('CreateProposedBody')) },
        responses: {
          201: okJson('Voorgesteld', 'PlanAction'),
          ...bodyErrors,
          ...readOnly,
          ...common,
          409: error('Werkgegevens kunnen nu niet.'),
        },
      },
    },
    '/api/dossiers/{id}/proposed-actions/{actionId}': {
      put: {
        operationId: 'updateProposedAction',
        summary: 'Een voorgestelde actie wijzigen zolang zij nog niet in een wijziging van de overeenkomst staat.',
        security: dossierAuth,
        parameters: [idParam, rowParam('actionId')],
        requestBody: { required: true, content: json(ref('UpdateProposedBody')) },
        responses: {
          200: okJson('Gewijzigd', 'PlanAction'),
          ...bodyErrors,
          ...readOnly,
          ...common,
          404: error('Dossier onbekend of token klopt niet, of dit voorstel bestaat niet (meer).'),
          ...conflict(
            'Verouderde revisie, het voorstel staat al in een wijziging of in het getekende plan, of werkgegevens kunnen nu niet.',
          ),
        },
      },
      delete: {
        operationId: 'deleteProposedAction',
        summary: 'Een voorgestelde actie verwijderen zolang zij nog niet in een wijziging van de overeenkomst staat.',
        security: dossierAuth,
        parameters: [idParam, rowParam('actionId')],
        responses: {
          204: { description: 'Verwijderd' },
          ...readOnly,
          ...common,
          404: error('Dossier onbekend of token klopt niet, of dit voorstel bestaat niet (meer).'),
          ...conflict('Het voorstel staat al in een wijziging of in het getekende plan, of werkgegevens kunnen nu niet.'),
        },
      },
    },
    '/api/dossiers/{id}/rounds/{roundId}/actions': {
      get: {
        operationId: 'getRoundActionItems',
        summary:
          'Wat uit een gesloten evaluatieronde een actie kan worden: voorgestelde nieuwe acties en knelpunten met een voorgestelde oplossing, elk met `sourceKey` en het voorstel dat er al van is gemaakt.',
        security: dossierAuth,
        parameters: [idParam, roundParam],
        responses: {
          200: okJson('OK', 'RoundCandidates'),
          ...common,
          404: error('Dossier onbekend of token klopt niet, of de ronde bestaat niet in dit dossier.'),
          409: error('De ronde is nog niet gesloten, of het is een nulmeting.'),
        },
      },
      post: {
        operationId: 'putRoundActionsInPlan',
        summary:
          '"In het actieplan zetten": de gekozen onderdelen (`sources`; weggelaten: alle) worden voorgestelde acties, één per onderdeel, hoe vaak dit ook wordt gevraagd.',
        security: dossierAuth,
        parameters: [idParam, roundParam],
        requestBody: { required: false, content: json(ref('RoundActionsBody')) },
        responses: {
          200: okJson('De voorstellen die nu zijn gemaakt, en het actieplan', 'RoundActionsResponse'),
          ...bodyErrors,
          ...readOnly,
          ...common,
          404: error('Dossier onbekend of token klopt niet, of de ronde bestaat niet in dit dossier.'),
          409: error('De ronde is nog niet gesloten of is een nulmeting, of werkgegevens kunnen nu niet.'),
        },
      },
    },
    '/api/dossiers/{id}/knowledge-activities': {
      get: {
        operationId: 'listKnowledgeActivities',
        summary: 'De gehouden kennisactiviteiten (stap 9), de nieuwste eerst.',
        security: dossierAuth,
        parameters: [idParam],
        responses: { 200: okJson('OK', 'KnowledgeList'), ...common },
      },
      post: {
        operationId: 'createKnowledgeActivity',
        summary:
          'Een gehouden kennisactiviteit vastleggen: datum, vorm, onderwerp, welke partners, hoeveel deelnemers, notities.',
        description: rule,
        security: dossierAuth,
        parameters: [idParam],
        requestBody: { required: true, content: json(ref('KnowledgeActivityBody')) },
        responses: {
          201: okJson('Vastgelegd', 'KnowledgeActivity'),
          ...bodyErrors,
          ...readOnly,
          ...common,
          409: error('Werkgegevens kunnen nu niet.'),
        },
      },
    },
    '/api/dossiers/{id}/knowledge-activities/{activityId}': {
      put: {
        operationId: 'updateKnowledgeActivity',
        summary: 'Een gehouden kennisactiviteit wijzigen; `revision` is de revisie die de client kent.',
        security: dossierAuth,
        parameters: [idParam, rowParam('activityId')],
        requestBody: { required: true, content: json(ref('UpdateKnowledgeActivityBody')) },
        responses: {
          200: okJson('Gewijzigd', 'KnowledgeActivity'),
          ...bodyErrors,
          ...readOnly,
          ...common,
          404: error('Dossier onbekend of token klopt niet, of deze activiteit bestaat niet (meer).'),
          ...conflict('Verouderde revisie (met `current`), of werkgegevens kunnen nu niet.'),
        },
      },
      delete: {
        operationId: 'deleteKnowledgeActivity',
        summary: 'Een gehouden kennisactiviteit verwijderen.',
        security: dossierAuth,
        parameters: [idParam, rowParam('activityId')],
        responses: {
          204: { description: 'Verwijderd' },
          ...readOnly,
          ...common,
          404: error('Dossier onbekend of token klopt niet, of deze activiteit bestaat niet (meer).'),
          409: error('Werkgegevens kunnen nu niet.'),
        },
      },
    },
    '/api/dossiers/{id}/calendar-feed': {
      get: {
        operationId: 'getCalendarFeed',
        summary:
          'Of er een agenda-link werkt, sinds wanneer en van wie (alleen de eigenaar; de link zelf is alleen bij het maken te zien).',
        security: dossierAuth,
        parameters: [idParam],
        responses: { 200: okJson('OK', 'CalendarFeed'), ...ownerOnly, ...common },
      },
      post: {
        operationId: 'createCalendarFeed',
        summary:
          'Een geheime agenda-link maken om in een agenda-app te abonneren (alleen de eigenaar). Het token staat alleen in dit antwoord; een eerdere link werkt daarna niet meer.',
        security: dossierAuth,
        parameters: [idParam],
        responses: { 201: okJson('Gemaakt', 'CalendarFeedCreated'), ...ownerOnly, ...common },
      },
      delete: {
        operationId: 'revokeCalendarFeed',
        summary: 'De agenda-link intrekken: vanaf nu 404.',
        security: dossierAuth,
        parameters: [idParam],
        responses: { 204: { description: 'Ingetrokken (of er was geen)' }, ...ownerOnly, ...common },
      },
    },
    '/api/agenda/{file}': {
      get: {
        operationId: 'calendarFeed',
        summary:
          'De agenda (iCalendar, openbaar met het geheime token als bestandsnaam `<token>.ics`): evaluatierondes, einddata van acties die nog niet gereed zijn, einddata van financiering, de start van het zoeken naar structureel geld en de routes daarheen. Vaste UID per datum en een hogere SEQUENCE na een wijziging; een herinnering een week voor een ronde en voor de zoekstart.',
        security: [],
        parameters: [
          { name: 'file', in: 'path', required: true, schema: { type: 'string', pattern: '^[A-Za-z0-9_-]{43}\\.ics$' } },
        ],
        responses: {
          200: calendar('De agenda'),
          404: error('Deze agenda bestaat niet (meer): onbekend of ingetrokken.'),
        },
      },
    },
    '/api/dossiers/{id}/key-dates/{uid}': {
      get: {
        operationId: 'keyDateIcs',
        summary: '"Toevoegen aan agenda": één datum als iCalendar-bestand, met dezelfde UID als in de agenda-link.',
        security: dossierAuth,
        parameters: [idParam, { name: 'uid', in: 'path', required: true, schema: { type: 'string', maxLength: 300 } }],
        responses: {
          200: calendar('Eén afspraak'),
          ...common,
          404: error('Dossier onbekend of token klopt niet, of deze datum staat niet (meer) in de agenda van het dossier.'),
        },
      },
    },
    '/api/dossiers/{id}/follow-up': {
      get: {
        operationId: 'getFollowUp',
        summary:
          '"Samenwerking volgen": de volgende ronde, hoeveel er in een open ronde hebben geantwoord, acties over hun einddatum (met de voortgang), hoeveel maanden geld er nog is, de financieringstijdlijn en alle belangrijke data.',
        security: dossierAuth,
        parameters: [idParam],
        responses: { 200: okJson('OK', 'FollowUp'), ...common },
      },
    },
  };
}
