import { RuleContext } from '../../context';
import { compilePhrases } from '../../kinds/phrases';
import { defineRule, type Hit } from '../../kinds/rule';
import { anchorSet, MAX_HITS, matchInWindows, type WindowMatch } from '../_shared/people-anchors';
import { digitTokens } from '../_shared/secrets-scan';
import {
  ADDRESS_NOUN,
  INSULT_NOUN,
  INTENSIFIER,
  NOT_A_PERSON,
  PUT_DOWN,
  ROLE,
  SUBJECT_IS,
  YOU,
} from './_words';

const I = `(?:${INTENSIFIER},?\\s+){0,3}`;
/** The noun ends the phrase: "you hack." but not "can you hack this". */
const ENDS = '(?=\\s*(?:[.,!?;:)]|$|and\\b|who\\b|lol|lmao|[^\\x00-\\x7f]))';
/** Animal names used as insults; they need a put-down word before them ("lazy cow", "dirty rat"). */
const ANIMAL =
  '(?:cow|pig|swine|rat|snake|weasel|slug|hag|witch|sow|mutt|toad|worm|leech|vulture|cockroach|hyena|donkey|ass|baboon|sheep|goat)s?';
const HUMAN =
  '(?:human being|human|person|people|man|woman|guy|employee|coworker|co-worker|colleague|manager|boss|developer|engineer|dev|intern|hire|ceo|presenter|speaker|recruiter)';

/** Insults aimed at a person, in English, German, French, Spanish and Portuguese (folded text). */
const INSULTS = [
  // "you absolute moron", "you're such an idiot", "ur a clown"
  `${YOU}\\s+(?:such\\s+)?(?:an?\\s+)?${I}${INSULT_NOUN}s?${NOT_A_PERSON}`,
  `${YOU}\\s+(?:such\\s+)?(?:an?\\s+)?${I}${ADDRESS_NOUN}s?${ENDS}`,
  // "X is a clown", "their lawyers are clowns", "is a total fraud and a liar"
  `${SUBJECT_IS}\\s+(?:such\\s+)?(?:an?\\s+|the\\s+(?:biggest|real|ultimate)\\s+)?${I}${INSULT_NOUN}s?${NOT_A_PERSON}`,
  `what an?\\s+${I}${INSULT_NOUN}${NOT_A_PERSON}`,
  // "the most useless human being alive"
  `(?:most useless|dumbest|stupidest|laziest|most incompetent|most pathetic|ugliest|most worthless|most clueless) ${HUMAN}s?`,
  `worst ${HUMAN}s? (?:alive|on (?:earth|the planet)|in (?:history|existence))`,
  // "you're so ugly", "are you stupid?"
  `${YOU}\\s+(?:really |totally |just |so )?suck(?:s|ing)?(?![a-z])`,
  `${YOU}\\s+(?:so |such an? |really |just |too |an? |the most )?(?:ugly|fat|stupid|dumb|pathetic|worthless|useless|disgusting|brainless|clueless|retarded|braindead|brain-dead|hideous|illiterate|insufferable|delusional|a waste of (?:space|oxygen|air))(?![a-z-])`,
  `imagine being (?:this|so) ${I}(?:stupid|dumb|clueless|pathetic|ugly|ignorant|dense|useless|incompetent|brainless)`,
  "(?:he|she|this guy|that guy|this dude|that dude|this woman|that woman|the guy|this person)(?:'s| is) (?:such )?(?:an? )?(?:complete |total |absolute |fucking |f\\*+ing )?joke(?![a-z])",
  'are (?:you|u) (?:stupid|dumb|an idiot|a moron|illiterate|brain\\s?dead|blind|thick)(?![a-z])',
  '(?:you|u)\\s+(?:useless|worthless|pathetic|stupid|disgusting)\\s+piece of (?:shit|s\\S{0,3}t|crap|garbage|trash|work)',
  // bullying a colleague: "how is he still employed"
  // "my boss is so incompetent", "she's so dumb": a person, not a thing ("this API is so dumb")
  "(?:he|she|my (?:boss|manager|coworker|co-worker|colleague|teammate|lead|cto|ceo|pm|ex)|this (?:guy|woman|dude|person)|that (?:guy|woman|dude|person))(?:'s| is) (?:so |such an? |really |incredibly |totally |completely |literally )?(?:dumb|stupid|incompetent|useless|pathetic|clueless|worthless|ugly|annoying|lazy|dense)(?![a-z])",
  "(?:you people|y'all) (?:are|r) (?:so )?(?:pathetic|idiots|clowns|morons|disgusting|trash|garbage|clueless|delusional|the worst)",
  "(?:you're|you are|ur|he's|he is|she's|she is) (?:such )?(?:a )?(?:trash|garbage|scum|vermin|subhuman|a disgrace|an embarrassment|a waste)(?![a-z])",
  'and so are you(?![a-z])',
  // Telling someone they do not belong: "go back where you came from", "people like you shouldn't be allowed here"
  '(?:go|get) back (?:to )?(?:where|wherever) (?:you|u|they|ya) (?:came|come) from',
  'go back to (?:your|ur) (?:own )?(?:country|countries)',
  "people like (?:you|u|them|him|her) (?:shouldn't|should not|should never) be allowed (?:in|here|near|around|to)",
  'how (?:is|are) (?:he|she|they|this (?:guy|person|man|woman)|that (?:guy|person|man|woman)) still (?:employed|working here|allowed|in charge|on the team|on this team|here)',
  // sarcastic name-calling at the end of a reply: "…before blaming us, genius"
  `(?<=,\\s?)(?:genius|einstein|sherlock|smart\\s?guy|smartass|hotshot|troll|clown|loser|idiot|moron|dumbass)${ENDS}`,
  // German
  'du (?:bist )?(?:(?:so|ein|eine|echt|voll|total|verdammter?|dummer?|bloder?|kleiner?|elender?)\\s+){0,2}(?:vollidiot|idiot|trottel|depp|vollpfosten|arschloch|penner|wichser|spast|hurensohn|loser|clown|versager|lugner|schwachkopf|dummkopf|honk|lappen|bastard|mistkerl|blodmann|idiotin|hohlkopf|pfeife)',
  '(?:ist|sind|war|bist) (?:ein |eine |so ein |so eine |der grosste |echt ein |ja ein |doch ein )?(?:totaler |totale |kompletter |komplette |echter |echte |verdammter )?(?:vollidiot|idiot|trottel|clown|lugner|betruger|versager|witzfigur|heuchler|arschloch)(?:en|in|e|s)?(?![a-z])',
  '(?:vollidiot(?:en)?|arschloch|arschlocher|wichser|hurensohn|vollpfosten|schwachkopf|dummkopf)',
  '(?:du|die|der|diese|dieser|so eine|so ein|eine|ein|alte|alter) (?:dumme|blode|faule|fette|hassliche|dummer|bloder|fauler|fetter|alte|alter|elende|elender) (?:kuh|sau|ziege|schlampe|schwein|sack|zicke|hexe|idiot|trottel|depp)(?![a-z])',
  '(?:ist|sind|war|bist) (?:so |total |echt |vollig |komplett )?(?:unfahig|inkompetent|nutzlos|dumm wie brot|strohdumm)(?![a-z])',
  // French
  "espece d(?:e |')(?:[a-z]+ )?(?:clown|idiote?|imbecile|con|conne|connard|connasse|cretin|abrutie?|debile|naze|bouffon|tocard|salaud|salope|enfoiree?|minable|guignol|incapable)",
  "(?:t'es|tu es|t es|vous etes|tu n'es qu'|t'es qu')\\s?(?:(?:un|une|qu'un|qu'une|vraiment|trop|tellement|grave|juste|completement) ){0,2}(?:gros |grosse |pauvre |sale )?(?:con|conne|idiote?|imbecile|cretin|abrutie?|debile|nulle?|bouffon|clown|minable|connard|connasse|naze|guignol|moche|laide?)(?![a-z])",
  'pauvre (?:con|conne|type|idiote?|imbecile|tache|naze|abrutie?|cloche)(?![a-z])',
  "(?:est|sont|c'est) (?:un |une |des )?(?:vraie? |vrais |gros |grosse |sacree? )?(?:clowns?|idiots?|escrocs?|menteur|menteuse|menteurs|imbeciles?|incompetents?|guignols?|bouffons?|abrutis?|charlatans?)(?![a-z])",
  '(?:connard|connasse|enfoiree?|salopard|tocard)s?',
  '(?:quelle|quel|cette|ce|sale|gros|grosse|vieille|vieux|pauvre) (?:grosse |gros |sale |vieille |vieux )?(?:conne|con|idiote|vache|truie|porc|chien|chienne|garce|pouffiasse|abrutie?|incapable|nulle|nul)(?![a-z])',
  // Spanish
  '(?:eres|sos|sois) (?:(?:un|una|tan|muy|puto|puta|maldito|maldita|pinche|completamente|realmente) ){0,2}(?:idiota|imbecil|estupid[oa]|payas[oa]|inutil|tont[oa]|pendej[oa]|gilipollas|subnormal|mentiros[oa]|fracasad[oa]|perdedora?|ridicul[oa]|cabrona?|capullo|tarad[oa]|mamon|fe[oa]|asqueros[oa]|basura|fraude)(?![a-z])',
  '(?:es|son|eres|sos|sois) (?:un |una |unos |unas )?(?:(?:autentic[oa]s?|verdader[oa]s?|complet[oa]s?|total|pedazo de|maldit[oa]s?|puto|puta) )?(?:payas[oa]s?|mentiros[oa]s?|idiotas?|imbeciles?|estafador(?:es|as?)?|inutil(?:es)?|incompetentes?|estupid[oa]s?|tont[oa]s?|subnormal(?:es)?|gilipollas|cerd[oa]s?|ratas?|vag[oa]s?|cobardes?|ignorantes?|desgraciad[oa]s?|imbecil)(?![a-z])',
  '(?:menud[oa]|vaya|que|pedazo de|maldit[oa]|puto|puta|pinche) (?:idiota|imbecil|inutil|incompetente|estupid[oa]|subnormal|gilipollas|payas[oa]|cerd[oa]|rata|tarad[oa]|mierda|basura)(?![a-z])(?! (?:soy|fui|he sido|estoy|me siento|me senti|de mi)(?![a-z]))',
  '(?:gilipollas|pendej[oa]s?|cabron(?:es|a)?|capullo|hij[oa] de puta)',
  // Portuguese
  '(?:voce e|vc e|voce eh|vc eh|tu es|ce e|voces sao|vcs sao) (?:(?:um|uma|muito|mo|tao|mt|grande|completamente|mesmo) ){0,2}(?:idiota|otari[oa]|imbecil|burr[oa]|babaca|ridicul[oa]|palhac[oa]|lixo|inutil|mentiros[oa]|fracassad[oa]|trouxa|retardad[oa]|escrot[oa]|arrombad[oa]|feio|feia|nojent[oa])(?![a-z])',
  '(?:seu|sua|seus|suas) (?:idiota|otari[oa]|burr[oa]|imbecil|babaca|palhac[oa]|lixo|inutil|merda|trouxa|escrot[oa]|arrombad[oa]|corno|vagabund[oa]|mentiros[oa])s?(?![a-z])',
  '(?:otari[oa]s?|babacas?|arrombad[oa]s?|escrot[oa]s?)',
  '(?:e|eh|sao|foi) (?:um|uma|uns|umas) (?:grande |verdadeir[oa] )?(?:idiota|inutil|imbecil|incompetente|vagabund[oa]|vaca|porca|porco|burr[oa]|anta|lixo|palhac[oa]|otari[oa])(?![a-z])',
  // both Spanish and Portuguese
  '(?:idiota|imbecil|imbecis)',
];

/** The speaker calls themselves names ("I was such an idiot", "soy un idiota"): not harassment. */
const SELF_BEFORE =
  /(?:^|[^a-z'])(?:i|we|i'm|im|me|myself|soy|sou|fui|estoy|estou|ich|je suis|j'suis|je|me siento|me sinto|que|como un|como una|como um|como uma)(?:\s+(?:really|truly|just|totally|honestly|seriously|literally|clearly|definitely|probably|kinda|so|bin|so ein|un|una|um|uma|ein|eine|such an?|an?|the|un vrai|une vraie|el|o|tan))*\s*$/;
const SELF_AFTER = /^\s+(?:i|we) (?:am|was|were|feel|felt)\b/;

function aimed(ctx: RuleContext, m: WindowMatch): boolean {
  const before = ctx.folded.slice(Math.max(0, m.start - 24), m.start);
  if (SELF_BEFORE.test(before)) return false;
  if (SELF_AFTER.test(ctx.folded.slice(m.end, m.end + 12))) return false;
  // "not an idiot", "isn't a clown"
  if (/(?:not|n't|never|no)\s*$/.test(before)) return false;
  return true;
}

const insultRe = compilePhrases(INSULTS);

/**
 * Put-downs of a person without "you", in English: "the new charge nurse is useless", "what a joke of
 * a hire", "is a lazy cow". A regex of their own with their own anchors, so that the main list stays
 * small enough for V8 to compile it to native code.
 */
const ROLE_INSULTS = [
  // Animal names with a put-down: "is a lazy cow", "what a dirty rat", "you fat pig"
  `(?:is|are|was|were|being|what|he's|she's|they're|who's|that's|you|u|ya|ur|youre|you're|you are)\\s+(?:such\\s+)?(?:an?\\s+)?(?:${PUT_DOWN}\\s+){1,3}${ANIMAL}${ENDS}`,
  // A person at work put down without "you": "the new charge nurse is useless", "our manager is a total joke"
  `(?:the|our|my|this|that|their|his|her|your) (?:new |current |so-called |interim |latest |last |old )?${ROLE}s? (?:\\w+ (?:\\w+ )?)?(?:is|are|was|were|'s) (?:(?:so|really|just|completely|totally|utterly|absolutely|literally|beyond|fucking|f\\*+ing) )?(?:useless|incompetent|clueless|worthless|hopeless|pathetic|brainless|spineless|dumb as (?:a )?(?:rocks|bricks|a rock|a brick)|(?:such )?an? (?:(?:complete|total|absolute|fucking|f\\*+ing|real|walking|bloody) )?(?:joke|clown|idiot|moron|disgrace|embarrassment|liability|waste of (?:space|oxygen|a badge|a salary|a hire|money)))(?![a-z])`,
  `what an? (?:${PUT_DOWN} )?(?:joke|waste|disgrace|embarrassment) of an? (?:\\w+ )?${ROLE}(?![a-z])`,
  `(?:what an?|this|that|such an?) (?:${PUT_DOWN}\\s+){1,2}(?:excuse for an?|piece of \\w+ (?:for an?|of an?)) (?:\\w+ )?${ROLE}(?![a-z])`,
  `(?:what an?|this|that|such an?) (?:useless|incompetent|clueless|worthless|pathetic|brainless|lazy|stupid|dumb|f\\*+ing stupid|fucking stupid|fucking useless) (?:excuse for an? )?${ROLE}(?![a-z])`,
  `(?:this|that) (?:${PUT_DOWN}\\s+){1,3}(?:clown|idiot|moron|loser|muppet|jerk|creep|fraud|liar|buffoon|imbecile|cretin)s?${NOT_A_PERSON}`,
];
/** Every phrase above starts with a word, so `\b` can stand for the look-behind (V8 then skips positions faster). */
const roleInsultRe = new RegExp(
  `\\b(?:${ROLE_INSULTS.map((p) => p.replace(/ +/g, '\\s+')).join('|')})(?![a-z0-9_])`,
  'g',
);
const ROLE_ANCHORS = anchorSet(
  (
    'useless incompetent clueless worthless hopeless pathetic brainless spineless joke stupid lying ' +
    'disgrace embarrassment liability waste dumb excuse cow pig swine snake weasel slug hag witch ' +
    'mutt toad leech vulture cockroach hyena donkey baboon sheep goat'
  ).split(' '),
  40,
  60,
);


const ANIMAL_AT_END = new RegExp(`(?:^|\\s)(${ANIMAL})$`);
/** Farm and pet words: "our cow Bessie is a lazy cow" is about a cow. */
const ANIMAL_CONTEXT =
  /(?<![a-z])(?:farm|zoo|barn|pasture|petting|herd|piglet|calf|calves|paddock|sanctuary|livestock|vet|rescue)(?![a-z])|\ud83d[\udc04\udc2e\udc16\udc37\udc00\udc01\udc00\udc0d\udc10\udc11\udc0f]/;

/** The animal insult is about an actual animal: the same animal is named before, or the post is about a farm or a zoo. */
function realAnimal(ctx: RuleContext, m: WindowMatch): boolean {
  const animal = ANIMAL_AT_END.exec(m.text);
  if (!animal) return false;
  const noun = (animal[1] ?? '').replace(/s$/, '');
  const around = ctx.folded.slice(Math.max(0, m.start - 80), m.end + 80);
  if (ANIMAL_CONTEXT.test(around)) return true;
  const before = ctx.folded.slice(Math.max(0, m.start - 60), m.start);
  return new RegExp(`(?<![a-z])${noun}s?(?![a-z])`).test(before);
}

/** Every insult above contains one of these words (or a word they begin). */
const ANCHORS = anchorSet(
  (
    'idiot moron imbecile clown loser fraud liar jerk creep dumbass jackass piece dipshit scumbag lowlife low-life ' +
    'cretin buffoon dimwit halfwit nitwit numpty muppet pillock tosser knobhead simpleton charlatan grifter hypocrite ' +
    'parasite degenerate lunatic waste joke fool troll psycho pig rat snake coward crook scammer thief bully sleazebag ' +
    'hack donkey bozo goon weirdo freak ' +
    'nerd noob newb karen snowflake boomer incel virgin peasant twit git dork dweeb useless dumbest stupidest laziest ' +
    'incompetent pathetic ugliest worthless clueless worst suck ugly fat stupid dumb disgusting brainless retarded ' +
    'braindead brain imagine hideous dense annoying trash garbage scum vermin subhuman disgrace embarrassment illiterate insufferable delusional blind thick still genius einstein sherlock smart ' +
    'smartass hotshot vollidiot trottel depp vollpfosten arschloch penner wichser spast hurensohn versager lugner ' +
    'schwachkopf dummkopf honk lappen bastard mistkerl blodmann hohlkopf pfeife betruger witzfigur heuchler espece ' +
    'connard connasse abruti debile naze bouffon tocard salaud salope enfoire minable guignol incapable pauvre ' +
    'escroc menteur menteuse salopard payas mentiros estafador gilipollas pendej subnormal cabron ' +
    'capullo tont inutil ridicul fracasad perdedor tarad mamon asqueros basura otari ' +
    'babaca arrombad escrot palhac lixo burr trouxa corno vagabund merda retardad nojent feio feia estupid ' +
    'imbecil cerd rata vaga vago cobarde ignorante desgraciad menud vaya kuh sau ziege ' +
    'schlampe schwein sack zicke hexe unfahig inkompetent nutzlos strohdumm dumm conne vache truie porc chien ' +
    'chienne garce pouffiasse vaca porca porco anta'
  )
    .split(' ')
    .concat([
      "t'es",
      'so are you',
      'you people',
      "y'all",
      'tu es',
      'vous etes',
      'hijo de puta',
      'hija de puta',
      'go back',
      'get back',
      'people like',
    ]),
  30,
  70,
);

/** Digits and symbols that stand for letters in leetspeak ("m0r0n", "1d10t", "l0s3r"), by character code. */
const LEET = new Map<number, string>([
  [48, 'o'],
  [49, 'i'],
  [51, 'e'],
  [52, 'a'],
  [53, 's'],
  [55, 't'],
  [64, 'a'],
  [36, 's'],
]);
const ANCHOR_WORDS = /^(?:idiot|moron|imbecil|clown|loser|jerk|dumb|stupid|retard|cretin|fool|dimwit|halfwit|nitwit|scum|trash|garbage|useless|pathetic|worthless|incompetent|idiota|estupid|connard|abruti|debile|trottel|vollidiot)/;

/** A word of `text[from, to)` spelled out, when it mixes letters with leet digits ("m0r0n"); else null. */
function leetWord(text: string, from: number, to: number): string | null {
  if (to - from < 4 || text.charCodeAt(from) === 64) return null; // "@handle99" is a name
  // Counted first, spelled only when it qualifies: most runs are plain words or plain numbers.
  let letters = 0;
  let leet = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    const lower = c | 32;
    if (lower >= 97 && lower <= 122) letters++;
    else if (LEET.has(c)) leet++;
    else return null;
  }
  if (letters < 2 || leet === 0) return null;
  let word = '';
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    const lower = c | 32;
    word += lower >= 97 && lower <= 122 ? String.fromCharCode(lower) : (LEET.get(c) as string);
  }
  return word;
}

/** [A-Za-z0-9@$]: the characters of a leet word. */
function isLeetChar(c: number): boolean {
  const lower = c | 32;
  return (lower >= 97 && lower <= 122) || (c >= 48 && c <= 57) || c === 64 || c === 36;
}

/**
 * The post with its leetspeak insults spelled out ("f*cking m0r0n" → "f*cking moron"), one
 * character for one so that offsets stay the same; null when it has none (most posts).
 */
function spelledOut(ctx: RuleContext): string | null {
  // UTF-16 units, one for one: the leet words are ASCII, and joining gives back the post's offsets.
  let units: string[] | null = null;
  const text = ctx.text;
  for (const token of digitTokens(ctx)) {
    for (let i = token.start; i < token.end; ) {
      if (!isLeetChar(text.charCodeAt(i))) {
        i++;
        continue;
      }
      const from = i;
      while (i < token.end && isLeetChar(text.charCodeAt(i))) i++;
      const word = leetWord(text, from, i);
      if (word === null || !ANCHOR_WORDS.test(word)) continue;
      units ??= text.split('');
      for (let j = 0; j < word.length; j++) units[from + j] = word.charAt(j);
    }
  }
  return units ? units.join('') : null;
}

/** The insults of a post (original offsets), shared with the profanity rule so it does not report them twice. */
export function insultHits(ctx: RuleContext): Hit[] {
  return ctx.cached('harassment/insults', () => {
    const hits = insultsIn(ctx);
    const spelled = spelledOut(ctx);
    if (spelled === null) return hits;
    // The same search over the spelled-out post: its offsets are the post's own.
    const plain = new RuleContext(spelled, ctx.policy);
    try {
      for (const hit of insultsIn(plain)) {
        if (hits.some((h) => h.start < hit.end && hit.start < h.end)) continue;
        hits.push({ ...hit, data: { text: ctx.text.slice(hit.start, hit.end) } });
      }
    } finally {
      plain.release();
    }
    return hits.sort((a, b) => a.start - b.start);
  });
}

function insultsIn(ctx: RuleContext): Hit[] {
  const hits: Hit[] = [];
  const found = matchInWindows(ctx, ANCHORS, insultRe);
  const more = matchInWindows(ctx, ROLE_ANCHORS, roleInsultRe);
  // Both lists are in text order; an insult both regexes find is reported once.
  const all = more.length === 0 ? found : [...found, ...more].sort((x, y) => x.start - y.start);
  let last = -1;
  for (const m of all) {
    if (m.start < last || !aimed(ctx, m) || realAnimal(ctx, m)) continue;
    last = m.end;
    const [start, end] = ctx.span(m.start, m.end);
    if (hits.push({ start, end, data: { text: ctx.text.slice(start, end) } }) >= MAX_HITS) break;
  }
  return hits;
}

export default defineRule({
  description:
    'Insults and name-calling aimed at a person: "you absolute moron", "X is a clown", "Du Vollidiot", "espèce de clown", "eres un idiota".',
  severity: 'warn',
  messages: {
    default:
      'This calls someone names ("{text}"). If you are answering a troll, not replying works better: mute, block or report them.',
  },
  detect: insultHits,
});
