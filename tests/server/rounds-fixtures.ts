import { EXAMPLE_DOSSIER } from '#steps/example-dossier';
import { STEP_IDS } from '#src/domain/step';
import { STEPS } from '#steps/index';
import type { CallResult, TestServer } from '#tests/utils/test-server';

const REQUIRED = STEPS.filter((s) => s.agreement.role === 'required').map((s) => s.id);

/** A helper that fails loudly with the server's answer when a setup call does not do what it should. */
export async function ok(res: Promise<CallResult>, status = 200): Promise<CallResult> {
  const r = await res;
  if (r.status !== status) throw new Error(`expected ${status}, got ${r.status}: ${r.text}`);
  return r;
}

export interface SignedDossier {
  id: string;
  /** The owner's token (acts for the gemeente). */
  token: string;
  partners: { id: string; kind: string; name: string }[];
  /** Per partner id: a `bewerken` link that may sign, named "Tekenaar <partner>". */
  signers: Record<string, string>;
}

/** A new dossier filled with the example (every step complete) and a signing link per partner; not frozen. */
export async function draftDossier(srv: TestServer): Promise<SignedDossier> {
  const { id, token } = await srv.createDossier(EXAMPLE_DOSSIER.title, EXAMPLE_DOSSIER.gemeente);
  for (const stepId of STEP_IDS) {
    await ok(
      srv.call('PUT', `/api/dossiers/${id}/steps/${stepId}`, {
        token,
        json: { data: EXAMPLE_DOSSIER.steps[stepId], baseRevision: stepId === 'initiatief' ? 1 : 0, complete: true },
      }),
    );
  }
  const dossier = (await srv.call('GET', `/api/dossiers/${id}`, { token })).json;
  const signers: Record<string, string> = {};
  for (const p of dossier.partners as { id: string; name: string }[]) {
    const res = await ok(
      srv.call('POST', `/api/dossiers/${id}/invites`, {
        token,
        json: { partner: p.id, role: 'bewerken', tekenbevoegd: true, name: `Tekenaar ${p.name}` },
      }),
      201,
    );
    signers[p.id] = res.json.token;
  }
  return { id, token, partners: dossier.partners, signers };
}

/** Every partner's akkoord on every required step, then freeze: the dossier is `ter-ondertekening`; returns n. */
export async function freeze(srv: TestServer, d: SignedDossier): Promise<number> {
  for (const stepId of REQUIRED) {
    for (const p of d.partners) {
      await ok(srv.call('PUT', `/api/dossiers/${d.id}/steps/${stepId}/approval`, { token: d.signers[p.id] }));
    }
  }
  const frozen = await ok(srv.call('POST', `/api/dossiers/${d.id}/versions`, { token: d.token }), 201);
  return frozen.json.version as number;
}

/** Freeze, and every partner signs: the dossier is `getekend`. */
export async function signAll(srv: TestServer, d: SignedDossier): Promise<number> {
  const n = await freeze(srv, d);
  for (const p of d.partners) {
    await ok(
      srv.call('POST', `/api/dossiers/${d.id}/versions/${n}/signatures`, {
        token: d.signers[p.id],
        json: { organisation: p.id, name: `Directeur ${p.name}`, function: 'Directeur', method: 'typed', authorised: true },
      }),
      201,
    );
  }
  return n;
}

/** The example dossier, signed by every partner. */
export async function signedDossier(srv: TestServer): Promise<SignedDossier> {
  const d = await draftDossier(srv);
  await signAll(srv, d);
  return d;
}

/** A new invite link for `partner` with `role`, named `name`. */
export async function invite(srv: TestServer, d: SignedDossier, partner: string, role: 'bewerken' | 'lezen', name: string) {
  const res = await ok(
    srv.call('POST', `/api/dossiers/${d.id}/invites`, { token: d.token, json: { partner, role, tekenbevoegd: false, name } }),
    201,
  );
  return res.json as { id: string; token: string };
}
