import { anchoredPhrases } from '../_shared/people-anchors';

const TIME =
  '(?:at \\d{1,2}(?::\\d\\d)?\\s?(?:am|pm|h)?|at (?:midnight|night|dawn|sunrise|dusk)|late at night|every (?:morning|night|evening|day|weekday)|tonight)';
const ALONE = '(?:alone|by myself|on my own|sozinh[oa]|allein(?:e)?|seule?|sol[oa])';
const MOVE =
  '(?:walk\\w*|run\\w*|jog\\w*|loop|route|trail|path|garage|parking|street|park|lake|commute|bus|train|subway|metro|station|bike|biking|cycling|hike|hiking|caminando|corriendo|laufe|gehe|joggen|marche|cours|courir|correndo|caminhando)';
const W = '[^.!?\\n]{0,60}?';

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
  // a fixed routine: "every morning at 6, same route"
  `every (?:morning|evening|night|day|weekday|(?:mon|tues|wednes|thurs|fri|satur|sun)day) at \\d{1,2}(?::\\d\\d)?\\s?(?:am|pm|h)?,?${W}same (?:loop|route|trail|path|spot|bench|place|time)`,
];

/** "leave me alone", "not alone", "you are not alone" are not about being alone somewhere. */
const NOT_ALONE = /(?:leave (?:me|us|him|her|them)|not|never|you're|you are|we're not|feel)\s+alone/;

export default anchoredPhrases({
  description:
    'Being alone at a predictable time and place ("walking to the garage alone at 11pm", "every morning at 6am, same loop, alone").',
  severity: 'suggestion',
  message:
    'This tells everyone where you will be, when, and that you will be alone ("{text}"). Keep routines and late walks to people you know.',
  phrases: ROUTINE,
  anchors: ['alone', 'by myself', 'on my own', 'sozinh', 'allein', 'seul', 'sola', 'solo', 'same'],
  reach: 140,
  when(ctx, m) {
    if (NOT_ALONE.test(m.text)) return false;
    const text = m.text.replace(/[\s,;:]+$/, '');
    const [start, end] = ctx.span(m.start, m.start + text.length);
    return { start, end, data: { text: ctx.text.slice(start, end) } };
  },
});
