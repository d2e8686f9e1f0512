import type { RuleContext } from '../../context';
import { compilePhrases, type PhraseMatch } from '../../kinds/phrases';
import { defineRule, type Hit } from '../../kinds/rule';
import { anchorSet, clauseAround, MAX_HITS, matchInWindows } from '../_shared/people-anchors';

/**
 * Calls to gang up on a person (a dog-pile or brigade): "everyone go flood @x's mentions", "let's
 * make her delete her account", "go tell this clown what you think", "ratio him". Rallying people
 * to a person's page for something kind ("flood her mentions with birthday wishes") is not.
 */

/** A third person's place online: "@x's", "his", "her", "their", "this guy's". */
const WHOSE =
  "(?:@\\w{1,30}(?:'s?)?|his|her|their|this (?:guy|dude|clown|woman|man|troll|loser|person|idiot|account)'s|that (?:guy|dude|clown|woman|man|troll|loser|person|idiot|account)'s)";
/** A third person: "him", "her", "@x", "this clown". */
const WHOM =
  '(?:@\\w{1,30}|him|her|them|this (?:guy|dude|clown|woman|man|troll|loser|idiot|moron|joker|fool|person|account|prof|professor|teacher|reporter)|that (?:guy|dude|clown|woman|man|troll|loser|idiot|moron|joker|fool|person|account|prof|professor|teacher|reporter))';
/** Where a person is reached online. */
const PLACE =
  '(?:mentions|replies|dms|inbox|comments|comment section|notifications|timeline|feed|posts?|latest post|page|profile|account|phone)';
/** Leaving or hiding an account. */
const DELETES =
  '(?:deletes?|deleted|deactivates?|deactivated|locks?|locked|privates?|quits?|leaves?|nukes?)';

/** Phrases that start at (or just after) their key word: "flood his mentions", "until he deletes…", "ratio him". */
const FROM_START = [
  `(?:flood|spam|bomb|swarm|raid|storm|brigade|blow up|blast|bombard|invade|pile into|pile onto) ${WHOSE} (?:(?:latest|last|new|recent|newest) )?${PLACE}`,
  `(?:until|till|til) (?:he|she|they|@\\w{1,30}) (?:finally )?${DELETES} (?:his|her|their|the) (?:account|profile|page|twitter|tweets?|posts?)`,
  `(?:(?:let's|lets|everyone|everybody|y'all|go|time to|pls|please) )?(?:ratio|dogpile|dog-pile|pile on|pile onto|brigade|mass[- ]report|mass[- ]block) ${WHOM}`,
  `(?:let's|lets|everyone|everybody|y'all|go|time to|pls|please) (?:cancel|drag) ${WHOM}`,
  "(?:let's|lets|everyone|everybody|y'all|go|time to|pls|please) (?:bury|destroy|wreck|crush) (?:this|that) (?:clown|loser|idiot|moron|troll|creep|fool|joker|hack|fraud|grifter)",
  '(?:inunda[dnr]?|inundemos|inundad|llena[dnr]?|llenemos|llenadle|llenenle|llenarle|spamead|spameen|spameemos|bombardea[dnr]?|bombardeemos) (?:le |les )?(?:las |los |sus |el |su )?(?:menciones|respuestas|comentarios|mensajes|dms?|md|perfil|publicaciones)',
  '(?:todos|todo el mundo|id todos|vayan todos|vamos todos) (?:a|al|a las|a sus) (?:menciones|perfil|cuenta|publicacion|post|comentarios|respuestas)(?: de| del)?',
  '(?:flutet|spammt|bombardiert|sturmt) (?:mal )?(?:seine|ihre|deren) (?:mentions|kommentare|antworten|dms|nachrichten|postfach|inbox|timeline|profil|seite|posts)',
  '(?:alle|jeder|ihr alle) (?:mal )?(?:ruber |hin )?(?:zu|auf) (?:@\\w{1,30}|(?:sein|ihr)(?:en|em|e)? (?:profil|account|post|beitrag|seite|kommentare))',
  '(?:inondons|inondez|spammons|spammez|bombardons|bombardez|allez spammer|allez inonder|on inonde|on spamme) (?:ses|leurs|son|sa) (?:mentions|reponses|commentaires|dms|mp|messages|profil|compte|publications)',
  "tout le monde (?:va |allez )?(?:sur|chez|dans) (?:le (?:compte|profil|post)|les (?:mentions|commentaires)|ses (?:mentions|commentaires)|son (?:compte|profil|post))(?: de| d')?",
  '(?:vamos|bora|galera,?) (?:lotar|encher|inundar|spammar|floodar|bombardear|invadir) (?:as |os |a |o )?(?:mencoes|comentarios|respostas|dms?|directs?|perfil|inbox|posts?)(?: dele| dela| deles| do| da| de)?',
  '(?:lotem|encham|inundem|spammem|floodem|invadam|bombardeiem) (?:as |os |a |o )?(?:mencoes|comentarios|respostas|dms?|directs?|perfil|inbox|posts?)',
  '(?:todo mundo|geral|galera),? (?:vai |vamos |bora )?(?:la )?(?:no|na|nas|nos) (?:perfil|post|mencoes|comentarios|respostas|conta)(?: dele| dela| do| da| de)?',
];

/** Phrases that end near their key word: "let's make her delete…", "…tell this clown what you think", "…su cuenta". */
const TO_END = [
  `(?:let's|lets|let us|we(?:'ll| will|'re going to| are going to|'re gonna| gotta| should| need to| can)|time to|gonna|go) make (?:him|her|them|@\\w{1,30}|this (?:guy|clown|troll|loser|woman|idiot)) (?:delete|deactivate|lock|private|quit|leave|nuke|regret)(?: (?:(?:his|her|their|the|this) )?(?:account|profile|page|twitter|instagram|tiktok|tweets?|posts?|social media|the internet))?`,
  `(?:go |everyone |everybody |y'all |all of you |pls |please )(?:tell|show) ${WHOM} (?:exactly |just )?(?:what (?:you|y'all|we) (?:think|really think)|how (?:you|we) (?:feel|really feel))`,
  // "go tell @x exactly what a worthless hack he is", "everyone remind him how useless he is"
  `(?:go |and |everyone |everybody |y'all |all of you |pls |please )(?:tell|show|remind) ${WHOM} (?:exactly |again |just )?(?:what an? (?:[a-z]+ )?(?:worthless|useless|pathetic|clueless|incompetent|stupid|dumb|hack|fraud|joke|loser|idiot|clown|moron|disgrace|liar|failure|grifter)(?: [a-z]+)? (?:he|she|they) (?:is|are|really is)|how (?:[a-z]+ )?(?:stupid|dumb|pathetic|worthless|useless|incompetent|awful|terrible|ugly|clueless) (?:he|she|they) (?:is|are))`,
  `(?:tell|show) this (?:clown|idiot|moron|joker|fool|loser|troll|creep|clown show) (?:exactly |just )?(?:what (?:you|y'all|we) (?:think|really think)|how (?:you|we) feel)`,
  '(?:hasta que|a ver si) (?:el|ella|@\\w{1,30}) (?:borre|elimine|desactive|cierre) su cuenta',
  '(?:hagamos|vamos a hacer) que (?:el |ella |@\\w{1,30} )?(?:borre|cierre|elimine|desactive|abandone) (?:su|la) cuenta',
  '(?:decidle|diganle|decirle|dile) (?:a (?:este|esta|ese|esa) (?:payaso|payasa|idiota|imbecil|tipo|tipa|troll) )?(?:exactamente )?lo que (?:pensais|piensan|piensas|pensamos)',
  '(?:lasst uns|los,?|alle) (?:mal )?(?:seine|ihre|die|deren) (?:mentions|kommentare|antworten|dms|nachrichten|postfach|inbox|timeline) (?:fluten|zuspammen|vollspammen|bombardieren|sturmen)',
  '(?:bis|damit) (?:er|sie|@\\w{1,30}) (?:seinen|ihren|den) (?:account|profil) (?:loscht|deaktiviert)',
  '(?:sagt|zeigt) (?:diesem|dem|der|dieser) (?:clown|idioten|typen|kasper|vogel|trottel|tussi) (?:mal )?(?:genau )?(?:was|wie) ihr (?:denkt|davon haltet|daruber denkt)',
  "jusqu'a ce qu'(?:il|elle) (?:supprime|desactive) son compte",
  '(?:faisons(?:-lui| lui)?|on va (?:le|la) faire) (?:supprimer|fermer|desactiver|quitter) (?:son|le) compte',
  '(?:allez |va )?dire a (?:ce|cette) (?:clown|guignol|idiot|idiote|abruti|abrutie|type|nana|troll|bouffon) ce que (?:vous|tu|nous) (?:en )?pens(?:ez|es|ons)',
  '(?:ate|so paramos quando) (?:ele|ela|@\\w{1,30}) (?:apagar|excluir|deletar|desativar) (?:a|sua) conta',
  '(?:vamos|bora) fazer (?:ele|ela|@\\w{1,30}) (?:apagar|excluir|deletar|fechar|desativar|largar) (?:a|sua) conta',
  '(?:falem|digam|mostrem) (?:pra|para|a) (?:esse|essa|este|esta) (?:palhaco|palhaca|idiota|otario|otaria|imbecil|cara|mina|troll) o que (?:voces|vcs|a gente) (?:acham|pensam)',
];

/** A kind crowd: "flood her mentions with birthday wishes". */
const KIND =
  /\b(?:love|support|kindness|kind words|birthday|bday|congrat\w*|thanks|thank you|appreciation|good vibes|positivity|hearts|cheers|wishes|encouragement|prayers|carino|amor|apoyo|felicit\w*|gluckwunsch\w*|liebe|unterstutzung|amour|soutien|bravo|carinho|apoio|parabens|merci|gracias|obrigad\w*|danke)\b/;

const START_ANCHORS = anchorSet(
  [
    ...'flood spam bomb swarm raid storm brigade blast invade pile ratio dogpile dog-pile'.split(' '),
    ...['bury this', 'bury that', 'destroy this', 'destroy that', 'wreck this', 'wreck that', 'crush this', 'crush that'],
    ...['blow up', 'mass report', 'mass-report', 'mass block', 'mass-block'],
    ...['until', 'till', 'til'].flatMap((u) => ['he', 'she', 'they', '@'].map((w) => `${u} ${w}`)),
    ...['cancel', 'drag'].flatMap((v) => ['him', 'her', 'them', 'this', 'that', '@'].map((w) => `${v} ${w}`)),
    ...['inund', 'inond', 'llen', 'bombard', 'todos a', 'todo el mundo a', 'flutet', 'spammt', 'sturmt'],
    ...['alle mal', 'alle ruber', 'alle hin', 'alle zu', 'alle auf', 'jeder zu', 'jeder auf', 'ihr alle'],
    ...['tout le monde', 'lotar', 'lotem', 'encher', 'encham', 'invadir', 'invadam', 'todo mundo', 'galera'],
    'geral',
  ],
  75,
  12,
);
const END_ANCHORS = anchorSet(
  [
    ...['him', 'her', 'them', 'this', '@'].map((w) => `make ${w}`),
    ...['he is', 'she is', 'they are', 'he really is', 'she really is'],
    ...['what you think', 'what you really', "what y'all", 'what we think', 'what we really', 'how you feel'],
    ...['how you really', 'how we feel', 'cuenta', 'lo que pens', 'lo que piens'],
    ...['fluten', 'zuspammen', 'vollspammen', 'sturmen', 'loscht', 'deaktiviert', 'was ihr', 'wie ihr'],
    ...['compte', 'ce que vous', 'ce que tu', 'ce que nous', 'conta', 'o que voces', 'o que vcs', 'o que a gente'],
  ],
  40,
  70,
);
const fromStart = compilePhrases(FROM_START);
const toEnd = compilePhrases(TO_END);

function accept(ctx: RuleContext, m: PhraseMatch): Hit | null {
  const folded = ctx.folded;
  const after = folded.slice(m.end, Math.min(folded.length, m.end + 50));
  if (KIND.test(after) || KIND.test(clauseAround(ctx, m.start, m.end, 30))) return null;
  const text = m.text.trimEnd();
  const [start, end] = ctx.span(m.start, m.start + text.length);
  return { start, end, data: { text: ctx.text.slice(start, end) } };
}

export default defineRule({
  description:
    'Calls to pile on a person: "everyone go flood @x\'s mentions", "let\'s make her delete her account", "tell this clown what you think", "inundemos sus menciones".',
  severity: 'warn',
  messages: {
    default:
      'This calls on others to pile on someone ("{text}"). Piling on is harassment even when the target behaved badly; report the account instead.',
  },
  detect(ctx) {
    const a = matchInWindows(ctx, START_ANCHORS, fromStart);
    const b = matchInWindows(ctx, END_ANCHORS, toEnd);
    const all = b.length === 0 ? a : a.length === 0 ? b : [...a, ...b].sort((x, y) => x.start - y.start);
    const hits: Hit[] = [];
    let last = -1;
    for (const m of all) {
      if (m.start < last) continue;
      const hit = accept(ctx, m);
      if (!hit) continue;
      last = m.end;
      if (hits.push(hit) >= MAX_HITS) break;
    }
    return hits;
  },
});
