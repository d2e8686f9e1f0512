import { anchoredPhrases, clauseAround } from '../_shared/people-anchors';

const GAP = '[^.!?\\n]{1,45}?';
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
  `working from (?!home|bed|my |the couch|the sofa)${GAP} (?:(?:until|till|til|'til) ${CLOCK}|today|all day|this (?:morning|afternoon)|right now|if anyone|for the (?:day|afternoon|morning))`,
  `(?:i'm|im|i am|we're|we are) (?:at|in) ${GAP} (?:all day|today|tonight|this (?:morning|afternoon|evening)|for the (?:next|rest of the) (?:hour|\\d+ hours|couple of hours|few hours|afternoon|day|evening))`,
  `(?:(?:i'm|im|i'll be|we're|we'll be) )?here for (?:the next|another) (?:hour|\\d+ hours|couple (?:of )?hours|few hours|half hour)`,
  `checked in(?:to)? (?:at )?${GAP},? (?:room|rm) (?:number |no\\.? |#)?\\d{2,5}`,
  `checked in(?:to)? (?:at )?${GAP}(?:hotel|inn|motel|resort|hostel|airbnb|suites?|lodge)`,
  `(?:staying|we're staying|i'm staying) at (?:the )?${GAP}(?:hotel|inn|motel|hostel|resort|lodge|airbnb)`,
  '(?:hotel |my |our )?room (?:number |no\\.? |#|is )?\\d{3,5}',
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
  `(?:estoy|estamos) en ${GAP} (?:ahora mismo|ahorita|en este momento|hasta las \\d{1,2})`,
  // "estoy ahora mismo en …", "estou agora no estacionamento do …": the moment first, then the place
  `(?:estoy|estamos) (?:ahora(?: mismo)?|en este momento) en ${GAP}(?=[.,!?\\n]|$)`,
  `(?:estou|estamos|to) (?:agora|neste momento) (?:no|na|em) ${GAP}(?=[.,!?\\n]|$)`,
  `(?:bin|sind) (?:gerade|grad|jetzt|noch bis \\d{1,2} uhr) (?:im|in der|in|am|an der|beim|auf dem) ${GAP}(?=[.,!?\\n]|$)`,
  `(?:je suis|on est|nous sommes) (?:au|a la|a l'|aux|dans|chez) ${GAP} (?:en ce moment|maintenant|jusqu'a \\d{1,2}h)`,
  `(?:estou|estamos|to) (?:no|na|em) ${GAP} (?:agora|neste momento|ate as \\d{1,2})`,
];

/** Public places, in the five languages. */
const PLACE =
  /\b(?:lobby|playground|park|cafe|coffee ?shop|bar|pub|restaurant|hotel|gym|airport|gate|station|mall|beach|library|lounge|terminal|stadium|arena|waterfront|pier|store|shop|market|museum|zoo|campus|lake|trail|garage|parking|diner|bakery|brewery|club|venue|festival|reception|platform|plaza|square|table|booth|stand|stall|kiosk|desk|entrance|room|spielplatz|bahnhof|flughafen|kneipe|biergarten|parque|playa|aeropuerto|estacion|gare|aeroport|parc|plage|praia|parquinho|padaria|aeroporto|estacao|academia|cafeteria|hall|rooftop|counter|window|supermarket|supermercado|estacionamento|aparcamiento|parkplatz|supermarkt|supermarche)\b/;
/** A venue's name: a capitalized word right after the preposition ("at Luigi's", "em Lisboa"). */
const NAMED =
  /(?:\b(?:at|by|from|en|em|no|na|au|im|am|beim|dans|chez)\s+(?:the\s+|el\s+|la\s+|le\s+|o\s+|a\s+|der\s+|dem\s+)?[A-Z0-9])/;

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
    const fixedPlace = /(?:here|there) (?:until|till|til|'til)|here for|gate [a-z]?\d|room/.test(text) || INVITE.test(text);
    if (!fixedPlace && !PLACE.test(text) && !NAMED.test(original)) return false;
    return { start, end, data: { text: original } };
  },
});
