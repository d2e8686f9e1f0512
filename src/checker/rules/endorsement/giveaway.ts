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
  ],
  new RegExp(
    `${B}(?:${[
      '(?:rt|retweet|repost|like|follow|share|comment|subscribe)(?: \\+| and| &| ?,)? (?:\\S+ )?(?:\\+ |and |& )?(?:\\S+ )?to win',
      'to win (?:a|an|one|the|this|two|\\d)',
      'tag \\d+ (?:friends?|people|pals)',
      'tag (?:a|your|two|three) (?:friends?|bff|bestie)',
      'follow (?:them|us|me|@[a-z0-9_]+) (?:\\+|and|&)',
      'winners? (?:picked|announced|chosen|drawn|selected)',
      'para (?:ganar|participar)',
      'etiqueta a \\d+',
      'menciona a \\d+',
      'zum gewinnen',
      'markiert? \\d+',
      'pour (?:gagner|participer)',
      'identifie(?:z)? \\d+',
      'para (?:ganhar|concorrer)',
      'marque \\d+',
    ].join('|')})${E}`,
    'g',
  ),
  56,
  40,
);

export default defineRule({
  description:
    'Giveaways and contests ("RT + follow to win", "follow them + tag 3 friends") without a disclosure of who provides the prize.',
  severity: 'warn',
  messages: {
    default:
      'This runs a giveaway ("{phrase}") without saying who provides the prize or that it is sponsored; add #ad or the sponsor and the rules.',
  },
  detect(ctx) {
    const mechanics = MECHANICS.first(ctx);
    if (!mechanics) return [];
    const giveaway = GIVEAWAY.first(ctx);
    if (!giveaway && !/\b(?:win|gana|gewinn|gagne|ganha)/.test(mechanics.text)) return [];
    if (hasDisclosure(ctx)) return [];
    const m = giveaway ?? mechanics;
    const [s, e] = ctx.span(m.start, m.end);
    return [{ start: s, end: e, data: { phrase: ctx.text.slice(s, e) } }];
  },
});
