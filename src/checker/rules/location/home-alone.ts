import { anchoredPhrases, clauseAround } from '../_shared/people-anchors';

/**
 * The author says they are alone at home, or that their home is empty: "home alone all weekend",
 * "just me and the dog at home till Sunday", "house is empty till the 20th", "sozinha em casa".
 */
const HOME_ALONE = [
  'home alone',
  'alone (?:at home|in the house|in the apartment|in the flat|at the house|at my place)',
  '(?:all )?by myself (?:at home|in the house|this weekend|all weekend|all week|tonight)',
  '(?:have|got|having|get) the (?:house|place|apartment|flat|home) (?:all )?to myself',
  'just me(?:,)? (?:and|&|\\+) (?:the|my) (?:dog|dogs|cat|cats|kids|baby|pup|puppy) (?:at home|home|in the house|here)',
  '(?:the |our |my )?(?:house|place|apartment|flat|home) (?:is|will be|stays|sits) empty',
  'empty (?:house|flat|apartment|home|place) (?:this|all|till|until|tonight|for)',
  "(?:nobody|no one|no-one)(?:'s| is)? (?:at )?home (?:until|till|til|this|all|for)",
  // German
  'allein(?:e)? (?:zu\\s?hause|daheim|in der wohnung)',
  'sturmfrei(?:e bude)?',
  '(?:die|unsere|meine) (?:wohnung|bude|haus) (?:ist|bleibt|steht) (?:\\S+ )?leer(?! ?geraumt)',
  '(?:ist|bleibt|steht) (?:die|unsere|meine|das) (?:wohnung|bude|haus) (?:\\S+ )?leer(?! ?geraumt)',
  'leere wohnung (?:bis|fur|ab|die ganze)',
  // French
  "seule? (?:a la maison|chez moi|a l'appart)",
  "(?:la maison|l'appart(?:ement)?|chez moi) (?:est|sera|reste|restera) vide",
  "(?:maison|appart(?:ement)?) vide (?:jusqu|pendant|tout|toute|ce|cette)",
  // Spanish
  'sol[oa] en (?:casa|mi casa|el piso|el departamento)',
  '(?:la casa|el piso|el departamento|el apartamento|mi casa) (?:esta|estara|queda|se queda|quedara) (?:vacia|vacio)',
  'casa vacia (?:hasta|por|durante|todo|toda|este|esta)',
  // Portuguese
  'sozinh[oa] em casa',
  'sozinh[oa] no (?:apartamento|ap|ape)',
  '(?:a casa|o apartamento|o ape|minha casa) (?:esta|vai ficar|fica|ficara) (?:vazia|vazio)',
  'casa vazia (?:ate|por|durante|todo|toda|esse|este|essa|esta)',
];

/** "watching Home Alone", "Home Alone 2" — the film. */
const FILM =
  /\b(?:watch\w*|movie|film|kevin|macaulay|culkin|christmas classic|rewatch\w*|sequel|marathon)\b|home alone\s*[23]/;

export default anchoredPhrases({
  description:
    'Saying that you are home alone or that your home is empty ("home alone all weekend", "house is empty till the 20th").',
  severity: 'suggestion',
  message:
    'This tells everyone that you are alone at home or that your home is empty ("{text}"). Share it with people you know, or after the fact.',
  phrases: HOME_ALONE,
  anchors: [
    'home alone',
    'alone',
    'myself',
    'empty',
    'nobody',
    'no one',
    'no-one',
    'just me',
    'allein',
    'sturmfrei',
    'leer',
    'seul',
    'vide',
    'sola',
    'solo',
    'vacia',
    'vacio',
    'sozinh',
    'vazia',
    'vazio',
  ],
  reach: 40,
  before: 50,
  when(ctx, m) {
    const [start, end] = ctx.span(m.start, m.end);
    const original = ctx.text.slice(start, end);
    if (m.text.startsWith('home alone')) {
      // "walking home alone" is about the way home (the routine rule's business), not an empty home.
      if (
        /(?:walk|walking|drive|driving|go|going|head|heading|ride|riding|come|coming|get|getting|got|went|came|run|running|bike|biking)\s+$/.test(
          ctx.folded.slice(Math.max(0, m.start - 12), m.start),
        )
      )
        return false;
      // "Home Alone" with both words capitalized is the title; so is any mention next to watching it.
      if (/^Home\s+Alone/.test(original) || FILM.test(clauseAround(ctx, m.start, m.end))) return false;
    }
    return { start, end, data: { text: original } };
  },
});
