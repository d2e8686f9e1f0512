import { KeywordGate } from '../text/gated';
import { AnchoredTerms } from '../text/terms';

/**
 * Common ways people already say they speak for themselves. Folded (lower case,
 * no accents). A post containing any of these, or the policy's own disclaimer,
 * needs no affiliation disclaimer.
 */
export const DEFAULT_DISCLAIMER_PHRASES: readonly string[] = [
  // English
  'opinions are my own',
  'opinions my own',
  'opinions are mine',
  'opinions mine',
  'my opinions are my own',
  'views are my own',
  'views my own',
  'views are mine',
  'views mine',
  'all views my own',
  'thoughts are my own',
  'thoughts my own',
  'personal opinion only',
  'personal views only',
  'speaking for myself',
  'not speaking for my employer',
  'not speaking for my company',
  'not on behalf of my employer',
  'does not represent my employer',
  'do not represent my employer',
  'not my employer',
  'opinions expressed are my own',
  'opinions expressed here are my own',
  'the views expressed here are my own',
  'these are my personal views',
  'not the views of my employer',
  'not endorsed by my employer',
  'tweets are my own',
  'tweets my own',
  'posts are my own',
  'speaking only for myself',
  'views expressed are my own',
  'my views, not',
  'my own views',
  'thoughts are my own',
  'thoughts my own',
  'views are mine',
  'speaking for myself only',
  // Spanish
  'opiniones propias',
  'mis opiniones son mias',
  'las opiniones son mias',
  'opiniones personales',
  'no represento a mi empresa',
  'hablo a titulo personal',
  'opiniones son mias',
  'opiniones expresadas son mias',
  'hablo solo por mi',
  // German
  'meinungen sind meine eigenen',
  'nur meine meinung',
  'spreche nicht fur meinen arbeitgeber',
  'meinungen sind meine',
  'spreche nur fur mich',
  'meine eigene meinung',
  'personliche meinung',
  // French
  "les opinions exprimees ici n'engagent que moi",
  "n'engagent que moi",
  "n'engage que moi",
  'mes opinions sont les miennes',
  'avis personnel',
  'sont les miennes',
  'mes propres opinions',
  'opinions personnelles',
  'opinion personnelle',
  'a titre personnel',
  // Portuguese
  'opinioes sao minhas',
  'as opinioes sao minhas',
  'opinioes proprias',
  'opiniao pessoal',
  'opinioes pessoais',
  'nao represento a empresa',
  'nao falo pela empresa',
  'opinioes expressas sao minhas',
  'falo apenas por mim',
];

/** The phrases above, looked for around their most distinctive words (see AnchoredTerms). */
export const defaultDisclaimers = new AnchoredTerms(DEFAULT_DISCLAIMER_PHRASES);

/**
 * The same said in other words: opinions, views or thoughts (here, expressed, in this post…) that
 * are (only, all, just…) the author's own: "the views here are all mine", "as opiniões aqui são
 * só minhas", "meine Meinungen sind nur meine eigenen". Folded.
 */
export const ownOpinions = new KeywordGate(
  ['mine', 'own', 'mias', 'mia', 'minhas', 'minha', 'meine', 'meinen', 'eigenen', 'miennes', 'mienne'],
  new RegExp(
    [
      // Not someone else's ("your view is mine too").
      "\\b(?<!\\b(?:your|ur|his|her|their|tu|tus|su|sus|deine|ta|tes|sa|ses|seu|sua|teu|tua)\\s+)(?:opinions?|views?|thoughts|takes?|opiniones|opinion|opinioes|opiniao|meinungen|meinung|ansichten|avis|idees)",
      "(?:\\s+[a-z']+){0,3}?",
      '\\s+(?:are|is|sont|est|son|es|sao|e|sind|ist)',
      '\\s+(?:(?:all|only|solely|entirely|just|purely|solo|solamente|unicamente|so|somente|apenas|nur|allein|uniquement|seulement|totalement|strictly)\\s+)?',
      '(?:my own|mine|mias|mia|minhas|minha|meine(?:\\s+eigenen?)?|les miennes|la mienne)\\b',
    ].join(''),
    'g',
  ),
  { before: 80, after: 12 },
);
