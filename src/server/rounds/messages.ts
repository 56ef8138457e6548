/** User-facing error texts of the rounds API. Students read theirs, so those say "je". */
export const ROUND_MESSAGES = {
  unknownRound: 'Deze ronde bestaat niet.',
  evaluationNotNow:
    'Evaluatierondes horen bij een getekende overeenkomst. Zodra elke partner een versie heeft getekend, kunt u ze plannen en houden.',
  baselineNotNow:
    'Een nulmeting komt in stap 4 van de tekst terecht. Nu de tekst vastligt, kan dat alleen in een wijziging van de overeenkomst.',
  notPlanned: 'Deze ronde is al geopend of gesloten. Alleen een geplande ronde kan worden verzet of verwijderd.',
  notOpenYet: 'Deze ronde is nog niet geopend. Antwoorden kan zodra iemand met een bewerklink haar opent.',
  closed: 'Deze ronde is gesloten. De antwoorden blijven bewaard en kunnen niet meer worden gewijzigd.',
  notOpen: 'Alleen een ronde die open is, kan worden gesloten.',
  notClosed: 'De resultaten komen beschikbaar zodra de eigenaar de ronde sluit.',
  reportNotClosed: 'Het evaluatieverslag komt beschikbaar zodra de eigenaar de ronde sluit.',
  reportBaseline: 'Een evaluatieverslag hoort bij een evaluatieronde. De uitkomst van een nulmeting staat in stap 4.',
  closeOwnerOnly: 'Alleen de eigenaar van het dossier (wie het heeft aangemaakt) kan een ronde sluiten.',
  staleRound: 'De ronde is intussen gewijzigd. Laad de ronde opnieuw en probeer het dan nog eens.',
  staleAnswers:
    'Uw antwoorden zijn intussen ergens anders opgeslagen, bijvoorbeeld in een ander venster. Bekijk wat er nu staat en vul daar verder aan.',
  unknownPartner: 'Deze organisatie staat niet bij de partners in stap 1.',
  unknownPaper: 'Dit ingevoerde papieren formulier bestaat niet.',
  tooManyRespondents: (max: number) =>
    `Stap 4 kan hoogstens ${max} respondenten bevatten. Verwijder eerst respondenten in stap 4 of papieren formulieren in deze ronde.`,
  baselineInvalid: 'De scores van deze ronde passen niet in stap 4. Controleer de antwoorden en probeer het opnieuw.',
  studentsBaseline: 'Een leerlingenpeiling hoort bij een evaluatieronde, niet bij een nulmeting.',
  studentsClosed: 'Deze ronde is gesloten; er kan geen nieuwe leerlingenpeiling meer bij.',
} as const;

export const STUDENT_MESSAGES = {
  unauthorized: 'Open de vragenlijst via de link of QR-code die je hebt gekregen.',
  unknown: 'Deze vragenlijst bestaat niet (meer). Vraag je docent om de goede link.',
  notYetOpen: 'Deze vragenlijst is nog niet open. Probeer het later nog eens.',
  closed: 'Deze vragenlijst is gesloten. Bedankt dat je mee wilde doen!',
  full: 'Er hebben al genoeg leerlingen meegedaan: deze vragenlijst is vol. Bedankt dat je mee wilde doen!',
  already: 'Je hebt deze vragenlijst al ingevuld. Bedankt!',
  throttled: (seconds: number) =>
    `Er komen nu heel veel antwoorden tegelijk binnen. Probeer het over ${seconds} seconden nog een keer.`,
  tooManyFailures: (seconds: number) =>
    `Te veel pogingen met een link die niet klopt. Probeer het over ${seconds} seconden opnieuw.`,
} as const;
