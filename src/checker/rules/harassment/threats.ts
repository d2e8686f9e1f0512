import { anchoredPhrases, clauseAround } from '../_shared/people-anchors';

const WILL =
  "(?:i|we)(?:'ll|'d| will| would| am going to|'m going to| are going to|'re going to|'m gonna| am gonna|'re gonna| gonna| swear i'll| swear i will| swear we'll)";
const PERSON = '(?:you|u|him|her|them|that guy|this guy|that woman|this woman|that dude)';
const WHOSE = "(?:your|ur|his|her|their|that guy's|this guy's)";
const BODY =
  '(?:face|teeth|head|legs?|arms?|neck|skull|jaw|nose|kneecaps?|ribs|fingers|ass|car|house|windows)';
/** Harm verbs whose object is the person ("I'll hurt you") or a body part ("I'll break his face"). */
const HARM =
  '(?:break|smash|bash|punch|kick|knock|kick in|beat|kill|murder|stab|strangle|choke|slap|hurt|end|wreck|bury|rearrange|cave in|knock out|burn|ruin|hunt down|hunt|track down|come for|come after|beat up|beat the shit out of|beat the crap out of)';

/**
 * Threats and violent wishes (severity block). Figurative violence stays clean: "this bug is killing
 * me", "they killed it", "shoot me a DM", "I will die on this hill", "my manager is going to kill me".
 */
const THREATS = [
  // "I'll break his face", "I'm going to hurt you", "I will find you."
  `${WILL}\\s+(?:\\w+\\s+)?${HARM}\\s+${WHOSE}\\s+${BODY}`,
  `${WILL}\\s+(?:\\w+\\s+)?(?:break|smash|bash|punch|kick|beat|kill|murder|stab|strangle|choke|slap|hurt|end|bury|knock out|hunt down|hunt|track down|come for|come after|beat up|beat the shit out of|beat the crap out of)\\s+${PERSON}(?!\\s+(?:at|in|to|on|with|by|up at|a|an|the|some|one|two|something|this|that|later|online|there|here|when|if|for)\\b)`,
  `${WILL}\\s+(?:\\w+\\s+)?(?:find|catch)\\s+(?:you|u)(?=\\s*(?:[.!]|$|and (?:make|you|when)|soon|eventually|one day|wherever|irl|in real life|outside))`,
  "(?:i'm|i am|we're|we are) coming (?:for|after) (?:you|u|him|her|them)",
  'watch (?:your|ur) (?:back|mouth)',
  '(?:say that to my face|keep (?:it up|talking|pushing)|try me|come at me),? and (?:see|watch|find out) what happens',
  'sleep with one eye open',
  "(?:i'll|i will|i'm going to|i'm gonna|i am going to|we'll|we will) (?:find out|figure out) where (?:you|u) (?:live|work|sleep)",
  "(?:i'll|i will|i'm going to|i'm gonna|we'll|we will) (?:show up|turn up|be waiting) (?:at|outside) (?:your|ur) (?:house|home|door|doorstep|office|work|place|hotel)",
  "(?:i'll|i will|i'm going to|i'm gonna|we'll|we will) make (?:your|ur) life (?:a )?(?:living )?hell",
  '(?:i|we) (?:have|got|found) (?:your|ur) (?:home )?address',
  // Doxxing: "I swear I'll find your address", "we're going to post your home address"
  `${WILL}\\s+(?:\\w+\\s+)?(?:find|track down|dig up|post|leak|publish|dox)\\s+(?:your|ur) (?:home |real |work )?(?:address|phone number|workplace|real name)`,
  "(?:i|we)(?:'ll| will|'m going to| am going to|'m gonna| are going to|'re going to) dox (?:you|u)",
  "(?:i|we) know (?:where|which (?:hotel|house|street|school|office|building|room|floor|gym|car|train|bus|city)|what (?:hotel|school|gym|car)) (?:\\w+ ){0,3}?(?:you|u|he|she|they|your (?:kids|wife|husband|family|mom|parents))(?:'re|'s| are| is)? (?:live|lives|living|stay|stays|staying|sleep|sleeps|sleeping|work|works|park|parks|go to school|goes to school|hang out|jog|run)\\b",
  "(?:you|u)(?:'ll| will|'re going to| are going to|'re gonna| are gonna| gonna) regret(?!\\s+(?:not|nothing|skipping|missing)\\b)",
  "(?:you|u)(?:'ll| will|'re going to| are going to|'re gonna| are gonna| gonna) (?:pay for (?:this|that|it)|get what(?:'s| is) coming|be sorry)",
  "(?:you're|you are|ur|youre) (?:so )?dead meat",
  // violent wishes and dehumanizing: "people like you should be launched into the sun"
  '(?:people like (?:you|u|him|her|them)|you people|(?:he|she|they|you|u|whoever [a-z ]{1,30}?)) (?:should|deserves? to|needs? to|ought to|oughta) (?:be |get )(?:launched into the sun|shot|hanged|hung|lynched|beaten(?: up)?|killed|put down|burned(?: alive)?|burnt|thrown (?:off|into|under)|euthanized|exterminated|drowned|stoned|fed to|punched|slapped|deported|gassed)',
  "people like (?:you|u|him|her|them) (?:don't deserve to (?:live|exist|breathe)|are (?:vermin|subhuman|trash|garbage|scum|animals|parasites|cockroaches|a disease|the reason))",
  '(?:i )?hope (?:you|u|he|she|they) (?:die|dies|get hit|gets hit|get cancer|gets cancer|rots?|chokes?|burns?|get run over|gets run over|crash|crashes)',
  '(?:go )?(?:kill|hang|off) (?:yourself|urself|yourselves)',
  'kys',
  'drop dead',
  'go die',
  '(?:go )?die in a (?:fire|hole|ditch)',
  '(?:someone|somebody) (?:should|needs to|oughta|ought to) (?:punch|slap|shoot|kill|hit|beat|stab|smack|deck|run over) (?:him|her|them|you|that guy|this guy)',
  // "if I see you on the street…": a meeting in person as a threat
  "if i (?:ever )?(?:see|catch|find|meet|run into) (?:you|u|him|her|them) (?:again |ever again )?(?:on the street|outside|irl|in real life|in person|around|in the parking lot|after work|again)(?:,)? (?:you(?:'re| are) (?:dead|done|finished)|i(?:'ll| will| swear)|(?:you|u)(?:'ll| will) (?:regret|be sorry))",
  "(?:you're|you are|ur|youre) (?:so )?(?:dead|done for|finished)(?= when| if| once|,? i swear|\\s*[.!]|$)(?! to me)",
  'catch these hands',
  // Spanish
  '(?:te|le|os|les) voy a (?:matar|romper|partir|reventar|buscar|encontrar|destrozar|dar una paliza|pegar|hacer dano)',
  '(?:te|le|os|les) (?:parto|rompo|reviento|partire|rompere|reventare|destrozo) (?:la (?:cara|boca|madre|crisma|jeta|cabeza)|las piernas|los dientes|el alma|la nariz)',
  'si te (?:veo|pillo|cojo|encuentro|cruzo|agarro)(?: \\w+){0,4} te (?:parto|rompo|reviento|mato|matare|pego|hundo)(?: la (?:cara|boca|madre|crisma|jeta|cabeza)| las piernas| los dientes)?',
  '(?:estas|estais|eres) muerto(?! de (?:risa|sueno|cansancio|hambre|frio|miedo))',
  '(?:yo )?se donde (?:vives|vive|trabajas|estas|te quedas)',
  '(?:te vas a arrepentir|vas a arrepentirte|os vais a arrepentir)',
  'cuidate la espalda',
  // German
  'ich (?:mach|mache|bring|bringe|hau|haue|kriege|krieg|finde|erwisch|erwische|polier|poliere) (?:dich|euch|ihn|sie) (?:fertig|um|platt|kalt)',
  'ich (?:hau|haue|polier|poliere) (?:dir|ihm|ihr) (?:eine|die fresse|in die fresse|eins)',
  'ich (?:finde|kriege|krieg|erwische|erwisch) dich(?=\\s*[.!]|$)',
  'ich weiss,? wo du (?:wohnst|arbeitest|schlafst|bist)',
  'das wirst du (?:noch )?bereuen',
  'pass (?:bloss|blos|lieber|ja) auf(?:,)? (?:du|was du)',
  'ich (?:schlag|schlage|hau|haue|polier|poliere|brech|breche|tret|trete) (?:dir|euch|ihm|ihr) (?:die fresse|die zahne|die nase|alle knochen|eine rein|den schadel|die visage|das gesicht)',
  'wenn ich dich (?:erwische|sehe|treffe|kriege|krieg|finde)(?:,)? (?:bist du (?:tot|dran|fallig|erledigt)|dann)',
  'du bist (?:so )?(?:tot|fallig|dran)(?=\\s*[.!]|$|,? (?:wenn|sobald))',
  // French
  'je vais (?:te|lui|vous) (?:tuer|casser|defoncer|retrouver|buter|frapper|detruire|pourrir|peter|exploser|faire la peau)(?! (?:les oreilles|les pieds|de rire|les plombs|un sms|un message|un mail|a |au |a la ))',
  'je sais ou tu (?:habites|vis|dors|loges|travailles|bosses)',
  'tu vas (?:le )?regretter',
  'fais gaffe a toi',
  'je (?:vais )?(?:te|lui|vous) (?:casser|peter|defoncer|eclater|exploser|refaire|fracasser) (?:la gueule|la tete|les dents|la figure|le portrait|la face)',
  'je (?:te|vous) (?:casse|pete|defonce|eclate|explose|bute|tue)(?= |$|[.!,])(?! (?:de rire|les pieds))',
  "si je (?:te|vous) (?:croise|vois|chope|attrape|recroise|retrouve)(?: \\w+){0,4},? (?:je (?:te|vous)(?: \\w+)?|t'es mort|tu es mort|t'es un homme mort|tu vas (?:comprendre ta douleur|souffrir|morfler|prendre cher|le sentir))",
  "(?:t'es|tu es) (?:un homme )?mort(?=\\s*[.!]|$|,? (?:si|quand))",
  // Portuguese
  'vou te (?:matar|pegar|quebrar|encontrar|achar|arrebentar|destruir|bater)(?! (?:no|na|em|as|ao|a|de carro|la|amanha|hoje|depois|mais tarde|cedo|\\d))',
  'vou (?:quebrar|arrebentar) (?:a )?(?:sua|tua|cara|a cara)',
  '(?:eu )?sei onde (?:voce|vc|tu) (?:mora|moras|trabalha|esta)',
  '(?:voce|vc|tu) vai se arrepender',
  '(?:te|vou te) (?:quebro|arrebento|mato|encho de porrada|quebrar|arrebentar|matar)(?= |$|[.!,])(?! de rir)',
  '(?:vou|vamos) (?:encher|quebrar|arrebentar) (?:a |sua |tua )?(?:cara|boca|fuca)',
  'se eu te (?:pegar|ver|encontrar|achar)(?: \\w+){0,4},? (?:voce|vc|tu) (?:ta|esta|vai estar) mort[oa]',
  '(?:voce|vc|tu) (?:ta|esta) mort[oa](?=\\s*[.!]|$)',
];

/** Laughter or a joke marker in the sentence makes "I'll kill you" banter, not a threat. */
const BANTER =
  /\b(?:lol|lmao|lmfao|rofl|haha\w*|jk|j\/k|just kidding|kidding|ja(?:ja)+\w*|je(?:je)+|kkk+|rs(?:rs)+|mdr|ptdr|xd|hihi|hehe)\b|\ud83d[\ude02\ude06\ude05\ude1c\ude1d]|\ud83e\udd23/;
const BANTER_VERBS =
  /\b(?:kill|murder|end|bury|hunt|wreck|ruin|dead|done|finished|mato|matar|matare|muerto|tue|bute|mort|morto|morta|tot|dran)\b/;

/** Why someone would need your address or name in a kind way. */
const FAVOUR = /\b(?:so (?:i|we) can|to (?:send|mail|ship|deliver)|invit\w*|cards?|gifts?|packages?|parcels?|directory|badge|form)\b/;

export default anchoredPhrases({
  description:
    'Threats and violent wishes aimed at a person: "I\'ll break his face", "watch your back", "I know which hotel you\'re staying at", "you\'ll regret this".',
  severity: 'block',
  message:
    'This reads as a threat ("{text}"); do not post it. If someone is threatening or harassing you, report them to the platform and ask your team for support.',
  phrases: THREATS,
  // Words every threat above contains: the harm verb, the violent outcome, or the fixed phrase.
  anchors: [
    ...'break smash bash punch kick beat kill murder stab strangle choke slap hurt wreck bury rearrange'.split(
      ' ',
    ),
    ...[
      'end you',
      'end u',
      'end him',
      'end her',
      'end them',
      'cave in',
      'knock out',
      'hunt',
      'track down',
      'burn down',
      'ruin your',
    ],
    ...['come for', 'come after', 'find you', 'catch you', 'find u', 'get u', 'coming for', 'coming after'],
    ...[
      'watch your',
      'watch ur',
      'know where',
      'know which',
      'know what',
      'regret',
      'pay for',
      'get what',
      'be sorry',
      'dead meat',
    ],
    ...'launched shot hanged hung lynched beaten killed burned burnt thrown euthanized exterminated drowned stoned punched slapped deported gassed'.split(
      ' ',
    ),
    ...[
      'put down',
      'what happens',
      'one eye open',
      'where you',
      'where u',
      'show up',
      'turn up',
      'be waiting',
      'make your life',
      'make ur life',
      'find your',
      'find ur',
      'dig up your',
      'post your',
      'leak your',
      'publish your',
      'dox',
      'your address',
      'your home address',
      'ur address',
      'fed to',
      'people like',
      'you people',
      'hope you',
      'hope u',
      'hope he',
      'hope she',
      'hope they',
      'yourself',
      'urself',
      'kys',
    ],
    ...[
      'drop dead',
      'go die',
      'die in',
      'someone should',
      'somebody should',
      'someone needs',
      'somebody needs',
      'someone ought',
    ],
    ...[
      'someone oughta',
      'somebody oughta',
      'voy a',
      'donde',
      'arrepent',
      'cuidate',
      'ich mach',
      'ich bring',
      'ich hau',
    ],
    ...[
      'ich kriege',
      'ich krieg',
      'ich finde',
      'ich erwisch',
      'ich polier',
      'weiss',
      'bereuen',
      'pass bloss',
      'pass blos',
    ],
    ...[
      'pass lieber',
      'pass ja',
      'je vais',
      'je sais',
      'regretter',
      'gaffe',
      'vou te',
      'vou quebrar',
      'vou arrebentar',
    ],
    ...['sei onde', 'arrepend'],
    ...['if i see', 'if i ever', 'if i catch', 'if i find', 'if i meet', 'if i run', "you're dead"],
    ...["you're done", "you're finished", 'you are dead', 'you are done', 'youre dead', 'youre done'],
    ...['ur dead', 'ur done', "you're so dead", 'catch these', 'parto', 'rompo', 'reviento', 'partire'],
    ...['rompere', 'reventare', 'destrozo', 'si te', 'estas muerto', 'estais muerto', 'eres muerto'],
    ...['ich schlag', 'ich schlage', 'ich brech', 'ich breche', 'ich tret', 'ich trete', 'wenn ich'],
    ...['du bist', 'je vais', 'je te', 'je vous', 'si je', "t'es", 'tu es', 'te quebro', 'te arrebento'],
    ...['te mato', 'te encho', 'vou te', 'vou encher', 'vou quebrar', 'vamos encher', 'vamos quebrar'],
    ...['vamos arrebentar', 'se eu', 'ta morto', 'ta morta', 'esta morto', 'esta morta', 'knock'],
  ],
  reach: 70,
  before: 60,
  when(ctx, m) {
    if (BANTER_VERBS.test(m.text) && BANTER.test(clauseAround(ctx, m.start, m.end))) return false;
    // "I'll find your address so I can mail the invite" is a favour, not doxxing.
    if (/ (?:your|ur) /.test(m.text) && FAVOUR.test(clauseAround(ctx, m.start, m.end))) return false;
    const text = m.text.trimEnd();
    const [start, end] = ctx.span(m.start, m.start + text.length);
    return { start, end, data: { text: ctx.text.slice(start, end) } };
  },
});
