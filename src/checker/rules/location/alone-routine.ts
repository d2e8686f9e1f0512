import { anchoredPhrases } from '../_shared/people-anchors';
import { fold } from '../../text/normalize';

const TIME =
  '(?:at \\d{1,2}(?::\\d\\d)?\\s?(?:am|pm|h)?|at (?:midnight|night|dawn|sunrise|dusk)|late at night|every (?:morning|night|evening|day|weekday)|tonight)';
const ALONE = '(?:alone|by myself|on my own|sozinh[oa]|allein(?:e)?|seule?|sol[oa])';
/** A fixed hour that comes back: "every morning at 6", "at 3:15 every day", "todas las mañanas a las 7". */
const EVERY =
  '(?:every (?:morning|evening|night|day|weekday|(?:mon|tues|wednes|thurs|fri|satur|sun)day)s? (?:at|around|from|by) \\d{1,2}(?::\\d\\d)?\\s?(?:am|pm|h)?|(?:at|around|by) \\d{1,2}(?::\\d\\d)?\\s?(?:am|pm|h)?(?: sharp)? every (?:morning|evening|night|day|weekday|(?:mon|tues|wednes|thurs|fri|satur|sun)day))';
/** How to pick the author out on the spot: "I'm the one in the red Jeep". */
const SPOT_ME =
  "(?:i'm|im|i am) the (?:one|guy|girl|woman|man|mum|mom|dad|lady|person|tall one|short one) (?:in|with|wearing|driving)";
/** Also "the last one left", "just me here" — only in the building pattern, to keep the others cheap. */
/** The only one on site: "the only one here", "last one in the building", "only guard on duty". */
const ONLY_ONE =
  "(?:the )?(?:only|last|sole|lone) (?:one|person|guard|nurse|doctor|vet|tech|worker|staff(?: member)?|cashier|clerk|dev|engineer|one on shift|person on shift) (?:here|left|in the (?:building|office|lab|shop|store|place)|on (?:duty|shift|site|the floor)|still here)";
const ALONE_IN = `(?:${ALONE.slice(3, -1)}|just me (?:here|left)|${ONLY_ONE})`;
/** The two words every ONLY_ONE phrase starts with: "only guard", "last one", "sole nurse". */
const ONLY_ONE_ANCHORS = ['only', 'last', 'sole', 'lone'].flatMap((w) =>
  ['one', 'person', 'guard', 'nurse', 'doctor', 'vet', 'tech', 'worker', 'staff', 'cashier', 'clerk', 'dev', 'engineer'].map((n) => `${w} ${n}`),
);
/** The two words every EVERY phrase holds: "every morning", "every fri(day)". */
const EVERY_ANCHORS = ['morning', 'evening', 'night', 'day', 'weekday', 'mon', 'tues', 'wednes', 'thurs', 'fri', 'satur', 'sun'].map((w) => `every ${w}`);
/** Alone on a night shift: also "just me, the alarm panel and …". */
const ALONE_SHIFT = `${ALONE.slice(3, -1)}|just (?:me|us)\\b|only me\\b|(?:the )?(?:only|last) one`;
const MOVE =
  '(?:walk\\w*|run\\w*|jog\\w*|swim\\w*|laps|pool|loop|route|trail|path|garage|parking|street|park|lake|commute|bus|train|subway|metro|station|bike|biking|cycling|hike|hiking|caminando|corriendo|laufe|gehe|joggen|marche|cours|courir|correndo|caminhando)';
const W = '[^.!?\\n]{0,60}?';
/** A building you stay in, at night: "alone in the Acme lab until midnight". */
const STAY =
  '(?:office|call cent(?:re|er)|cent(?:re|er)|lab|building|floor|ward|clinic|store|shop|warehouse|plant|studio|library|campus|gym|hospital|site|depot|yard|unit|booth|kiosk|cabin|hut|gatehouse|control room|substation|oficina|laboratorio|edificio|buro|labor|gebaude|bureau|immeuble|escritorio|predio|clinique|hopital|boutique|magasin|usine|entrepot|tienda|almacen|fabrica|clinica|loja|armazem|lager|werk|praxis)';
const NIGHT =
  '(?:tonight|at night|late at night|all night|overnight|at (?:midnight|\\d{1,2}(?::\\d\\d)?\\s?pm)|(?:until|till|til) (?:midnight|\\d{1,2}(?::\\d\\d)?\\s?(?:am|pm)|late)|esta noche|de noche|heute nacht|nachts|ce soir|la nuit|esta noite|a noite|(?:hasta las|bis|jusqu\'a|ate as|ate) \\d{1,2}(?:h\\d{0,2}|:\\d\\d| uhr)?)';

/**
 * Being alone at a predictable time and place: "walking to the 4th Ave garage alone at 11pm",
 * "every morning at 6am, same loop around the lake, alone".
 */
const ROUTINE = [
  `${MOVE}${W}${ALONE}${W}${TIME}`,
  `${MOVE}${W}${TIME}${W}${ALONE}`,
  `${TIME}${W}${MOVE}${W}${ALONE}`,
  `${TIME}${W}${ALONE}${W}${MOVE}`,
  `${ALONE}${W}${TIME}${W}${MOVE}`,
  `${ALONE}${W}${MOVE}${W}${TIME}`,
  // alone in a named building at night ("alone in the Acme lab until midnight"); starting at the
  // rare word keeps the search cheap
  `${ALONE_IN}${W}(?:${STAY}${W}${NIGHT}|${NIGHT}${W}${STAY})`,
  // the building and the hour first: "at the Acme office till 8 tonight, 9th floor, alone as usual"
  `(?:${STAY}${W}${NIGHT}|${NIGHT}${W}${STAY})${W}${ALONE_IN}`,
  // the night shift in a named building, alone: "night shift at the Acme clinic. just me and the alarm panel"
  `(?:night|overnight|graveyard) shift (?:at|in|on)${W}${STAY}[^\\n]{0,8}?(?:${ALONE_SHIFT})`,
  `(?:turno de noche|nachtschicht|garde de nuit|plantao noturno|turno da noite) (?:en|im|in der|in|a|au|a la|no|na)${W}${STAY}[^\\n]{0,8}?(?:${ALONE_SHIFT})`,
  // a fixed routine: "every morning at 6, same route"
  `every (?:morning|evening|night|day|weekday|(?:mon|tues|wednes|thurs|fri|satur|sun)day) at \\d{1,2}(?::\\d\\d)?\\s?(?:am|pm|h)?,?${W}same (?:loop|route|trail|path|spot|bench|place|time)`,
  // alone here now, into the night, where a place is named around it (checked in \`when\`):
  // "Live from Depot 3 on Canal Road: I'm the only one here tonight until 5am"
  `(?:just me (?:here|left)|${ONLY_ONE}|(?:all )?alone here)${W}${NIGHT}`,
  // the same commute at a fixed hour, and where to find the author on it: "on the 7:10 train every morning, carriage 4"
  `(?:the )?\\d{1,2}[:.]\\d\\d (?:train|bus|tram|ferry|boat|subway|metro|shuttle)${W}every (?:morning|evening|night|day|weekday|(?:mon|tues|wednes|thurs|fri|satur|sun)day)${W}(?:say hi|come say|carriage \\d+|coach [a-z]\\b|car \\d+|seat|${SPOT_ME})`,
  // where the author is at a fixed hour every day: "I'm at the gym on Oak Road every morning at 6"
  `(?:i'm|im|i am|i'll be|you'll find me|find me|we're|we are) (?:at|in|on) ${W}${EVERY}`,
  `${EVERY}${W}(?:i'm|im|i am|i'll be|you'll find me|find me) (?:at|in|on) [^.!?\\n]{1,60}`,
  // a daily hand-over point and how to spot the author: "pickup at 3:15 every day, I'm the one in the red Jeep"
  `${EVERY}${W}${SPOT_ME}`,
  `${SPOT_ME}${W}${EVERY}`,
];

const MOVE_RE = new RegExp(`\\b${MOVE}\\b`);
/** Building words in either case ("Lab", "lab"), so the name next to them can be checked by case. */
const STAY_WORD = `(?:${'office|lab|building|clinic|store|warehouse|plant|studio|library|campus|hospital|ward|floor|room|level|wing|suite|oficina|laboratorio|edificio|buro|labor|gebaude|bureau|escritorio|predio'
  .split('|')
  .map((w) => `[${w[0]}${w[0]?.toUpperCase()}]${w.slice(1)}`)
  .join('|')})`;
const NAMED_STAY = new RegExp(
  `\\b(?!(?:I|The|A|An|My|Our|This|That|El|La|Mi|Die|Der|Das|Le|Les|Mon|O|A|Na|No)\\b)[A-Z][\\w'-]*\\s+${STAY_WORD}|${STAY_WORD}\\s+(?:(?:de|del|of|von|der|du|da|do|at)\\s+)?(?:[A-Z0-9]|#\\d)|\\d+(?:st|nd|rd|th)\\s+floor`,
);

const SPOT_ME_RE = new RegExp(SPOT_ME);
const EVERY_RE = new RegExp(EVERY);
const STAY_RE = new RegExp(`\\b${STAY}|\\b${MOVE}\\b`);
/** A street, a code-like name ("A1", "Gate 4") or a capitalized place name after a preposition. */
const NAMED_PLACE =
  /\b\p{Lu}[\p{L}'-]+\s+(?:Street|St|Road|Rd|Avenue|Ave|Lane|Way|Drive|Dr|Boulevard|Blvd|Square|Straße|Strasse|Platz)\b|\b(?:[A-Z]{1,3}\d{1,3}|[Gg]ate \d{1,3}|[Dd]ock \d{1,3}|[Bb]ay \d{1,3})\b|\b(?:at|from|in|on|near|by)\s+(?:the\s+)?(?!(?:I|The|A|An|My|Our|This|That)\b)\p{Lu}[\p{L}'-]+/u;

/** A street name in any case: "rue des Lilas", "Avenida Paulista". */
const STREET = /\b(?:rue|calle|rua|avenida|av\.|chemin|carrer)\s+(?:(?:de|des|du|de la|del|da|do|dos|das)\s+)?\p{L}/iu;

/** "leave me alone", "not alone", "you are not alone" are not about being alone somewhere. */
const NOT_ALONE = /(?:leave (?:me|us|him|her|them)|not|never|you're|you are|we're not|feel)\s+alone/;

export default anchoredPhrases({
  description:
    'Being alone at a predictable time and place ("walking to the garage alone at 11pm", "every morning at 6am, same loop, alone").',
  severity: 'suggestion',
  message:
    'This tells everyone where you will be, when, and that you will be alone ("{text}"). Keep routines and late walks to people you know.',
  phrases: ROUTINE,
  anchors: [
    ...['night shift', 'overnight shift', 'graveyard shift', 'turno de', 'nachtschicht', 'garde de nuit', 'plantao'],
    ...['alone', 'by myself', 'on my own', 'just me', 'sozinh', 'allein', 'seul', 'sola', 'solo', 'same'],
    // Two words, not "only" or "every" alone: everyday words would open a window in every post.
    ...ONLY_ONE_ANCHORS,
    ...EVERY_ANCHORS,
    "i'm the",
    'im the',
    'i am the',
  ],
  reach: 140,
  when(ctx, m) {
    if (NOT_ALONE.test(m.text)) return false;
    const text = m.text.replace(/[\s,;:]+$/, '');
    const [start, end] = ctx.span(m.start, m.start + text.length);
    // Picking the author out at a fixed hour needs no more: "pickup at 3:15 every day, I'm the one in the red Jeep".
    if (SPOT_ME_RE.test(text) && EVERY_RE.test(text)) return { start, end, data: { text: ctx.text.slice(start, end) } };
    // A building at night counts when it is named ("the Acme lab", "Building C", "4th floor").
    if (!MOVE_RE.test(text) && !NAMED_STAY.test(ctx.text.slice(start, end))) {
      // …or when the sentence around it names the place: "Live from Depot 3: only one here tonight",
      // "Seule à la clinique ce soir, rue des Lilas", "night shift on the A1 deck, solo in the unit till 6".
      const around = ctx.text.slice(Math.max(0, start - 90), Math.min(ctx.text.length, end + 50));
      if (!STAY_RE.test(fold(around)) || !(NAMED_STAY.test(around) || NAMED_PLACE.test(around) || STREET.test(around)))
        return false;
    }
    return { start, end, data: { text: ctx.text.slice(start, end) } };
  },
});
