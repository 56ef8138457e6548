import { EXAMPLE_DOSSIER } from '#steps/example-dossier';
import { STEP_IDS } from '#src/domain/step';
import { STEPS } from '#steps/index';

/** What the journeys below need of a server: HTTP calls with a token (the test server's `call`). */
export interface Caller {
  call(
    method: string,
    path: string,
    opts?: { token?: string; json?: unknown },
  ): Promise<{ status: number; json: any; text: string }>;
}

/** A Caller over real HTTP to a running app (an end-to-end test's server). */
export const fetchCaller = (baseUrl: string): Caller => ({
  async call(method, path, opts = {}) {
    const res = await fetch(`${baseUrl}${path}`, {
      method,
      headers: {
        ...(opts.token ? { Authorization: `Bearer ${opts.token}` } : {}),
        ...(opts.json !== undefined ? { 'Content-Type': 'application/json' } : {}),
      },
      body: opts.json === undefined ? undefined : JSON.stringify(opts.json),
    });
    const text = await res.text();
    return { status: res.status, text, json: text ? JSON.parse(text) : undefined };
  },
});

async function ok(caller: Caller, method: string, path: string, opts: { token?: string; json?: unknown }) {
  const res = await caller.call(method, path, opts);
  if (res.status >= 300) throw new Error(`${method} ${path}: ${res.status} ${res.text}`);
  return res.json;
}

/** A dossier with every step of the example saved and complete; still in concept. */
export async function exampleDossier(caller: Caller): Promise<{ id: string; token: string }> {
  const created = await ok(caller, 'POST', '/api/dossiers', {
    json: { title: EXAMPLE_DOSSIER.title, gemeente: EXAMPLE_DOSSIER.gemeente },
  });
  for (const stepId of STEP_IDS) {
    await ok(caller, 'PUT', `/api/dossiers/${created.id}/steps/${stepId}`, {
      token: created.token,
      // A new dossier's step 1 already holds the title and municipality (revision 1).
      json: { data: EXAMPLE_DOSSIER.steps[stepId], baseRevision: stepId === 'initiatief' ? 1 : 0, complete: true },
    });
  }
  return { id: created.id, token: created.token };
}

/**
 * The example dossier taken all the way: a signing link per partner, everyone's akkoord on every
 * required step, version 1 frozen and signed by every organisation (state getekend).
 */
export async function signedExampleDossier(
  caller: Caller,
): Promise<{ id: string; token: string; signers: Record<string, string> }> {
  const { id, token } = await exampleDossier(caller);
  const dossier = await ok(caller, 'GET', `/api/dossiers/${id}`, { token });
  const signers: Record<string, string> = {};
  for (const p of dossier.partners as { id: string }[]) {
    const invite = await ok(caller, 'POST', `/api/dossiers/${id}/invites`, {
      token,
      json: { partner: p.id, role: 'bewerken', tekenbevoegd: true, name: 'Tekenaar' },
    });
    signers[p.id] = invite.token;
    for (const step of STEPS.filter((s) => s.agreement.role === 'required')) {
      await ok(caller, 'PUT', `/api/dossiers/${id}/steps/${step.id}/approval`, { token: invite.token });
    }
  }
  await ok(caller, 'POST', `/api/dossiers/${id}/versions`, { token });
  for (const [organisation, signer] of Object.entries(signers)) {
    await ok(caller, 'POST', `/api/dossiers/${id}/versions/1/signatures`, {
      token: signer,
      json: { organisation, name: 'Şükrü Yılmaz', function: 'Directeur', method: 'typed', authorised: true },
    });
  }
  return { id, token, signers };
}
