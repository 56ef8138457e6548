/** The rounds, answers, results, report, trends and student-survey routes in the OpenAPI document. */
import type { z } from 'zod';
import {
  answersConflictSchema,
  createRoundBody,
  myAnswersSchema,
  paperListSchema,
  putAnswersBody,
  putPaperBody,
  responseSchema,
  resultsSchema,
  roundDetailSchema,
  roundListSchema,
  roundSchema,
  studentLinkSchema,
  studentSurveyBody,
  studentSurveySchema,
  trendsSchema,
  updateRoundBody,
} from '#src/domain/evaluation/api';
import { ANSWER_SCHEMAS } from '#src/domain/evaluation/answers';
import { studentResponseBody } from '#src/domain/evaluation/student-survey';
import { ref, json, error, okJson } from '#src/server/openapi-parts';

/** The zod schemas behind the components below, with the side of them the document shows. */
export const ROUND_SCHEMAS: Record<string, { schema: z.ZodType; io: 'input' | 'output' }> = {
  CreateRoundBody: { schema: createRoundBody, io: 'input' },
  UpdateRoundBody: { schema: updateRoundBody, io: 'input' },
  PutAnswersBody: { schema: putAnswersBody, io: 'input' },
  PutPaperBody: { schema: putPaperBody, io: 'input' },
  StudentSurveyBody: { schema: studentSurveyBody, io: 'input' },
  StudentResponseBody: { schema: studentResponseBody, io: 'input' },
  EvaluationAnswersDraft: { schema: ANSWER_SCHEMAS.evaluatie.draft, io: 'input' },
  EvaluationAnswersComplete: { schema: ANSWER_SCHEMAS.evaluatie.complete, io: 'input' },
  BaselineAnswersDraft: { schema: ANSWER_SCHEMAS.nulmeting.draft, io: 'input' },
  BaselineAnswersComplete: { schema: ANSWER_SCHEMAS.nulmeting.complete, io: 'input' },
  Round: { schema: roundSchema, io: 'output' },
  RoundDetail: { schema: roundDetailSchema, io: 'output' },
  RoundList: { schema: roundListSchema, io: 'output' },
  RoundResponse: { schema: responseSchema, io: 'output' },
  MyAnswers: { schema: myAnswersSchema, io: 'output' },
  PaperList: { schema: paperListSchema, io: 'output' },
  AnswersConflict: { schema: answersConflictSchema, io: 'output' },
  StudentLink: { schema: studentLinkSchema, io: 'output' },
  StudentSurvey: { schema: studentSurveySchema, io: 'output' },
  Results: { schema: resultsSchema, io: 'output' },
  Trends: { schema: trendsSchema, io: 'output' },
};

export function roundPaths({
  dossierAuth,
  idParam,
  common,
}: {
  dossierAuth: unknown[];
  idParam: Record<string, unknown>;
  common: Record<string, unknown>;
}) {
  const roundParam = { name: 'roundId', in: 'path', required: true, schema: { type: 'string', pattern: '^[A-Za-z0-9_-]{16}$' } };
  const entryParam = { name: 'entryId', in: 'path', required: true, schema: { type: 'string', format: 'uuid' } };
  const params = [idParam, roundParam];
  const bodyErrors = {
    400: error('Ongeldige JSON of gegevens; `issues` noemt per veld wat er niet klopt.'),
    413: error('Body groter dan 1 MB.'),
    415: error('Content-Type is geen JSON.'),
  };
  const readOnly = { 403: error('Een `lezen`-link mag dit niet.') };
  const unknownRound = error('Dossier onbekend of token klopt niet, of de ronde bestaat niet in dit dossier.');
  const withRound = { ...common, 404: unknownRound };
  const notNow = (why: string) => ({ 409: error(why) });
  const rule =
    'Evaluatierondes kunnen zolang er een getekende versie geldt (getekend, actief, en tijdens een wijziging); een nulmeting zolang de tekst wordt opgesteld (concept, wijziging).';

  return {
    '/api/dossiers/{id}/rounds': {
      get: {
        operationId: 'listRounds',
        summary:
          'Alle rondes van het dossier, op datum. Plant eerst de evaluatierondes van het schema in stap 10 (24 maanden vooruit) als dat nog niet is gebeurd.',
        security: dossierAuth,
        parameters: [idParam],
        responses: { 200: okJson('OK', 'RoundList'), ...common },
      },
      post: {
        operationId: 'createRound',
        summary: 'Een ronde met de hand toevoegen (evaluatieronde of nulmeting).',
        description: rule,
        security: dossierAuth,
        parameters: [idParam],
        requestBody: { required: true, content: json(ref('CreateRoundBody')) },
        responses: {
          201: okJson('Aangemaakt, met wat de ronde vraagt', 'RoundDetail'),
          ...bodyErrors,
          ...readOnly,
          ...common,
          ...notNow(`Dit soort ronde kan nu niet. ${rule}`),
        },
      },
    },
    '/api/dossiers/{id}/rounds/{roundId}': {
      get: {
        operationId: 'getRound',
        summary:
          'Eén ronde met wat zij vraagt: partners, factoren en nulmeting, doelen, acties (live tot de ronde sluit, daarna zoals bij het sluiten).',
        security: dossierAuth,
        parameters: params,
        responses: { 200: okJson('OK', 'RoundDetail'), ...withRound },
      },
      patch: {
        operationId: 'updateRound',
        summary: 'Een geplande ronde verzetten en/of de focus (plan, proces, effect) zetten.',
        description: '`revision` is de revisie van de ronde die de client kent; is die verouderd, dan 409 met `current`.',
        security: dossierAuth,
        parameters: params,
        requestBody: { required: true, content: json(ref('UpdateRoundBody')) },
        responses: {
          200: okJson('Gewijzigd', 'RoundDetail'),
          ...bodyErrors,
          ...readOnly,
          ...withRound,
          ...notNow('Verouderde revisie, de ronde is al geopend of gesloten, of dit soort ronde kan nu niet.'),
        },
      },
      delete: {
        operationId: 'deleteRound',
        summary: 'Een geplande (nooit geopende) ronde verwijderen; het schema plant haar niet opnieuw.',
        security: dossierAuth,
        parameters: params,
        responses: {
          204: { description: 'Verwijderd' },
          ...readOnly,
          ...withRound,
          ...notNow('De ronde is al geopend of gesloten.'),
        },
      },
    },
    '/api/dossiers/{id}/rounds/{roundId}/open': {
      post: {
        operationId: 'openRound',
        summary: 'Een geplande ronde openen (een bewerklink); zij krijgt het volgende rondenummer.',
        security: dossierAuth,
        parameters: params,
        responses: {
          200: okJson('Open', 'RoundDetail'),
          ...readOnly,
          ...withRound,
          ...notNow('De ronde is gesloten, of dit soort ronde kan nu niet.'),
        },
      },
    },
    '/api/dossiers/{id}/rounds/{roundId}/close': {
      post: {
        operationId: 'closeRound',
        summary:
          'Een open ronde voor altijd sluiten (alleen de eigenaar). Legt vast wat de resultaten nodig hebben; een nulmeting schrijft de scores in stap 4.',
        security: dossierAuth,
        parameters: params,
        responses: {
          200: okJson('Gesloten', 'RoundDetail'),
          403: error('Alleen de eigenaarslink sluit een ronde.'),
          ...withRound,
          ...notNow('De ronde is niet open, dit soort ronde kan nu niet, of de scores passen niet in stap 4 (`issues`).'),
        },
      },
    },
    '/api/dossiers/{id}/rounds/{roundId}/answers/me': {
      get: {
        operationId: 'getMyAnswers',
        summary:
          'Mijn antwoorden in deze ronde (elke link antwoordt voor zichzelf, ook een leeslink) en hoeveel uitgenodigden al antwoordden.',
        security: dossierAuth,
        parameters: params,
        responses: { 200: okJson('OK (revisie 0 zolang er niets is opgeslagen)', 'MyAnswers'), ...withRound },
      },
      put: {
        operationId: 'putMyAnswers',
        summary:
          'Mijn antwoorden opslaan, zoals een stap: `answers` volgt het conceptschema van het soort ronde; met `complete: true` ook het volledige.',
        description:
          '`answers`: `EvaluationAnswersDraft` (evaluatieronde) of `BaselineAnswersDraft` (nulmeting); met `complete: true` ook `…Complete`. `baseRevision` is de revisie die de client kent (0: nog niets); verouderd → 409 met `current`.',
        security: dossierAuth,
        parameters: params,
        requestBody: { required: true, content: json(ref('PutAnswersBody')) },
        responses: {
          200: okJson('Opgeslagen', 'MyAnswers'),
          409: {
            description: 'Verouderde revisie (met `current`), de ronde is niet open of gesloten, of dit soort ronde kan nu niet.',
            content: json(ref('AnswersConflict')),
          },
          ...bodyErrors,
          ...withRound,
        },
      },
    },
    '/api/dossiers/{id}/rounds/{roundId}/paper': {
      get: {
        operationId: 'listPaperAnswers',
        summary: 'De papieren formulieren die deze link in deze ronde heeft ingevoerd.',
        security: dossierAuth,
        parameters: params,
        responses: { 200: okJson('OK', 'PaperList'), ...readOnly, ...withRound },
      },
    },
    '/api/dossiers/{id}/rounds/{roundId}/paper/{entryId}': {
      put: {
        operationId: 'putPaperAnswers',
        summary:
          'De antwoorden van een genoemde persoon van een papieren formulier invoeren of bijwerken (een bewerklink; `entryId` kiest de client, een UUID).',
        security: dossierAuth,
        parameters: [...params, entryParam],
        requestBody: { required: true, content: json(ref('PutPaperBody')) },
        responses: {
          200: okJson('Opgeslagen', 'RoundResponse'),
          409: { description: 'Verouderde revisie, of de ronde is niet open.', content: json(ref('AnswersConflict')) },
          ...bodyErrors,
          ...readOnly,
          ...withRound,
        },
      },
      delete: {
        operationId: 'deletePaperAnswers',
        summary: 'Een ingevoerd papieren formulier verwijderen zolang de ronde open is.',
        security: dossierAuth,
        parameters: [...params, entryParam],
        responses: { 204: { description: 'Verwijderd' }, ...readOnly, ...withRound, ...notNow('De ronde is niet open.') },
      },
    },
    '/api/dossiers/{id}/rounds/{roundId}/results': {
      get: {
        operationId: 'getRoundResults',
        summary:
          'De resultaten van een gesloten ronde: per vraag gemiddelde, spreiding en aantal, per partner naast elkaar, teksten gegroepeerd, acties, doelen, leerlingen in aantallen en percentages.',
        security: dossierAuth,
        parameters: params,
        responses: { 200: okJson('OK', 'Results'), ...withRound, ...notNow('De ronde is nog niet gesloten.') },
      },
    },
    '/api/dossiers/{id}/rounds/{roundId}/report.pdf': {
      get: {
        operationId: 'getRoundReportPdf',
        summary:
          'Het evaluatieverslag van een gesloten evaluatieronde als pdf ("Evaluatieverslag ronde n"), voor een raad of schoolbestuur: samenvatting, antwoorden per vraag per partner, teksten, acties, doelen, leerlingen en grafieken van de ontwikkeling tot en met deze ronde.',
        description:
          'Elke link van het dossier mag het downloaden (ook een leeslink). Niet verzegeld en niet bewaard: het wordt bij elke download opnieuw gemaakt uit de gesloten ronde. Elke download komt in het logboek (`round.report`).',
        security: dossierAuth,
        parameters: params,
        responses: {
          200: {
            description: 'De pdf',
            headers: {
              'Content-Disposition': {
                description: 'attachment; filename="evaluatieverslag-ronde-<n>-<dossier>.pdf"',
                schema: { type: 'string' },
              },
            },
            content: { 'application/pdf': { schema: { type: 'string', format: 'binary' } } },
          },
          ...withRound,
          ...notNow('De ronde is nog niet gesloten, of het is een nulmeting (die staat in stap 4).'),
          503: {
            description: 'De pdf kon nu niet worden gemaakt; probeer het na `Retry-After` seconden opnieuw.',
            headers: { 'Retry-After': { schema: { type: 'integer' } } },
            content: json(ref('Error')),
          },
        },
      },
    },
    '/api/dossiers/{id}/rounds/{roundId}/students': {
      post: {
        operationId: 'createStudentSurvey',
        summary:
          'Een leerlingenpeiling voor deze evaluatieronde aanzetten: een nieuwe geheime link (alleen nu te zien; een eerdere link werkt daarna niet meer).',
        security: dossierAuth,
        parameters: params,
        requestBody: { required: false, content: json(ref('StudentSurveyBody')) },
        responses: {
          201: okJson('Aangemaakt', 'StudentLink'),
          ...bodyErrors,
          ...readOnly,
          ...withRound,
          ...notNow('De ronde is gesloten of een nulmeting, of evaluatierondes kunnen nu niet.'),
        },
      },
    },
    '/api/dossiers/{id}/trends': {
      get: {
        operationId: 'getTrends',
        summary:
          'Per maat een reeks over alle gesloten evaluatierondes op datum, met de nulmeting van stap 4 als eerste punt waar die er is.',
        security: dossierAuth,
        parameters: [idParam],
        responses: { 200: okJson('OK', 'Trends'), ...common },
      },
    },
    '/api/peiling': {
      get: {
        operationId: 'getStudentSurvey',
        summary:
          'De leerlingenpeiling (openbaar; het token uit de link `/peiling#<token>` als Bearer-token): titel, vragen, wat je nodig hebt, open of niet.',
        security: [{ studentToken: [] }],
        responses: {
          200: okJson('OK', 'StudentSurvey'),
          401: error('Geen Authorization-header.'),
          404: error('Deze peiling bestaat niet (meer).'),
          429: error('Te veel pogingen met een verkeerde link vanaf dit adres.'),
        },
      },
      post: {
        operationId: 'answerStudentSurvey',
        summary:
          'Eén anoniem antwoord. Bewaard worden alleen de keuzes en de dag; een HttpOnly SameSite=Strict-cookie per ronde onthoudt dat deze browser antwoordde.',
        security: [{ studentToken: [] }],
        requestBody: { required: true, content: json(ref('StudentResponseBody')) },
        responses: {
          201: { description: 'Ontvangen', headers: { 'Set-Cookie': { schema: { type: 'string' } } } },
          ...bodyErrors,
          401: error('Geen Authorization-header.'),
          404: error('Deze peiling bestaat niet (meer).'),
          409: error('Deze browser antwoordde al, de peiling is vol, of nog niet open.'),
          410: error('De ronde is gesloten.'),
          429: error('Te veel antwoorden vanaf dit adres in korte tijd (`Retry-After`), of te veel verkeerde links.'),
        },
      },
    },
  };
}
