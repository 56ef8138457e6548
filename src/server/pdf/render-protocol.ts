/** Messages between the server and its PDF render thread. */
import type { AgreementData } from '#templates/to-agreement-data';

export interface RenderRequest {
  id: number;
  data: AgreementData;
}

export type RenderReply =
  { kind: 'ready' } | { kind: 'done'; id: number; pdf: Uint8Array } | { kind: 'failed'; id: number; message: string };
