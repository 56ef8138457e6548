import type { StepCopyBase } from '#src/domain/step';
import { MEETING_FREQUENCY_CHOICES } from '#src/domain/catalogue/choices';

export const copy = {
  title: 'Maak afspraken over het uitwisselen van signalen',
  summary: 'Welke signalen u deelt, met wie, hoe vaak en met respect voor de privacy van jongeren.',
  intro:
    'Een los signaal zegt vaak weinig, maar naast andere waarnemingen kan het laten zien dat het niet goed gaat met een jongere. Spreek daarom af hoe school en jongerenwerk signalen delen, ook als ze onbelangrijk lijken, en hoe u de privacy van jongeren bewaakt. Deze afspraken gaan over de manier van werken: vul hier nooit gegevens over een individuele jongere in. Aan zet: school en jongerenwerk.',
  signalKinds: {
    label: 'Welke signalen deelt u met elkaar?',
    hint: 'Kies alles wat van toepassing is. Deel liever een signaal te veel dan te weinig; juist kleine dingen samen geven een beeld.',
  },
  signalKindsOther: { label: 'Welke andere signalen?' },
  receivers: {
    legend: 'Wie ontvangt de signalen?',
    school: { label: 'Op school', hint: 'Functie en naam, bijvoorbeeld de zorgcoördinator.' },
    youthWork: { label: 'Bij het jongerenwerk', hint: 'Functie en naam, bijvoorbeeld de jongerenwerker die op de school werkt.' },
  },
  channels: {
    label: 'Hoe geeft u signalen aan elkaar door?',
    hint: 'Kies alles wat u gebruikt. Kies wegen die passen bij gevoelige informatie.',
  },
  channel: {
    label: 'Toelichting op de manier van doorgeven',
    hint: 'Bijvoorbeeld: wat bespreekt u alleen mondeling, en wat zet u nooit in gewone e-mail of chat?',
  },
  meetingFrequency: {
    label: 'Hoe vaak is er een kort signaleringsoverleg?',
  },
  frequencies: MEETING_FREQUENCY_CHOICES,
  meetingFrequencyOther: { label: 'Welke andere regelmaat?' },
  anonymousFirst: {
    label: 'Bespreekt u een zorg eerst zonder de naam van de jongere te noemen?',
    hint: 'Vaak is advies over een situatie al genoeg, en hoeft niemand te weten om wie het gaat.',
  },
  consentRules: {
    label: 'Afspraken over toestemming',
    hint: 'Wanneer vraagt u toestemming, aan wie en hoe legt u dat vast? En wanneer deelt u zonder toestemming?',
  },
  acute: {
    legend: 'Bij acute zorgen over veiligheid',
    route: {
      label: 'Welke route volgt u?',
      hint: 'Beschrijf hoe u de Meldcode huiselijk geweld en kindermishandeling toepassen en wie contact opneemt met Veilig Thuis.',
    },
    contactName: {
      label: 'Contactpersoon bij acute zorgen',
      hint: 'Bijvoorbeeld de aandachtsfunctionaris meldcode, of de regionale Veilig Thuis-organisatie.',
    },
    contactEmail: { label: 'E-mailadres bij acute zorgen' },
    contactPhone: { label: 'Telefoonnummer bij acute zorgen', hint: 'Veilig Thuis is landelijk te bellen via 0800-2000.' },
  },
  radicalisation: {
    legend: 'Bij zorgen over radicalisering',
    route: {
      label: 'Welke route volgt u?',
      hint: 'Bijvoorbeeld: wie overlegt eerst anoniem met het meldpunt van de gemeente, na overleg met wie, en wie houdt contact met de jongere.',
    },
    contactName: {
      label: 'Meldpunt of contactpersoon bij de gemeente',
      hint: 'De plek bij de gemeente waar professionals met zorgen over radicalisering terechtkunnen.',
    },
    contactEmail: { label: 'E-mailadres van het meldpunt' },
    contactPhone: { label: 'Telefoonnummer van het meldpunt' },
  },
  /** E-mail and phone of a route: at least one of the two. */
  oneOfContact: 'Vul een e-mailadres of een telefoonnummer in; één van de twee is genoeg.',
  privacyCovenant: {
    label: 'Is er een privacyconvenant dat het delen van informatie tussen de partners regelt?',
  },
  errors: {
    signalKindsOtherRequired: 'Beschrijf welke andere signalen u deelt.',
    meetingFrequencyOtherRequired: 'Beschrijf hoe vaak het overleg plaatsvindt.',
    contactDetailsRequired: 'Vul een e-mailadres of een telefoonnummer in.',
  },
} satisfies StepCopyBase & Record<string, unknown>;
