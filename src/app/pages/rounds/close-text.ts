import type { Round } from '#src/domain/evaluation/api';
import { roundsNl } from '#src/i18n/nl/rounds';

/** What closing means for this round, with where it stands now: said before the owner confirms. */
export function closeText(round: Round) {
  const { responded, invitees, paper } = round.progress;
  const progress = roundsNl.progress.withPaper(responded, invitees, paper);
  return round.kind === 'nulmeting' ? roundsNl.confirm.closeBaselineBody(progress) : roundsNl.confirm.closeBody(progress);
}
