import type { Round } from '#src/domain/evaluation/api';
import { roundsNl } from '#src/i18n/nl/rounds';

const r = roundsNl.round;

/** Where a round stands, as a list of facts: planned, opened and closed (when and by whom), who answered. */
export function RoundFacts({ round }: { round: Round }) {
  const { responded, invitees, paper } = round.progress;
  const facts: [string, string][] = [
    [r.stateLabel, roundsNl.states[round.state]],
    [r.plannedLabel, roundsNl.day(round.plannedOn)],
  ];
  if (round.focus) facts.push([roundsNl.focus.label, roundsNl.focus.short[round.focus]]);
  if (round.openedAt) facts.push([r.openedLabel, r.by(round.openedAt, round.openedBy)]);
  if (round.closedAt) facts.push([r.closedLabel, r.by(round.closedAt, round.closedBy)]);
  if (round.state !== 'gepland') facts.push([r.countLabel, roundsNl.progress.withPaper(responded, invitees, paper)]);
  if (round.students.enabled) facts.push([roundsNl.studentsSection.title, roundsNl.progress.students(round.students.responses)]);
  return (
    <dl className="sw-round-facts">
      {facts.map(([term, value]) => (
        <div key={term} className="sw-round-fact">
          <dt>{term}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
