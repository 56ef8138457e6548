const nothingMissing = 'Alle verplichte onderdelen zijn compleet.';

/** The agreement: freezing a version, signing, the versions, review, diff and the HTML rendition. */
export const agreementNl = {
  navLink: 'Overeenkomst',
  title: 'De samenwerkingsovereenkomst',
  intro:
    'Als alle verplichte stappen af zijn, legt u de tekst vast als versie. Daarna tekent een bevoegde persoon van elke partnerorganisatie. Zodra iedereen getekend heeft, krijgt u een verzegelde PDF om in uw eigen archief op te slaan.',
  state: 'Stand van zaken',
  review: 'Controleren wat er ondertekend wordt',
  missing: (n: number) => (n === 1 ? 'Er ontbreekt nog 1 onderdeel:' : `Er ontbreken nog ${n} onderdelen:`),
  readyToFreeze: `${nothingMissing} U kunt de tekst vastleggen.`,
  /** Complete, but the button waits for akkoord: never "compleet" next to a disabled button without why. */
  completeButApprovals:
    'Alle verplichte onderdelen zijn ingevuld. Vastleggen kan zodra iedereen akkoord heeft gegeven op de verplichte stappen; hieronder staat wie nog ontbreekt.',
  freeze: 'Tekst vastleggen als versie ter ondertekening',
  freezing: 'Versie wordt vastgelegd…',
  frozen: (n: number) => `Versie ${n} is vastgelegd en ligt ter ondertekening.`,
  draftPdf: 'Concept als PDF downloaden',
  versionPdf: (n: number) => `Versie ${n} als PDF downloaden`,
  sealedPdf: (n: number) => `Verzegelde overeenkomst (versie ${n}) downloaden`,
  downloading: 'PDF wordt gemaakt…',
  versionTitle: (n: number) => `Versie ${n}`,
  hashLabel: 'Controlegetal (SHA-256)',
  frozenAt: 'Vastgelegd op',
  replaces: (n: number) => `Vervangt versie ${n}`,
  versionStatus: { 'ter-ondertekening': 'Ter ondertekening', getekend: 'Getekend', ingetrokken: 'Ingetrokken' },
  signaturesTitle: 'Handtekeningen',
  signedBy: (name: string, fn: string, at: string) => `Getekend door ${name} (${fn}) op ${at}`,
  notSigned: 'Nog niet getekend',
  signTitle: 'Tekenen namens een organisatie',
  signIntro:
    'Teken alleen als u bevoegd bent om deze organisatie te binden, of als u daarvoor een mandaat hebt. Uw handtekening hoort bij precies deze versie: het controlegetal hieronder.',
  organisation: 'Organisatie',
  name: 'Uw naam',
  function: 'Uw functie',
  authorised: (org: string) => `Ik ben bevoegd om namens ${org} te tekenen`,
  authorisedGeneric: 'Ik ben bevoegd om namens deze organisatie te tekenen',
  mandate: 'Tekent u op grond van een mandaat? Van wie?',
  mandateHint: 'Bijvoorbeeld: namens het college van burgemeester en wethouders.',
  method: 'Hoe wilt u tekenen?',
  methodTyped: 'Mijn naam typen',
  methodTypedHint: 'Uw getypte naam geldt als handtekening. Dit werkt volledig met het toetsenbord.',
  methodDrawn: 'Met muis, pen of vinger tekenen',
  padLabel: 'Tekenvlak voor uw handtekening',
  padHint: 'Teken uw handtekening in het vak. Liever met het toetsenbord? Kies dan "Mijn naam typen".',
  padClear: 'Tekenvlak wissen',
  signSubmit: 'Ondertekenen',
  signing: 'Handtekening wordt vastgelegd…',
  signed: (org: string) => `${org} heeft getekend.`,
  allSigned: 'Alle partners hebben getekend. De overeenkomst is getekend.',
  withdraw: 'Versie intrekken',
  withdrawTitle: (n: number) => `Versie ${n} intrekken?`,
  withdrawConfirm:
    'Alle handtekeningen onder deze versie vervallen en de tekst kan weer worden aangepast. Daarna legt u de tekst opnieuw vast en tekent iedereen opnieuw. Dit kunt u niet ongedaan maken.',
  withdrawReason: 'Waarom trekt u deze versie in?',
  withdrawReasonHint: 'De partners zien deze reden, ook wie al getekend heeft.',
  withdrawYes: 'Ja, intrekken',
  withdrawing: 'Versie wordt ingetrokken…',
  /** What freezing, taking into use and amending do, asked before they happen. */
  freezeTitle: (n: number) => `De tekst vastleggen als versie ${n}?`,
  freezeConfirm: (n: number) =>
    `Versie ${n} gaat ter ondertekening naar alle partners. Vanaf dan kan niemand de stappen nog wijzigen. Wilt u daarna toch iets aanpassen, dan trekt u de versie in; wie al tekende, tekent dan opnieuw.`,
  freezeYes: 'Ja, vastleggen',
  activateTitle: 'Overeenkomst in gebruik nemen?',
  activateConfirm:
    'De getekende tekst blijft zoals hij is. Vanaf nu houdt u samen bij hoe het gaat: evaluatierondes, de voortgang van de acties en de kennisactiviteiten. Dit kunt u niet ongedaan maken.',
  activateYes: 'Ja, in gebruik nemen',
  activating: 'Overeenkomst wordt in gebruik genomen…',
  amendTitle: (next: number) => `Een wijziging starten (versie ${next})?`,
  amendConfirm: (current: number, next: number) =>
    `De stappen worden weer bewerkbaar, zodat u samen versie ${next} opstelt. Versie ${current} blijft gelden tot iedereen versie ${next} heeft getekend. Het actieplan in stap 5 neemt de voortgang en de voorgestelde acties mee.`,
  amendYes: 'Ja, wijziging starten',
  amending: 'Wijziging wordt gestart…',
  withdrawn: 'De versie is ingetrokken. U kunt de tekst weer aanpassen.',
  activate: 'Overeenkomst in gebruik nemen',
  activateHint: 'Vanaf nu houdt u de samenwerking bij met evaluatiemomenten.',
  amend: 'Wijziging starten',
  amendStarted: 'U werkt nu aan een wijziging. Leg de nieuwe tekst vast als hij klaar is.',
  historyTitle: 'Alle versies',
  view: (n: number) => `Versie ${n} lezen`,
  changes: (n: number, prev: number) => `Wijzigingen in versie ${n} ten opzichte van versie ${prev}`,
  noVersions: 'Er is nog geen versie vastgelegd.',
  verifyLink: 'Een ontvangen PDF controleren',
  lockedNotice: (version: number, state: string) =>
    `Deze stap is vastgelegd in versie ${version} (${state.toLowerCase()}). U kunt hem hier lezen maar niet wijzigen. Wilt u iets aanpassen? Trek de versie in of start een wijziging op de pagina Overeenkomst.`,
  drawnAlt: (name: string) => `Getekende handtekening van ${name}`,
  print: 'Afdrukken',
  reviewIntro:
    'Zo komt de overeenkomst eruit te zien als u de tekst nu vastlegt. Lees hem samen met de partners na. Wat nog ontbreekt, staat hieronder met een link naar het veld.',
  missingTitle: 'Nog aan te vullen',
  /** "Stap 8, rij 2 (Maak …): Vul een datum in." — the row when the field sits in a list. */
  missingItem: (step: number, title: string, message: string, row?: number) =>
    `Stap ${step}${row ? `, rij ${row}` : ''} (${title}): ${message}`,
  nothingMissing,
  toAgreement: 'Naar de pagina Overeenkomst',
  versionPageTitle: (n: number) => `Overeenkomst, versie ${n}`,
  loadingVersion: 'Versie wordt geladen…',
  diffTitle: (n: number) => `Wat is er veranderd in versie ${n}?`,
  diffIntro: (n: number, prev: number) =>
    `Per stap de tekst van versie ${prev} naast die van versie ${n}. Stappen zonder wijziging staan er niet bij.`,
  diffNone: 'Er is inhoudelijk niets veranderd.',
  noPrevious: 'Deze versie vervangt geen eerdere versie.',
  missingApprovalsTitle: 'Nog niet iedereen akkoord',
  missingApprovals: (n: number) =>
    n === 1 ? 'Er ontbreekt nog 1 akkoord op een verplichte stap.' : `Er ontbreken nog ${n} akkoorden op verplichte stappen.`,
  missingApprovalItem: (step: string, partners: string) => `${step}: nog geen akkoord van ${partners}`,
  overrideTitle: 'Toch vastleggen',
  overrideText:
    'Als eigenaar kunt u de tekst vastleggen zonder het akkoord van iedereen. Uw reden wordt bij de versie en in het logboek bewaard, voor alle partners zichtbaar.',
  overrideReason: 'Waarom legt u de tekst nu toch vast?',
  overrideSubmit: 'Toch vastleggen met deze reden',
  overrideNote: (reason: string) => `Vastgelegd zonder akkoord van iedereen. Reden: ${reason}`,
  ownerCannotSign:
    'Met de eigenaarslink tekent u niet. Maak op de pagina Partners en toegang een tekenbevoegde link voor de bevoegde persoon, ook als u dat zelf bent, en open die om te tekenen.',
  cannotSign:
    'Met uw link kunt u niet tekenen. Alleen een tekenbevoegde link van de organisatie zelf tekent voor haar; vraag de eigenaar van het dossier om zo’n link.',
  /** The checks on a signature (src/domain/agreement/api.ts), for the form and the server. */
  signatureErrors: {
    authorised: 'Bevestig dat u bevoegd bent om namens deze organisatie te tekenen.',
    name: 'Vul de naam van de ondertekenaar in.',
    function: 'Vul de functie van de ondertekenaar in.',
    organisation: 'Kies de organisatie namens wie u tekent.',
    method: 'Kies hoe u tekent: getypt of getekend.',
    imageRequired: 'Zet eerst uw handtekening in het vak.',
    imageNotPng: 'De getekende handtekening moet een PNG-afbeelding zijn.',
    imageTooLarge: 'De getekende handtekening is te groot (hoogstens 200 KB).',
    imageNotAllowed: 'Bij een getypte handtekening hoort geen afbeelding.',
    imageTooManyPixels: (width: number, height: number) =>
      `De getekende handtekening is te groot (hoogstens ${width} bij ${height} beeldpunten). Zet uw handtekening opnieuw.`,
  },
  withdrawErrors: {
    reason: 'Schrijf op waarom u deze versie intrekt. De partners die al tekenden, zien deze reden.',
  },
  unknownEvent: 'Onbekende actie.',
};
