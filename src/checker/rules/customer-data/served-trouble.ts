import type { RuleContext } from '../../context';
import { defineRule, type Hit } from '../../kinds/rule';
import { B, E, Gated, type GateMatch } from '../_shared/org-voice';
import { HEALTH } from './_health';
import { namesIn, ORG_OR_PLACE_WORD, sentenceNear } from './_identity';

/**
 * Someone the author serves at work, named with a private detail of theirs: a health event, a
 * money trouble (owes, months behind, card declined, evicted, loan denied) or what they keep doing
 * as a customer (called again, returned three more, no-showed, cancelled her membership). Three things together
 * make it a customer's record: the name, the detail right after it, and the post told from the
 * job (a branch, a counter, a shift, "our client", "came in"). Each one alone is common.
 */

/** Money troubles of a person (folded, five languages). */
const MONEY = new Gated(
  [
    'owes',
    'owed',
    'owe',
    'overdue',
    'behind',
    'declined',
    'overdrawn',
    'overdraft',
    'evicted',
    'eviction',
    'bankrupt*',
    'foreclos*',
    'defaulted',
    'collections',
    'arrears',
    'denied',
    'rejected',
    'flagged',
    'fraud',
    'score',
    'balance',
    'limit',
    'accounts',
    'account',
    'uberzogen',
    'minus',
    'schulden',
    'pleite',
    'insolvenz',
    'debe',
    'deuda',
    'deudas',
    'moroso',
    'morosa',
    'desahuciado',
    'desahuciada',
    'deve',
    'divida',
    'dividas',
    'inadimplente',
    'despejado',
    'despejada',
    'impaye*',
    'dette',
    'dettes',
    'expulse',
    'expulsee',
    'decouvert',
  ],
  new RegExp(
    `${B}(?:${[
      'owe[sd]? (?:us |me |the bank |the store |the clinic )?(?:over |about |almost |nearly )?(?:[$€£]|r\\$ ?)?\\d[\\d,.]*k?',
      '(?:\\d+|two|three|four|five|six|several|many) (?:months?|weeks?|payments?) (?:behind|overdue|late|in arrears)',
      '(?:behind|late) on (?:his|her|their) (?:rent|mortgage|payments?|loan|bills?|car payments?|premiums?)',
      '(?:card|payment|cards) (?:got |was |were |keeps getting |just )?declined(?: again)?',
      'overdrawn|in (?:his |her |their )?overdraft|(?:got|being|getting|was|were|are|is) evicted|eviction notice',
      'bankrupt\\w*|foreclos\\w*|defaulted|(?:in|to) collections|in arrears',
      '(?:loan|mortgage|credit|claim|application|card|insurance) (?:[a-z]+ ){0,5}?(?:got|was|has been|just got|were) (?:denied|rejected|flagged(?: as fraud| for fraud)?)',
      'flagged (?:as|for) fraud',
      'credit score (?:is |was |of |at )?(?:like |only |just )?\\d{3}',
      '(?:balance|limit) (?:is |was |of )?(?:like |only |over )?(?:[$€£]|r\\$ ?)\\d[\\d,.]*k?',
      'clos(?:e|ed|ing) (?:all )?(?:\\d+ |two |three |four |five )?(?:of )?(?:his|her|their) accounts?',
      '(?:konto|girokonto) (?:\\w+ ){0,3}uberzogen|uberzogen|im minus|schulden|pleite|insolvenz',
      'debe (?:mas de |casi )?[\\d.,]+|deudas?(?: de [\\d.,]+)?|moros[oa]|desahuciad[oa]',
      'deve (?:mais de |quase )?(?:r\\$ ?)?[\\d.,]+|dividas?(?: de)?|inadimplente|despejad[oa]',
      'impaye\\w*|dettes?|expulsee?|a decouvert',
    ].join('|')})${E}`,
    'g',
  ),
  40,
  40,
);

const TIMES = '(?:\\d+|two|three|four|five|six|seven|eight|nine|ten|a dozen)';
const NTH = '(?:2nd|3rd|\\d+th|second|third|fourth|fifth|sixth|tenth|hundredth|millionth)';

/** What a customer keeps doing, as the staff who serve them see it (folded, five languages). */
const CONDUCT = new Gated(
  [
    'called',
    'calls',
    'rang',
    'phoned',
    'emailed',
    'messaged',
    'complained',
    'returned',
    'returns',
    'sent',
    'sends',
    'stayed',
    'checked',
    'cancelled',
    'canceled',
    'show',
    'showed',
    'shows',
    'llamo',
    'vino',
    'devolvio',
    'angerufen',
    'rief',
    'appele',
    'rappele',
    'renvoye',
    'ligou',
    'devolveu',
    'voltou',
  ],
  new RegExp(
    `${B}(?:${[
      `(?:called|calls|rang|phoned|emailed|messaged|complained) (?:[a-z]+ ){0,5}?(?:again|for the ${NTH} time|${TIMES} times)`,
      `(?:returned|sent back|sends back|returns) (?:${TIMES}|another|the same|all|every|everything|half)`,
      'stayed in (?:room|suite) #?\\d+|checked in (?:under|with|to room)|no-?show(?:ed|ing|s)?|(?:never|didn.t) showed? up',
      '(?:cancell?ed|cancels) (?:his|her|their) (?:membership|subscription|policy|account|order|appointment|plan|booking)',
      `llamo (?:otra vez|de nuevo|${TIMES} veces)|vino (?:otra vez|de nuevo)|devolvio (?:${TIMES}|otra|todo)`,
      '(?:schon wieder|wieder|zum \\w+ mal) angerufen|rief (?:schon wieder|wieder|erneut) an',
      '(?:a |m.a )?(?:encore|de nouveau) (?:appele|rappele|renvoye)',
      `ligou (?:de novo|outra vez|${TIMES} vezes|cinco vezes)|devolveu (?:${TIMES}|tudo|de novo)|voltou (?:de novo|outra vez)`,
    ].join('|')})${E}`,
    'g',
  ),
  24,
  48,
);

/**
 * What the organization itself keeps or sees about a customer, each with its value or status:
 * an account locked or banned, results or scores back, money wired or a balance, a portfolio down
 * 40%, a mortgage closed at 6.1%, what they order or book again and again, a repair for the third
 * time, a tracking number (folded, five languages).
 */
const KEPT = new Gated(
  [
    'locked',
    'suspended',
    'frozen',
    'blocked',
    'banned',
    'hacked',
    'results',
    'scores',
    'labs',
    'bloodwork',
    'grades',
    'wire',
    'wired',
    'wiring',
    'transfer*',
    'withdr*',
    'deposit*',
    'balance',
    'portfolio',
    'investments',
    'pension',
    'savings',
    'holdings',
    'mortgage',
    'refinance',
    'refi',
    'loan',
    'heloc',
    'orders',
    'ordered',
    'buys',
    'bought',
    'books',
    'booked',
    'rents',
    'rented',
    'second',
    'third',
    'fourth',
    'fifth',
    'sixth',
    '2nd',
    '3rd',
    '4th',
    '5th',
    '6th',
    'tracking',
    'gesperrt',
    'bloqueada',
    'bloqueado',
    'bloque',
    'bloquee',
    'resultados',
    'resultats',
    'ergebnisse',
    'refused',
    'refuso',
    'refuse',
    'recusou',
  ],
  new RegExp(
    `${B}(?:${[
      // "her LarkPay account got locked for the 5th time", "has been banned twice already"
      '(?:account|card|login|profile|membership|subscription)s? (?:got |was |were |has been |is |just got |keeps getting |gets )?(?:locked|suspended|frozen|blocked|banned|hacked)',
      '(?:been |got |was |were )(?:banned|suspended|blocked) (?:twice|again|\\d+ times|three times|for (?:life|good))',
      // "Olivia Chen's SAT scores came back, 1180", "her labs are back"
      '(?:(?:her|his|their|[\'’]s) (?:[a-z-]+ )?|(?:test|lab|blood|biopsy|scan|mri|ct|x-?ray|exam|sat|act|gre|gcse|dna|pregnancy|drug|hiv|covid) )(?:results?|scores|labs|bloodwork|grades) (?:finally |just )?(?:came|come|are|were|got) (?:back|in)',
      // "came in to wire $50k offshore", "withdrew 20 grand in cash"
      '(?:wire[ds]?|wiring|transferr?(?:ed|ing|s)?|withdr[ae]w\\w*|deposit(?:ed|s|ing)?) (?:over |about |nearly |almost |another |like )?(?:[$€£]|r\\$ ?)?\\d[\\d,.]*\\s?(?:k|m|mil|million|grand|bucks|dollars|euros|pounds)?',
      'balance (?:is |was |of |at )?(?:like |only |over |under |almost |nearly |just )?(?:[$€£]|r\\$ ?)?\\d[\\d,.]*\\s?(?:k|m|mil|million|grand|bucks|dollars|euros)',
      // "Gerald Fink's portfolio is down 40% this year"
      '(?:portfolio|investments|pension|savings|holdings) (?:at \\w+ )?(?:is |are |was |were |has been )?(?:down|up) (?:over |about |almost |nearly )?\\d+ ?(?:%|percent)',
      // "the Hendersons' mortgage refinance finally closed at 6.1%"
      '(?:mortgage|refinance|refi|loan|heloc)s? (?:\\w+ )?(?:finally |just )?(?:closed|approved|went through|locked) (?:in )?(?:at|for) (?:[$€£])?\\d',
      // "orders the exact same pizza every Friday", "ordered 40 cans of whipped cream", "booked the suite again"
      '(?:orders|ordered|buys|bought|books|booked|rents|rented) (?:the (?:exact )?same|\\d+ \\w+ of|(?:[a-z]+ ){0,4}?(?:again|every (?:week|day|night|morning|month|time|monday|tuesday|wednesday|thursday|friday|saturday|sunday)))',
      // "at our shop for the 3rd transmission repair"
      '(?:for|with) (?:the|a|his|her|their) (?:second|third|fourth|fifth|sixth|2nd|3rd|4th|5th|6th) (?:\\w+ )?(?:time|repair|visit|return|refund|claim|complaint|replacement|service|chargeback)',
      // "tracking LX99213"
      'tracking (?:no\\.? |number |nr\\.? |#)?(?:[a-z]{0,3}-?)?\\d{5,}',
      '(?:konto|karte|zugang) (?:\\w+ )?gesperrt|(?:cuenta|tarjeta|conta|cartao) (?:\\w+ )?bloquead[oa]|(?:compte|carte) (?:\\w+ )?bloquee?',
      // Care refused: "refused treatment AND euthanasia", "a refusé l'opération"
      'refused (?:\\w+ )?(?:treatment|surgery|euthanasia|care|transfusion|admission|the (?:procedure|operation))|(?:refuso|recusou) (?:el |la |o |a )?(?:tratamiento|tratamento|cirugia|cirurgia)|refuse (?:le |l.)?(?:traitement|operation)',
      '(?:resultados|resultats|ergebnisse) (?:[\\w.]+ ){0,5}?(?:llegaron|chegaram|sont arrives|sind da)',
    ].join('|')})${E}`,
    'g',
  ),
  32,
  48,
);

/** Lost property handed in: a belonging and its owner, told by those who keep it (folded). */
const LOST_FRAME =
  /(?<![a-z])(?:lost (?:property|and found|& found|item)|lost-and-found|found property|objets trouves|objetos perdidos|achados e perdidos|fundburo)(?![a-z])/;
const LOST = new Gated(
  ['owner', 'belonging', 'belongs', 'returned', 'passport', 'wallet', 'purse', 'laptop', 'handbag', 'epipen', 'inhaler'],
  new RegExp(
    `${B}(?:${[
      '\\(?owner|belonging to|belongs to',
      'returned (?:a|the|his|her|their) (?:\\w+ )?(?:purse|wallet|passport|laptop|phone|bag|handbag|backpack|keys|ring|pass|card) to',
    ].join('|')})${E}`,
    'g',
  ),
  16,
  48,
);

/** A customer's belongings left behind where the author works: "left his passport and a bag of pills in the room" (folded). */
const LEFT = new Gated(
  ['passport', 'wallet', 'purse', 'laptop', 'handbag', 'epipen', 'inhaler', 'dentures', 'medication'],
  /\bleft (?:his|her|their) (?:\w+ ){0,2}(?:passport|wallet|purse|laptop|handbag|epipen|inhaler|dentures|medication)(?![a-z0-9_])/g,
  32,
  8,
);

/**
 * Where a customer lives, as the staff who serve them see it: "flat 3, 19 Harbour View", "lives at
 * 31 Ashgrove Road", "of 14 Birch Lane" (folded). Counted only with a name and the post told from the job.
 */
const HOME = new Gated(
  ['road', 'rd', 'street', 'st', 'lane', 'ln', 'avenue', 'ave', 'close', 'drive', 'dr', 'crescent', 'view', 'court', 'grove', 'terrace', 'way', 'flat', 'apartment', 'apt', 'unit'],
  /\b(?:(?:flat|apartment|apt|unit) \d{1,4}[a-z]?,? \d{1,4}[a-z]? [a-z]+ (?:[a-z]+ )?|\d{1,4}[a-z]? [a-z]+ (?:[a-z]+ )?)(?:road|rd|street|st|lane|ln|avenue|ave|close|drive|dr|crescent|view|court|grove|terrace|way)(?![a-z0-9_])/g,
  40,
  8,
);

/** The post is told from the job: a counter, a branch, a shift, "our client", "came in" (folded, five languages). */
const AT_WORK = new Gated(
  [
    'customer',
    'customers',
    'client',
    'clients',
    'clienta',
    'patient',
    'patients',
    'paciente',
    'pacientes',
    'kunde',
    'kundin',
    'patientin',
    'cliente',
    'clientes',
    'guest',
    'caller',
    'policyholder',
    'policyholders',
    'tenant',
    'tenants',
    'came',
    'walked',
    'branch',
    'register',
    'till',
    'counter',
    'desk',
    'pharmacy',
    'clinic',
    'ward',
    'shift',
    'floor',
    'route',
    'life',
    'job',
    'work',
    'ticket',
    'file',
    'chart',
    'processed',
    'farmacia',
    'pharmacie',
    'apotheke',
    'filiale',
    'sucursal',
    'agencia',
    'agence',
    'consultorio',
    'praxis',
    'cabinet',
    'guichet',
    'schalter',
    'mostrador',
    'turno',
    'schicht',
    'plantao',
    'caixa',
    'caisse',
    'kasse',
    'mgmt',
    'management',
    'app',
    'system',
    'crm',
    'portal',
    'database',
    'records',
    'pulled',
    'looked',
    'our',
    'passenger',
    'passengers',
    'member',
    'members',
    'resident',
    'residents',
    'student',
    'students',
    'applicant',
    'borrower',
    'shopper',
    'diner',
    'rider',
    'update',
    'spotlight',
    'diaries',
    'seat',
    'room',
    'suite',
    'bed',
    'center',
    'centre',
    'unserer',
    'notre',
    'nuestra',
    'nossa',
    'lost',
    'support',
    'medical',
    'side',
    'end',
    'owner',
    'owners',
    'rappelez',
    'llamenos',
    'ligue',
    'zuruck',
    'nurselife',
    'hotellife',
    'retaillife',
    'banklife',
    'pharmacylife',
    'serverlife',
    'teacherlife',
    'vetlife',
    'supportlife',
    'baristalife',
    'bartenderlife',
    'receptionistlife',
    'frontdesklife',
    'callcenterlife',
    'courierlife',
    'warehouselife',
  ],
  new RegExp(
    `${B}(?:${[
      '(?:our|my|a|the|this|that|one|another) (?:\\w+ )?(?:customers?|clients?|patients?|guests?|callers?|policyholders?|tenants?)',
      // The people a trade serves: "our member Chloe Ibarra", "my student Kevin Park", "hotel guest Robert Vance"
      '(?:our|my|a|the|this|that|one|another) (?:\\w+ )?(?:passengers?|members?|residents?|students?|applicants?|borrowers?|shoppers?|diners?|riders?)|(?:hotel|room|spa) guests?',
      '(?:client|customer|patient|guest|passenger|member|resident|student|tenant|caller|account|order|shipping|delivery|ticket) (?:update|spotlight|diaries)|(?:intern|work|shift) diaries',
      // The author's own workplace: "at our bank", "into our shop", "in unserer Filiale", "dans notre agence"
      '(?:at|in|to|into|from|by) our (?:\\w+ )?(?:bank|shop|store|hotel|restaurant|cafe|salon|spa|gym|garage|depot|practice|surgery|clinic|agency|school|center|centre|pharmacy|warehouse|lab|kennels?|hospital|dealership|showroom|branch|counter|ward)',
      '(?:in|bei) unserer (?:filiale|praxis|bank|werkstatt|klinik|apotheke|agentur)|(?:dans|a) notre (?:agence|boutique|magasin|clinique|cabinet|pharmacie|banque|hotel)|(?:en|a) nuestra (?:tienda|sucursal|clinica|oficina|farmacia|agencia)|(?:na|em) nossa (?:loja|agencia|clinica|farmacia)',
      // What staff see: a seat map, a room or bed list, a lost-property shelf
      'seat \\d{1,2}[a-k]|(?:in|from) (?:room|suite) #?\\d{3,4}|(?:in )?bed #?\\d{1,2}(?![\\d:])(?! ?(?:days?|weeks?|hours?|hrs?|nights?|more|am|pm|h)\\b)|lost (?:property|and found|& found)',
      '(?:tutoring|call|service|care|contact|fulfil?ment|distribution|learning) (?:center|centre)',
      // The author's side of a service: "from our side at Forkline", "on our end"
      '(?:from|on) our (?:side|end)',
      // An animal's owner, as a vet sees them: "owner of a hit-by-car cat (Sandra Kowalski…)"
      '(?:owners?) of (?:a|an|the|this|that) (?:[a-z-]+ ){0,3}(?:cat|dog|puppy|kitten|horse|rabbit|parrot|pet|hamster|tortoise)|(?:pet|dog|cat|horse) owners?',
      // A practice calling a client back: "rappelez-nous dès que possible", "please call us back"
      'call us back|rappelez-nous|llamenos|ligue-nos|rufen sie uns (?:bitte )?zuruck',
      'support (?:ticket|case|request|chat|call|queue)|(?:nurse|hotel|retail|bank|pharmacy|server|teacher|vet|support|barista|bartender|receptionist|frontdesk|callcenter|courier|warehouse)life',
      // Someone's chart or file opened: "Lisa Tran's medical chart", "her medical records"
      "['’]s (?:medical |patient |client |customer )?(?:chart|file|records)|medical (?:chart|records?|file)",
      'came (?:in|into (?:the|our|my) \\w+|by the (?:store|branch|shop|desk|counter))|walked (?:in|into (?:the|our|my) \\w+)',
      '(?:at|behind|on|in|to|into) (?:the|my|our) (?:[a-z]+ )?(?:branch|register|till|counter|front desk|help ?desk|service desk|pharmacy|clinic|ward|practice)',
      '(?:front|help|service) desk|pharmacy counter|on my (?:shift|floor|route)|(?:my|night|day|double|late) shift',
      '(?:nurse|nursing|pharmacy|retail|bank|banking|hotel|clinic|er|hospital|landlord|support|call center|teller|teacher|tutor|vet|courier|driver|delivery|warehouse|mechanic|server|bartender|barista|concierge|receptionist|dental|flight attendant|cabin crew|dispatch|airline|agent) life|property (?:mgmt|management)',
      '(?:on|in|from|through|into) (?:the|our) (?:app|system|crm|portal|database|records)|pulled up|looked up',
      '(?:this|my) job|at work|ticket #?\\d+|(?:his|her|their) (?:file|chart)|the file on|processed',
      '(?:la|una|el|un|mi|nuestr[oa]|al) (?:client[ea]|paciente)|kunde|kundin|(?:der|die|ein|eine|unser\\w*|mein\\w*) (?:patient|patientin)',
      '(?:le|la|un|une|mon|ma|notre) (?:client|cliente|patient|patiente)|(?:o|a|um|uma|meu|minha|noss[oa]) (?:client[ea]|paciente)',
      'farmacia|pharmacie|apotheke|(?:la|en la|na|a) (?:sucursal|agencia)|(?:der|die|in der) filiale|l.agence|consultorio|(?:in der|meine|unsere) praxis|au cabinet',
      'guichet|(?:am|hinter dem) schalter|(?:el|al|en el) mostrador|(?:mi|meu|no) turno|(?:meine|in der|nach der) schicht|plantao|(?:no|na) caixa|a la caisse|an der kasse',
    ].join('|')})${E}`,
    'g',
  ),
  24,
  40,
);

/** Names that are not a customer: a doctor, the author's kin, an organization or a place (original text). */
const NOT_A_CUSTOMER = new RegExp(
  `^(?:Dr|Dra|Prof)\\b|${ORG_OR_PLACE_WORD.source}|\\b(?:Grandma|Grandpa|Nana|Aunt|Uncle|Mom|Mum|Dad)\\b`,
);
/** Staff or family right before the name (lower-cased original). */
const NOT_CUSTOMER_BEFORE =
  /(?:colleague|coworker|co-worker|teammate|manager|boss|supervisor|intern|nurse|doctor|dr\.?|pharmacist|teller|ceo|cfo|founder|director|friend|neighbou?r|son|daughter|wife|husband|partner|mom|mum|dad|mother|father|brother|sister|cousin|aunt|uncle|grandma|grandpa|kollegin|kollege|colega|collegue|amig[oa]|ami|amie|freund|freundin)\s*,?\s*$/;
/** The staff member's team after the name: "Jo Kim from accounting", "Ana Ruiz, our branch manager" (lower-cased original). */
const STAFF_AFTER =
  /^,?\s+(?:from (?:hr|accounting|finance|it|legal|marketing|sales|payroll|ops|the \w+ team)|(?:our|my|the) (?:\w+ ){0,2}(?:manager|director|lead|colleague|nurse|doctor|pharmacist|teller|intern|ceo|cfo|coo|vp))\b/;
/** The name is the author's colleague, somebody in the news, or the author: none of them our customer (folded, the whole post). */
const NOT_SERVED = new Gated(
  // Each phrase under its rarest word ("peace", "well", "coworker"), not "rest", "get" or "my", met in every post.
  [
    'rip',
    'peace',
    'memoriam',
    'obituary',
    'condolences',
    'gofundme',
    'fund',
    'fundraiser',
    'prayers',
    'prayer',
    'pray',
    'well',
    'news',
    'reported',
    'according',
    'headline',
    'headlines',
    'celebrity',
    'coworker',
    'colleague',
    'manager',
    'boss',
    'team',
    'teammate',
  ],
  /(?<![a-z])(?:rip|rest in peace|in memoriam|obituary|condolences|gofundme|go fund me|fundraiser|prayers? for|pray for|get well|news|reported|according to|headlines?|celebrity|my (?:coworker|colleague|manager|boss|team ?mate))(?![a-z])/g,
  16,
  24,
);

/** A household named by its surname (original text, in a window before the detail). */
const FAMILY_NAME =
  /(?:^|\s)(?:[Tt]he [A-Z][a-z]+s['’]?(?![\w'’])|[Tt]he [A-Z][a-z]+ family|(?:[Ll]a )?[Ff]amilia [A-Z][a-z]+|Familie [A-Z][a-z]+|(?:[Ll]a )?[Ff]amille [A-Z][a-z]+|(?:[Aa] )?[Ff]am[ií]lia [A-Z][a-z]+)/;

interface Detail {
  start: number;
  end: number;
}

function details(ctx: RuleContext): GateMatch[] {
  const out: GateMatch[] = [];
  if (MONEY.near(ctx)) out.push(...MONEY.all(ctx));
  if (HEALTH.near(ctx)) out.push(...HEALTH.all(ctx));
  if (CONDUCT.near(ctx)) out.push(...CONDUCT.all(ctx));
  if (KEPT.near(ctx)) out.push(...KEPT.all(ctx));
  if (LOST.near(ctx) && LOST_FRAME.test(ctx.folded)) out.push(...LOST.all(ctx));
  if (LEFT.near(ctx)) out.push(...LEFT.all(ctx));
  if (HOME.near(ctx)) out.push(...HOME.all(ctx));
  return out.sort((a, b) => a.start - b.start);
}

/** The name owns the detail: it comes before the detail, in its sentence or the one before, close by. */
function ownerOf(ctx: RuleContext, d: Detail): Hit | undefined {
  const folded = ctx.folded;
  const [ss] = sentenceNear(folded, d.start);
  const [ps] = ss > 1 ? sentenceNear(folded, ss - 2) : [ss];
  const [, se] = sentenceNear(folded, d.start);
  const from = Math.max(ps, d.start - 160);
  // A name may also follow its detail closely: "closed all his accounts: Derek Olsen".
  const to = Math.min(se, d.end + 60);
  const [ofrom, oto] = ctx.span(from, to);
  const [oat, oend] = ctx.span(d.start, d.end);
  for (const n of namesIn(ctx, ofrom, oto)) {
    if ((n.end > oat && n.start < oend) || NOT_A_CUSTOMER.test(n.text)) continue;
    const before = ctx.text.slice(Math.max(0, n.start - 32), n.start).toLowerCase();
    if (NOT_CUSTOMER_BEFORE.test(before)) continue;
    if (STAFF_AFTER.test(ctx.text.slice(n.end, n.end + 48).toLowerCase())) continue;
    return { start: n.start, end: n.end, data: { who: n.text } };
  }
  // A household by its surname: "the Johnsons in unit 22", "the Nguyen family's kid", "Familie Kern".
  const fam = FAMILY_NAME.exec(ctx.text.slice(ofrom, oat));
  if (fam) {
    const start = ofrom + fam.index + (fam[0].length - fam[0].trimStart().length);
    return { start, end: ofrom + fam.index + fam[0].length, data: { who: fam[0].trim() } };
  }
  return undefined;
}

export default defineRule({
  description:
    'Someone the author serves at work, named with a private detail: a health event, a money trouble or what they keep doing as a customer ("Derek Olsen came into the branch to close all his accounts", "Carla Vega’s insurance claim got flagged as fraud", "Linda Park picked up her Xanax refills" at the pharmacy counter).',
  severity: 'block',
  messages: {
    default:
      'This names someone we serve ("{who}") together with their health, money or account history; leave out the name and the specifics.',
  },
  detect(ctx) {
    if (!AT_WORK.near(ctx)) return [];
    if (!MONEY.near(ctx) && !HEALTH.near(ctx) && !CONDUCT.near(ctx) && !KEPT.near(ctx) && !LOST.near(ctx) && !LEFT.near(ctx) && !HOME.near(ctx)) return [];
    // The cheap, selective test first: a colleague or the news settles it before the job is looked for.
    if (NOT_SERVED.near(ctx) && NOT_SERVED.test(ctx)) return [];
    if (!AT_WORK.test(ctx)) return [];
    for (const d of details(ctx)) {
      const hit = ownerOf(ctx, d);
      if (hit) return [hit];
    }
    return [];
  },
});
