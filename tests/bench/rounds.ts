/**
 * Evaluation rounds, against the real server in its own process (as `npm start` runs it):
 * - Student survey: 1 000 answers from 50 concurrent clients (each answer a new browser, all from one
 *   address as a school behind its router is), 0 errors, p95 latency ≤ 100 ms.
 * - Results and trends: a signed dossier with 6 closed rounds × 30 respondents (full answers); the
 *   data a results page needs (the round's results and the trends, fetched together) ≤ 100 ms median.
 * - The last round's evaluation report ("Evaluatieverslag ronde 6", trends of all 6 rounds) as PDF,
 *   downloaded over HTTP from the server process (rendered on its PDF thread): ≤ 1 s median.
 * Both are measured after a warm-up, so the first requests' compilation and caches do not count.
 */
import { performance } from 'node:perf_hooks';
import { createApi, type Api } from '#src/sync/api';
import { STEPS } from '#steps/index';
import { FACTORS } from '#src/domain/catalogue/factors';
import { STUDENT_QUESTIONS } from '#src/domain/evaluation/atoms';
import { STUDENT_NEED_VALUES, type StudentResponseBody } from '#src/domain/evaluation/student-survey';
import { startApp, removeDir } from '#tests/utils/app-process';
import { fullSteps } from '#tests/utils/full-dossier';

const p95 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length * 0.95)]!;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const REQUIRED = STEPS.filter((s) => s.agreement.role === 'required').map((s) => s.id);
const ANSWERS = ['ja', 'nee', 'weet_niet'] as const;

/** The example grown to 3 partners, 40 actions, 25 factors; every partner signs. */
async function signedDossier(api: Api) {
  const d = await api.createDossier({ title: 'Bench rondes', gemeente: 'Gemeente Westerhaven' });
  const steps = fullSteps();
  const revisions: Record<string, number> = {};
  for (const step of STEPS) {
    const res = await api.putStep(d.id, d.token, step.id, {
      data: steps[step.id] as Record<string, unknown>,
      baseRevision: step.id === 'initiatief' ? 1 : 0,
      complete: true,
    });
    revisions[step.id] = res.revision;
  }
  const dossier = await api.getDossier(d.id, d.token);
  const signers: Record<string, string> = {};
  for (const p of dossier.partners) {
    signers[p.id] = (
      await api.createInvite(d.id, d.token, { partner: p.id, role: 'bewerken', tekenbevoegd: true, name: `Tekenaar ${p.name}` })
    ).token;
    for (const stepId of REQUIRED) await api.approve(d.id, signers[p.id]!, stepId, revisions[stepId]!);
  }
  const { version } = await api.freeze(d.id, d.token);
  for (const p of dossier.partners) {
    await api.sign(d.id, signers[p.id]!, version, {
      organisation: p.id,
      name: 'Ada Jansen',
      function: 'Directeur',
      method: 'typed',
      authorised: true,
    });
  }
  return { ...d, partners: dossier.partners, signers, steps };
}

/** One person's full answers, different per person and round. */
function answers(person: number, round: number, actionIds: string[], goalIds: string[], partnerId: string) {
  const pick = <T>(xs: readonly T[], k: number) => xs[(person * 7 + round * 3 + k) % xs.length]!;
  const scale = (k: number) => ((person + round + k) % 5) + 1;
  return {
    presence: Object.fromEntries(FACTORS.map((f, k) => [f.id, k % 9 === 0 ? 'weet_niet' : scale(k)])),
    actions: Object.fromEntries(
      actionIds.slice(0, 12).map((id, k) => [
        id,
        {
          status: pick(['gepland', 'bezig', 'gereed', 'uitgesteld'], k),
          wentWell: `Ging goed ${k}`,
          couldBeBetter: k % 2 ? `Kan beter ${k}` : '',
        },
      ]),
    ),
    agreements: {
      roles: pick(['ja', 'deels', 'nee'], 1),
      meetings: pick(['ja', 'deels', 'nee'], 2),
      contactPersons: pick(['ja', 'deels'], 3),
      notes: 'Toelichting bij de afspraken.',
    },
    experiences: Object.fromEntries(
      ['leerlingen', 'docenten', 'zorg', 'jongerenwerkers', 'gemeente'].map((p, k) => [
        p,
        { rating: scale(k), notes: `Ervaring ${p}` },
      ]),
    ),
    signals: { works: pick(['ja', 'deels', 'nee'], 4), notes: 'Signalen komen op tijd binnen.' },
    externalFactors: 'Een collega was een tijd ziek.',
    tops: `Top van persoon ${person} in ronde ${round}: de korte lijnen werken.`,
    tips: `Tip van persoon ${person}: vaker samen in de pauzes.`,
    knelpunten: [
      { id: `k-${person}-1`, knelpunt: 'Er is te weinig ruimte op dinsdag.', oplossing: 'Een tweede lokaal reserveren.' },
      { id: `k-${person}-2`, knelpunt: 'Roosters botsen.', oplossing: 'Overleg op vrijdag.' },
    ],
    newActions: [{ id: `n-${person}`, what: 'Sporttoernooi na schooltijd', leadPartnerId: partnerId, deadline: '2028-10-01' }],
    reach: {
      studentsPerWeek: 60 + person * 2,
      studentsCoached: 8 + (person % 6),
      groups: 2 + (person % 3),
      contactMoments: 10 + person,
    },
    goals: Object.fromEntries(
      goalIds.map((id, k) => [id, { measured: `Gemeten ${k}`, behind: pick(['ja', 'ja', 'deels', 'nee'], k) }]),
    ),
    behindVision: pick(['ja', 'ja', 'deels'], 5),
  };
}

function student(i: number): StudentResponseBody {
  return {
    answers: Object.fromEntries(STUDENT_QUESTIONS.map((q, k) => [q, ANSWERS[(i + k) % 3]])) as StudentResponseBody['answers'],
    needs: STUDENT_NEED_VALUES.filter((_, k) => (i + k) % 4 === 0),
  };
}

/** POSTs without cookies: every answer comes from a browser that has not answered yet. */
async function studentPosts(url: string, token: string, count: number, concurrency: number) {
  const latencies: number[] = [];
  let errors = 0;
  let next = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < count) {
        const i = next++;
        const t0 = performance.now();
        try {
          const res = await fetch(`${url}/api/peiling`, {
            method: 'POST',
            headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
            body: JSON.stringify(student(i)),
          });
          await res.arrayBuffer();
          if (res.status !== 201) errors++;
        } catch {
          errors++;
        }
        latencies.push(performance.now() - t0);
      }
    }),
  );
  return { latencies, errors };
}

export async function roundsBenchmarks() {
  const app = await startApp({ warm: true });
  const api = createApi({ baseUrl: app.url });
  try {
    const d = await signedDossier(api);
    const actionIds = ((d.steps.taakverdeling as { actionPlan: { id: string }[] }).actionPlan ?? []).map((a) => a.id);
    const goalIds = ((d.steps.visie as { goals: { id: string }[] }).goals ?? []).map((g) => g.id);
    // 30 respondents: the owner, the three signers and 26 more links (the invite limit per dossier is 30).
    const links: { token: string; partnerId: string }[] = [{ token: d.token, partnerId: d.partners[0]!.id }];
    for (const p of d.partners) links.push({ token: d.signers[p.id]!, partnerId: p.id });
    for (let i = 0; links.length < 30; i++) {
      const p = d.partners[i % d.partners.length]!;
      links.push({
        token: (
          await api.createInvite(d.id, d.token, {
            partner: p.id,
            role: i % 4 ? 'bewerken' : 'lezen',
            tekenbevoegd: false,
            name: `Persoon ${i}`,
          })
        ).token,
        partnerId: p.id,
      });
    }

    // Six rounds by hand (the schedule's planned ones removed), each answered by all 30 people; the
    // students answer the first two while they are open (a warm-up of 50, then the measured 1 000).
    for (const r of (await api.rounds(d.id, d.token)).rounds) await api.deleteRound(d.id, d.token, r.id);
    const roundIds: string[] = [];
    for (let k = 0; k < 6; k++) {
      const plannedOn = `20${28 + Math.floor(k / 2)}-${k % 2 ? '12' : '06'}-15`;
      const { round } = await api.createRound(d.id, d.token, { kind: 'evaluatie', plannedOn });
      await api.openRound(d.id, d.token, round.id);
      roundIds.push(round.id);
    }
    const survey = async (roundId: string) => (await api.createStudentSurvey(d.id, d.token, roundId, { cap: 5000 })).token;
    await studentPosts(app.url, await survey(roundIds[0]!), 50, 10);
    const students = await studentPosts(app.url, await survey(roundIds[1]!), 1000, 50);
    const received = (await api.round(d.id, d.token, roundIds[1]!)).round.students.responses;
    for (const [k, roundId] of roundIds.entries()) {
      await Promise.all(
        links.map((l, person) =>
          api.putMyAnswers(d.id, l.token, roundId, {
            answers: answers(person, k, actionIds, goalIds, l.partnerId),
            baseRevision: 0,
          }),
        ),
      );
      await api.closeRound(d.id, d.token, roundId);
    }
    const last = roundIds.at(-1)!;
    const pageData = () => Promise.all([api.roundResults(d.id, d.token, last), api.trends(d.id, d.token)]);
    for (let i = 0; i < 5; i++) await pageData();
    const times: number[] = [];
    let series = 0;
    let respondents = 0;
    for (let i = 0; i < 30; i++) {
      const t0 = performance.now();
      const [results, trends] = await pageData();
      times.push(performance.now() - t0);
      series = trends.series.length;
      respondents = results.response.responded + results.response.paper;
    }

    // The report of the last round, downloaded as a browser would; the first downloads warm up its layout code.
    const reportPdf = async () => new Uint8Array(await (await api.roundReportPdf(d.id, d.token, last)).arrayBuffer());
    for (let i = 0; i < 3; i++) await reportPdf();
    const reportTimes: number[] = [];
    let report = new Uint8Array();
    for (let i = 0; i < 10; i++) {
      const t0 = performance.now();
      report = await reportPdf();
      reportTimes.push(performance.now() - t0);
    }
    const pages = (
      Buffer.from(report)
        .toString('latin1')
        .match(/\/Type\s*\/Page\b/g) ?? []
    ).length;

    return {
      report: { medianMs: median(reportTimes), maxMs: Math.max(...reportTimes), pages, kb: report.length / 1024 },
      students: {
        count: students.latencies.length,
        errors: students.errors,
        received,
        p95Ms: p95(students.latencies),
        medianMs: median(students.latencies),
      },
      results: { rounds: roundIds.length, respondents, series, medianMs: median(times), p95Ms: p95(times) },
    };
  } finally {
    await app.stop();
    removeDir(app.dataDir);
  }
}
