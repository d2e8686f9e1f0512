import { anchoredPhrases, clauseAround } from '../_shared/people-anchors';

const GAP = '[^.!?\\n]{1,45}?';
/**
 * A sentence or clause starts before `word`, the match's first word: punctuation, a dash or an
 * emoji (or the window's edge). Checked behind the word once it has matched, not at every place
 * of the window (issue #2: a look-behind first is tried at every position).
 */
const START = (word: string): string => `${word}(?<=(?:^|[.!?\\n,;:()\\u2013\\u2014-]|[^\\u0000-\\u007f])\\s{0,3}${word})`;
const NOW = '(?:right now|rn|at the moment|atm|as we speak)';
const CLOCK =
  '(?:\\d{1,2}(?::\\d\\d)?\\s?(?:am|pm|h|uhr)?|noon|midnight|close|closing|closing time|late|sunset|dark|lunch|dinner)';

/**
 * Where the author is right now, or will be for the next hours: "at Luigi's on Main right now",
 * "we'll be here till 9", "working from the Blue Door Café till 4", "checked in at the Hotel Arista,
 * room 1412", "sitting at gate C7". A place must be named (a capitalized name after the preposition)
 * or be a kind of public place (lobby, playground, café…).
 */
const LIVE = [
  `(?:at|in|by) ${GAP} ${NOW}`,
  `${NOW},? (?:i'm|im|i am|we're|we are|sitting|hanging out|chilling|hanging) (?:at|in) ${GAP}(?=[.,!?\\n]|$)`,
  `(?:we'll|we will|i'll|i will|we're|i'm|im|we are|i am) (?:be )?(?:here|there) (?:until|till|til|'til) ${CLOCK}`,
  `(?:i'm|im|i am|we're|we are|i'll be|we'll be|i will be|we will be) at ${GAP} (?:until|till|til|'til) ${CLOCK}`,
  `working from (?!home|bed|my |the couch|the sofa)[^.!?\\n]{1,70}? (?:(?:until|till|til|'til) ${CLOCK}|today|all day|this (?:morning|afternoon)|right now|if anyone|for the (?:day|afternoon|morning))`,
  `(?:i'm|im|i am|we're|we are) (?:at|in) ${GAP} (?:all day|today|tonight|this (?:morning|afternoon|evening)|for the (?:next|rest of the) (?:hour|\\d+ hours|couple of hours|few hours|afternoon|day|evening))`,
  `(?:(?:i'm|im|i'll be|we're|we'll be) here|here) for (?:the next|another) (?:hour|\\d+ hours|couple (?:of )?hours|few hours|half hour)`,
  // With no subject, where a sentence or clause starts (so that a rejected match does not hide a
  // later one; \`when\` checks the start again past the window's edge):
  // "here till 6 then walking back", "last one here till 6am"
  `(?:(?:${START('the')} (?:last|only)|${START('(?:last|only)')}) (?:one|person|people) (?:here|in here|still here)|${START('just')} (?:me|us) (?:here|in here|still here)|${START('here')}|${START('in')} here|${START('still')} here) (?:until|till|til|'til) ${CLOCK}`,
  // "At the north depot till 9 tonight", "sitting alone at the Blue Door till 4"
  `(?:(?:i'm |im |i am |we're |we are )?(?:sitting|sat|working|stuck|waiting|parked|hanging out|camped out|posted up)(?: (?:alone|by myself|on my own))? (?:at|in)|${START('(?:at|in)')}) ${GAP} (?:until|till|til|'til) ${CLOCK}`,
  // "Currently at the Riverside co-working space, 2nd floor — come say hi", "Right now at booth 4 …":
  // the moment, then the place, with no subject (an invitation or a way to spot the author is
  // checked in \`when\`)
  `${START('(?:currently|right now|rn)')},? (?:(?:i'm|im|i am|we're|we are) )?(?:at|in|working from|working at|sitting at|sitting in|set up at|based at) ${GAP}(?=\\s*(?:[.,!?\\n\\u2013\\u2014]|$|[^\\u0000-\\u007f]| - ))`,
  // "Ahora mismo en el stand 12, ¡pasad a saludar!", "gerade am Stand B4 …", "en ce moment au stand …"
  `${START('(?:ahora mismo|ahorita|en este momento|gerade|grad|jetzt|en ce moment|actuellement|agora|neste momento)')},? (?:en|im|in der|am|an der|beim|au|a la|a l'|dans|no|na|em) ${GAP}(?=\\s*(?:[.,!?\\n\\u2013\\u2014]|$|[^\\u0000-\\u007f]| - ))`,
  // "At the Acme office on Pine St all day, desk by the window": the place, then the day, with no
  // subject (a way to find the author is checked in \`when\`)
  `${START('(?:at|in)')} ${GAP} (?:all day|today|tonight|this (?:morning|afternoon|evening))`,
  // "parked outside the Tesco on King St, waiting here till 6"
  `(?:waiting|sitting|sat|parked|stuck|posted up|camped out) (?:here|there|outside|out front|in the car|in my car) (?:until|till|til|'til) ${CLOCK}`,
  // staffing a spot until a given hour: "working the info booth at Quayside metro till 4pm"
  `(?:working|manning|staffing|covering) (?:the )?(?:[a-z]+ ){0,2}(?:booth|desk|stand|counter|kiosk|stall|table|reception|door|till|register|info point|ticket office|window) (?:at|in|on) ${GAP} (?:until|till|til|'til) ${CLOCK}`,
  // "live from the Milan showroom", "Live from Gate 14 at Heathrow"
  `${START('live')} (?:from|at) ${GAP}(?=\\s*(?:[.,!?\\n]|$|[^\\u0000-\\u007f]))`,
  `checked in(?:to)? (?:at )?${GAP},? (?:room|rm) (?:number |no\\.? |#)?\\d{2,5}`,
  `checked in(?:to)? (?:at )?${GAP}(?:hotel|inn|motel|resort|hostel|airbnb|suites?|lodge)`,
  `(?:staying|we're staying|i'm staying) at (?:the )?${GAP}(?:hotel|inn|motel|hostel|resort|lodge|airbnb)`,
  '(?:(?:hotel|my|our) room|room) (?:number |no\\.? |#|is )?\\d{3,5}',
  "(?:sitting|waiting|stuck|currently|now|chilling|parked|i'm|im|we're) at gate [a-z]?\\d{1,3}",
  // "until 3pm today — come say hi": an invitation to where you are
  // ("… today until 5pm — Sam, loan officer — come say hi"): the invitation may follow a signature.
  `(?:until|till|til|'til) ${CLOCK}(?: today| tonight| this (?:morning|afternoon|evening))?[^.!?\\n]{0,60}?(?:come|stop|swing|drop) (?:say (?:hi|hello)|by|find (?:me|us)|visit|over)`,
  // "come say hi before 6pm": an invitation to where you are, with the hour you leave
  `(?:come|stop|swing|drop) (?:say (?:hi|hello)|by|find (?:me|us)|visit) (?:before|until|till|til|by) ${CLOCK}`,
  // "I'm the one in the green scrubs at the Oak Street entrance"
  `(?:i'm|im|i am) the (?:one|guy|girl|woman|man|person|lady|tall one|short one) (?:in|with|wearing) ${GAP} (?:at|in|on|by|near) ${GAP}(?=[.,!?\\n]|$)`,
  // Spanish, German, French, Portuguese
  `(?:hasta las \\d{1,2}[^.!?\\n]{0,14}?(?:vengan|pasen|pasate|ven|pasad) (?:a saludar|a verme|por aqui)|bis \\d{1,2}(?: uhr)?[^.!?\\n]{0,14}?(?:kommt|komm) (?:vorbei|hallo sagen|gern vorbei)|jusqu'a \\d{1,2}h?\\d{0,2}[^.!?\\n]{0,14}?(?:passez|venez|passe) (?:me voir|dire bonjour|nous voir)|ate as \\d{1,2}h?[^.!?\\n]{0,14}?(?:passem|venham|passa|vem) (?:aqui|dar um oi|me ver))`,
  `(?:estoy|estamos)(?: (?:sentad[oa]s?|trabajando|esperando|sol[oa]s?)){0,2} en ${GAP} (?:ahora mismo|ahorita|en este momento|hasta las \\d{1,2})`,
  // "estoy ahora mismo en …", "estou agora no estacionamento do …": the moment first, then the place
  `(?:estoy|estamos) (?:ahora(?: mismo)?|en este momento) en ${GAP}(?=[.,!?\\n]|$)`,
  `(?:estou|estamos|to) (?:agora|neste momento) (?:no|na|em) ${GAP}(?=[.,!?\\n]|$)`,
  // "bin gerade im …", "sitze gerade allein im Café …"
  `(?:bin|sind|sitze|sitzen|hocke|hocken|arbeite|arbeiten|warte|warten|stehe|stehen) (?:gerade|grad|jetzt|noch bis \\d{1,2} uhr)(?: (?:ganz )?(?:allein|alleine|mit [a-z]+))? (?:im|in der|in|am|an der|beim|auf dem) ${GAP}(?=[.,!?\\n]|$)`,
  `(?:bin|sind|sitze|sitzen|arbeite|arbeiten) (?:noch )?(?:allein|alleine) (?:im|in der|am|an der|beim) ${GAP} (?:bis (?:ca\\.? |etwa |circa )?\\d{1,2}(?: uhr)?)`,
  `(?:je suis|on est|nous sommes)(?: (?:assise?s?|seule?s?|en train de (?:bosser|travailler))){0,2} (?:au|a la|a l'|aux|dans|chez) ${GAP} (?:en ce moment|maintenant|jusqu'a \\d{1,2}h)`,
  `(?:estou|estamos|to)(?: (?:sentad[oa]s?|sozinh[oa]s?|trabalhando|esperando)){0,2} (?:no|na|em) ${GAP} (?:agora|neste momento|ate as \\d{1,2})`,
];

/** Public places, in the five languages. */
const PLACE =
  /\b(?:lobby|playground|park|cafe|coffee ?shop|bar|pub|restaurant|hotel|gym|airport|gate|station|mall|beach|library|lounge|terminal|stadium|arena|waterfront|pier|store|shop|market|museum|zoo|campus|lake|trail|garage|parking|diner|bakery|brewery|club|venue|festival|reception|platform|plaza|square|table|booth|stand|stall|kiosk|desk|entrance|room|spielplatz|bahnhof|flughafen|kneipe|biergarten|parque|playa|aeropuerto|estacion|gare|aeroport|parc|plage|praia|parquinho|padaria|aeroporto|estacao|academia|cafeteria|hall|rooftop|counter|window|supermarket|supermercado|estacionamento|aparcamiento|parkplatz|supermarkt|supermarche|showroom)\b/;
/**
 * A venue's name: a capitalized word right after the preposition ("at Luigi's", "em Lisboa"), also
 * when the preposition starts the sentence ("At the Harbor office till 7").
 */
const NAMED =
  /(?:\b(?:at|At|by|By|from|From|en|em|no|na|au|im|am|beim|dans|chez)\s+(?:[Tt]he\s+|el\s+|la\s+|le\s+|o\s+|a\s+|der\s+|dem\s+)?[A-Z0-9])/;

/** Patterns that may start with no subject: "here till 6", "at the office till 8", "live from …". */
const NO_SUBJECT = /^(?:(?:here|in here|still here|live) |(?:at|in) [^\n]*(?:until|till|til|'til) \S+$)/;
/** A sentence or clause starts here (after punctuation, a dash or an emoji), or the author speaks. */
const SENTENCE_START =
  /(?:^|[.!?\n,;:()\u2013\u2014-]|[^\u0000-\u007f]|\b(?:i'm|im|we're|we are|i am|still|now|so|and|then|currently|coming to you))\s*$/;
/** "Live at the Apollo" on the turntable: a recording or a show, not a place. */
const RECORDING =
  /\b(?:album|record|vinyl|lp|dvd|blu-?ray|concert film|special|episode|tracklist|setlist|bootleg|recording|listening|listen|watching|watched|rewatch\w*|on repeat|spotify|netflix)\b/;

/** A workplace: where the author can be found during a shift. */
const WORKPLACE =
  /\b(?:office|site|depot|branch|plant|warehouse|yard|clinic|ward|lab|studio|factory|workshop|site office|control room|trailer|cabin|oficina|sucursal|buro|filiale|bureau|agence|escritorio|agencia)\b/;
/** How to find the author on the spot: an invitation, a floor or a table, what they wear. */
const FIND_ME =
  /\b(?:come (?:say|find|over|join|ask)|ask me|if you need me|usual spot|my desk|gate \d+|dock \d+|bay \d+|(?:i'm|im|i am) the (?:tall |short |only )?(?:one|guy|girl|woman|man|lady)|stop by|swing by|drop by|say (?:hi|hello)|find me|\d+(?:st|nd|rd|th) floor|floor \d+|by the (?:big )?window|table \d+|booth|stand [a-z]?\d+|hall \d+|in the [a-z]+ (?:hoodie|shirt|jacket|hat|cap|dress|scarf)|wearing)\b/;
/** The moment first, with no subject: "Currently at …", "Ahora mismo en …". */
const NOW_FIRST =
  /^(?:currently|right now|rn|ahora mismo|ahorita|en este momento|gerade|grad|jetzt|en ce moment|actuellement|agora|neste momento)\b/;
const INVITE = /(?:come|stop|swing|drop|vengan|pasen|pasate|ven|pasad|kommt|komm|passez|venez|passe|passem|venham|passa|vem) (?:say|by|find|visit|over|a saludar|a verme|por aqui|vorbei|hallo|gern|me voir|dire|nous voir|aqui|dar|me ver)/;
const SHOP_HOURS =
  /\b(?:open|opens|closed?|closes|hours|sale|doors|abierto|abre|cierra|geoffnet|offen|ouvert|ferme|aberto|aberta|fecha)\b/;

export default anchoredPhrases({
  description:
    'Sharing where you are right now, or until when ("at Luigi\'s on Main right now", "we\'ll be here till 9", "checked in at the hotel, room 1412").',
  severity: 'suggestion',
  message:
    'This shares where you are right now ("{text}"), so anyone reading knows where to find you. Share your location with people you know, or post after you have left.',
  phrases: LIVE,
  anchors: [
    'currently',
    'live from',
    'live at',
    'right now',
    'all day',
    'today',
    'tonight',
    'this morning',
    'this afternoon',
    'this evening',
    'for the next',
    'for the rest',
    'here for',
    'rn',
    'at the moment',
    'atm',
    'as we speak',
    'until',
    'till',
    'til',
    "'til",
    'working from',
    'working the',
    'manning',
    'staffing',
    // "parked outside … till 6": its first word is rarer than "until", so only its windows run it
    ...['waiting', 'sitting', 'sat', 'parked', 'stuck', 'posted', 'camped'],
    'checked in',
    'staying at',
    "we're staying",
    "i'm staying",
    'room',
    'gate',
    'ahora',
    'ahorita',
    'momento',
    'hasta',
    'gerade',
    'grad',
    'jetzt',
    'noch bis',
    'maintenant',
    'en ce moment',
    'jusqu',
    'agora',
    'come say',
    'stop by',
    'swing by',
    'drop by',
    'ate as',
    'bis',
    "i'm the",
    'im the',
    'i am the',
  ],
  reach: 75,
  before: 60,
  when(ctx, m) {
    const text = m.text.replace(/[\s,;:]+$/, '');
    const [start, end] = ctx.span(m.start, m.start + text.length);
    const original = ctx.text.slice(start, end);
    // "at the ATM" is a cash machine, not "at the moment".
    if (/\batm\b/.test(text) && (/ATM/.test(original) || /\b(?:the|an|a|nearest|nearby|this|that) atm\b/.test(text)))
      return false;
    // A bare room number counts next to a hotel, a check-in or an invitation to come by.
    if (
      /^room/.test(text) &&
      !/hotel|check-?in|checked in|staying|airbnb|knock|come (?:say hi|by|over|find)/.test(
        clauseAround(ctx, m.start, m.end, 120),
      )
    )
      return false;
    // "open until 6, come by" is a shop's hours, not where the author is.
    if (INVITE.test(text) && SHOP_HOURS.test(clauseAround(ctx, m.start, m.start, 60).slice(0, -1))) return false;
    // With no subject ("here till 6", "At the office till 8", "live from …") the sentence must
    // start there: "open here till 6" and "we work at the mill till 5" are not the author's whereabouts.
    if (NO_SUBJECT.test(text) && !SENTENCE_START.test(ctx.folded.slice(Math.max(0, m.start - 16), m.start)))
      return false;
    // "At the office all day" with no subject: only where the sentence starts, with a way to find the author.
    if (/^(?:at|in) .* (?:all day|today|tonight|this (?:morning|afternoon|evening))$/.test(text)) {
      if (!SENTENCE_START.test(ctx.folded.slice(Math.max(0, m.start - 16), m.start))) return false;
      if (!FIND_ME.test(ctx.folded.slice(m.start, m.end + 120))) return false;
    }
    if (text.startsWith('live ')) {
      // "Live at the Apollo" is an album or a show being watched, not where the author is.
      if (RECORDING.test(clauseAround(ctx, m.start, m.end, 80))) return false;
      // A workplace counts with a way to find the author there: "live from the site office, gate 4,
      // usual spot by the tea urn if you need me".
      if (
        !PLACE.test(text) &&
        !/\u{1F4CD}/u.test(ctx.text.slice(end, end + 4)) &&
        !(WORKPLACE.test(text) && FIND_ME.test(ctx.folded.slice(m.start, m.end + 120)))
      )
        return false;
    }
    // "Currently at …" with no subject: only with a way to find the author there
    // ("currently at 80% of my goal", "right now in the US, prices …" are no whereabouts).
    if (NOW_FIRST.test(text)) {
      if (!FIND_ME.test(ctx.folded.slice(m.start, m.end + 120))) return false;
      // The place must be a public place or a name, not "currently at 80% of my goal".
      if (!PLACE.test(text) && !/\b(?:at|in|from)\s+(?:[Tt]he\s+)?\p{Lu}/u.test(original)) return false;
    }
    const fixedPlace = /(?:here|there|outside|out front|car) (?:until|till|til|'til)|here for|gate [a-z]?\d|room/.test(text) || INVITE.test(text);
    if (!fixedPlace && !PLACE.test(text) && !NAMED.test(original)) return false;
    return { start, end, data: { text: original } };
  },
});
