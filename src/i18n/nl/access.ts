/** "Partners en toegang": invite links and their rights, who this link is, akkoord per step, the audit log. */
export const accessNl = {
  title: 'Partners en toegang',
  intro:
    'Elke partnerorganisatie werkt via eigen links. Maak per persoon een link met de rechten die hij of zij nodig heeft. Een link kunt u altijd intrekken: hij werkt dan meteen niet meer.',
  notOwner: 'Alleen de eigenaar van het dossier (wie het heeft aangemaakt) beheert de partners en wie toegang heeft.',
  partnersTitle: 'Partners in dit dossier',
  noPartners: 'In stap 1 staan nog geen partnerorganisaties.',
  joinTitle: 'Komt er een organisatie bij?',
  joinText: 'Een nieuwe partner (toetreding) voegt u toe in stap 1. Daarna maakt u hier een link voor die organisatie.',
  joinLink: 'Naar stap 1: partners toevoegen',
  linksLoading: 'Links worden geladen…',
  linksFailed: 'De links konden niet worden geladen.',
  noLinks: 'Nog geen links voor deze organisatie.',
  colRole: 'Mag',
  colSign: 'Tekenen',
  colCreated: 'Gemaakt',
  unnamed: 'Zonder naam',
  signs: 'Mag tekenen',
  revoke: 'Intrekken',
  linkOf: (who: string) => `link van ${who}`,
  reissue: 'Opnieuw uitgeven',
  revokeTitle: (who: string) => `De link van ${who} intrekken?`,
  revokeConfirm: (who: string) =>
    `Met deze link kan ${who} het dossier daarna niet meer openen. Dit kunt u niet ongedaan maken; u kunt wel een nieuwe link maken.`,
  revokeYes: 'Ja, intrekken',
  reissueTitle: (who: string) => `Een nieuwe link voor ${who} maken?`,
  reissueConfirm: (who: string) =>
    `De huidige link van ${who} werkt daarna niet meer. U krijgt een nieuwe link met dezelfde rechten, om opnieuw te sturen.`,
  reissueYes: 'Ja, nieuwe link maken',
  revoked: (who: string) => `De link van ${who} is ingetrokken. Hij werkt vanaf nu niet meer.`,
  revokedTitle: (n: number) => (n === 1 ? '1 ingetrokken link' : `${n} ingetrokken links`),
  revokedOn: (who: string, at: string) => `${who}: ingetrokken op ${at}`,
  busy: 'Bezig…',
  newLink: (who: string) => `Nieuwe link voor ${who}`,
  orphansTitle: 'Links van organisaties die niet meer in stap 1 staan',
  orphansText: 'Deze organisaties zijn uit stap 1 gehaald. Hun links werken nog tot u ze intrekt.',
  name: 'Naam van de persoon',
  nameHint: 'Voor wie is de link? De naam staat in deze lijst en bij wat die persoon doet.',
  role: 'Wat mag deze link?',
  roles: { bewerken: 'Bewerken', lezen: 'Alleen lezen' },
  roleBewerkenHint: 'Meeschrijven in alle stappen en akkoord geven namens de organisatie.',
  roleLezenHint: 'Alles bekijken, niets wijzigen.',
  tekenbevoegd: 'Mag namens deze organisatie de overeenkomst tekenen',
  tekenbevoegdHint: 'Alleen voor wie de organisatie mag binden, zoals een directeur of bestuurder. Kan alleen met Bewerken.',
  submit: 'Link maken',
  creating: 'Link wordt gemaakt…',
  createFailed: 'De link kon niet worden gemaakt.',
  createdLabel: (who: string) => `Link voor ${who}`,
  createdWarning: (partner: string) =>
    `Kopieer de link nu: hij wordt maar één keer getoond. Wie hem heeft, werkt namens ${partner} met deze rechten. Stuur hem alleen naar de persoon voor wie hij is. Opent u hem zelf in deze browser, dan werkt u hier als die partner; op het overzicht kiest u dan weer uw eigen link.`,
  /** A message to send with a new link: who it is for, what the link does, what to do. */
  invitationLabel: (who: string) => `Uitnodiging om te sturen aan ${who}`,
  invitationCopy: 'Uitnodiging kopiëren',
  invitation: (v: { who?: string; partner: string; dossier: string; role: 'bewerken' | 'lezen'; signs: boolean; link: string }) =>
    [
      v.who ? `Beste ${v.who},` : 'Beste collega,',
      '',
      `U bent uitgenodigd voor de samenwerking "${v.dossier}" in Samenwerkwijzer, namens ${v.partner}. ${
        v.role === 'lezen'
          ? 'Met de link hieronder kunt u alles lezen.'
          : 'Met de link hieronder kunt u meeschrijven aan de afspraken en akkoord geven namens uw organisatie.'
      }${v.signs ? ' U kunt er ook de overeenkomst mee tekenen zodra die klaarligt.' : ''}`,
      '',
      v.link,
      '',
      'Open de link in uw browser; u hoeft geen account te maken. De link is persoonlijk: stuur hem niet door.',
      '',
      'Met vriendelijke groet,',
    ].join('\n'),
  me: {
    owner: (partner: string) => `U werkt als eigenaar van het dossier, namens ${partner}.`,
    bewerken: (partner: string) => `U werkt namens ${partner} en kunt meeschrijven.`,
    lezen: (partner: string) => `U werkt namens ${partner} en kunt alleen lezen.`,
    person: (name: string) => `Deze link is gemaakt voor ${name}.`,
    signs: 'U mag namens deze organisatie tekenen.',
    unknownPartner: 'een organisatie die niet (meer) in stap 1 staat',
    ownerShort: (partner: string) => `eigenaar, namens ${partner}`,
    readOnlyShort: 'alleen lezen',
    signsShort: 'tekenbevoegd',
    otherLinksIntro: 'In deze browser hebt u dit dossier ook met een andere link geopend:',
    workAs: (who: string) => `Verder als ${who}`,
    unknownWho: 'een eerder geopende link',
  },
  readOnlyNotice: 'U hebt een link om te lezen. U kunt alles bekijken, maar niets wijzigen.',
  aanZetIntro:
    'Per partner de stappen die op hen wachten: hun soort organisatie is aan zet en ze hebben nog geen akkoord gegeven.',
  waitingNone: 'Niets: akkoord op alle stappen waar deze partner aan zet is.',
  waitingStep: (n: number, title: string) => `${title} (stap ${n})`,
  /** "Akkoord": the heading under a step and the label on the overview. */
  approval: 'Akkoord',
  approvalsNone: 'nog niemand',
  approveIntro:
    'Akkoord geldt voor de stap zoals hij nu is opgeslagen. Verandert er daarna iets, dan vervalt het akkoord van iedereen en wordt het opnieuw gevraagd.',
  approve: (partner: string) => `Akkoord voor ${partner}`,
  approved: (partner: string) => `${partner} heeft akkoord gegeven op deze versie van de stap.`,
  notApproved: (partner: string) => `${partner} heeft nog geen akkoord gegeven op deze versie van de stap.`,
  approvedBy: 'Akkoord gegeven door',
  /** Akkoord on every afgerond step at once, for the caller's own organisation. */
  bulk: {
    title: 'Akkoord in één keer',
    intro: (partner: string, n: number) =>
      n === 1
        ? `Deze stap is afgerond en heeft nog geen akkoord van ${partner}:`
        : `Deze ${n} stappen zijn afgerond en hebben nog geen akkoord van ${partner}:`,
    button: (n: number) =>
      n === 1 ? 'Akkoord geven op de stap die klaar is' : `Akkoord geven op alle ${n} stappen die klaar zijn`,
    busy: 'Akkoord wordt opgeslagen…',
    done: (partner: string, n: number) =>
      n === 1 ? `${partner} heeft akkoord gegeven op 1 stap:` : `${partner} heeft akkoord gegeven op ${n} stappen:`,
    failed: (n: number) =>
      n === 1
        ? 'Op 1 stap lukte het niet. Open de stap en probeer het daar:'
        : `Op ${n} stappen lukte het niet. Open de stap en probeer het daar:`,
  },
  approving: 'Akkoord wordt opgeslagen…',
  /** The owner's download of the append-only audit log. */
  audit: {
    title: 'Logboek',
    intro:
      'Alles wat in dit dossier is gedaan staat in een logboek dat niet kan worden gewijzigd: welke handeling, waarop, met welk resultaat, door wie en wanneer. U kunt het downloaden als CSV-bestand voor Excel of een ander rekenprogramma.',
    download: 'Logboek downloaden (CSV)',
    downloading: 'Logboek wordt opgehaald…',
    done: 'Het logboek is gedownload.',
  },
  /** The checks on invites and the owner's override (src/domain/access.ts), for the forms and the server. */
  errors: {
    role: 'Kies wat deze link mag: bewerken of alleen lezen.',
    partner: 'Kies de organisatie waarvoor deze link is.',
    tekenbevoegdNeedsEdit: 'Een link die mag tekenen, moet ook mogen bewerken. Kies "Bewerken" of zet "Mag tekenen" uit.',
    reason: 'Leg uit waarom de tekst zonder akkoord van iedereen wordt vastgelegd.',
  },
};
