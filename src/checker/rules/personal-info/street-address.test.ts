import { testRule } from '../../testing/rule-tester';

testRule(import.meta.url, {
  valid: [
    'Finally made it to 221B Baker Street, worth the queue',
    'Our office moved to 500 Market Street, San Francisco CA 94105, come visit us!',
    'walked 12 miles along the river path today',
    'we have 3 days in a row of rain',
    'the meetup is at 747 Howard St during the conference',
    'he lives at the end of the street, three doors down',
    'The Airbnb at 45 Rue Oberkampf, 75011 Paris was lovely',
    'We moved into our new office at Torstraße 33, 10119 Berlin 🎉',
  ],
  invalid: [
    {
      text: 'Couch is free, pickup only at 1427 Maple Ridge Dr, Bellevue WA 98004 after 6',
      found: ['1427 Maple Ridge Dr, Bellevue WA 98004'],
      severity: 'warn',
    },
    {
      text: 'parcel went to the wrong flat again. Flat 3, 22 Elm Grove, Leeds LS6 2AX',
      found: ['Flat 3, 22 Elm Grove, Leeds LS6 2AX'],
    },
    { text: 'I live at 17 Rosewood Avenue, come by anytime', found: ['17 Rosewood Avenue'] },
    { text: 'Abholung bei mir: Lindenstraße 12, 10115 Berlin', found: ['Lindenstraße 12, 10115 Berlin'] },
    {
      text: 'à récupérer chez moi, 12 rue de la Paix, 75002 Paris',
      found: ['12 rue de la Paix, 75002 Paris'],
    },
    { text: 'recoger en Calle Mayor 12, 3º B, 28013 Madrid', found: ['Calle Mayor 12, 3º B, 28013 Madrid'] },
    {
      text: 'pode retirar na Rua Augusta, 123, 1100-048 Lisboa',
      found: ['Rua Augusta, 123, 1100-048 Lisboa'],
    },
  ],
});
