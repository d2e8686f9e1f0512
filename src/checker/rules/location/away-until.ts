import { anchoredPhrases, clauseAround } from '../_shared/people-anchors';

/** Being away from home. "away from my desk" is not being away from home. */
const ABSENT =
  "(?:ooo|out of (?:the )?office|out of town|out of state|out of the country|on (?:a |my |our )?(?:business|work|family|ski|fishing|company|girls'?|guys'?) trip|on business|at (?:a |the )?conference|on (?:vacation|holiday|holidays|leave|pto|parental leave|sabbatical|a trip|the road|honeymoon|a cruise)|away(?! from (?:my |the )?(?:desk|keyboard|computer|laptop|screen|slack|email))|abroad|overseas|travell?ing|vacationing|off the grid|gone|not (?:at )?home)";
const UNTIL = "(?:until|till|til|'til|through|thru|untill)";
const MONTH = '(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?';
const DAY = '(?:mon|tues|wednes|thurs|fri|satur|sun)day';
const DATE = `(?:(?:next )?${DAY}|next (?:week|month|weekend)|the (?:\\d{1,2}(?:st|nd|rd|th)?|end of (?:the )?(?:week|month|year)|weekend|new year)|${MONTH} \\d{1,2}(?:st|nd|rd|th)?|\\d{1,2}(?:st|nd|rd|th)? (?:of )?${MONTH}|\\d{1,2}[/.]\\d{1,2}|christmas|new year'?s?|easter|thanksgiving|after (?:christmas|the holidays|new year)|(?:january|february|march|april|june|july|august|september|october|november|december)(?! \\d))`;
const COUNT =
  '(?:\\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|a couple of|a few|several|the next \\w+)';
const SPAN = `${COUNT} (?:days|weeks|months|nights|week|month)`;
const GAP = '[^.!?\\n]{0,40}?';
/** Return dates in the other languages: a weekday, a month, "the end of the month", "next week". */
const PT_DATE =
  '(?:(?:o |a )?(?:proxim[oa] )?(?:segunda|terca|quarta|quinta|sexta|sabado|domingo|semana|mes)|(?:fim|final) d[oa] \\S+|janeiro|fevereiro|marco|abril|maio|junho|julho|agosto|setembro|outubro|novembro|dezembro)';
const ES_DATE =
  '(?:(?:el |la )?(?:proxim[oa] )?(?:lunes|martes|miercoles|jueves|viernes|sabado|domingo|semana|mes)|(?:fin|final) del? \\S+|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre)';
const FR_DATE =
  "(?:(?:la |le )?(?:semaine|mois|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)|fin \\S+|janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre)";
const DE_DATE =
  '(?:(?:nachste[nr]? )?(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|woche|monat)|ende \\S+|januar|februar|marz|april|mai|juni|juli|august|september|oktober|november|dezember)';

/**
 * Announcing an absence from home with its dates: "away until the 20th", "OOO until March 3rd",
 * "flying to Tokyo tomorrow for 3 weeks", "gone for two weeks", "im Urlaub bis Sonntag".
 */
const AWAY = [
  `${ABSENT}${GAP} ${UNTIL} ${DATE}`,
  // "on holiday from the 3rd to the 17th", "away between June 2 and June 9"
  `${ABSENT}${GAP} (?:from|between) ${DATE} (?:to|until|till|til|through|thru|and|-|\\u2013) ${DATE}`,
  `${ABSENT} (?:for|for the next) ${SPAN}`,
  `(?:away|gone|out of town|on vacation|on holiday|abroad) (?:all|this|the whole|the entire) (?:week|weekend|month)`,
  `(?:flying|leaving|jetting|taking off|fly out|flying out)(?: (?:to|for))?${GAP} for ${SPAN}`,
  // "camping solo in the Cairngorms for the next 5 days"
  `(?:camping|hiking|trekking|backpacking|sailing|cycling|kayaking)(?: solo| alone)? (?:in|on|through|around|across|along)${GAP} for (?:the next )?${SPAN}`,
  `(?:going|heading|headed|off|driving|sailing|backpacking|road-?tripping|travell?ing|moving) (?:to|off to|out to|up to|down to)${GAP} for ${SPAN}`,
  `(?:won't|will not|wont) be (?:home|back) ${UNTIL} ${DATE}`,
  // "we leave for three weeks in Portugal tomorrow", "I fly out Friday for ten days"
  `(?:we|i) (?:leave|fly|depart|set off|take off|jet off|head off|head out)(?: out)?(?: \\S+){0,3}? for ${SPAN}`,
  // "we leave for Portugal tomorrow" (a capitalized destination, checked in \`when\`)
  `(?:we|i) (?:leave|fly|depart|head|set off|jet off)(?: out)? (?:to|for)${GAP} (?:tomorrow|tonight|on ${DAY}|this (?:weekend|${DAY})|next (?:week|${DAY}))`,
  // "leaving for Lisbon on Friday", "flying out to Denver tomorrow"
  `(?:leaving|flying|flying out|jetting off|heading|headed|off)(?: (?:to|for))${GAP} (?:tomorrow|tonight|today|on ${DAY}|this (?:weekend|${DAY})|next (?:week|${DAY}))`,
  // "back in 2 weeks", "back on the 30th" — an absence when the post is about a trip
  // "see you in three weeks" at the gate says the same
  `(?:back(?: home| in town)?|see (?:you|ya|y'all|everyone)(?: all)?|catch (?:you|ya)) (?:in ${SPAN}|on the \\d{1,2}(?:st|nd|rd|th)?|on ${DAY}|(?:on |by )?${MONTH} \\d{1,2}(?:st|nd|rd|th)?)`,
  "while (?:we're|we are|i'm|i am|we're all) (?:away|gone|on vacation|on holiday|out of town|abroad)",
  // a trick to hide the absence says there is one: "lights on a timer so it looks like we're home"
  "(?:so|to make) it (?:looks?|seems?) like (?:we're|we are|someone's|somebody's|someone is|somebody is|i'm|i am) (?:home|there|in)\\b",
  // "gone fishing, whole week": an activity away, and how long
  `gone (?:fishing|camping|hiking|sailing|skiing|surfing|travell?ing|backpacking)${GAP}(?:all|this|the whole|whole|the entire) (?:week|weekend|month)`,
  '(?:grab|collect|pick up|take in|bring in|empty) (?:our|my) (?:mail|mailbox|packages|parcels|post)',
  // "Bali until the 20th", "in Lisbon till Sunday" — a place, then the return date (checked in `when`)
  `${UNTIL} ${DATE}`,
  '(?:hasta (?:el |el dia )?|bis (?:zum |ende )?|jusqu\'(?:au|a) |ate (?:o |dia )?)\\d{1,2}(?!\\d)',
  // German
  '(?:im urlaub|verreist|weg|unterwegs|nicht da|nicht zu\\s?hause|im ausland|abwesend) bis (?:zum |ende |nachste[nr]? )?\\S+',
  // "im Urlaub in Italien bis zum 20.": a place between the absence and the date
  `(?:im urlaub|verreist|unterwegs|im ausland)${GAP} bis (?:zum |ende |nachste[nr]? )?(?:\\d|${DE_DATE})`,
  '(?:fliege|fliegen|fahre|fahren|bin|sind|reise|reisen)(?: \\S+){0,4} fur (?:\\d+|zwei|drei|vier|ein paar|eine|einen) (?:wochen|woche|tage|monate|monat)',
  // "bin ab morgen drei Wochen in Thailand": the stay and its length, then where
  '(?:fliege|fliegen|fahre|fahren|bin|sind|reise|reisen)(?: \\S+){0,3} (?:\\d+|zwei|drei|vier|funf|sechs|ein paar) (?:wochen|tage|monate)(?: lang)? (?:in|auf|an der|am|im|nach|weg|unterwegs|verreist)',
  // French
  "(?:en vacances|en conges|absente?s?|partie?s?|pas a la maison) jusqu'(?:au|a|en) \\S+",
  `(?:en vacances|en conges|en voyage)${GAP} jusqu'(?:au |a |en )?(?:\\d|${FR_DATE})`,
  "(?:je pars|on part|nous partons|je m'envole|on s'envole|je serai absente?)(?: \\S+){0,5} pour (?:\\d+|deux|trois|quatre|une|un|quelques) (?:jours|semaines|semaine|mois)",
  "(?:je pars|on part|nous partons|je serai|on sera|nous serons)(?: \\S+){0,3} (?:\\d+|deux|trois|quatre|quelques) (?:jours|semaines|mois) (?:a|en|au|aux|dans|loin)",
  // Spanish
  '(?:de vacaciones|fuera de casa|de viaje|ausente) hasta (?:el |la |el dia )?\\S+',
  `(?:de vacaciones|de viaje)${GAP} hasta (?:el |la |el dia )?(?:\\d|${ES_DATE})`,
  '(?:me voy|nos vamos|vuelo|volamos|salgo|salimos|viajo|viajamos|partimos|parto)(?: \\S+){0,5} (?:por|durante) (?:\\d+|dos|tres|cuatro|una|unas|un par de) (?:dias|semanas|semana|meses)',
  '(?:me voy|nos vamos|estare|estaremos)(?: \\S+){0,3} (?:\\d+|dos|tres|cuatro|un par de) (?:dias|semanas|meses)(?: (?:a|en|de viaje|fuera)|(?=[,.!]))',
  // "now, 2 weeks in Thailand!!", "3 weeks of Greece starts Saturday": the stay ahead and where
  // (a capitalized place and a sign it is ahead are checked in \`when\`)
  `${SPAN} (?:in|of|on|around|across) (?:the )?[a-z][a-z'-]+`,
  // Portuguese
  '(?:de ferias|fora de casa|viajando|ausente) ate (?:o |a |dia )?\\S+',
  // "de férias no Brasil até 15 de agosto"
  `(?:de ferias|viajando|de viagem)${GAP} ate (?:o |a |ao |dia )?(?:\\d|${PT_DATE})`,
  '(?:vou|vamos|viajo|viajamos|embarco|embarcamos|partimos|parto)(?: \\S+){0,5} (?:por|durante) (?:\\d+|duas|dois|tres|quatro|uma|um|uns|umas) (?:dias|semanas|semana|meses)',
  '(?:vou|vamos|estarei|estaremos|fico|ficamos)(?: \\S+){0,3} (?:\\d+|duas|dois|tres|quatro) (?:dias|semanas|meses) (?:em|no|na|nos|nas|fora|viajando)',
];

/** The absence is over or hypothetical: "back from 2 weeks in Portugal", "I was away until Monday". */
/** "going to sleep for a week" is not a trip: a destination is a name or a place. */
const VAGUE_VERB =
  /^(?:going|heading|headed|off|driving|sailing|backpacking|road-?tripping|travell?ing|moving) /;
const PLACE =
  /\b(?:beach|mountains?|lake|cabin|coast|island|abroad|overseas|countryside|cottage|village|camp|camping|resort|the (?:uk|us|states))\b/;

/** Words that make "back in two weeks" the end of a trip. */
const TRIP =
  /\b(?:so it looks like|for (?:christmas|the holidays|thanksgiving|easter|new year)|at (?:grandma|grandpa|nana|granny|my (?:mum|mom|parents|in-laws|folks))'?s?|ferias|vacaciones|urlaub|vacances|viagem|viaje|reise|voyage|voo|vuelo|flug|aeroporto|aeropuerto|flughafen|aeroport|airport|flight|flying|boarding|gate|vacation|holiday|trip|travel\w*|leaving|off to|heading to|abroad|overseas|ooo|out of (?:the )?office|away)\b/;

/** A bare "until <date>": a place name must come right before it, and the post must be about a trip. */
const UNTIL_FIRST = /^(?:(?:until|till|til|'til|through|thru|untill|hasta|bis|ate) |jusqu')/;
const PLACE_BEFORE =
  /(?:^|[.!?\n]\s*|[^\s\p{L}\d]\s*|(?<!\p{L})(?:in|at|to|en|em|nach|a|à|au|na|no|im)\s+)((?:\p{Lu}[\p{L}'-]+\s+){1,3})$/u;
const NOT_PLACE =
  /\b(?:sale|open|closed?|offer|valid|available|deal|discount|registration|voting|tickets?|doors|booking|applications?|entries|submissions?|promo|hours|today|tonight|this|the|we|i|it|you|they|shop|store|office|school|class|classes|work|dry|rain|snow)\b/i;
const HOME_EMPTY =
  /(?:house|pet|dog|cat|plant)[ -]?sit\w*|water(?:ing)? (?:my|the|our) plants|feed(?:ing)? (?:my|the|our) (?:cats?|dogs?|fish)|(?:flat|house|apartment|place|home)(?:['\u2019]s| is| will be) (?:empty|all (?:the |my |our )?(?:cats?|dogs?)['\u2019]s)|\u2708|\u{1F334}|\u{1F3D6}|\u{1F3DD}|\u{1F9F3}|\u{1F30A}|\u{1F6EB}/u;

/** A stay's length, then a preposition: the place is the next word. */
const STAY_THEN_PLACE =
  /(?:wochen|tage|monate|dias|semanas|meses|jours|semaines|mois)(?: lang)? (?:in|auf|an der|am|im|a|en|au|aux|dans|em|no|na|nos|nas)$/;

/** "2 weeks in …": a stay's length, then where. */
const STAY_AHEAD = new RegExp(`^${SPAN} (?:in|of|on|around|across) `);
/** The stay is a trip about to start: "heading to the airport", "flying out", a plane or a palm tree. */
const AHEAD =
  /\b(?:heading|headed|airport|flying|fly out|off to|leaving|boarding|packed|packing|jetting)\b|\u2708|\u{1F6EB}|\u{1F334}|\u{1F3D6}/u;

/** "we leave for …": the destination follows, and must be named. */
const LEAVE_TO = /^(?:we|i) (?:leave|fly|depart|head|set off|jet off)(?: out)? (?:to|for) /;
const FOR_SPAN = new RegExp(`for ${SPAN}`);

const PAST =
  /\b(?:was|were|went|been|recap|back from|got back|returned|spent|last (?:week|month|year)|if i|when i|fui|fomos|fuimos|passado|pasado|voltei|voltamos|estive|estivemos|volvi|volvimos|estuve|estuvimos|war|waren|gewesen|zuruck|j'etais|nous etions|rentre|rentres|rentree)\b/;

export default anchoredPhrases({
  description:
    'Announcing that you (and your home) will be away, with the dates: "away until the 20th", "flying out tomorrow for 3 weeks".',
  severity: 'suggestion',
  message:
    'This tells everyone when you will be away from home ("{text}"), and so when your home may be empty. Share the dates with people you know, or post about the trip after you are back.',
  phrases: AWAY,
  // Every pattern above begins with the absence or the trip; the dates follow.
  anchors: [
    ...[
      'ooo',
      'out of',
      'on vacation',
      'on holiday',
      'on leave',
      'on pto',
      'on parental',
      'on sabbatical',
      'on a trip',
      'on a business',
      'on a work',
      'on a family',
      'on a ski',
      'on a fishing',
      'on a company',
      'on a girls',
      'on a guys',
      'on my business',
      'on our family',
      'on business',
      'at a conference',
      'at the conference',
    ],
    ...[
      'on the road',
      'on honeymoon',
      'on a cruise',
      'away',
      'abroad',
      'overseas',
      'travel',
      'vacationing',
      'off the grid',
    ],
    ...[
      'gone',
      'not home',
      'not at home',
      'flying',
      'leaving',
      'jetting',
      'taking off',
      'fly out',
      'going to',
      'back',
      'see you',
      'see ya',
      "see y'all",
      'see everyone',
      'catch you',
      'catch ya',
      'off for',
      'road trip',
      'road-trip',
      'roadtrip',
      'grab our',
      'grab my',
      'collect our',
      'pick up our',
      'take in our',
      'bring in our',
      'empty our',
      'empty my',
      'going off',
    ],
    ...[
      'heading',
      'headed',
      'off to',
      'driving',
      'sailing',
      'backpacking',

      'moving to',
      "won't be",
      'wont be',
    ],
    ...[
      'will not be',
      'while',

      'im urlaub',
      'verreist',
      'weg',
      'unterwegs',
      'nicht da',
    ],
    ...[
      'nicht zu',
      'im ausland',
      'abwesend',
      'fliege',
      'fahre',
      'bin',
      'sind',
      'reise',
      'en vacances',
      'en conges',
    ],
    ...[
      'absent',
      'parti',
      'pas a la',
      'je pars',
      'on part',
      'nous partons',
      "je m'envole",
      "on s'envole",
      'je serai',
    ],
    ...[
      'de vacaciones',
      'fuera de',
      'de viaje',
      'ausente',
      'me voy',
      'nos vamos',
      'vuelo',
      'volamos',
      'salgo',
      'salimos',
    ],
    ...['until', 'till', 'til', 'through', 'thru', 'untill', 'hasta', 'bis', "jusqu'", 'ate'],
    ...['estare', 'estaremos', 'estarei', 'fico', 'ficamos', 'on sera', 'nous serons'],
    ...['viajo', 'viajamos', 'de ferias', 'fora de', 'viajando', 'vou', 'vamos', 'embarco', 'embarcamos'],
    ...['de viagem', 'en voyage', 'partimos', 'parto', 'we leave', 'i leave', 'we fly', 'i fly', 'we depart', 'i depart'],
    ...['we set off', 'i set off', 'we take off', 'we jet off', 'we head', 'i head'],
    // a stay's length, then where ("2 weeks in Thailand"): the unit and its preposition, rarer than the unit alone
    ...[
      'days in',
      'days of',
      'days on',
      'days around',
      'days across',
      'weeks in',
      'weeks of',
      'weeks on',
      'weeks around',
      'weeks across',
      'months in',
      'months of',
      'months on',
      'months around',
      'months across',
      'nights in',
      'nights of',
      'nights on',
      'nights around',
      'nights across',
      'week in',
      'week of',
      'week on',
      'week around',
      'week across',
      'month in',
      'month of',
      'month on',
      'month around',
      'month across',
    ],
    ...['looks like', 'look like', 'seems like', 'seem like'],
    ...['camping', 'hiking', 'trekking', 'backpacking', 'sailing', 'cycling', 'kayaking'],
  ],
  reach: 90,
  before: 5,
  when(ctx, m) {
    if (PAST.test(clauseAround(ctx, m.start, m.start, 60))) return false;
    if (UNTIL_FIRST.test(m.text)) {
      const [os] = ctx.span(m.start, m.end);
      const place = PLACE_BEFORE.exec(ctx.text.slice(Math.max(0, os - 40), os));
      if (!place?.[1] || NOT_PLACE.test(place[1])) return false;
      if (!HOME_EMPTY.test(ctx.text) && !TRIP.test(clauseAround(ctx, m.start, m.end, 160))) return false;
      const text = m.text.replace(/[\s,;:.]+$/, '');
      const [, end] = ctx.span(m.start, m.start + text.length);
      const start = os - place[1].length;
      return { start, end, data: { text: ctx.text.slice(start, end) } };
    }
    // "2 weeks in Thailand" is a stay ahead when a place is named and the trip is now or soon.
    const stay = STAY_AHEAD.exec(m.text);
    if (stay) {
      const [os, oe] = ctx.span(m.start + stay[0].length, m.end);
      if (!/^(?:the )?\p{Lu}/u.test(ctx.text.slice(os, oe).replace(/^the /i, ''))) return false;
      if (!AHEAD.test(clauseAround(ctx, m.start, m.end, 60))) return false;
    }
    // "📍 gate C14. back on the 3rd": the trip may be told in the sentence before.
    // "drei Wochen in Kanada", not "drei Wochen in der neuen Wohnung": a place name follows.
    if (STAY_THEN_PLACE.test(m.text)) {
      const [, oe] = ctx.span(m.start, m.end);
      if (!/^\s*\p{Lu}/u.test(ctx.text.slice(oe, oe + 4))) return false;
    }
    if (/^(?:back|see|catch) /.test(m.text) && !TRIP.test(ctx.folded.slice(Math.max(0, m.start - 160), m.end + 160)))
      return false;
    // "we leave for work tomorrow" is not a trip: a named destination or a stay's length is.
    const leave = LEAVE_TO.exec(m.text);
    if (leave && !FOR_SPAN.test(m.text)) {
      const [os, oe] = ctx.span(m.start + leave[0].length, m.end);
      if (!/[A-Z]/.test(ctx.text.slice(os, oe)) && !PLACE.test(m.text)) return false;
    }
    if (VAGUE_VERB.test(m.text) || /^(?:leaving|flying|jetting|heading|headed|off) /.test(m.text)) {
      const [os, oe] = ctx.span(m.start, m.end);
      const destination = ctx.text.slice(os, oe).replace(/^\S+ \S+/, '');
      if (!/[A-Z]/.test(destination) && !PLACE.test(m.text)) return false;
    }
    const text = m.text.replace(/[\s,;:]+$/, '');
    const [start, end] = ctx.span(m.start, m.start + text.length);
    return { start, end, data: { text: ctx.text.slice(start, end) } };
  },
});
