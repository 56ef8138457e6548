import type {
  ConflictResponse,
  CreateDossierBody,
  CreateDossierResponse,
  Dossier,
  PutStepBody,
  PutStepResponse,
} from '../domain/dossier';
import type { StepId } from '../domain/step';
import { syncMessages } from './messages';

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
  async function request<T>(method: string, path: string, opts: { token?: string; body?: unknown } = {}): Promise<T> {
    const headers: Record<string, string> = { Accept: 'application/json' };
    if (opts.token) headers.Authorization = `Bearer ${opts.token}`;
    if (opts.body !== undefined) headers['Content-Type'] = 'application/json';
    let res: Response;
    try {
      res = await doFetch(`${baseUrl}${path}`, {
        method,
        headers,
        body: opts.body === undefined ? undefined : JSON.stringify(opts.body),
      });
    } catch {
      throw new ApiError(0, syncMessages.network);
    }
    const text = await res.text();
    let body: unknown;
    try {
      body = text ? JSON.parse(text) : undefined;
    } catch {
      body = undefined;
    }
    if (!res.ok) {
      const message =
        typeof (body as { error?: unknown })?.error === 'string' ? (body as { error: string }).error : syncMessages.status(res.status);
      throw new ApiError(res.status, message, body);
    }
    return body as T;
  }

  return {
    createDossier: (body: CreateDossierBody) => request<CreateDossierResponse>('POST', '/api/dossiers', { body }),
    getDossier: (id: string, token: string) => request<Dossier>('GET', `/api/dossiers/${encodeURIComponent(id)}`, { token }),
    putStep: (id: string, token: string, stepId: StepId, body: PutStepBody) =>
      request<PutStepResponse>('PUT', `/api/dossiers/${encodeURIComponent(id)}/steps/${stepId}`, { token, body }),
  };
}

export type Api = ReturnType<typeof createApi>;
