import type { RuleContext } from '../../context';
import { SHARE_WORDS } from '../_shared/biz-signals';
import { B, E, Gated, negatedBefore, type GateMatch } from '../_shared/org-voice';

/**
 * A call to act said to readers: the imperative of buying, booking, trying, joining or signing up,
 * in five languages (folded). Each phrase is only a candidate: `readerCalls` keeps those that open
 * their clause ("Book your stay", "…, contratem já", "Leute, bucht euren Urlaub"), so "I book the
 * rooms" and "we tried it" report rather than urge.
 */
const CALL = new Gated(
  [
    'get',
    'grab',
    'buy',
    'order',
    'try',
    'download',
    'install',
    'book',
    'reserve',
    'request',
    'schedule',
    'claim',
    'snag',
    'open',
    'apply',
    'sign',
    'join',
    'subscribe',
    'switch',
    'upgrade',
    'check',
    'come',
    'stop',
    'swing',
    'pop',
    'shop',
    'link',
    'take',
    'pick',
    'choose',
    'whirl',
    'everyone',
    'everybody',
    'need',
    'needs',
    'hit',
    'dm',
    'message',
    'reach',
    // Spanish
    'reserva',
    'reserven',
    'reservad',
    'reserv*',
    'contrat*',
    'descarg*',
    'prueba',
    'prueben',
    'probad',
    'prueba*',
    'compra',
    'compren',
    'comprad',
    'compra*',
    'pide',
    'pidan',
    'pidelo',
    'suscribete',
    'suscribanse',
    'unete',
    'unanse',
    'hazte',
    'haganse',
    'apuntate',
    'apuntense',
    'vengan',
    'visitanos',
    // German
    'bucht',
    'buch',
    'holt',
    'hol',
    'ladet',
    'lad',
    'probiert',
    'probier',
    'testet',
    'kauft',
    'kauf',
    'bestellt',
    'bestell',
    'abonniert',
    'meldet',
    'wechselt',
    'sichert',
    'sichere',
    'gonnt',
    'gonn',
    // French
    'reservez',
    'essayez',
    'testez',
    'telechargez',
    'abonnez',
    'souscrivez',
    'rejoignez',
    'commandez',
    'achetez',
    'foncez',
    'inscrivez',
    'profitez',
    'craquez',
    'decouvrez',
    'venez',
    // Portuguese
    'reservem',
    'contratem',
    'contrate',
    'baixem',
    'baixe',
    'assinem',
    'assine',
    'experimentem',
    'experimente',
    'testem',
    'comprem',
    'compre',
    'pecam',
    'garantam',
    'garanta',
    'aproveitem',
    'aproveite',
    'venham',
    'venha',
    'cadastrem',
    'inscrevam',
  ],
  new RegExp(
    `${B}(?:${[
      // English: the verb and what it takes ("get it", "book your checkup", "sign up", "switch today")
      '(?:book|order|reserve|buy|download|install|shop) (?:now|today|tonight|online|here|early|ahead|through|on|with|at|via)(?![a-z])',
      '(?:request|schedule|book) (?:a|your) (?:free )?(?:demo|quote|trial|consultation|call|tour)',
      // "Take <product>", "go with <product>": the product must follow at once (see PICKS)
      '(?:take|pick|choose|go with)(?= [a-z0-9@#])',
      'get (?:a (?:free )?quote|pre-?approved|started|covered|insured)',
      'apply (?:now|today|online|here)',
      '(?:open|apply for|sign up for) (?:one|yours|an? [a-z-]+|your)',
      'sign up(?: (?:now|today|here|at|for|with|before|while))?',
      'subscribe(?: (?:now|today|here|to))?',
      'join (?:us|today|now|the (?:club|program|waitlist|family))',
      'switch(?: over)?(?: (?:to|now|today|already|asap))',
      'upgrade(?: (?:now|today|already|asap|to|your))?',
      'check (?:it|them|us|this|these) out',
      // "give it a try", "give TrackPoint a whirl"
      "give (?:it|them|us|(?:[a-z0-9'-]+ ){1,2})an? (?:try|whirl)",
      'check out (?:the|our|my)',
      'come (?:in|by|down|try|see|visit|check|grab|get|taste)',
      '(?:stop|swing|pop) (?:by|in)',
      "(?:everyone|everybody|y'all|yall|you all|you guys|you) (?:really |seriously |honestly |all )?needs? (?:one|these|this|it|them|to try|to get|to download|to book)",
      '(?:link|links) (?:below|in (?:my )?bio|in (?:the )?description) to (?:shop|buy|order|get|book)',
      '(?:hit me up|dm me|message me|reach out to me|reach out)(?: (?:for|to|if))?',
      // Last of the English ones, so that "get a quote" and "book your demo" match whole
      "(?:get|grab|buy|order|try|download|install|book|reserve|claim|snag|shop) (?:it|them|one|yours|some|a pair|a couple|these|this|the app|your|a|an|the|our)(?![a-z'])",
      // Spanish
      '(?:reserva|reserven|reservad|contrata|contraten|contratad|descarga|descarguen|descargad|prueba|prueben|probad|compra|compren|comprad|pide|pidan)(?:lo|la|los|las)?',
      '(?:suscribete|suscribanse|unete|unanse|hazte|haganse|apuntate|apuntense|vengan|visitanos)',
      // German
      '(?:bucht|buch|holt|hol|ladet|lad|probiert|probier|testet|kauft|kauf|bestellt|bestell|abonniert|meldet|wechselt|sichert|sichere|gonnt|gonn) (?:euch|dir|ihn|sie|es|jetzt|heute|gleich|euren|eure|eurer|deinen|deine|den|die|das|ein|eine|einen|bei|zu|auch|unbedingt|mal)',
      // French
      '(?:reservez|essayez|testez|telechargez|abonnez|souscrivez|rejoignez|commandez|achetez|foncez|inscrivez|profitez|craquez|decouvrez|venez)',
      // Portuguese
      '(?:reservem|contratem|contrate|baixem|baixe|assinem|assine|experimentem|experimente|testem|comprem|compre|pecam|garantam|garanta|aproveitem|aproveite|venham|venha|cadastrem|inscrevam)',
    ].join('|')})${E}`,
    'g',
  ),
  40,
  48,
);

/**
 * What may stand right before a call that opens its clause (regex source, matched before the call):
 * the text's start, a stop, a comma or an emoji, or a nudge word ("just", "go", "everyone", "ngl").
 * Shared by the endorsement rules that read pushes to readers (call-to-act, product-push).
 */
export const CLAUSE_OPENER =
  "(?:^|[.!?:;,\\n(]\\s*|[\\u0080-\\uffff]\\s*|(?<![a-z'])(?:just|go|so|and|then|now|please|pls|plz|seriously|srsly|honestly|definitely|everyone|everybody|yall|y'all|guys|simply|instead|ngl|tho|lol|leute|gente|chicos|amigos|galera|pessoal|ya|vite|jetzt)\\s+)";
const OPENS = new RegExp(`${CLAUSE_OPENER}$`);
/**
 * Recruiting words: "join <employer>, we're hiring" is not a pitch (regex source; "apply" is left
 * to each rule, as "apply now" is also a call to open an account).
 */
export const HIRING_WORDS = '(?:hiring|roles?|jobs?|positions?|openings?|careers?|vacanc\\w*|recruit\\w*|vagas?|vacantes?|stellen\\w*|postes?|candidat\\w*)';
/** "any logistics manager should get a quote": the reader told what they should do. */
const SHOULD =
  /(?<![a-z'])(?:you|u|y'all|yall|everyone|everybody|anyone|folks|people|any [a-z]+(?: [a-z]+){0,2}|every [a-z]+(?: [a-z]+)?) (?:really |seriously |honestly |all |just )?(?:should|must|gotta|need to|have to)\s+$/;
/** Words that make the call part of another clause: "if you need one", "when I book". */
const NOT_OPEN = /(?:\b(?:if|when|whenever|unless|to|i|we|they|he|she|i'll|we'll|can|could|should i|did|didn't)\s+|(?:^|\n)\s*\d+[.)]\s*)$/;

/** Calls that only sell with the employer's product right after them ("Take <product>", not "take a break"). */
export const PICKS = /^(?:take|pick|choose|go with)$/;

/** Matches of CALL that open their clause and are not negated ("never book…"). */
export function readerCalls(ctx: RuleContext): GateMatch[] {
  const folded = ctx.folded;
  const out: GateMatch[] = [];
  for (const m of CALL.all(ctx)) {
    const head = folded.slice(Math.max(0, m.start - 40), m.start);
    if (m.start > 0 && !OPENS.test(head) && !SHOULD.test(head)) continue;
    if (NOT_OPEN.test(head) || negatedBefore(folded, m.start)) continue;
    out.push(m);
  }
  return out;
}

/** Selling words: praise, a saving, a nudge (five languages, folded). */
const PITCH =
  /(?<![a-z])(?:best(?! (?:wishes|regards))|better|cheapest|lowest|amazing|awesome|love|loving|obsessed|unreal|incredible|slaps|game ?changer|worth (?:it|every|buying|the)|so easy|great (?:rates?|deals?|prices?|value)|won't regret|thank me|trust me|hands down|no contest|no[- ]?brainer|can't beat|unbeatable|deals?|free|discount|save|perfect|gorgeous|delicious|recommend|must[- ]have|mejor(?:es)?|increible|genial|brutal|buenisim[ao]s?|recomiendo|gratis|descuento|encanta|beste[nmrs]?|besser|hammer|empfehle\w*|kostenlos|rabatt|lohnt|meilleure?s?|incroyable|recommande|gratuite?|reduction|melhor(?:es)?|incrivel|demais|recomendo|desconto|vale a pena|sensacional)(?![a-z])|\d ?%|[\u{1F525}\u{1F64C}\u{1F60D}\u{1F4AF}\u{1F449}\u{1F929}\u{2764}\u{1F44F}\u{1F609}\u{1F389}\u{1F970}\u{1F924}\u{1F60B}]/u;
/** A complaint, a warning or a support step: not a pitch. */
const NOT_PITCH = new RegExp(
  `(?<![a-z])(?:worst|avoid|stay away|scam|terrible|awful|rip-?off|garbage|horrible|sorry|apolog\\w*|inconvenience|outage|bug|error|crash\\w*|broken|password|reset|log ?in|refund\\w*|again|fix\\w*|${HIRING_WORDS}|${SHARE_WORDS}|actions|returns|ipo|invest\\w*|booth|webinar|conference|panel|meetup|summit|expo|petition|keynote|livestream|meeting|rsvp|pta)(?![a-z])`,
);

/** Is there a selling word (praise, a saving, a nudge) in the text? */
export function hasPitchWord(text: string): boolean {
  return PITCH.test(text);
}

/** Is there a complaint, a support step or another pull (hiring, shares, an event) around a phrase? */
export function notPitchAround(folded: string, start: number, end: number): boolean {
  return NOT_PITCH.test(folded.slice(Math.max(0, start - 200), Math.min(folded.length, end + 160)));
}

/** Is the text around a call selling: a pitch word and no complaint, support step or other pull? */
export function pitchAround(folded: string, start: number, end: number): boolean {
  const around = folded.slice(Math.max(0, start - 200), Math.min(folded.length, end + 160));
  return PITCH.test(around) && !NOT_PITCH.test(around);
}
