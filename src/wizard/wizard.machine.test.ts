import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createActor, fromPromise, waitFor } from 'xstate';
import { getShortestPaths } from 'xstate/graph';
import { STEPS, getStep } from '#steps/index';
import { STEP_IDS, type StepId } from '#src/domain/step';
import { OVERVIEW, locationOf, routeTo, wizardMachine, type WizardEvent } from './wizard.machine';

const validInitiatief = {
  initiator: 'gemeente',
  occasions: ['welzijn'],
  occasionExplanation: 'Zorgen over het welzijn van leerlingen.',
  partners: [
    { id: 'g', kind: 'gemeente', name: 'Gemeente Leiden' },
    { id: 's', kind: 'school', name: 'Stedelijk Gymnasium', schoolType: 'vo' },
    { id: 'j', kind: 'jongerenwerk', name: 'Jongerenwerk Leiden' },
  ],
  collaborationType: 'wijkgericht',
  intendedStart: '2027-01-15',
};

function start(complete: (input: { stepId: StepId; data: Record<string, unknown> }) => Promise<void> = async () => {}) {
  const actor = createActor(
    wizardMachine.provide({
      actors: { completeStep: fromPromise(({ input }) => complete(input)) },
      // As the app provides it: the step's complete schema from the registry.
      guards: {
        completeSchemaParses: ({ event }, { stepId }) =>
          event.type === 'COMPLETE' && getStep(stepId).schema.safeParse(event.data).success,
      },
    }),
  ).start();
  const at = () => locationOf(actor.getSnapshot().value);
  return { actor, at };
}

describe('wizard machine', () => {
  it('starts on the overview', () => {
    expect(start().at()).toBe(OVERVIEW);
  });

  describe('when in the overview', () => {
    it('opens any step by route (partners jump to their own step)', () => {
      for (const id of STEP_IDS) {
        const { actor, at } = start();
        actor.send(routeTo(id));
        expect(at()).toBe(id);
      }
    });

    it('refuses a route to a step that does not exist', () => {
      const { actor, at } = start();
      actor.send({ type: 'xstate.route', to: '#stap-12' });
      expect(at()).toBe(OVERVIEW);
    });
  });

  describe('when in a step', () => {
    it('Volgende and Vorige move one step', () => {
      const { actor, at } = start();
      actor.send(routeTo('visie'));
      actor.send({ type: 'NEXT' });
      expect(at()).toBe('taakverdeling');
      actor.send({ type: 'PREV' });
      actor.send({ type: 'PREV' });
      expect(at()).toBe('financiering');
    });

    it('refuses Vorige on the first step and Volgende on the last', () => {
      const { actor, at } = start();
      actor.send(routeTo('initiatief'));
      actor.send({ type: 'PREV' });
      expect(at()).toBe('initiatief');
      actor.send(routeTo('structurele-financiering'));
      actor.send({ type: 'NEXT' });
      expect(at()).toBe('structurele-financiering');
    });

    it('goes to the overview from any step', () => {
      const { actor, at } = start();
      actor.send(routeTo('signalen'));
      actor.send({ type: 'OVERVIEW' });
      expect(at()).toBe(OVERVIEW);
    });

    it('refuses to mark a step afgerond when its schema does not parse', () => {
      let called = false;
      const { actor, at } = start(async () => {
        called = true;
      });
      actor.send(routeTo('initiatief'));
      actor.send({ type: 'COMPLETE', data: { ...validInitiatief, partners: [] } });
      expect(actor.getSnapshot().matches({ initiatief: 'editing' } as never)).toBe(true);
      expect(called).toBe(false);
      expect(at()).toBe('initiatief');
    });

    it('marks a complete step afgerond and moves on', async () => {
      const saved: string[] = [];
      const { actor, at } = start(async ({ stepId }) => {
        saved.push(stepId);
      });
      actor.send(routeTo('initiatief'));
      actor.send({ type: 'COMPLETE', data: validInitiatief });
      expect(actor.getSnapshot().matches({ initiatief: 'completing' } as never)).toBe(true);
      await waitFor(actor, (s) => locationOf(s.value) === 'aanspreekpunten');
      expect(saved).toEqual(['initiatief']);
      expect(at()).toBe('aanspreekpunten');
    });

    it('stays on the step with the error when saving the completion fails', async () => {
      const { actor, at } = start(async () => {
        throw new Error('Geen verbinding met de server.');
      });
      actor.send(routeTo('initiatief'));
      actor.send({ type: 'COMPLETE', data: validInitiatief });
      await waitFor(actor, (s) => s.matches({ initiatief: 'editing' } as never));
      expect(at()).toBe('initiatief');
      expect(actor.getSnapshot().context.error).toBe('Geen verbinding met de server.');
    });
  });

  it('reaches every step and the overview (xstate/graph)', () => {
    const events: WizardEvent[] = [
      { type: 'NEXT' },
      { type: 'PREV' },
      { type: 'OVERVIEW' },
      ...STEP_IDS.map((id) => routeTo(id)),
    ];
    const paths = getShortestPaths(wizardMachine, { events });
    const reached = new Set(paths.map((p) => locationOf(p.state.value)));
    expect([...reached].sort()).toEqual([OVERVIEW, ...STEP_IDS].sort());
  });

  it('reaches the last step from the first by Volgende alone', () => {
    const { actor, at } = start();
    actor.send(routeTo('initiatief'));
    for (let i = 1; i < STEP_IDS.length; i++) actor.send({ type: 'NEXT' });
    expect(at()).toBe('structurele-financiering');
  });
});

describe('step registry', () => {
  it('lists the 11 steps in the order of the plan, in the machine and on disk', () => {
    expect(STEPS.map((s) => s.id)).toEqual([...STEP_IDS]);
    expect(STEPS.map((s) => s.number)).toEqual(STEP_IDS.map((_, i) => i + 1));
    const folders = readdirSync(join(process.cwd(), 'steps'), { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .map((d) => d.name)
      .sort();
    expect(folders).toEqual(STEPS.map((s) => `${String(s.number).padStart(2, '0')}-${s.id}`));
    const machineStates = Object.keys(wizardMachine.root.states).filter((k) => k !== OVERVIEW);
    expect(machineStates).toEqual([...STEP_IDS]);
  });

  it('puts steps 1–8 in the starting track and 9–11 in the strengthening track', () => {
    expect(STEPS.filter((s) => s.track === 'starten').map((s) => s.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(STEPS.filter((s) => s.track === 'versterken').map((s) => s.number)).toEqual([9, 10, 11]);
  });

  it('gives every step a title, summary, intro and who acts', () => {
    for (const s of STEPS) {
      expect(s.copy.title.length).toBeGreaterThan(5);
      expect(s.copy.summary.length).toBeGreaterThan(5);
      expect(s.copy.intro.length).toBeGreaterThan(80);
      expect(s.aanZet.length).toBeGreaterThan(0);
    }
  });
});
