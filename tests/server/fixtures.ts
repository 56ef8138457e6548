/** Step 1 data that passes the complete schema. */
export const completeInitiatief = () => ({
  initiator: 'gemeente',
  occasions: ['welzijn', 'online'],
  occasionExplanation: 'Jongeren in de wijk zitten niet lekker in hun vel; de school ziet het ook.',
  partners: [
    { id: 'p-gemeente', kind: 'gemeente', name: 'Gemeente Utrecht' },
    { id: 'p-school', kind: 'school', name: 'Het Stedelijk Lyceum', schoolType: 'vo' },
    { id: 'p-jw', kind: 'jongerenwerk', name: 'JoU Jongerenwerk' },
  ],
  collaborationType: 'in_school',
  intendedStart: '2026-09-01',
});
