import { randomUUID } from 'node:crypto';
import type { Db } from '#src/db/db';
import { insertDossier } from '#src/db/dossiers';
import { insertStudentResponses } from '#src/db/rounds';
import { STEP_IDS, type StepDefinition } from '#src/domain/step';
import { todayInAmsterdam } from '#src/domain/dates';
import { EXAMPLE_ROUNDS } from '#src/domain/evaluation/example-rounds';
import { studentResponseBody } from '#src/domain/evaluation/student-survey';
import { exampleShiftMonths, shiftExample } from '#src/domain/working/example-timeline';
import {
  EXAMPLE_KNOWLEDGE,
  EXAMPLE_PROGRESS,
  EXAMPLE_RESPONDENTS,
  EXAMPLE_ROUND_TO_PLAN,
  EXAMPLE_SIGNERS,
} from '#src/domain/working/example-work';
import { EXAMPLE_DOSSIER, EXAMPLE_PARTNER_IDS } from '#steps/example-dossier';
import { STEPS } from '#steps/index';
import { actorOf, hashToken, newDossierId, newToken } from '#src/server/auth';
import { revisionActorOf } from '#src/server/history-routes';
import { saveStep } from '#src/server/save-step';
import type { App } from './context';

export interface CreatedExample {
  id: string;
  token: string;
  title: string;
}

/**
 * "Voorbeeld bekijken" and `npm run demo`: the example partnership as it stands a year after signing.
 * Its steps are saved as partners save them; everything after that goes through the API the way the
 * partners' own links would do it — a signing link per partner gives akkoord and signs, two evaluation
 * rounds are opened, answered by each partner's own link (and one paper form), and closed by the owner,
 * progress is recorded while each round is open, an action is put into the plan from the second round,
 * a knowledge activity is logged. Only the students' answers go straight into the database (as the
 * survey would store them), so the example does not cost a hundred and fifty requests. Every date moves
 * so that the story's "now" is today (example-timeline.ts).
 */
export async function createExample(app: App, db: Db, opts: { now: Date; expiresAt: Date }): Promise<CreatedExample> {
  const months = exampleShiftMonths(todayInAmsterdam(opts.now));
  const shift = <T>(value: T) => shiftExample(value, months);
  const { title, gemeente } = EXAMPLE_DOSSIER;
  const steps = shift(EXAMPLE_DOSSIER.steps);
  const id = newDossierId();
  const token = newToken();

  // The steps, through the same save as every partner's edits, so the example passes the same checks.
  const owner = {
    kind: 'owner' as const,
    inviteId: null,
    partnerId: EXAMPLE_PARTNER_IDS.gemeente,
    partnerName: gemeente,
    name: null,
  };
  const actor = actorOf(owner);
  await insertDossier(
    db,
    { id, title, gemeente, tokenHash: hashToken(token), ownerPartnerId: EXAMPLE_PARTNER_IDS.gemeente, actor },
    {
      stepId: 'initiatief',
      data: { partners: [{ id: EXAMPLE_PARTNER_IDS.gemeente, kind: 'gemeente', name: gemeente }] },
      status: 'bezig',
    },
  );
  // Set at once: should anything below fail, the sweep still removes what was made.
  await db.query('UPDATE dossiers SET expires_at = $2 WHERE id = $1', [id, opts.expiresAt.toISOString()]);
  const byId = new Map<string, StepDefinition>(STEPS.map((s) => [s.id, s]));
  const by = revisionActorOf({ ...owner, dossierId: id, role: 'bewerken', tekenbevoegd: false });
  for (const stepId of STEP_IDS) {
    const step = byId.get(stepId)!;
    const data = step.schema.parse(steps[stepId]) as Record<string, unknown>;
    await saveStep(db, { dossierId: id, step, data, baseRevision: stepId === 'initiatief' ? 1 : 0, complete: true, actor, by });
  }

  const base = `/api/dossiers/${id}`;
  const call = async <T = unknown>(method: string, path: string, as: string, body?: unknown): Promise<T> => {
    const res = await app.request(path, {
      method,
      headers: { authorization: `Bearer ${as}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    // The example is fixed data: a refusal is a bug to see at once, never a half example to show.
    if (!res.ok) throw new Error(`voorbeeld: ${method} ${path}: ${res.status} ${await res.text()}`);
    return (res.status === 204 ? undefined : await res.json()) as T;
  };
  const invite = (partner: string, name: string, tekenbevoegd: boolean) =>
    call<{ token: string }>('POST', `${base}/invites`, token, { partner, role: 'bewerken', tekenbevoegd, name }).then(
      (r) => r.token,
    );

  // Each partner's signatory signs with a signing link, after the partner's akkoord on every required step.
  const signers: string[] = [];
  for (const s of EXAMPLE_SIGNERS) signers.push(await invite(s.partnerId, s.name, true));
  const links: Record<string, string> = { owner: token };
  for (const [key, r] of Object.entries(EXAMPLE_RESPONDENTS)) links[key] = await invite(r.partnerId, r.name, false);
  for (const step of STEPS.filter((s) => s.agreement.role === 'required'))
    for (const signer of signers) await call('PUT', `${base}/steps/${step.id}/approval`, signer);
  const { version } = await call<{ version: number }>('POST', `${base}/versions`, token);
  for (const [i, s] of EXAMPLE_SIGNERS.entries())
    await call('POST', `${base}/versions/${version}/signatures`, signers[i]!, {
      organisation: s.partnerId,
      name: s.name,
      function: s.function,
      method: 'typed',
      authorised: true,
    });
  await call('POST', `${base}/lifecycle`, token, { event: 'ACTIVATE' });

  // Two evaluation rounds, held one after the other; what the team recorded meanwhile belongs to each.
  const roundIds: string[] = [];
  for (const [i, example] of EXAMPLE_ROUNDS.entries()) {
    const { round } = await call<{ round: { id: string } }>('POST', `${base}/rounds`, token, {
      kind: 'evaluatie',
      plannedOn: shift(example.round.plannedOn),
      focus: example.round.focus,
    });
    const path = `${base}/rounds/${round.id}`;
    roundIds.push(round.id);
    await call('POST', `${path}/open`, token);
    for (const p of EXAMPLE_PROGRESS[i] ?? []) {
      const plan = await call<{ actions: { id: string; progress: { revision: number } | null }[] }>(
        'GET',
        `${base}/actions`,
        token,
      );
      const revision = plan.actions.find((a) => a.id === p.actionId)?.progress?.revision ?? 0;
      await call('PUT', `${base}/actions/${p.actionId}/progress`, links[p.by]!, {
        status: p.status,
        ...(p.note ? { note: p.note } : {}),
        ...(p.doneOn ? { doneOn: shift(p.doneOn) } : {}),
        revision,
      });
    }
    for (const r of example.responses) {
      const answers = shift(r.answers);
      if (r.respondentKey.startsWith('paper:')) {
        const typist = Object.keys(EXAMPLE_RESPONDENTS).find((k) => EXAMPLE_RESPONDENTS[k]!.partnerId === r.partnerId)!;
        await call('PUT', `${path}/paper/${randomUUID()}`, links[typist]!, {
          partnerId: r.partnerId,
          person: r.person,
          answers,
          baseRevision: 0,
          complete: true,
        });
      } else {
        await call('PUT', `${path}/answers/me`, links[r.respondentKey]!, { answers, baseRevision: 0, complete: true });
      }
    }
    const students = await call<{ token: string }>('POST', `${path}/students`, token, {});
    await insertStudentResponses(
      db,
      { id: round.id, tokenHash: hashToken(students.token) },
      example.students.map((s) => {
        const body = studentResponseBody.parse(s);
        return { answers: { answers: body.answers, needs: body.needs }, day: shift(example.round.plannedOn) };
      }),
    );
    await call('POST', `${path}/close`, token);
  }

  await call('POST', `${base}/rounds/${roundIds[EXAMPLE_ROUND_TO_PLAN]}/actions`, token, {});
  for (const k of EXAMPLE_KNOWLEDGE) {
    const { by: who, heldOn, ...activity } = k;
    await call('POST', `${base}/knowledge-activities`, links[who]!, { ...activity, heldOn: shift(heldOn) });
  }
  return { id, token, title };
}
