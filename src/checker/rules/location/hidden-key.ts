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
  // Spanish, German, French, Portuguese
  '(?:la )?llave (?:esta|queda|la dejo|la deje) (?:debajo del?|bajo el|bajo la|detras de la|en la|en el) (?:felpudo|maceta|piedra|buzon|alfombra)',
  'schlussel (?:liegt|ist|lege ich|habe ich) (?:\\S+ )?(?:unter der|unter dem|im|hinter dem|hinter der) (?:fussmatte|matte|blumentopf|stein|briefkasten)',
  "(?:la )?cle (?:est|sera|reste) (?:sous|dans|derriere) (?:le|la) (?:paillasson|tapis|pot de fleurs?|pot|pierre|boite aux lettres)",
  '(?:a )?chave (?:esta|fica|vai estar) (?:debaixo|embaixo|atras|dentro) (?:do|da) (?:tapete|capacho|vaso|pedra|caixa de correio)',
];

/** Advice or a joke about the habit, not a key that is there now. */
const ADVICE =
  /\b(?:never|don't|dont|do not|stop|shouldn't|should not|why do people|who still|nunca|no dejes|nie|niemals|jamais|ne laissez|nao deixe)\b/;
/** A key that was found, or a story about one. */
const PAST = /\b(?:was|were|used to|found|had been|when i was|as a kid|growing up)\b/;

export default anchoredPhrases({
  description:
    'Saying where the key to a home is hidden ("the key\'s under the mat", "left a spare key in the plant pot").',
  severity: 'suggestion',
  message:
    'This tells everyone where the key to a home is ("{text}"). Tell the person who needs it in a private message instead.',
  phrases: HIDDEN_KEY,
  anchors: ['key', 'llave', 'schlussel', 'cle', 'chave'],
  reach: 90,
  before: 30,
  when(ctx, m) {
    const clause = clauseAround(ctx, m.start, m.end, 60);
    if (ADVICE.test(clause) || PAST.test(clause)) return false;
    const text = m.text.replace(/[\s,;:]+$/, '');
    const [start, end] = ctx.span(m.start, m.start + text.length);
    return { start, end, data: { text: ctx.text.slice(start, end) } };
  },
});
