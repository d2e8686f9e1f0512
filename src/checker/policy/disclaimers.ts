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
  // Spanish
  'opiniones propias',
  'mis opiniones son mias',
  'las opiniones son mias',
  'opiniones personales',
  'no represento a mi empresa',
  'hablo a titulo personal',
  // German
  'meinungen sind meine eigenen',
  'meine personliche meinung',
  'nur meine meinung',
  'spreche nicht fur meinen arbeitgeber',
  // French
  "les opinions exprimees ici n'engagent que moi",
  "n'engagent que moi",
  "n'engage que moi",
  'mes opinions sont les miennes',
  'avis personnel',
  // Portuguese
  'opinioes sao minhas',
  'as opinioes sao minhas',
  'opinioes proprias',
  'opiniao pessoal',
  'nao represento a empresa',
  'nao falo pela empresa',
];

/** The phrases above, looked for around their most distinctive words (see AnchoredTerms). */
export const defaultDisclaimers = new AnchoredTerms(DEFAULT_DISCLAIMER_PHRASES);
