/** "Een overeenkomst controleren": checking a received PDF against its seal. */
export const verifyNl = {
  title: 'Een overeenkomst controleren',
  intro:
    'Hebt u een PDF van deze overeenkomst ontvangen? Controleer hier of het een verzegelde versie uit dit dossier is en of er sindsdien niets aan is veranderd. Het bestand wordt alleen voor deze controle naar de server gestuurd en niet bewaard.',
  publicIntro:
    'Hebt u een ondertekende overeenkomst uit Samenwerkwijzer ontvangen, bijvoorbeeld als raadslid of schoolbestuur? Controleer hier of de PDF echt verzegeld is en of er na het ondertekenen niets aan is veranderd. U hebt daarvoor geen link naar het dossier nodig. Het bestand wordt alleen voor deze controle naar de server gestuurd en niet bewaard.',
  backToStart: 'Terug naar de startpagina',
  startLink: 'Een ontvangen overeenkomst controleren',
  fileLabel: 'PDF-bestand',
  fileHint: 'Hoogstens 20 MB.',
  choose: 'PDF-bestand kiezen',
  chooseOther: 'Ander PDF-bestand kiezen',
  chosen: (name: string) => `Gekozen: ${name}`,
  noneChosen: 'Nog geen bestand gekozen.',
  submit: 'Controleren',
  checking: 'Bestand wordt gecontroleerd…',
  noFile: 'Kies eerst een PDF-bestand.',
  notPdf: 'Dit is geen PDF-bestand.',
  tooLarge: 'Dit bestand is te groot (hoogstens 20 MB).',
  validHere: (n: number) => `Dit is de verzegelde versie ${n} van deze overeenkomst. Het bestand is niet gewijzigd.`,
  validAnywhere: (n: number) =>
    `Dit is een verzegelde overeenkomst uit Samenwerkwijzer (versie ${n}). Het bestand is niet gewijzigd sinds het verzegelen.`,
  validElsewhere: 'Dit is een verzegelde overeenkomst uit Samenwerkwijzer, maar niet uit dit dossier.',
  resultTitle: 'Uitkomst',
};
