import { anchoredPhrases } from '../_shared/people-anchors';

const TIME =
  '(?:at \\d{1,2}(?::\\d\\d)?\\s?(?:am|pm|h)?|at (?:midnight|night|dawn|sunrise|dusk)|late at night|every (?:morning|night|evening|day|weekday)|tonight)';
const ALONE = '(?:alone|by myself|on my own|sozinh[oa]|allein(?:e)?|seule?|sol[oa])';
/** Also "the last one left", "just me here" — only in the building pattern, to keep the others cheap. */
const ALONE_IN = `(?:${ALONE.slice(3, -1)}|just me (?:here|left)|(?:the )?(?:only|last) one (?:here|left))`;
/** Alone on a night shift: also "just me, the alarm panel and …". */
const ALONE_SHIFT = `${ALONE.slice(3, -1)}|just (?:me|us)\\b|only me\\b|(?:the )?(?:only|last) one`;
const MOVE =
  '(?:walk\\w*|run\\w*|jog\\w*|loop|route|trail|path|garage|parking|street|park|lake|commute|bus|train|subway|metro|station|bike|biking|cycling|hike|hiking|caminando|corriendo|laufe|gehe|joggen|marche|cours|courir|correndo|caminhando)';
const W = '[^.!?\\n]{0,60}?';
/** A building you stay in, at night: "alone in the Acme lab until midnight". */
const STAY =
  '(?:office|lab|building|floor|ward|clinic|store|shop|warehouse|plant|studio|library|campus|gym|hospital|site|oficina|laboratorio|edificio|buro|labor|gebaude|bureau|immeuble|escritorio|predio)';
const NIGHT =
  '(?:tonight|at night|late at night|all night|overnight|at (?:midnight|\\d{1,2}(?::\\d\\d)?\\s?pm)|(?:until|till|til) (?:midnight|\\d{1,2}(?::\\d\\d)?\\s?(?:am|pm)|late)|esta noche|de noche|heute nacht|nachts|ce soir|la nuit|esta noite|a noite)';

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

/** "leave me alone", "not alone", "you are not alone" are not about being alone somewhere. */
const NOT_ALONE = /(?:leave (?:me|us|him|her|them)|not|never|you're|you are|we're not|feel)\s+alone/;

export default anchoredPhrases({
  description:
    'Being alone at a predictable time and place ("walking to the garage alone at 11pm", "every morning at 6am, same loop, alone").',
  severity: 'suggestion',
  message:
    'This tells everyone where you will be, when, and that you will be alone ("{text}"). Keep routines and late walks to people you know.',
  phrases: ROUTINE,
  anchors: ['night shift', 'overnight shift', 'graveyard shift', 'turno de', 'nachtschicht', 'garde de nuit', 'plantao', 'alone', 'by myself', 'on my own', 'just me', 'only one', 'last one', 'sozinh', 'allein', 'seul', 'sola', 'solo', 'same'],
  reach: 140,
  when(ctx, m) {
    if (NOT_ALONE.test(m.text)) return false;
    const text = m.text.replace(/[\s,;:]+$/, '');
    const [start, end] = ctx.span(m.start, m.start + text.length);
    // A building at night counts when it is named ("the Acme lab", "Building C", "4th floor").
    if (!MOVE_RE.test(text) && !NAMED_STAY.test(ctx.text.slice(start, end))) return false;
    return { start, end, data: { text: ctx.text.slice(start, end) } };
  },
});
