/** The start page: what the app is for, the example, reopening a dossier. */
export const startNl = {
  title: 'Samen een sterke samenwerking opzetten',
  lead: 'Samenwerkwijzer helpt gemeenten, scholen en jongerenwerkorganisaties om in elf stappen een samenwerking op te bouwen: van het eerste initiatief tot structurele financiering. Samen vult u de afspraken in, die uiteindelijk een ondertekende samenwerkingsovereenkomst worden.',
  forWhomTitle: 'Voor wie?',
  forWhom: [
    'Beleidsmedewerkers van de gemeente, die vaak het initiatief nemen en het geld beheren.',
    'Zorgcoördinatoren, intern begeleiders en schoolleiders in het primair, voortgezet en middelbaar beroepsonderwijs.',
    'Coördinatoren en jongerenwerkers van welzijns- en jongerenwerkorganisaties.',
  ],
  howTitle: 'Zo werkt het',
  how: [
    'Start een dossier voor uw samenwerking. U krijgt een geheime link.',
    'Nodig de andere partners uit: elke organisatie krijgt een eigen link, om mee te schrijven, alleen te lezen of te tekenen.',
    'Loop de stappen samen door. Alles wat u typt, wordt vanzelf opgeslagen.',
  ],
  exampleTitle: 'Eerst rondkijken?',
  exampleText: 'Bekijk een volledig ingevuld voorbeelddossier van een fictieve gemeente. U kunt er vrij in oefenen.',
  exampleButton: 'Voorbeeld bekijken',
  exampleBusy: 'Voorbeelddossier wordt aangemaakt…',
  exampleFailed: 'Het voorbeeld kon niet worden aangemaakt. Probeer het opnieuw.',
  reopenTitle: 'Een dossier heropenen',
  reopenText:
    'Een dossier opent u via de link die u kreeg bij het aanmaken, of die een partner met u deelde. Open die link in uw browser, of plak hem hieronder.',
  reopenHint: 'Bijvoorbeeld https://…/d/abc123#geheime-code',
  reopenButton: 'Openen',
  reopenInvalid: 'Dit lijkt geen volledige dossierlink. Let op: het deel na het #-teken hoort erbij.',
  recentTitle: 'Eerder geopend in deze browser',
  recentEmpty: 'In deze browser zijn nog geen dossiers geopend.',
  forget: 'Vergeten',
  forgetLabel: (title: string, who?: string) => `${title}${who ? ` (${who})` : ''} vergeten in deze browser`,
};
