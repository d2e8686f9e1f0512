import { testRule } from '../../testing/rule-tester';

testRule(import.meta.url, {
  valid: [
    'Sunset photos from 4 Ocean View Road car park, public viewpoint by the museum',
    'The Smiths from 22 Oak Street won the bake-off at the church fair',
    'Finally made it to 221B Baker Street, worth the queue',
    'Our office moved to 500 Market Street, San Francisco CA 94105, come visit us!',
    'walked 12 miles along the river path today',
    'we have 3 days in a row of rain',
    'the meetup is at 747 Howard St during the conference',
    'he lives at the end of the street, three doors down',
    'The Airbnb at 45 Rue Oberkampf, 75011 Paris was lovely',
    'We moved into our new office at Torstraße 33, 10119 Berlin 🎉',
    'Meet at Rua Augusta 100 tomorrow',
    "Calle Mayor 12, 3º B was my grandma's street",
    'Av. Paulista 1578, 01310-200 São Paulo — museum MASP, go!',
    'Her house is gorgeous, she has 14 Persian rugs and 3 cats',
    'Suite 200, 100 Main Street is where the coworking space is',
    'Su casa tiene 3 baños y un jardín enorme',
    'Dropping the kids off at school then off to 10 Downing Street for the tour',
  ],
  invalid: [
    { text: 'third time delivering to 42 Mill Lane this week, always the same crate of cola', found: ['42 Mill Lane'] },
    { text: 'the tenant at flat 2, 8 Castle View never answers the buzzer', found: ['flat 2, 8 Castle View'] },
    { text: 'Livré chez Mme Claire Dubois, 5 rue des Roses, troisième fois cette semaine', found: ['5 rue des Roses'] },
    { text: "hubby's on a work trip all week, home alone with the dog 🐶 at 14 Quinta Road if anyone wants to come keep me company", found: ['14 Quinta Road'] },
    { text: 'Funny to see Pastor Greg Allen of 14 Birch Lane on the recall list.', found: ['14 Birch Lane'] },
    { text: "We cut off the gas at Mrs Lefevre's, 12 Linden Road, two grand in arrears.", found: ['12 Linden Road'] },
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
      text: 'Jantar de casa nova sexta às 20h! Rua Cidade de Faro 14, 2º Dto, 2790-123 Carnaxide. Tragam sobremesa',
      found: ['Rua Cidade de Faro 14, 2º Dto, 2790-123 Carnaxide'],
    },
    {
      text: 'Inauguração do apê novo! Avenida da Liberdade 120, 2º andar, 1250-096 Lisboa',
      found: ['Avenida da Liberdade 120, 2º andar, 1250-096 Lisboa'],
    },
    { text: 'Rua Augusta 100, R/C Esq, 1100-053 Lisboa, apareçam!', found: ['Rua Augusta 100, R/C Esq, 1100-053 Lisboa'] },
    {
      text: 'Cena en casa el viernes: Calle de Alcalá 45, 2º izda., 28014 Madrid',
      found: ['Calle de Alcalá 45, 2º izda., 28014 Madrid'],
    },
    {
      text: 'Pendaison de crémaillère samedi ! 12 rue des Lilas, 3e étage, 69003 Lyon',
      found: ['12 rue des Lilas, 3e étage, 69003 Lyon'],
    },
    {
      text: 'Einweihungsparty am Samstag, Bergweg 3a, 3. OG links, 50667 Köln',
      found: ['Bergweg 3a, 3. OG links, 50667 Köln'],
    },
    { text: 'Her flat is at 9 Cedar Close, Leeds, she never locks the door', found: ['9 Cedar Close'] },
    { text: 'the old man at apartment 4, 77 Mill Road always waves at the postie', found: ['apartment 4, 77 Mill Road'] },
    { text: 'Mañana le entrego los papeles, su piso está en Calle Serrano 41', found: ['Calle Serrano 41'] },
    { text: 'A minha tia mora na Rua do Carmo 15, em Coimbra', found: ['Rua do Carmo 15'] },
    { text: 'Livré un paquet à Mme Durand, 4 rue des Roses, personne ne répondait', found: ['4 rue des Roses'] },
    { text: 'Dropping the spare keys off to Mr. Patel at 18 Willow Lane after work', found: ['18 Willow Lane'] },
    { text: 'Housewarming on Saturday at 14 Elm Street, bring a bottle', found: ['14 Elm Street'] },
    {
      text: 'pode retirar na Rua Augusta, 123, 1100-048 Lisboa',
      found: ['Rua Augusta, 123, 1100-048 Lisboa'],
    },
  ],
});
