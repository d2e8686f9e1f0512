import { testRule } from '../../testing/rule-tester';

/** More than 400 characters without a full stop: the sentence around a word late in it is cut. */
const LONG_SENTENCE = 'and then the team went on talking about the roadmap and the offsite plans '.repeat(7);

testRule(import.meta.url, {
  valid: [
    "dogs shouldn't be allowed on the beach in July",
    "phones shouldn't be allowed in the cinema, honestly",
    'My kids just can\'t sell lemonade, they drink it all 😂',
    'Our 5k is for runners over 50 only, no under-50s, sorry kids 🏃',
    "We're hiring! Women especially welcome, no over-qualified folks please 😉",
    "We're hiring! Women and non-binary engineers especially encouraged to apply.",
    'My mom taught me to code on a hand-me-down laptop.',
    'A runner from my club finished a marathon at 64, legend.',
    'We never hire without a take-home exercise.',
    "We don't serve the kind of people who are rude to our staff, simple as that.",
    'We stopped offering paper statements in most areas; the app does it all now.',
    'Bakeries in my neighborhood never open before 8, the kind of thing you get used to.',
    "My kids just aren't cut out for camping, we left after one night.",
    'Women are cut out for whatever they choose, full stop.',
    'Our team welcomes pregnant colleagues with flexible shifts.',
    "I just can't handle Mondays before coffee.",
    'Plus de femmes dans mon équipe cette année, enfin !',
    // "no" about the job's demands, not about the group
    'Hiring volunteers over 50, no experience needed!',
    'We hire parents returning to work, no degree required.',
    // A refused service to places, goods or a medical group; the young at work; a hazard
    'We stopped delivering to over 70 towns in the north after the floods.',
    "We don't sell Chinese tea anymore, the supplier closed.",
    "Our pharmacy doesn't offer that vaccine to pregnant women, doctor's orders.",
    "Kids shouldn't be working in factories, full stop.",
    "My grandpa is over 80 and still can't drive a manual, lol.",
    "Pregnant staff shouldn't be working with chemo drugs without protection.",
    "Pregnant women shouldn't be working in these conditions, the heat is brutal.",
    'We stopped selling Jewish holiday cards, nobody bought them.',
    'When do you go back to your country for the holidays? Bring me some sweets!',
    'If the trail is closed, go back where you came from and take the bridge.',
  ],
  invalid: [
    { text: "moms shouldn't be allowed on the rowing machines at rush hour", found: ["moms shouldn't be allowed on the"] },
    { text: "Honestly women shouldn't be allowed in the server room, they distract the team", found: ["women shouldn't be allowed in the"] },
    { text: "men over 60 should not be allowed on the front desk", found: ["over 60 should not be allowed on the"] },
    { text: "Not gonna lie, in my experience women just can't sell trucks. The guys on the floor always close better.", found: ["women just can't sell"] },
    {
      text: "We're hiring meter readers! Looking for young, energetic lads, no over-50s please, they slow the rounds down.",
      found: ['no over-50s'],
    },
    { text: "We're hiring drivers. Nobody over 45 please.", found: ['Nobody over 45'] },
    {
      text: "Unpopular opinion: women don't belong on gas emergency crews, they can't handle night call-outs.",
      found: ["women don't belong on"],
    },
    {
      text: "Unpopular take: women just aren't cut out for surgery.",
      found: ["women just aren't cut out for"],
    },
    {
      text: 'Honestly older workers can’t keep up with the new systems.',
      found: ['older workers can’t keep up'],
    },
    { text: "Immigrants don't belong in management, sorry not sorry.", found: ["Immigrants don't belong in"] },
    { text: 'Las mujeres no están hechas para la ingeniería.', found: ['mujeres no están hechas para'] },
    {
      text: 'Frauen sind einfach nicht für die Technik gemacht.',
      found: ['Frauen sind einfach nicht für die Technik gemacht'],
    },
    { text: 'Les femmes ne sont pas faites pour diriger une usine.', found: ['femmes ne sont pas faites pour'] },
    { text: 'Mulheres não servem para engenharia, é fato.', found: ['Mulheres não servem para'] },
    {
      text: 'Not having any more pregnant colleagues on my shift, too much sick leave.',
      found: ['Not having any more pregnant'],
    },
    { text: "I don't want moms on my team, they always leave at 5.", found: ["don't want moms"] },
    { text: 'No quiero más embarazadas en mi turno.', found: ['No quiero más embarazadas'] },
    { text: 'Bitte keine Schwangeren mehr in meiner Schicht.', found: ['keine Schwangeren mehr'] },
    {
      text: 'Je ne veux plus de femmes enceintes dans mon équipe.',
      found: ['Je ne veux plus de femmes'],
    },
    { text: 'Chega de grávidas na minha equipe.', found: ['Chega de grávidas'] },
    {
      text: "We don't hire anyone over 50 for the field team, they can't keep up.",
      found: ["don't hire anyone over 50"],
      severity: 'warn',
    },
    { text: "I'd never hire a pregnant candidate for a launch role.", found: ['never hire a pregnant'] },
    {
      text: 'Honestly we avoid candidates with foreign accents for support roles.',
      found: ['avoid candidates with foreign accents'],
    },
    {
      text: "We shouldn't promote moms to team lead, they're always out.",
      found: ["shouldn't promote moms"],
    },
    { text: 'En mi empresa no contratamos a mayores de 50.', found: ['no contratamos a mayores de 50'] },
    { text: 'Wir stellen keine Schwangeren ein, sagt mein Chef.', found: ['stellen keine Schwangeren ein'] },
    {
      text: 'We should not hire people with kids for the travel-heavy roles.',
      found: ['should not hire people with kids'],
    },
    {
      text: 'Wir stellen niemanden über 50 ein, die lernen zu langsam.',
      found: ['stellen niemanden über 50 ein'],
    },
    {
      text: 'Between us, the lender stopped approving mortgages in that area because of the kind of people who live there.',
      found: ['stopped approving mortgages in that area because of the kind of people'],
    },
    {
      text: 'Ya no alquilamos pisos en ese barrio, no queremos a ese tipo de gente que vive allí.',
      found: ['no alquilamos pisos en ese barrio, no queremos a ese tipo de gente'],
    },
    { text: "Honestly we should stop insuring anyone over 80, they're a menace on the road.", found: ['stop insuring anyone over 80'] },
    { text: "Our agency won't rent to immigrants anymore, the owner decided.", found: ["won't rent to immigrants"] },
    { text: 'En la tienda no contratamos a gitanos.', found: ['no contratamos a gitanos'] },
    { text: 'Muslime machen immer Ärger auf der Baustelle.', found: ['Muslime machen immer Ärger'] },
    { text: "Foreigners shouldn't be working in our control room.", found: ["Foreigners shouldn't be working in"] },
    { text: "Real talk: people over 70 can't drive, we should price them out.", found: ["over 70 can't drive"] },
    { text: 'Les gitans posent toujours des problèmes.', found: ['gitans posent toujours des problèmes'] },
    { text: "People like you aren't welcome here, go back to your own country.", found: ['go back to your own country'] },
    { text: 'Immigrants again at the counter. Go back where you came from.', found: ['Go back where you came from'] },
    { text: 'Gente como tú no es bienvenida aquí, vuélvete a tu país.', found: ['vuélvete a tu país'] },
    // A group that starts words before its key word ("new parents", "people with kids"), also in a
    // sentence so long that its start is cut inside a word.
    { text: "We don't hire new parents for the night shift.", found: ["don't hire new parents"] },
    { text: "Honestly we won't hire people with kids for the field roles.", found: ["won't hire people with kids"] },
    { text: `${LONG_SENTENCE}we don't hire people with kids for the field roles`, found: ["don't hire people with kids"] },
    { text: `${LONG_SENTENCE.slice(3)}we don't hire new parents for night work`, found: ["don't hire new parents"] },
    {
      text: "Our landlord won't rent to the wrong kind of people, whatever that means, he said it's about the neighborhood they live in.",
      found: ["won't rent to the wrong kind of people"],
    },
    {
      text: 'The bank stopped lending in certain neighborhoods because of the kind of people who live there.',
      found: ['stopped lending in certain neighborhoods'],
    },
  ],
});
