import { anchoredPhrases, clauseAround } from '../_shared/people-anchors';

/** Where a spare key hides by a door: the mat, a plant pot, a fake rock… */
const HIDE =
  '(?:door ?mat|welcome mat|mat|plant ?pot|flower ?pot|pot|planter|plant|rock|stone|gnome|brick|mailbox|letterbox|bin|doorframe|door frame)';
const KEY = '(?:spare |front door |house |back door |door )?key';

/**
 * Telling everyone where the key to a home is hidden: "the key's under the mat", "left a spare key
 * in the plant pot by the door", "la llave está debajo del felpudo", "Schlüssel liegt unter der Fußmatte".
 */
const HIDDEN_KEY = [
  `${KEY}(?:'s| is|'ll be| will be| is still| stays)? (?:left |hidden |sitting )?(?:under|underneath|beneath|behind|in|inside|on top of) (?:the|a|our|my) (?:front |back |big |fake |blue |red |green )?${HIDE}(?![a-z])`,
  `(?:left|leave|leaving|put|hid|hidden|i'll leave|i've left|i've put) (?:the|a|my|our) ${KEY} (?:under|underneath|beneath|behind|in|inside|on top of) (?:the|a|our|my) (?:front |back |big |fake )?${HIDE}(?![a-z])`,
  // an unlocked way in: "leaving the back door unlocked for the plumber while we're at work"
  `(?:leave|leaving|left|i'll leave|we'll leave|i've left|keep|keeping) (?:the|our|my) (?:front |back |side |garage |patio |kitchen |basement |cellar )?(?:door|garage|gate|window|shed|slider)s? (?:unlocked|open)\\b`,
  // Spanish, German, French, Portuguese
  '(?:la )?llave (?:esta|queda|la dejo|la deje) (?:debajo del?|bajo el|bajo la|detras de la|en la|en el) (?:felpudo|maceta|piedra|buzon|alfombra)',
  'schlussel (?:liegt|ist|lege ich|habe ich) (?:\\S+ )?(?:unter der|unter dem|im|hinter dem|hinter der) (?:fussmatte|matte|blumentopf|stein|briefkasten)',
  "(?:la )?cle (?:est|sera|reste) (?:sous|dans|derriere) (?:le|la) (?:paillasson|tapis|pot de fleurs?|pot|pierre|boite aux lettres)",
  '(?:a )?chave (?:esta|fica|vai estar) (?:debaixo|embaixo|atras|dentro) (?:do|da) (?:tapete|capacho|vaso|pedra|caixa de correio)',
];

/** Why a door is left open: somebody is away, or a visitor comes in alone. */
const LEFT_OPEN_FOR =
  /\b(?:while (?:we're|we are|i'm|i am|we'll be|i'll be)|at work|away|out of town|gone|all day|this weekend|for the (?:plumber|cleaner|dog ?walker|cat ?sitter|sitter|delivery|courier|electrician|builders?|guy|neighbou?rs?)|for (?:whoever|anyone))\b/;

/** Advice or a joke about the habit, not a key that is there now. */
const ADVICE =
  /\b(?:never|don't|dont|do not|stop|shouldn't|should not|why do people|who still|nunca|no dejes|nie|niemals|jamais|ne laissez|nao deixe)\b/;
/** A key that was found, or a story about one. */
const PAST = /\b(?:was|were|used to|found|had been|when i was|as a kid|growing up)\b/;

export default anchoredPhrases({
  description:
    'Saying where the key to a home is hidden, or that its door is left unlocked ("the key\'s under the mat", "leaving the back door unlocked while we\'re at work").',
  severity: 'suggestion',
  message:
    'This tells everyone where the key to a home is ("{text}"). Tell the person who needs it in a private message instead.',
  phrases: HIDDEN_KEY,
  anchors: [
    ...['key', 'llave', 'schlussel', 'cle', 'chave', 'unlocked'],
    // "open" alone is an everyday word ("open source"): the door or gate left open holds a two-word anchor.
    ...['door open', 'doors open', 'garage open', 'garages open', 'gate open', 'gates open'],
    ...['window open', 'windows open', 'shed open', 'sheds open', 'slider open', 'sliders open'],
  ],
  reach: 90,
  before: 50,
  when(ctx, m) {
    const clause = clauseAround(ctx, m.start, m.end, 60);
    if (ADVICE.test(clause) || PAST.test(clause)) return false;
    // An unlocked door matters when nobody is there, or a stranger is told: "for the plumber while we're at work".
    if (/(?:unlocked|open)$/.test(m.text) && !LEFT_OPEN_FOR.test(clauseAround(ctx, m.start, m.end, 100))) return false;
    const text = m.text.replace(/[\s,;:]+$/, '');
    const [start, end] = ctx.span(m.start, m.start + text.length);
    return { start, end, data: { text: ctx.text.slice(start, end) } };
  },
});
