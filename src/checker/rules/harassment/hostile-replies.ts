import { anchoredPhrases } from '../_shared/people-anchors';

/**
 * Telling someone to go away or be quiet — typical of replies to trolls and pile-ons.
 * Imperatives only: "I need to log off" or "my kids won't shut up" are not aimed at anyone.
 */
/** The phrase ends the clause: "log off, Brad" but not "log off Slack at 6". */
const ENDS = '(?=\\s*(?:[.,!?;:)]|$|and\\b|you\\b|u\\b|troll|loser|bro\\b|mate\\b|dude\\b|[^\\x00-\\x7f]))';

const HOSTILE = [
  // English
  'shut (?:the (?:fuck|f\\*+k?|f\\*+|hell|heck|fk) )?up(?! and take my money)',
  'stfu',
  'gtfo',
  '(?:nobody|no one|no-one) asked(?!,?\\s*but\\b)(?=\\s*(?:[.,!?;:)]|$|lol|lmao|bro|mate|you\\b|[^\\x00-\\x7f])|\\s+(?:for|about) (?:your|you|ur)\\b)',
  'who asked(?=\\s*(?:\\?|$|[^\\x00-\\x7f]|lol|lmao|you\\b|tho))',
  '(?:nobody|no one|no-one) (?:cares|gives a (?:shit|damn|fuck|f\\*+k?)) (?:about|what) (?:you|your|ur|u)\\b',
  `log off${ENDS}`,
  `get lost${ENDS}`,
  `go away${ENDS}`,
  '(?:nobody|no one|no-one) (?:wants|needs) (?:your|ur) (?:opinion|input|take|takes|hot takes?|two cents|commentary|advice)',
  'get off my (?:timeline|page|post|feed|mentions|profile)',
  'mind your own business',
  // "do everyone a favor and delete your account"
  "do (?:us|everyone|everybody|the world|the internet|yourself|all of us|us all) a (?:favou?r|kindness),? (?:and |&\\s?)?(?:just )?(?:delete (?:your|ur|this) (?:account|profile|app|tweets?|posts?)|log off|leave|shut up|quit|go away|stop posting|stop talking|uninstall|disappear|never post again)",
  `(?:just |pls |please )?delete (?:your|ur) (?:account|profile|twitter|tweets|whole account)${ENDS}`,
  // Spanish, German, French, Portuguese
  'borra (?:tu|la) cuenta',
  'losch (?:deinen|den) account',
  'supprime ton compte',
  'apaga (?:sua|tua|a) conta',
  "(?:you|u) (?:clearly |obviously )?(?:have no idea|have no clue|don't know|dont know) what (?:you're|youre|you are|ur) talking about",
  `get a life${ENDS}`,
  `take a hike${ENDS}`,
  'piss off',
  '(?:go )?screw (?:off|yourself|you)(?![a-z])',
  'go to hell(?! and back)',
  '(?:go )?(?:crawl|slither|go) back (?:under|into|to) (?:your|ur|the) (?:rock|hole|cave|basement|bridge|swamp|sewer)',
  '(?:go )?touch (?:some )?grass',
  'cry (?:more|about it)',
  'stay mad',
  'rtfm',
  `learn (?:to read|how to read)${ENDS}`,
  // French
  'ferme[- ]la',
  '(?:ferme )?ta gueule',
  "personne (?:ne )?(?:t'a|vous a|t a) (?:rien )?demande",
  "on s'en (?:fout|fiche) de (?:ton|ta|tes|votre|vos|toi)",
  'casse[- ]toi',
  'va te faire (?:foutre|voir)',
  'retourne (?:sous|dans) ton (?:rocher|trou|caillou)',
  // Spanish
  'callate',
  'cierra (?:la boca|el pico|el hocico)',
  'nadie te (?:pregunto|ha preguntado|pidio (?:tu )?opinion)',
  'a nadie le importa (?:tu|tus|lo que)',
  'largate',
  'vete a la mierda',
  'vete al carajo',
  'vuelve a tu cueva',
  // German
  'halt (?:die|deine|doch die|einfach die|mal die) (?:klappe|fresse|schnauze|maul)',
  "halt(?:'s|s)? (?:dein |den )?(?:maul|mund)",
  '(?:niemand|keiner|keine sau) hat dich (?:was |nach deiner meinung )?gefragt',
  'verpiss dich',
  'hau ab',
  'lern (?:erst\\s?mal|erstmal|mal) ',
  'geh zuruck (?:unter|in) deine?n? (?:stein|hohle|keller)',
  // Portuguese
  'cala (?:a )?boca',
  'ninguem (?:te )?perguntou',
  'vai se (?:ferrar|foder|lascar|catar)',
  'vai tomar no cu',
  'some daqui',
  'volta pra (?:sua|tua) (?:caverna|toca)',
];

/** Words that make the phrase about the speaker or a third party: "I'll log off", "won't shut up". */
const NOT_IMPERATIVE =
  /(?:^|[^a-z'])(?:i|we|i'll|i'm|im|i'd|we'd|we'll|i've|gonna|going to|have to|has to|need to|needs to|should|can|can't|cant|could|won't|wont|will|would|to|time to|wants? to|never|not|might|may|must|shall|it'll|that'll|they'll|you'll|it'd|easily|often|sometimes|always|usually|didn't|don't|doesn't|he|she|they|it|kids?|dog|let's|lets|let us)(?:\s+(?:just|finally|really|actually|probably|now|please|soon|all|easily|quickly|eventually))?\s*$/;

export default anchoredPhrases({
  description:
    'Hostile replies that tell someone to shut up or go away: "shut up", "nobody asked", "log off", "ferme-la", "cállate", "halt die Klappe".',
  severity: 'warn',
  message:
    'This tells someone to shut up or go away ("{text}"). Not replying at all works better: mute, block or report the account.',
  phrases: HOSTILE,
  anchors: (
    'shut stfu gtfo asked cares gives lost life hike piss screw hell crawl slither rock hole cave basement bridge ' +
    'swamp sewer favor favour grass cry rtfm learn ferme gueule demande fout fiche casse foutre rocher trou caillou ' +
    'callate cierra pregunto preguntado pidio importa largate mierda carajo cueva halt klappe fresse schnauze maul ' +
    'mund gefragt verpiss lern stein hohle keller cala perguntou ferrar foder lascar catar tomar caverna toca'
  )
    .split(' ')
    .concat([
      'log off',
      'stay mad',
      'hau ab',
      'some daqui',
      'go away',
      'wants your',
      'needs your',
      'get off my',
      'mind your',
      'talking about',
      'do us',
      'do everyone',
      'do everybody',
      'do the',
      'do yourself',
      'do all',
      'delete your',
      'delete ur',
      'borra',
      'losch',
      'supprime',
      'apaga',
    ]),
  reach: 40,
  before: 55,
  when(ctx, m) {
    const before = ctx.folded.slice(Math.max(0, m.start - 20), m.start);
    if (NOT_IMPERATIVE.test(before)) return false;
    const text = m.text.trimEnd();
    const [start, end] = ctx.span(m.start, m.start + text.length);
    return { start, end, data: { text: ctx.text.slice(start, end) } };
  },
});
