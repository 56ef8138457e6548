import type { Hono } from 'hono';
import type { Db } from '#src/db/db';
import { audit, loadDossier } from '#src/db/dossiers';
import {
  insertSignature,
  insertVersion,
  listVersions,
  lockLifecycle,
  setLifecycle,
  setVersionStatus,
  versionText,
  withdrawVersion,
} from '#src/db/agreements';
import { partnersFromInitiatief } from '#src/domain/dossier';
import { dossierAgreementContent, missingForFreeze, type AgreementContent } from '#src/domain/agreement/content';
import { canonicalJson, sha256Hex } from '#src/domain/agreement/canonical';
import { lifecycleBody, signatureBody, withdrawBody } from '#src/domain/agreement/api';
import { next, type LifecycleState } from '#src/domain/agreement/lifecycle.machine';
import { STEPS } from '#steps/index';
import { actorOf, requireEdit, type AuthVars } from './auth';
import { invalidResponse, readJson, readOptionalJson } from './http';
import { listApprovals } from '#src/db/access';
import { can, freezeBody } from '#src/domain/access';
import { missingApprovals } from '#src/domain/approvals';
import { revisionActorOf } from './history-routes';
import { carryIntoAmendment } from './working/amendment';

export const AGREEMENT_MESSAGES = {
  notReady: 'Nog niet alle verplichte onderdelen zijn compleet. Vul eerst aan wat op de controlepagina ontbreekt.',
  notDrafting:
    'Er ligt al een versie ter ondertekening, of de overeenkomst is getekend. Trek die versie in of start een wijziging.',
  notSignable: 'Deze versie ligt niet (meer) ter ondertekening.',
  alreadySigned: 'Deze organisatie heeft deze versie al ondertekend.',
  unknownOrganisation: 'Deze organisatie is geen partner in deze versie van de overeenkomst.',
  notWithdrawable: 'Alleen de versie die nu ter ondertekening ligt, kan worden ingetrokken.',
  withdrawNotAllowed:
    'Met deze link kunt u geen versie intrekken: dan vervallen de handtekeningen van de partners. Dat kan alleen de eigenaar van het dossier of een tekenbevoegde link.',
  transitionRefused: 'Deze stap in de levenscyclus is nu niet mogelijk.',
  unknownVersion: 'Deze versie bestaat niet.',
  notApproved:
    'Nog niet elke partner heeft akkoord gegeven op elke verplichte stap. Vraag hen dat te doen, of leg de tekst als eigenaar toch vast met een reden.',
  overrideOwnerOnly: 'Alleen de eigenaar van het dossier kan de tekst zonder akkoord van iedereen vastleggen.',
  ownerCannotSign:
    'Met de eigenaarslink kunt u niet tekenen. Maak op de pagina Partners en toegang een tekenbevoegde link voor uw organisatie en teken daarmee.',
  notTekenbevoegd:
    'Met deze link kunt u niet tekenen. Alleen een tekenbevoegde link van de organisatie zelf tekent voor haar; vraag de eigenaar van het dossier om zo’n link.',
  otherOrganisation: (own: string) =>
    `Met deze link kunt u alleen tekenen namens uw eigen organisatie${own ? ` (${own})` : ''}, niet namens een andere partner.`,
} as const;

const versionNumber = (raw: string) => (/^[1-9][0-9]{0,5}$/.test(raw) ? Number(raw) : null);

/** Freezing, signing, withdrawing and the other lifecycle transitions; the shared machine decides. */
export function registerAgreementRoutes(app: Hono<{ Variables: AuthVars }>, db: Db) {
  app.post('/api/dossiers/:id/versions', requireEdit, async (c) => {
    const dossierId = c.get('dossierId');
    const identity = c.get('identity');
    const actor = actorOf(identity);
    const body = await readOptionalJson(c, freezeBody);
    if (!body.ok) return body.response;
    const override = body.data.override;
    if (override && !can.override(identity)) return c.json({ error: AGREEMENT_MESSAGES.overrideOwnerOnly }, 403);
    const result = await db.transaction(async (tx) => {
      const state = await lockLifecycle(tx, dossierId, 'UPDATE');
      const found = (await loadDossier(tx as Db, dossierId))!;
      const data = Object.fromEntries([...found.steps].map(([id, s]) => [id, s.data]));
      const partners = partnersFromInitiatief(data.initiatief);
      const missing = missingForFreeze(STEPS, data);
      // Every partner's akkoord on every required step, on the revision as it stands now.
      const approvals = await listApprovals(tx, dossierId);
      const approvalState = Object.fromEntries(
        [...found.steps].map(([id, s]) => [id, { revision: s.revision, approvals: approvals.get(id) }]),
      );
      const unapproved = missingApprovals(STEPS, partners, approvalState);
      const versions = await listVersions(tx, dossierId);
      const hasSignedVersion = versions.some((v) => v.status === 'getekend');
      const to = next(state, { type: 'FREEZE', ready: missing.length === 0 }, { hasSignedVersion });
      if (!to) {
        const drafting = state === 'concept' || state === 'wijziging';
        return {
          status: 409 as const,
          body: {
            error: drafting ? AGREEMENT_MESSAGES.notReady : AGREEMENT_MESSAGES.notDrafting,
            missing,
            missingApprovals: unapproved,
          },
        };
      }
      if (unapproved.length > 0 && !override) {
        return { status: 409 as const, body: { error: AGREEMENT_MESSAGES.notApproved, missing, missingApprovals: unapproved } };
      }
      const overrideReason = unapproved.length > 0 ? override!.reason : null;
      const content = dossierAgreementContent(STEPS, found.dossier, data);
      const canonical = canonicalJson(content);
      const hash = await sha256Hex(canonical);
      const number = (versions.at(-1)?.number ?? 0) + 1;
      const replaces = [...versions].reverse().find((v) => v.status === 'getekend')?.number ?? null;
      await insertVersion(tx, { dossierId, number, canonical, hash, frozenBy: actor, replaces, overrideReason });
      await setLifecycle(tx, dossierId, to);
      await audit(tx, {
        dossierId,
        action: 'version.freeze',
        object: `dossier:${dossierId}/version:${number}`,
        result: overrideReason ? 'ok:override' : 'ok',
        actor,
        ...(overrideReason
          ? {
              detail: `Zonder akkoord van: ${unapproved.map((m) => `${m.stepId}/${m.partnerId}`).join(', ')}. Reden: ${overrideReason}`,
            }
          : {}),
      });
      return { status: 201 as const, body: { version: number, hash, overrideReason } };
    });
    return c.json(result.body, result.status);
  });

  app.get('/api/dossiers/:id/versions/:n', async (c) => {
    const dossierId = c.get('dossierId');
    const number = versionNumber(c.req.param('n'));
    const version = number === null ? undefined : (await listVersions(db, dossierId)).find((v) => v.number === number);
    if (!version) return c.json({ error: AGREEMENT_MESSAGES.unknownVersion }, 404);
    const text = (await versionText(db, dossierId, version.number))!;
    return c.json({ ...version, content: JSON.parse(text.canonical) as AgreementContent });
  });

  app.post('/api/dossiers/:id/versions/:n/signatures', requireEdit, async (c) => {
    const dossierId = c.get('dossierId');
    const identity = c.get('identity');
    if (identity.kind === 'owner') return c.json({ error: AGREEMENT_MESSAGES.ownerCannotSign }, 403);
    if (!identity.tekenbevoegd) return c.json({ error: AGREEMENT_MESSAGES.notTekenbevoegd }, 403);
    const number = versionNumber(c.req.param('n'));
    if (number === null) return c.json({ error: AGREEMENT_MESSAGES.unknownVersion }, 404);
    const body = await readJson(c, signatureBody);
    if (!body.ok) return body.response;
    if (!can.signFor(identity, body.data.organisation)) {
      return c.json({ error: AGREEMENT_MESSAGES.otherOrganisation(identity.partnerName ?? '') }, 403);
    }
    const actor = actorOf(identity);
    const result = await db.transaction(async (tx) => {
      const state = await lockLifecycle(tx, dossierId, 'UPDATE');
      const versions = await listVersions(tx, dossierId);
      const version = versions.find((v) => v.number === number);
      if (!version) return { status: 404 as const, body: { error: AGREEMENT_MESSAGES.unknownVersion } };
      if (state !== 'ter-ondertekening' || version.status !== 'ter-ondertekening') {
        return { status: 409 as const, body: { error: AGREEMENT_MESSAGES.notSignable } };
      }
      const text = (await versionText(tx, dossierId, number))!;
      const content = JSON.parse(text.canonical) as AgreementContent;
      const partner = content.partners.find((p) => p.id === body.data.organisation);
      if (!partner)
        return { status: 400 as const, issues: [{ path: ['organisation'], message: AGREEMENT_MESSAGES.unknownOrganisation }] };
      const active = version.signatures.filter((s) => !s.voidedAt);
      if (active.some((s) => s.organisation === partner.id))
        return { status: 409 as const, body: { error: AGREEMENT_MESSAGES.alreadySigned } };
      const signature = await insertSignature(tx, {
        dossierId,
        version: number,
        organisation: partner.id,
        organisationName: partner.name,
        name: body.data.name,
        function: body.data.function,
        mandate: body.data.mandate || null,
        method: body.data.method,
        image: body.data.method === 'drawn' ? body.data.image! : null,
        versionHash: text.hash,
        signedBy: actor,
      });
      const signedBy = new Set([...active.map((s) => s.organisation), partner.id]);
      const allSigned = content.partners.every((p) => signedBy.has(p.id));
      const to = next(state, { type: 'SIGN', allSigned })!;
      if (to !== state) {
        await setLifecycle(tx, dossierId, to);
        await setVersionStatus(tx, dossierId, number, 'getekend');
      }
      await audit(tx, {
        dossierId,
        action: 'version.sign',
        object: `dossier:${dossierId}/version:${number}/organisation:${partner.id}`,
        result: allSigned ? 'ok:complete' : 'ok',
        actor,
      });
      return { status: 201 as const, body: { signature, state: to } };
    });
    if ('issues' in result) return invalidResponse(c, result.issues!);
    return c.json(result.body, result.status);
  });

  app.delete('/api/dossiers/:id/versions/:n', requireEdit, async (c) => {
    const dossierId = c.get('dossierId');
    if (!can.withdraw(c.get('identity'))) return c.json({ error: AGREEMENT_MESSAGES.withdrawNotAllowed }, 403);
    const number = versionNumber(c.req.param('n'));
    if (number === null) return c.json({ error: AGREEMENT_MESSAGES.unknownVersion }, 404);
    const body = await readOptionalJson(c, withdrawBody);
    if (!body.ok) return body.response;
    const reason = body.data.reason;
    const actor = actorOf(c.get('identity'));
    const result = await db.transaction(async (tx) => {
      const state = await lockLifecycle(tx, dossierId, 'UPDATE');
      const versions = await listVersions(tx, dossierId);
      const version = versions.find((v) => v.number === number);
      if (!version) return { status: 404 as const, body: { error: AGREEMENT_MESSAGES.unknownVersion } };
      const hasSignedVersion = versions.some((v) => v.status === 'getekend');
      const to = version.status === 'ter-ondertekening' ? next(state, { type: 'WITHDRAW' }, { hasSignedVersion }) : null;
      if (!to) return { status: 409 as const, body: { error: AGREEMENT_MESSAGES.notWithdrawable } };
      await withdrawVersion(tx, dossierId, number, actor, reason);
      await setLifecycle(tx, dossierId, to);
      const voided = version.signatures.filter((s) => !s.voidedAt);
      await audit(tx, {
        dossierId,
        action: 'version.withdraw',
        object: `dossier:${dossierId}/version:${number}`,
        result: voided.length > 0 ? `ok:voided-${voided.length}` : 'ok',
        actor,
        detail: `Reden: ${reason}${voided.length > 0 ? `. Handtekeningen vervallen van: ${voided.map((s) => s.organisationName).join(', ')}` : ''}`,
      });
      return { status: 200 as const, body: { state: to } };
    });
    return c.json(result.body, result.status);
  });

  app.post('/api/dossiers/:id/lifecycle', requireEdit, async (c) => {
    const dossierId = c.get('dossierId');
    const body = await readJson(c, lifecycleBody);
    if (!body.ok) return body.response;
    const actor = actorOf(c.get('identity'));
    const result = await db.transaction(async (tx) => {
      const state = await lockLifecycle(tx, dossierId, 'UPDATE');
      const to = next(state, { type: body.data.event });
      if (!to) return { status: 409 as const, body: { error: AGREEMENT_MESSAGES.transitionRefused, state } };
      await setLifecycle(tx, dossierId, to);
      const action = body.data.event === 'AMEND' ? 'agreement.amend' : 'agreement.activate';
      await audit(tx, { dossierId, action, object: `dossier:${dossierId}`, result: 'ok', actor });
      // The amendment's draft of step 5 starts from the signed plan with its progress and the proposed actions.
      if (to === 'wijziging') await carryIntoAmendment(tx, { dossierId, actor, by: revisionActorOf(c.get('identity')) });
      return { status: 200 as const, body: { state: to } };
    });
    return c.json(result.body, result.status);
  });
}

/** For GET /api/dossiers/:id. */
export async function lifecycleView(
  db: Db,
  dossierId: string,
): Promise<{ lifecycle: LifecycleState; versions: Awaited<ReturnType<typeof listVersions>> }> {
  const rows = await db.query<{ lifecycle: LifecycleState }>('SELECT lifecycle FROM dossiers WHERE id = $1', [dossierId]);
  return { lifecycle: rows[0]!.lifecycle, versions: await listVersions(db, dossierId) };
}
