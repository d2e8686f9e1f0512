import { defineRule } from '../../kinds/rule';
import { B, E, Gated, hasDisclosure } from '../_shared/org-voice';

const GIVEAWAY = new Gated(
  [
    'giveaway',
    'giveaways',
    'give',
    'giving',
    'sorteo',
    'sorteamos',
    'gewinnspiel',
    'verlosung',
    'verlosen',
    'concours',
    'sorteio',
    'sorteando',
  ],
  new RegExp(
    `${B}(?:giveaways?|give-aways?|giving away|sorteo|sorteamos|gewinnspiel|verlosung|verlosen|concours|jeu-concours|sorteio|sorteando)${E}`,
    'g',
  ),
);

/** The mechanics of a social giveaway: follow, like, share, tag friends to win. */
const MECHANICS = new Gated(
  [
    'win',
    'enter',
    'entered',
    'tag',
    'follow',
    'winner',
    'winners',
    'ganar',
    'participar',
    'etiqueta',
    'menciona',
    'gewinnen',
    'markiere',
    'markiert',
    'gagner',
    'participer',
    'identifie',
    'identifiez',
    'ganhar',
    'concorrer',
    'marque',
    'folge',
    'folgt',
    'sigue',
    'siga',
    'suivez',
    'um',
    'pick',
    'choose',
    'select',
    'draw',
    'elegire',
    'elegiremos',
    'escogere',
    'sortearemos',
    'choisirai',
    'choisirons',
    'tirerai',
    'escolherei',
    'escolheremos',
    'vou',
    'vamos',
    'ziehe',
    'ziehen',
    'wahle',
    'wahlen',
    // "a quien comente", "to whoever comments": entering by commenting
    'quien',
    'quienes',
    'whoever',
    'anyone',
    'qui',
    'quem',
    'wer',
  ],
  new RegExp(
    `${B}(?:${[
      '(?:rt|retweet|repost|like|follow|share|comment|subscribe)(?: \\+| and| &| ?,)? (?:\\S+ )?(?:\\+ |and |& )?(?:\\S+ )?to win',
      'to win (?:a|an|one|the|this|two|\\d)',
      // Any entry action, then what it does: "RT + follow them to enter", "like and share to be entered"
      '(?:rt|retweet|repost|like|follow|share|comment|subscribe|tag)(?![a-z])[^.!?\\n]{0,40}? to (?:enter|be entered)(?![a-z])',
      'tag \\d+ (?:friends?|people|pals)',
      'tag (?:a|your|two|three) (?:friends?|bff|bestie)',
      'follow (?:them|us|me|@[a-z0-9_]+) (?:\\+|and|&)',
      'winners? (?:picked|announced|chosen|drawn|selected)',
      'para (?:ganar|participar)',
      'etiqueta a \\d+',
      'menciona a \\d+',
      'zum gewinnen',
      'um (?:[a-z]+ ){1,4}zu gewinnen',
      'markiere (?:einen|eine|zwei|drei|deine|deinen)',
      '(?:folge|folgt|sigue|siga|suivez|segue) (?:@[a-z0-9_]+|uns|mir|nos|nous|a @[a-z0-9_]+) (?:\\+|und|y|e|et|&)',
      'markiert? \\d+',
      'pour (?:gagner|participer)',
      'identifie(?:z)? \\d+',
      'para (?:ganhar|concorrer)',
      'marque \\d+',
      // "I'll pick 5 of you for a free year of …" (a prize must be named, see detect)
      "(?:i'll|i will|we'll|we will|gonna|going to) (?:randomly )?(?:pick|choose|select|draw) (?:\\d+|one|two|three|four|five|ten|a few|some)(?: lucky| random)?(?: of you| people| followers| winners?| commenters)",
      '(?:elegire|elegiremos|escogere|sortearemos) (?:a )?(?:\\d+|uno|dos|tres|cinco|diez)(?: de ustedes| de vosotros| personas| seguidores| ganadores)',
      '(?:je choisirai|nous choisirons|je tirerai au sort) (?:\\d+|un|une|deux|trois|cinq|dix)(?: d\'entre vous| personnes| abonnes| gagnants)',
      '(?:vou escolher|vamos escolher|escolherei|escolheremos|vou sortear|vamos sortear) (?:\\d+|um|uma|dois|duas|tres|cinco|dez)(?: de voces| pessoas| seguidores| ganhadores)',
      '(?:ich ziehe|wir ziehen|ich wahle|wir wahlen) (?:\\d+|einen|eine|zwei|drei|funf|zehn)(?: von euch| gewinner| personen| follower)',
      // "a quien comente", "to whoever comments", "à qui commente", "para quem comentar", "wer kommentiert"
      '(?:a|para) (?:quien|quienes) (?:comente|comenten|comparta|compartan|siga|sigan|etiquete|etiqueten)',
      '(?:to|for) (?:whoever|anyone who) (?:comments|shares|reposts|retweets|follows|tags)',
      'a (?:qui|celui qui|celle qui|ceux qui) (?:commente|commentent|partage|partagent)',
      '(?:a|para) quem (?:comentar|compartilhar|seguir|marcar)',
      'wer (?:hier )?(?:kommentiert|teilt)',
    ].join('|')})${E}`,
    'g',
  ),
  56,
  40,
);

/** "I'll pick 5 of you …": a draw, a giveaway only when something free is handed out. */
const PICKS = /pick|choose|select|draw|elegir|escoger|sortear|choisir|tirerai|escolh|ziehe|wahle/;
/** What the picked get, right after the draw: "… for a free year of …", "… to get a free hoodie". */
const PRIZE_AFTER =
  /^[^.!?,\n]{0,16}?(?:for|to get|to receive|to win|get|gets|para|pour|fur|pra)(?![a-z])[^.!?,\n]{0,30}?(?<![a-z])(?:free|prizes?|gratis|premios?|gratuit\w*|cadeaux?|kostenlos\w*|geschenkt\w*|gratuit[oa]s?|brindes?|vouchers?|gift cards?)(?![a-z])/;

/** A prize near an entry: "win", "prize", "giveaway", "up for grabs". */
const PRIZE_NEAR = /(?<![a-z])(?:win|wins|winners?|prizes?|up for grabs|giveaway|hamper|gift card|voucher)(?![a-z])/;

export default defineRule({
  description:
    'Giveaways and contests ("RT + follow to win", "follow them + tag 3 friends") without a disclosure of who provides the prize.',
  severity: 'warn',
  messages: {
    default:
      'This runs a giveaway ("{phrase}") without saying who provides the prize or that it is sponsored; add #ad or the sponsor and the rules.',
  },
  detect(ctx) {
    // A disclosed giveaway has nothing to find: asked first.
    if (hasDisclosure(ctx)) return [];
    const all = MECHANICS.all(ctx);
    if (all.length === 0) return [];
    const giveaway = GIVEAWAY.first(ctx);
    // Without the word "giveaway", the mechanics must promise a win, or a draw with a prize after it.
    const mechanics = giveaway
      ? all[0]
      : all.find(
          (x) =>
            /\b(?:win|gana|gewinn|gagne|ganha)/.test(x.text) ||
            // "… to enter": a contest only when a prize is named near ("Win a £200 hamper … RT to enter").
            (/ to (?:enter|be entered)$/.test(x.text) && PRIZE_NEAR.test(ctx.folded.slice(Math.max(0, x.start - 120), x.end + 60))) ||
            (PICKS.test(x.text) && PRIZE_AFTER.test(ctx.folded.slice(x.end, x.end + 60))),
        );
    if (!mechanics) return [];
    const m = giveaway ?? mechanics;
    const [s, e] = ctx.span(m.start, m.end);
    return [{ start: s, end: e, data: { phrase: ctx.text.slice(s, e) } }];
  },
});
