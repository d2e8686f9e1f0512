import { anchoredPhrases, clauseAround } from '../_shared/people-anchors';

/**
 * The author says they are alone at home, or that their home is empty: "home alone all weekend",
 * "just me and the dog at home till Sunday", "house is empty till the 20th", "sozinha em casa".
 */
const EN_BE =
  "(?:is|will be|'ll be|will stay|stays|will sit|sits|remains|will remain|is going to be|is gonna be|gonna be|will be left|is left|stands|will stand)";
const EN_ADV = '(?:totally|completely|entirely|fully|pretty much|basically|just|all|going to be)';
const EN_EMPTY = '(?:empty|unoccupied|vacant|deserted)';

const HOME_ALONE = [
  'home alone',
  // "my daughter is home by herself until 7", "home on my own all week"
  'home (?:by (?:myself|herself|himself|themselves|ourselves)|on (?:my|her|his|their|our) own) (?:until|till|til|all|this|tonight|every|for|while|after)',
  // "nobody's watching the place till the 18th": no one looks after the empty home
  "(?:nobody|no one|no-one)(?:'s| is|'ll be| will be) (?:watching|minding|looking after|checking on|staying at|staying in|living in) (?:the|our|my) (?:place|house|flat|apartment|home|condo)",
  'alone (?:at home|in the house|in the apartment|in the flat|at the house|at my place)',
  '(?:all )?by myself (?:at home|in the house|this weekend|all weekend|all week|tonight)',
  '(?:have|got|having|get) (?:the|our) (?:whole |entire )?(?:house|place|apartment|flat|home) (?:all )?to (?:myself|ourselves)',
  // "just me here at the cabin this weekend", "just us at the lake house": alone at a home, no pet needed
  "just (?:me|us)(?: here| out here| up here)? (?:at|in) (?:the|our|my) (?:cabin|cottage|lake house|beach house|farmhouse|chalet|camper|trailer|house|flat|apartment)(?! (?:office|party|meeting))",
  // "it's gonna be me and the kids alone", "me and the baby on our own all week"
  "me (?:and|&|\\+) (?:the|my) (?:dog|dogs|cat|cats|kids|baby|babies|boys|girls|toddler|pup|puppy) (?:alone|on our own|by ourselves)",
  'just me(?:,)? (?:and|&|\\+) (?:the|my) (?:dog|dogs|cat|cats|kids|baby|pup|puppy) (?:at home|home|in the house|here)',
  // "just me and the dog at the cabin on Lake Ormond this week, no neighbours for miles"
  "just me(?:,)? (?:and|&|\\+) (?:the|my) (?:dog|dogs|cat|cats|kids|baby|pup|puppy) (?:at|in) (?:the|our|my) (?:cabin|cottage|lake house|beach house|farmhouse|chalet|camper|trailer|place)",
  "no (?:neighbou?rs|one|other houses|houses) (?:around )?for miles",
  // "the apartment will be totally empty", "our house in Leeds stays empty" (a place name may follow)
  // "flat 7B will be empty the whole time": a door number may follow
  `(?:the |our |my )?(?:(?:house|place|apartment|apt|flat|home|condo)(?: (?:no\\.? |number |#)?\\d{1,4}[a-z]?| (?:in|on|at|by) [a-z0-9'-]+(?: [a-z0-9'-]+){0,3})?|unit (?:no\\.? |number |#)?\\d{1,4}[a-z]?)(?:'s| ${EN_BE}) (?:${EN_ADV} )?${EN_EMPTY}(?! of\\b)`,
  `(?:leave|leaving|left) (?:the|our|my) (?:house|place|apartment|flat|home|condo) (?:${EN_ADV} )?${EN_EMPTY}`,
  // "keep an eye on my place while it's empty"
  `(?:the|our|my) (?:house|place|apartment|flat|home|condo) while (?:it's|it is|it'll be|it will be|it sits|it stands) (?:${EN_ADV} )?${EN_EMPTY}`,
  'empty (?:house|flat|apartment|home|place) (?:this|all|till|until|tonight|for)',
  "(?:nobody|no one|no-one)(?:'s| is|'ll be| will be)? (?:at )?home (?:until|till|til|this|all|for|while)",
  // German
  'allein(?:e)? (?:zu\\s?hause|daheim|in der wohnung)',
  'sturmfrei(?:e bude)?',
  // "unsere Wohnung in der Lindenstraße 8 in Kassel steht so lange leer": an address may follow
  '(?:die|unsere|meine|das|unser|mein) (?:wohnung|bude|haus)(?: (?:in|im|am|an der|in der|auf der) [a-z0-9-]+(?: [a-z0-9-]+){0,4})? (?:ist|bleibt|steht|wird) (?:\\S+ ){0,3}leer(?! ?geraumt)',
  '(?:niemand|keiner|keine sau) (?:ist )?(?:zu\\s?hause|daheim) (?:bis|fur|ab|die ganze|solange)',
  '(?:ist|bleibt|steht) (?:die|unsere|meine|das) (?:wohnung|bude|haus) (?:\\S+ )?leer(?! ?geraumt)',
  'leere wohnung (?:bis|fur|ab|die ganze)',
  // French
  "seule? (?:a la maison|chez moi|a l'appart)",
  "(?:la maison|notre maison|ma maison|l'appart(?:ement)?|notre appart(?:ement)?|mon appart(?:ement)?|chez moi|chez nous)(?: (?:a|en|de|du) [a-z'-]+(?: [a-z'-]+)?)? (?:est|sera|reste|restera|va rester|va etre) (?:(?:completement|totalement|entierement) )?vide",
  "(?:il n'y (?:a|aura) )?personne (?:a la maison|chez (?:moi|nous)) (?:jusqu|pendant|tout|toute|ce|cette|avant)",
  "(?:maison|appart(?:ement)?) vide (?:jusqu|pendant|tout|toute|ce|cette)",
  // Spanish
  'sol[oa] en (?:casa|mi casa|el piso|el departamento)',
  '(?:la casa|mi casa|nuestra casa|el piso|mi piso|nuestro piso|el departamento|el apartamento|el depa)(?: (?:en|de|del) [a-z\'-]+(?: [a-z\'-]+)?)? (?:esta|estara|queda|se queda|quedara|se quedara|va a estar|va a quedar|se va a quedar) (?:(?:totalmente|completamente|del todo) )?(?:vacia|vacio|solit[ao]|sola|sin nadie)(?! (?:que|con|para|de|por|a))',
  '(?:dejamos|dejo|dejar|dejaremos) (?:la|el|mi|nuestra|nuestro) (?:casa|piso|departamento|apartamento) (?:vacia|vacio|sola|solo)',
  'no (?:hay|habra|va a haber) nadie en (?:casa|el piso) (?:hasta|por|durante|todo|toda|este|esta)',
  'casa vacia (?:hasta|por|durante|todo|toda|este|esta)',
  // Portuguese
  'sozinh[oa] em casa',
  'sozinh[oa] no (?:apartamento|ap|ape)',
  // "a casa em Almada fica vazia", "o apartamento vai ficar completamente vazio"
  '(?:a casa|a minha casa|minha casa|a nossa casa|nossa casa|o apartamento|o nosso apartamento|o meu apartamento|o ape|o apto)(?: (?:em|no|na|de|do|da) [a-z\'-]+(?: [a-z\'-]+)?)? (?:esta|estara|vai ficar|vai estar|fica|ficara|vai continuar) (?:(?:totalmente|completamente|inteiramente) )?(?:vazia|vazio|desocupada|desocupado|sozinh[ao])',
  '(?:deixamos|deixo|deixar|deixaremos|vamos deixar) (?:a|o) (?:casa|apartamento|ape) (?:vazia|vazio|sozinha)',
  '(?:nao (?:vai )?(?:ter|haver|ha|tem|fica) )?ninguem em casa (?:ate|por|durante|todo|toda|esse|este|essa|esta)',
  'casa vazia (?:ate|por|durante|todo|toda|esse|este|essa|esta)',
];

const EMPTY_WORD = /\b(?:empty|unoccupied|vacant|deserted|leer|vide|vacia|vacio|vazia|vazio|desocupad[ao])\b/;
/** Moving out, letting, selling or renovating: the home is empty because nobody lives there. */
const MOVING =
  /\b(?:mov(?:e|ed|ing) out|moving|for (?:sale|rent)|to let|viewings?|renovat\w*|tenants?|landlord|lease|listing|auszug|ausgezogen|umzug|renovier\w*|zu vermieten|zu verkaufen|besichtigung|mudanza|alquil\w*|se vende|reforma\w*|demenag\w*|a louer|a vendre|travaux|mudanca|mudamos|alug\w*|vende-se|arrend\w*|obras)\b/;

const NOT_ABSENCE =
  /^[\s,]*(?:(?:\S+ ){0,2}(?:without (?:you|him|her|them)|sem (?:ti|voce|vc|voces|eles?|elas?)|sin (?:ti|vos|usted|ellos?|ellas?)|ohne (?:dich|euch|ihn|sie)|sans (?:toi|vous|lui|elle|eux))|(?:for|since) (?:years|ages|months|decades|\d{4})|desde (?:hace|ha|\d{4})|ha (?:anos|meses)|seit (?:jahren|monaten|\d{4})|depuis (?:des|\d{4}))/;

/** "left the cat home alone for an hour": a pet left at home, not the author alone. */
const PET_LEFT =
  /(?:left|leave|leaving|leaves) (?:the|my|our|his|her|their) (?:\w+ )?(?:cats?|dogs?|kittens?|pupp(?:y|ies)|pups?|pets?|birds?|parrots?|hamsters?|rabbits?|bunn(?:y|ies)|fish|plants?)\s+$/;

/** "your dog is home alone", "cats get left home alone": a pet is the one alone. */
const PET_SUBJECT =
  /(?:cats?|dogs?|kittens?|pupp(?:y|ies)|pups?|pets?|birds?|parrots?|rabbits?|bunn(?:y|ies)|animals?)(?:'s| is| are| gets?| stays?| will be| can be| spends? (?:\w+ )?(?:hours|all day|the day)| left)\s+$/;

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
    'unoccupied',
    'vacant',
    'deserted',
    'niemand',
    'keiner',
    'personne',
    'nadie',
    'ninguem',
    'desocupad',
    'nobody',
    'no one',
    'no-one',
    'just me',
    'just us',
    'by herself',
    'by himself',
    'by themselves',
    'on my own',
    'on her own',
    'on his own',
    'on their own',
    'watching the',
    'minding the',
    'looking after',
    'checking on',
    'sin nadie',
    'ourselves',
    'on our own',
    'neighbour',
    'neighbor',
    'for miles',
    'allein',
    'sturmfrei',
    'leer',
    'seul',
    'vide',
    'sola',
    'solo',
    'solit',
    'vacia',
    'vacio',
    'sozinh',
    'vazia',
    'vazio',
  ],
  reach: 40,
  before: 75,
  when(ctx, m) {
    const [start, end] = ctx.span(m.start, m.end);
    const original = ctx.text.slice(start, end);
    // An empty flat that is being let, sold or moved out of is not an absence.
    if (EMPTY_WORD.test(m.text)) {
      if (MOVING.test(clauseAround(ctx, m.start, m.end, 100))) return false;
      // "the house feels empty without you", "empty for years": a feeling or a ruin, not an absence.
      if (NOT_ABSENCE.test(ctx.folded.slice(m.end, m.end + 40))) return false;
    }
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
      // "left the cat home alone", "if your dog is home alone all day": a pet alone, not the author.
      const lead = ctx.folded.slice(Math.max(0, m.start - 32), m.start);
      if (PET_LEFT.test(lead) || PET_SUBJECT.test(lead)) return false;
    }
    return { start, end, data: { text: original } };
  },
});
