/** Texts of the pre-sharing checklist (step 6). The questions and outcomes are data the pure flow reads. */
export const checklistCopy = {
  title: 'Controlelijst: mag ik deze informatie delen?',
  intro:
    'Twijfelt u of u iets over een jongere mag doorgeven aan de school, het jongerenwerk of een andere organisatie? Loop dan deze vragen door, op het moment dat het speelt. Aan het eind ziet u wat u in uw eigen dossier vastlegt.',
  nothingStored:
    'Deze controlelijst bewaart niets. Uw antwoorden staan alleen op dit scherm: ze worden niet opgeslagen, niet naar de server gestuurd en zijn weg zodra u de pagina verlaat of opnieuw begint. Er is ook nergens plek voor een naam of andere gegevens van de jongere: schrijf die alleen in uw eigen dossier.',
  start: 'Controlelijst starten',
  close: 'Controlelijst sluiten',
  next: 'Volgende vraag',
  back: 'Vorige vraag',
  restart: 'Opnieuw beginnen',
  chooseFirst: 'Kies eerst een antwoord.',
  questionNumber: (n: number) => `Vraag ${n}`,
  workingMethod: {
    title: 'De werkwijze in zeven stappen',
    intro:
      'Bij zorgen over radicalisering helpt de landelijke werkwijze voor het delen van informatie. Deze controlelijst volgt die stappen.',
    reconstruction: '(reconstructie)',
    reconstructionNote:
      'Alleen stap 1 konden we in de openbare bron nalezen. Stap 2 tot en met 7 zijn onze eigen reconstructie: lees de werkwijze zelf na.',
  },
  external: '(externe website)',
  links: {
    title: 'Meer weten',
    workingMethod: {
      text: 'Werkwijze informatie delen bij mogelijke radicalisering',
      href: 'https://www.socialestabiliteit.nl/werkwijze-informatie-delen-bij-mogelijke-radicalisering',
    },
    jeugdconnect: {
      text: 'Jeugdconnect: wat mag u delen en hoe zit het met uw beroepsgeheim?',
      href: 'https://www.jeugdconnect.nl',
    },
  },
  consentRule: {
    title: 'Wie geeft toestemming?',
    intro: 'Dat hangt af van de leeftijd van de jongere:',
    row: (age: string, who: string) => `${age}: ${who}.`,
    sentence: (rows: string) => `Wie toestemming geeft, hangt af van de leeftijd: ${rows}.`,
  },
  contacts: {
    acute: 'Afgesproken contact bij acute zorgen',
    radicalisation: 'Afgesproken meldpunt bij zorgen over radicalisering',
    none: 'Nog niet ingevuld in de afspraken hieronder.',
    veiligThuis: 'Veilig Thuis is dag en nacht gratis te bellen via 0800-2000. Bij direct gevaar: bel 112.',
  },
  outcomeTitle: 'Uitkomst',
  attentionTitle: 'Let op',
  recordTitle: 'Leg dit vast in uw eigen dossier',
  recordIntro: 'Schrijf dit op in het dossier van uw eigen organisatie, niet hier:',
  recordAlways: 'De datum, uw naam en functie.',
  answersTitle: 'Uw antwoorden tot nu toe',
  answerLine: (question: string, answer: string) => `${question} ${answer}`,
  questions: {
    zorg: {
      question: 'Waar gaat uw zorg over?',
      options: {
        acuut: 'Acuut gevaar of onveiligheid: geweld, mishandeling, of gevaar voor de jongere of anderen',
        radicalisering: 'Mogelijke radicalisering',
        anders: 'Een andere zorg over hoe het met de jongere gaat',
      },
    },
    doel: {
      question: 'Weet u precies waarom u iets wilt delen, en wat het de jongere oplevert?',
      hint: 'Delen is nooit een doel op zich. Bijvoorbeeld: zodat de mentor weet waarom de jongere vaak afwezig is en de juiste hulp kan aanbieden.',
      options: { ja: 'Ja, het doel is duidelijk', nee: 'Nee, nog niet' },
    },
    feiten: {
      question: 'Hebt u de signalen feitelijk beschreven, met de tegensignalen erbij, en uw eigen mening daarvan gescheiden?',
      hint: 'Wat zag of hoorde u, wanneer en waar? Wat wijst de andere kant op?',
      options: { ja: 'Ja', nee: 'Nee, nog niet' },
    },
    anoniem: {
      question: 'Kunt u verder met advies, zonder de naam van de jongere te noemen?',
      hint: 'Vaak is een anonieme casusbespreking genoeg: in het signaleringsoverleg, bij een collega, het meldpunt of Veilig Thuis. Wat zonder naam kan, doet u zonder naam.',
      options: { ja: 'Ja, anoniem advies is genoeg', nee: 'Nee, er moet een naam gedeeld worden' },
    },
    gesprek: {
      question: 'Hebt u met de jongere zelf over uw zorgen gesproken?',
      options: {
        ja: 'Ja',
        'nog-niet': 'Nee, nog niet',
        'kan-niet': 'Nee, dat kan niet zonder de jongere of anderen in gevaar te brengen',
      },
    },
    omvang: {
      question: 'Is het genoeg om te delen dát u zorgen hebt over de jongere, zonder te vertellen wát er speelt?',
      hint: 'Soms hoeft de ander alleen te weten dat de jongere bij u in beeld is, zodat u contact met elkaar kunt opnemen.',
      options: { dat: 'Ja, alleen dát is genoeg', wat: 'Nee, de ander moet ook weten wát er speelt' },
    },
    bijzonder: {
      question: 'Gaat het om gezondheid, geloof of levensovertuiging, afkomst, seksuele voorkeur of strafbare feiten?',
      hint: 'Dat zijn bijzondere of strafrechtelijke persoonsgegevens. Daarvoor gelden strengere regels.',
      options: { ja: 'Ja', nee: 'Nee' },
    },
    afweging: {
      question: 'Weegt het belang van de jongere bij delen zwaarder dan de inbreuk op zijn of haar privacy?',
      hint: 'Staat wat u deelt in verhouding tot het doel? Deelt u niet meer dan nodig, en met niet meer mensen dan nodig?',
      options: { ja: 'Ja', nee: 'Nee', twijfel: 'Ik twijfel' },
    },
    grondslag: {
      question: 'Op welke grond deelt u?',
      hint: 'Meestal is dat toestemming. Zonder toestemming mag het alleen bij een wettelijke plicht of als zwijgen ernstige schade zou geven (conflict van plichten).',
      options: {
        toestemming: 'Met toestemming',
        'wettelijke-plicht': 'Een wettelijke plicht of taak, bijvoorbeeld de Meldcode',
        'conflict-van-plichten': 'Conflict van plichten: zwijgen geeft ernstig nadeel voor de jongere of anderen',
        'weet-niet': 'Dat weet ik niet',
      },
    },
    leeftijd: {
      question: 'Hoe oud is de jongere?',
      hint: 'Alleen om te bepalen wie toestemming geeft. U vult geen geboortedatum in.',
      options: { 'onder-12': 'Jonger dan 12 jaar', '12-15': '12 tot en met 15 jaar', '16-plus': '16 jaar of ouder' },
    },
    toestemming: {
      question: 'Is er gericht toestemming gegeven?',
      hint: 'Gericht betekent: wie toestemming geeft, weet waarom u deelt, wat u deelt en met wie.',
      options: { ja: 'Ja', geweigerd: 'Nee, de toestemming is geweigerd', 'nog-niet': 'Nee, nog niet gevraagd' },
    },
    uitzondering: {
      question: 'Is er toch een wettelijke plicht, of zou zwijgen ernstig nadeel geven voor de jongere of anderen?',
      hint: 'Bespreek dit met uw leidinggevende of aandachtsfunctionaris voordat u zonder toestemming deelt.',
      options: {
        'wettelijke-plicht': 'Ja, een wettelijke plicht',
        'conflict-van-plichten': 'Ja, een conflict van plichten',
        nee: 'Nee',
      },
    },
    informeren: {
      question: 'Vertelt u de jongere (en waar nodig de ouders) dat u deelt, wat en met wie?',
      options: { ja: 'Ja', 'nee-veiligheid': 'Nee, dat brengt de jongere of anderen in gevaar' },
    },
  },
  outcomes: {
    acuut: {
      title: 'Volg direct de route voor acute zorgen',
      text: 'Bij direct gevaar belt u 112. Neem anders meteen contact op met de aandachtsfunctionaris van uw organisatie en volg de Meldcode huiselijk geweld en kindermishandeling; bel Veilig Thuis voor advies of een melding. Veiligheid gaat hier voor privacy.',
    },
    'geen-doel': {
      title: 'Deel nog niets',
      text: 'Zonder duidelijk doel mag u niets delen. Beschrijf eerst wat u zag en bepaal wat delen de jongere moet opleveren. Loop daarna de controlelijst opnieuw door.',
    },
    anoniem: {
      title: 'Vraag anoniem advies, zonder naam',
      text: 'Bespreek de situatie zonder de naam of herkenbare details van de jongere, bijvoorbeeld in het signaleringsoverleg. Blijkt daarna dat er toch een naam gedeeld moet worden, loop de controlelijst dan opnieuw door.',
    },
    advies: {
      title: 'Vraag eerst advies',
      text: 'Deel nog niets. Leg uw vraag anoniem voor aan uw leidinggevende, de aandachtsfunctionaris of de privacyfunctionaris van uw organisatie.',
    },
    'eerst-toestemming': {
      title: 'Vraag eerst gericht toestemming',
      text: 'Vertel waarom u iets wilt delen, wat precies en met wie, en vraag dan toestemming. Deel pas als die er is, of loop de controlelijst opnieuw door als die wordt geweigerd.',
    },
    'niet-delen': {
      title: 'Deel deze informatie niet',
      text: 'Het belang van delen weegt hier niet op tegen de privacy van de jongere, of er is geen grond om te delen. Blijf de jongere wel volgen en bespreek uw zorg zo nodig anoniem.',
    },
    delen: {
      title: 'U kunt delen, met mate',
      text: 'Deel alleen wat nodig is voor het doel, alleen met de afgesproken ontvanger, bij voorkeur mondeling. Zet geen namen in gewone e-mail of chat.',
    },
  },
  attention: {
    feiten: 'Beschrijf de signalen eerst feitelijk, met tegensignalen, voordat u ze deelt.',
    gesprek: 'Praat eerst met de jongere zelf, tenzij dat de jongere of anderen in gevaar brengt.',
    bijzonder:
      'Het gaat om bijzondere of strafrechtelijke gegevens: deel die alleen met uitdrukkelijke toestemming of op grond van een wettelijke uitzondering, en zo beperkt mogelijk.',
    informeren: 'Licht de jongere in zodra dat veilig kan.',
    radicalisering:
      'Bij zorgen over radicalisering kunt u het meldpunt van de gemeente om advies vragen; noem de naam pas als de afweging daartoe leidt.',
  },
  record: {
    acuteFacts: 'Wat u zag of hoorde, feitelijk, en wanneer.',
    acuteContacts: 'Wie u belde (aandachtsfunctionaris, Veilig Thuis, 112), wanneer, en welk advies u kreeg.',
    acuteShared: 'Wat u met wie deelde, en op welke grond.',
    acuteInformed: 'Of en wanneer u de jongere en de ouders inlichtte, of waarom (nog) niet.',
    noPurpose: 'Dat u nog niets deelde, omdat het doel nog niet duidelijk was.',
    purpose: 'Het doel: waarom u iets wilde delen en wat het de jongere oplevert.',
    facts: 'De signalen, feitelijk beschreven, met de tegensignalen, en apart daarvan uw eigen inschatting.',
    anonymousAdvice: 'Met wie u anoniem overlegde, wanneer, en welk advies u kreeg.',
    notAnonymous: 'Waarom anoniem advies niet genoeg was.',
    talked: 'Wat u met de jongere besprak en hoe de jongere reageerde.',
    notTalked: 'Waarom u (nog) niet met de jongere sprak.',
    onlyThat: 'Dat u alleen deelde dát u zorgen hebt, niet wát er speelt.',
    what: 'Welke gegevens u deelde en waarom minder niet genoeg was.',
    special: 'Om welke bijzondere gegevens het ging en waarom delen toch nodig was.',
    weighed: 'Uw afweging: waarom het belang van de jongere zwaarder woog dan de inbreuk op de privacy.',
    weighedNo: 'Uw afweging: waarom u besloot niet te delen.',
    doubt: 'Bij wie u advies vroeg en wat daaruit kwam.',
    consent: (who: string) => `Wie toestemming gaf (${who}), wanneer, en waarvoor precies: welk doel, welke gegevens, aan wie.`,
    consentRefused: 'Dat de toestemming werd geweigerd, en wat u daarna besloot.',
    consentPending: 'Wanneer en aan wie u toestemming vraagt.',
    legalDuty: 'Welke wettelijke plicht of taak het delen nodig maakte.',
    conflict: 'Waarom zwijgen ernstig nadeel zou geven voor de jongere of anderen, en met wie u dat besprak.',
    basisUnknown: 'Bij wie u advies vraagt over de grond om te delen.',
    informed: 'Dat en wanneer u de jongere (en waar nodig de ouders) vertelde wat u deelde en met wie.',
    notInformed: 'Waarom u de jongere (nog) niet inlichtte, en wanneer u dat alsnog doet.',
    shared: 'Wat u precies deelde, met wie, wanneer en hoe.',
  },
} as const;
