/** The page shell around every page, and the page for an unknown address. */
export const shellNl = {
  appName: 'Samenwerkwijzer',
  tagline: 'Jongerenwerk en school, samen sterker',
  skipLink: 'Direct naar de inhoud',
  footer:
    'Samenwerkwijzer volgt het landelijke stappenplan voor samenwerking tussen jongerenwerk en onderwijs. Gegevens blijven op deze server; er worden geen externe diensten geladen.',
  notFound: {
    title: 'Pagina niet gevonden',
    text: 'Deze pagina bestaat niet.',
  },
};
