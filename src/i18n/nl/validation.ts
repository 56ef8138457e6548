const grouping = new Intl.NumberFormat('nl-NL');
const thousands = (n: number) => grouping.format(n);

/** The messages of the shared field atoms (src/domain/fields.ts): what forms and the server say about a field. */
export const validationNl = {
  required: 'Vul dit veld in.',
  /** A value of another kind than the field holds (only a changed or broken browser sends one). */
  wrongKind: 'Deze waarde past niet bij dit veld. Vul het opnieuw in.',
  choose: 'Maak een keuze.',
  choosePartner: 'Kies een organisatie.',
  email: 'Vul een geldig e-mailadres in, zoals naam@organisatie.nl.',
  phone: 'Vul een geldig telefoonnummer in, zoals 030 123 45 67.',
  date: 'Vul een geldige datum in.',
  dateRange: 'Vul een datum tussen 2000 en 2100 in.',
  number: 'Vul een getal in.',
  numberAtLeast: (min: number) => `Vul een getal van minstens ${thousands(min)} in.`,
  numberAtMost: (max: number) => `Vul een getal van hoogstens ${thousands(max)} in.`,
  wholeNumber: 'Vul een heel getal in.',
  /** Why a typed amount does not read as a Dutch number (`parseDutchNumber`). */
  numberProblem: {
    'decimal-point': 'Gebruik een komma voor decimalen (2,5) en een punt alleen tussen duizendtallen (40.000).',
    'ambiguous-comma': 'Bedoelt u duizend of een getal met decimalen? Schrijf 1.000 voor duizend of 1,0 voor één.',
    'not-a-number': 'Dit is geen getal. Vul alleen cijfers in, zoals 40.000 of 2,5.',
  },
  atLeast: (min: number) => (min === 1 ? 'Voeg er minstens één toe.' : `Voeg er minstens ${min} toe.`),
  tooLong: (max: number) => `Gebruik hoogstens ${thousands(max)} tekens.`,
  tooMany: (max: number) => `Hoogstens ${thousands(max)} rijen.`,
  /** Steps with one row per partner organisation (src/domain/partner-rows.ts). */
  duplicatePartnerRow: 'Deze organisatie heeft al een rij. Gebruik één rij per organisatie.',
};
