/** The PDF and verify routes in the OpenAPI document (see pdf-routes.ts). */
import { VERIFY_MAX_BYTES } from './pdf-routes';

const pdf = (description: string) => ({
  description,
  headers: {
    'Content-Disposition': { description: 'attachment; filename="samenwerkingsovereenkomst-….pdf"', schema: { type: 'string' } },
  },
  content: { 'application/pdf': { schema: { type: 'string', format: 'binary' } } },
});
const error = (description: string) => ({
  description,
  content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } },
});

export function pdfPaths({
  dossierAuth,
  idParam,
  common,
}: {
  dossierAuth: unknown[];
  idParam: Record<string, unknown>;
  common: Record<string, unknown>;
}) {
  return {
    '/api/dossiers/{id}/agreement.pdf': {
      get: {
        operationId: 'getDraftAgreementPdf',
        summary: 'De overeenkomst zoals die nu in de stappen staat, als concept-pdf (niet verzegeld).',
        description: 'Elke pagina draagt "CONCEPT — niet ondertekend". De hash is die van de huidige inhoud.',
        security: dossierAuth,
        parameters: [idParam],
        responses: { 200: pdf('Concept-pdf'), ...common },
      },
    },
    '/api/dossiers/{id}/versions/{n}/agreement.pdf': {
      get: {
        operationId: 'getVersionAgreementPdf',
        summary: 'Versie n van de overeenkomst als pdf.',
        description:
          'Getekend: verzegeld met een PAdES-zegel (ETSI.CAdES.detached); het bestand wordt bij de eerste download gemaakt en bewaard, ' +
          'zodat elke download dezelfde bytes geeft. Ter ondertekening of ingetrokken: niet verzegeld, met een banner op elke pagina.',
        security: dossierAuth,
        parameters: [idParam, { name: 'n', in: 'path', required: true, schema: { type: 'integer', minimum: 1 } }],
        responses: { 200: pdf('De pdf van deze versie'), ...common },
      },
    },
    '/api/verify': {
      post: {
        operationId: 'verifyAgreementPdf',
        security: [],
        summary: 'Controleer een pdf: is het een verzegelde, ongewijzigde versie van een overeenkomst? Openbaar, zonder token.',
        requestBody: {
          required: true,
          content: { 'application/pdf': { schema: { type: 'string', format: 'binary', maxLength: VERIFY_MAX_BYTES } } },
        },
        responses: {
          200: {
            description: 'De uitkomst; `message` zegt het in gewone woorden.',
            content: {
              'application/json': {
                schema: {
                  type: 'object',
                  properties: {
                    sealed: { type: 'boolean', description: 'Het bestand draagt een geldig zegel van Samenwerkwijzer.' },
                    unaltered: {
                      type: 'boolean',
                      description: 'Het bestand is precies een verzegelde versie (geen byte gewijzigd).',
                    },
                    dossierId: { type: 'string' },
                    version: { type: 'integer' },
                    hash: { type: 'string', description: 'SHA-256 van de inhoud van die versie.' },
                    message: { type: 'string' },
                  },
                  required: ['sealed', 'unaltered', 'message'],
                },
              },
            },
          },
          400: error('Het bestand is geen pdf.'),
          413: error(`Groter dan ${VERIFY_MAX_BYTES / 1024 / 1024} MB.`),
          415: error('Content-Type is geen application/pdf.'),
        },
      },
    },
  };
}
