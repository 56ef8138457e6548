/**
 * Texts of the agreement document itself. What partners filled in is labelled with each step's own
 * copy; these are only the words the document adds around it.
 */
export const agreementCopy = {
  documentTitle: 'Samenwerkingsovereenkomst',
  subtitle: 'Samenwerking tussen jongerenwerk, school en gemeente',
  sectionTitle: (n: number, title: string) => `Stap ${n} — ${title}`,
  versionLabel: (n: number) => `Versie ${n}`,
  draftVersionLabel: (n: number) => `Concept voor versie ${n}`,
  hashLabel: 'Hash',
  /** Across every page of a draft. */
  watermark: 'CONCEPT',
  banners: {
    concept: 'CONCEPT — niet ondertekend',
    'ter-ondertekening': 'TER ONDERTEKENING — nog niet door alle partners ondertekend',
    ingetrokken: 'INGETROKKEN — deze versie is niet van kracht',
  },
  cover: {
    gemeente: 'Gemeente',
    partners: 'Partners',
    period: 'Looptijd en versie',
    intendedStart: 'Beoogde start',
    fundingPeriod: 'Financiering (stap 3)',
    fundingFrom: (from: string) => `vanaf ${from}`,
    fundingRange: (from: string, to: string) => `${from} tot en met ${to}`,
    fundingStructural: 'deels structureel',
    version: 'Versie',
    status: 'Status',
    frozenAt: 'Vastgesteld op',
    hash: 'Inhoud (SHA-256)',
    replaces: 'Vervangt',
    replacesValue: (n: number, shortHash: string) => `versie ${n} (${shortHash})`,
    draftNote: (at: string) =>
      `Dit is een concept, afgedrukt op ${at}. De tekst kan nog veranderen; alleen een vastgestelde en door alle partners ondertekende versie is bindend.`,
    pendingNote:
      'Deze versie ligt ter ondertekening. Zij is pas van kracht als een bevoegde vertegenwoordiger van elke partner heeft getekend.',
    withdrawnNote: 'Deze versie is ingetrokken voordat alle partners hadden getekend. De handtekeningen zijn vervallen.',
    signedNote: (at: string) => `Deze versie is door alle partners ondertekend; de laatste handtekening is gezet op ${at}.`,
    replacesNote: (n: number) => `Deze versie vervangt versie ${n} van de overeenkomst.`,
  },
  statuses: {
    concept: 'Concept',
    'ter-ondertekening': 'Ter ondertekening',
    getekend: 'Getekend door alle partners',
    ingetrokken: 'Ingetrokken',
  },
  toc: 'Inhoud',
  annex: (n: number, name: string) => `Bijlage ${n} — ${name}`,
  annexReference: (n: number, rows: number, page: string) =>
    `De ${rows === 1 ? 'regel' : `${rows} regels`} staan in bijlage ${n}${page ? ` (pagina ${page})` : ''}, liggend afgedrukt zodat elke kolom leesbaar blijft. De bijlage hoort bij deze overeenkomst.`,
  signatures: {
    title: 'Ondertekening',
    intro: (n: number | null, shortHash: string) =>
      `Aldus overeengekomen. Elke partner tekent door een daartoe bevoegde vertegenwoordiger voor ${n === null ? 'dit concept' : `versie ${n}`} van deze overeenkomst, met inhoud-hash ${shortHash}.`,
    name: 'Naam',
    function: 'Functie',
    organisation: 'Organisatie',
    authority: 'Bevoegdheid',
    authorised: (organisation: string) => `Bevoegd om namens ${organisation} te tekenen`,
    mandate: (mandate: string) => `Onder mandaat: ${mandate}`,
    signedAt: 'Getekend op',
    method: 'Wijze',
    methods: { typed: 'Getypte naam', drawn: 'Getekende handtekening' },
    notSigned: 'Nog niet ondertekend',
    voided: 'Vervallen (versie ingetrokken)',
  },
  evidence: {
    title: 'Verantwoording',
    intro:
      'Deze pagina legt vast welke tekst is ondertekend, door wie en wanneer. De hash is een vingerafdruk van de volledige inhoud: verandert er één teken, dan verandert de hash.',
    dossier: 'Dossier',
    version: 'Versie',
    status: 'Status',
    hash: 'Inhoud-hash (SHA-256)',
    hashMethod: 'Berekening',
    hashMethodValue: 'SHA-256 over de canonieke JSON (RFC 8785) van de vastgestelde inhoud van alle stappen',
    replaces: 'Vervangt',
    override: 'Akkoord',
    overrideValue: (reason: string) => `Vastgesteld zonder akkoord van elke partner op elke stap. Reden: ${reason}`,
    events: 'Gebeurtenissen',
    eventColumns: { time: 'Tijdstip', event: 'Gebeurtenis', detail: 'Toelichting' },
    eventKinds: {
      freeze: 'Tekst vastgesteld',
      sign: 'Ondertekend',
      complete: 'Alle partners hebben getekend',
      withdraw: 'Versie ingetrokken',
      void: 'Handtekening vervallen',
    },
    frozenBy: (actor: string) => `Vastgesteld via ${actor}; de inhoud-hash is vanaf dat moment vast.`,
    signedDetail: (name: string, organisation: string, method: string) =>
      `${name} namens ${organisation} (${method.toLowerCase()})`,
    signatureColumns: {
      organisation: 'Organisatie',
      signer: 'Ondertekenaar',
      method: 'Wijze',
      time: 'Tijdstip',
      hash: 'Getekende hash',
    },
    hashMatches: (short: string) => `${short} (gelijk)`,
    hashDiffers: (short: string) => `${short} (AFWIJKEND)`,
    sealNote:
      'Het pdf-bestand van deze getekende versie is verzegeld met een elektronisch zegel (PAdES). Elke wijziging aan het bestand maakt het zegel ongeldig. Controleer een exemplaar via "Controleer een overeenkomst" in Samenwerkwijzer.',
    draftNote:
      'Een concept is nog niet vastgesteld: de hash hieronder hoort bij de tekst zoals die nu is en verandert bij elke wijziging.',
    generatedAt: 'Afgedrukt op',
  },
  metadata: {
    author: (gemeente: string) => `${gemeente} / Samenwerkwijzer`,
    subject: (title: string, version: string) => `Samenwerkingsovereenkomst “${title}”, ${version.toLowerCase()}`,
  },
  fileName: (slug: string, version: number | null) =>
    `samenwerkingsovereenkomst-${slug}-${version === null ? 'concept' : `versie-${version}`}.pdf`,
  // Words inside sections that no step copy holds.
  sections: {
    period: 'Periode',
    structural: 'Structureel',
    total: 'Totaal',
    evaluationDates: (years: number) => `Evaluatiemomenten in de eerste ${years === 1 ? 'twaalf maanden' : `${years} jaar`}`,
    conversation: 'Afspraken uit de gesprekskaart',
    prioritiesNote: (organisations: number, respondents: number) =>
      `Op basis van de scores van ${respondents === 1 ? '1 persoon' : `${respondents} personen`} uit ${organisations === 1 ? '1 organisatie' : `${organisations} organisaties`}.`,
    actionPlan: 'Actieplan',
    actionColumns: {
      number: 'Nr.',
      what: 'Actie',
      lead: 'Leiding',
      when: 'Planning',
      needs: 'Nodig',
      indicator: 'Indicator',
      status: 'Status',
    },
    actionFactor: (label: string) => `Werkzame factor: ${label}`,
    actionStep: (label: string) => `Hoort bij ${label}`,
    actionInvolved: (who: string) => `Met: ${who}`,
    actionHours: (hours: string) => `${hours} uur`,
    roleOf: (partner: string) => partner,
    searchStartFromStep3: (date: string) => `${date} (datum uit stap 3)`,
  },
};
