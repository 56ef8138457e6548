/** Messages between the server and its PDF render thread. */
import type { AgreementData } from '#templates/to-agreement-data';
import type { EvaluationReportData } from '#templates/to-evaluation-report-data';

/** Which document to render, with everything it prints. */
export type RenderJob = { kind: 'agreement'; data: AgreementData } | { kind: 'evaluation-report'; data: EvaluationReportData };

export type RenderRequest = { id: number } & RenderJob;

export type RenderReply =
  { kind: 'ready' } | { kind: 'done'; id: number; pdf: Uint8Array } | { kind: 'failed'; id: number; message: string };
