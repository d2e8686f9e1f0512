import type { RuleContext } from '../../context';
import { defineRule, type Hit } from '../../kinds/rule';
import { WordGuardedRegex } from '../../text/word-guard';
import { firstEndingAfter, involvesOrg, SHARE_WORDS } from '../_shared/biz-signals';
import { employerMentions, firstNamedEmployerMention } from '../_shared/org-voice';
import { hasWord, keyedMatches, keyedRegex, wordGroup } from '../_shared/biz-words';

/**
 * Rumors and guesses about the organization's future. Three things must meet within a few
 * sentences: a rumor or guess ("I heard", "rumor is", "calling it", "Gerüchteküche"), a topic
 * that moves markets or careers (layoffs, being acquired, an IPO, an office closing, a launch)
 * and the organization ("we", "our floor", "my company", the employer's name, a codename).
 * "I heard we're getting snow" has no such topic; "rumor has it the new Zelda drops" no org.
 */
const MARKER_ALTERNATIVES = [
  // English
  "i(?:'ve| have)? (?:just )?(?:heard|hear)",
  'heard (?:from|through|that)',
  'hearing (?:rumou?rs|things|whispers|that|from)',
  // "Heard our university might…", "Heard Acme is…": the "I" is often dropped.
  "heard (?:our|we|we're|we are|my|the) [a-z]+",
  // "Heard at my employer that…", "heard around the office"
  'heard (?:at|in|around) (?:work|the office|(?:my|our) (?:employer|company|job|work|office|firm|team))',
  'heard [a-z]+(?: [a-z]+)? (?:is|are|was|were|might|may|will|could|plans|wants|has)',
  "(?:i'm|i am|i was|i've been|i have been|we've been|we were) told",
  'a little bird(?:ie)? (?:told|says|said)',
  '(?:my |the |our )?sources (?:say|said|tell me|told me|claim)',
  // "sources inside tell me", "a source close to the board says"
  '(?:my |the |our |a )?sources? (?:inside|close to (?:the )?[a-z]+|in (?:the )?[a-z]+|at (?:the )?[a-z]+) (?:say|says|said|tell me|tells me|told me|claim|claims)',
  'insiders? (?:say|says|said|claim|claims)',
  '(?:the )?(?:buzz|chatter) (?:is|around|on|in|at|says)',
  'reportedly',
  'rumor(?:s|ed)?(?: mill)?',
  'rumour(?:s|ed)?(?: mill)?',
  'word (?:is|on the street|around the office|(?:in|around|on|at|from) (?:the |my |our )?[a-z]+(?: [a-z]+)? (?:is|has it|says))',
  // An insider as the source: "a friend in finance told me", "someone in planning said".
  '(?:a |my |our )?(?:friend|buddy|mate|pal|contact|source|insider|someone|somebody|colleague|coworker|cousin) (?:of mine )?(?:in|from|on|at) (?:the )?[a-z&-]+(?: [a-z&-]+)? (?:told me|tells me|says|said|mentioned|reckons|swears|claims|thinks)',
  'hot take',
  "hearing (?:the|we|we're|our|rumblings)",
  // "I'm hearing …", "we keep hearing …", "heard it from a guy in finance"
  "(?:i'm|i am|we're|we are|been|keep|kept) hearing",
  // ("you heard it from me first" is the author announcing, not hearsay)
  'heard (?:it|this|that) (?:from|through|at|in|on)(?! me(?![a-z]))',
  // A guess or an expectation, not an announcement: "guessing …", "can't confirm but …",
  // "bracing for layoffs", "it's only a matter of time".
  'guessing',
  "(?:can't|cannot|couldn't|can not) (?:officially )?confirm(?: it| this| that)?,? (?:but|though|yet)",
  '(?:bracing|braced|brace yourselves|bracing ourselves) for',
  '(?:expect|expecting|anticipating) (?:a |an |more |another |some |the )?(?:new )?(?:round of |wave of )?(?:layoffs|cuts|job cuts|redundancies|a reorg|reorg|restructuring|hiring freeze|merger|buyout|takeover|closures?|shutdown|pay freeze|announcement)',
  "(?:it's|its|it is) (?:only|just) a matter of time",
  "(?:it's|its|it is) an open secret",
  // A hedge right before what is planned: "might be selling off", "is probably being shut down".
  "(?:probably|likely|possibly|presumably|might|might well|may well|may be|could be|could soon|(?:is|are) set to|(?:is|are) poised to) (?:be |get |soon |about to )?(?:getting |being )?(?:acquired|bought(?: out)?|sold(?: off)?|selling(?: off)?|merg(?:ed|ing)|shut(?:ting)? down|clos(?:ed|ing) down|laid off|laying off|cutting jobs|outsourc(?:ed|ing)|offshor(?:ed|ing)|relocat(?:ed|ing)|restructur(?:ed|ing)|downsiz(?:ed|ing)|spun off|axed|scrapped|folded into|absorbed)",
  'rumblings',
  'scuttlebutt',
  'is it true(?: that)?',
  "(?:wouldn't|would not|won't) (?:be surprised|surprise me) if",
  'talk of',
  '(?:people|everyone|folks) (?:are|is) (?:saying|talking)',
  'se dice que',
  'corre el rumor',
  'es heisst',
  'on raconte',
  'il se murmure',
  'estao dizendo',
  'you heard it here first',
  // Hints: "don't be surprised if …", "reading between the lines". (What the author knows and
  // will not say — "can't say much but …" — is the confidential rules' business.)
  "(?:don't|do not) be surprised if",
  "(?:wouldn't|would not) be (?:shocked|surprised)",
  'reading between the lines',
  "there's a reason (?:they|we|the company|management|leadership)",
  // Hints that are the news themselves: "big changes coming", "something's coming", "about to get interesting"
  '(?:big|major|huge) changes (?:are )?(?:coming|ahead|on the way)',
  "something(?:'s| is) (?:coming|brewing|up)",
  "(?:things are|it's|its) about to get (?:very |really |super )?interesting",
  'hint(?:ed|ing|s)? (?:at|that)',
  // A guess in the author's own voice: "hinted there's a freeze", "sounds like we're being sold",
  // "I suspect", "I have a hunch", "my gut says", "whispers about".
  '(?:hinted|hinting)',
  "(?:sounds|looks|seems) like (?:we(?:'re| are|'ll| will)|the company|our|my|they(?:'re| are|'ll| will))",
  'i (?:reckon|suspect)',
  "(?:i have|i've got|i got|got) a (?:feeling|hunch)",
  'my gut (?:says|tells me|feeling)',
  'whispers? about',
  // "my manager basically hinted nobody in billing is safe"
  '(?:basically|kind of|sort of|all but|heavily|strongly) hinted',
  'pray for us',
  'overheard',
  'gossip',
  'grapevine',
  'whispers? (?:is|are|that|(?:at|in|around|from) (?:the |our )?[a-z-]+(?: [a-z-]+)?:)',
  'calling it',
  'place your bets',
  "i(?:'d)? bet",
  'my (?:bet|guess|money|prediction)(?: is|:)',
  'predictions?',
  'i predict',
  'predicting',
  'bet on it',
  'tea leaves',
  'mark my words',
  'leak(?:s|ed)?',
  'spotted in',
  '(?:pretty|fairly|99%|almost) (?:sure|certain)',
  "i think (?:we're|we are|we'll|they're|the company)",
  'apparently',
  // "Unconfirmed, but …", "not confirmed yet but …": passing on what the author knows is unverified
  '(?:unconfirmed|unverified|not (?:yet )?(?:confirmed|official)(?: yet)?),? (?:but|though|yet)',
  '(?:unconfirmed|unverified) (?:reports?|rumou?rs?|news|word|info|information|sources?)',
  'supposedly',
  'allegedly',
  'anyone (?:else )?(?:\\w+ \\w+ )?(?:hearing|heard|know (?:more|anything))',
  'can anyone (?:from \\w+ )?confirm',
  '(?:are|is) (?:layoffs|cuts|job cuts|a reorg|a restructuring|a hiring freeze|a merger|an acquisition|an ipo) (?:coming|happening|incoming|next)',
  '(?:layoffs|cuts|job cuts|a reorg|reorg|restructuring|a restructuring|a hiring freeze|redundancies) (?:are |is )?(?:coming|incoming|imminent|on the way)',
  '(?:are|is) (?:we|the company) (?:getting|being|about to be) (?:acquired|bought|sold|merged)',
  '(?:about to|going to|gonna) (?:get|be) (?:acquired|bought|sold|merged)',
  '(?:getting|being|get|be) (?:acquired|bought|sold|merged|shut down)\\s*\\?',
  // Spanish
  'rumores?',
  'se rumorea',
  // "dicen por los pasillos que…": the corridors as the source
  'dicen (?:por (?:ahi|los pasillos|la oficina) |en (?:la|el) (?:planta|oficina|fabrica|almacen|tienda|taller) )?que',
  'por los pasillos',
  'he oido',
  'me dijeron que',
  'radio pasillo',
  'se comenta que',
  'me (?:han dicho|contaron|cuentan|dicen) que',
  'al parecer',
  'por lo visto',
  'supuestamente',
  'segun (?:dicen|cuentan|me dicen|parece)',
  'un pajarito me (?:dijo|conto)',
  '(?:un|una) (?:amig[oa]|colega|conocid[oa]) (?:de|en) (?:[a-z]+ ){0,2}me (?:dijo|conto|ha dicho|ha contado)',
  // German
  'geruchtekuche',
  'geruchte?n?',
  'angeblich',
  'ich hab(?:e)? gehort',
  'hab gehort',
  'munkelt',
  'flurfunk',
  'buschfunk',
  'geruchteweise',
  '(?:wie )?man hort',
  'hinter vorgehaltener hand',
  'mir wurde (?:gesagt|erzahlt)',
  'anscheinend',
  '(?:ein|eine) (?:kollegin|kollege|freundin|freund|bekannter|bekannte) aus (?:der|dem) [a-z]+ (?:sagt|meint|meinte|hat erzahlt|erzahlt)',
  // French
  'rumeurs?',
  'il parait que?',
  "j'ai entendu",
  'on dit que?',
  'parait-il',
  "j'ai entendu dire",
  "(?:on |j')entends? dire",
  "on m'a (?:dit|raconte|souffle)",
  'apparemment',
  'soi-disant',
  'bruits? de couloirs?',
  'radio couloir',
  'le bruit court',
  'des bruits courent',
  'il se dit que?',
  'selon (?:mes|des|nos) sources',
  "(?:un|une) (?:ami|amie|collegue|pote|contact) (?:a la|au|aux|de la|du|des|chez) [a-z]+ (?:m'a dit|m'a raconte|dit|me dit)",
  // Portuguese
  'boatos?',
  'ouvi dizer',
  'dizem (?:por ai |pelos corredores )?que',
  '(?:diz-se|fala-se|comenta-se|consta) que',
  'pelos corredores',
  'radio peao',
  'radio corredor',
  'ouvi falar',
  'me (?:contaram|disseram) que',
  'pelo visto',
  'supostamente',
  'aparentemente',
  // "parece que vai haver cortes", "parece que van a cerrar"
  'parece que',
  'corre o boato',
  'fofoca',
  '(?:um|uma) (?:amig[oa]|colega|conhecid[oa]) (?:do|da|no|na|de) [a-z]+ me (?:disse|contou)',
];

/** Key words, one in every marker: the detailed regex runs only near them. */
const MARKER_WORDS = [
  'sounds',
  'looks',
  'seems',
  'reckon',
  'suspect',
  'feeling',
  'hunch',
  'gut',
  'guessing',
  'confirm',
  'bracing',
  'braced',
  'brace',
  'expect',
  'expecting',
  'anticipating',
  'matter',
  'secret',
  'probably',
  'likely',
  'possibly',
  'presumably',
  'might',
  'may$',
  'could',
  'set$',
  'poised',
  'rumblings',
  'shocked',
  'lines',
  'reason',
  'changes',
  'something',
  'interesting',
  'parece',
  'scuttlebutt',
  'true',
  'surprised',
  'surprise',
  'talk',
  'saying',
  'talking',
  'feels',
  'dice',
  'corre',
  'heisst',
  'raconte',
  'murmure',
  'dizendo',
  'hear',
  'heard',
  'hearing',
  'overheard',
  'rumor',
  'rumors',
  'rumour',
  'rumours',
  'word',
  'take',
  'heard',
  'hinted',
  'hinting',
  'hints',
  'hint',
  'pray',
  'gossip',
  'grapevine',
  'whisper',
  'whispers',
  'calling',
  'place',
  'bet',
  'guess',
  'money',
  'prediction',
  'predictions',
  'predict',
  'predicting',
  'leaves',
  'mark$',
  'leak',
  'leaks',
  'leaked',
  'spotted',
  'sure',
  'certain',
  'think',
  'apparently',
  'supposedly',
  'allegedly',
  'unconfirmed',
  'unverified',
  'confirmed',
  'official',
  'anyone',
  'layoffs',
  'cuts',
  'reorg',
  'restructuring',
  'freeze',
  'merger',
  'acquisition',
  'ipo',
  'redundancies',
  'acquired',
  'bought',
  'sold',
  'merged',
  'rumorea',
  'dicen',
  'oido',
  'dijeron',
  'radio',
  'gerucht',
  'geruchte',
  'geruchten',
  'angeblich',
  'gehort',
  'munkelt',
  'flurfunk',
  'buschfunk',
  'geruchteweise',
  'anscheinend',
  'rumeur',
  'rumeurs',
  'parait',
  'entendu',
  'entend',
  'entends',
  'dit',
  'boato',
  'boatos',
  'ouvi',
  'dizem',
  'told',
  'bird',
  'birdie',
  'sources',
  'insider',
  'insiders',
  'buzz',
  'chatter',
  'reportedly',
  'friend',
  'buddy',
  'mate$',
  'pal',
  'contact',
  'source',
  'someone',
  'somebody',
  'colleague',
  'coworker',
  'cousin',
  'comenta',
  'dicho',
  'contaron',
  'cuentan',
  'parecer',
  'visto',
  'supuestamente',
  'segun$',
  'pajarito',
  'pasillos',
  'corredores',
  'diz',
  'fala',
  'consta$',
  'amig',
  'colega',
  'conocid',
  'flurfunk',
  'buschfunk',
  'hort$',
  'vorgehaltener',
  'gesagt',
  'erzahlt',
  'anscheinend',
  'kolleg',
  'freund',
  'bekannt',
  'apparemment',
  'disant',
  'raconte',
  'souffle',
  'bruit',
  'couloir',
  'ami',
  'amie',
  'pote',
  'collegue',
  'falar',
  'contaram',
  'disseram',
  'supostamente',
  'aparentemente',
  'fofoca',
  'conhecid',
];
const MARKER = keyedRegex(MARKER_ALTERNATIVES, MARKER_WORDS);

/** Topics that move markets or careers. */
const TOPIC = wordGroup([
  'layoff',
  'cut',
  'cuts',
  'cutting',
  'headcount',
  'jobs',
  'rif',
  'redundanc',
  'downsiz',
  'reorg',
  'restructur',
  'acquir',
  'acquisition',
  'bought',
  'buying',
  'buyout',
  'buyer',
  'takeover',
  'absorb',
  'sold',
  'selling',
  'merg',
  'ipo',
  'public$',
  'closing',
  'close$',
  'closes$',
  'shut',
  'shutting',
  'freeze',
  'stepping',
  'resign',
  'killing',
  'killed',
  'kill$',
  'poach',
  'leaving',
  'fired',
  'ousted',
  'replaced',
  'cancel',
  'sunset',
  'folding',
  'launch',
  'announc',
  'pricing',
  'tier',
  'tiers',
  'funding',
  'valuation',
  'pivot',
  'relocat',
  'bankrupt',
  'outsourc',
  'offshor',
  'despido',
  'recortes',
  'cierr',
  'cerrar',
  'adquisicion',
  'adquirid',
  'compra',
  'compran',
  'comprar',
  'fusion',
  'entlassung',
  'stellenabbau',
  'kundigung',
  'ubernahme',
  'ubernimm',
  'ubernehm',
  'gekauft',
  'kauft',
  'ubernommen',
  'schliess',
  'schliest',
  'licenciement',
  'rachat',
  'rachete',
  'fermeture',
  'ferme',
  'fermer',
  'demissoes',
  'demissao',
  'cortes',
  'aquisicao',
  'comprad',
  'fechar',
  'fechamento',
  'fecha',
  'fusao',
  // Other ways of cutting jobs, selling or spinning off, in five languages.
  'subsidiar',
  'spinoff',
  'eliminat',
  'axing',
  'axed',
  'scrapp',
  'furlough',
  'despid',
  'despedir',
  'recort',
  'congel',
  'suprimir',
  'supresion',
  'vender',
  'vendida',
  'vendido',
  'filial',
  'streich',
  'abbau',
  'entlass',
  'kurzarbeit',
  'einstellungsstopp',
  'verkauf',
  'supprim',
  'suppression',
  'licenci',
  'vendre',
  'vendu',
  'gel$',
  'demit',
  'cortar',
  'discontinu',
  'dropping',
  'ditching',
  'froze',
  'frozen',
  'venda',
  'aquisi',
  // "scrap the night routes", "folded into another unit", "wird geschlossen", "privatize"
  'scrap$',
  'scraps',
  'folded',
  'geschlossen',
  'schliessung',
  'privatis',
  'privatiz',
]);

/**
 * "buy" is a takeover ("they want to buy a rival"), but not a stock tip ("buy the dip", "buy
 * Acme before earnings"): that is regulated-claims' matter, and the guess there is a price.
 */
const BUY = wordGroup(['buy', 'buys']);
const STOCK_TIP = new RegExp(`(?<![a-z])(?:${SHARE_WORDS}|buy (?:the dip|calls|puts|now)|\\(\\w{2,5}\\)|\\$\\d+)(?![a-z])`);
/**
 * Going public, in five languages: "abrir capital", "salir a bolsa", "an die Börse", "entrer en bourse".
 */
const GO_PUBLIC =
  /(?<![a-z])(?:go(?:es|ing)? public|abrir (?:o )?capital|abertura de capital|ir (?:para a|a) bolsa|sali[rn]? a (?:la )?bolsa|cotizar en bolsa|an die borse|borsengang|(?:entrer|introduction) en bourse)(?![a-z])/;

/** "Laid off" and "the CEO is out" are topics; "laid out their sleds" is not. */
const LAID_OFF =
  /(?<![a-z])(?:(?:laid|laying|lay|letting people|let people) (?:\w+ )?(?:off|go)|(?:contractors|staff|workers|employees|temps|people|team|crews?) (?:are |will be |being |getting )?let go|(?:hik(?:e|es|ing)|rais(?:e|es|ing)|increas(?:e|es|ing)) (?:our |the |their |its )?(?:[a-z]+ )?(?:prices|rates|charges|fees|tariffs|premiums)|(?:getting|being|been|will be) (?:paused|shelved|halted|mothballed)|(?:ceo|cfo|cto|coo|founder|boss|vp|president) (?:is|will be|'s) (?:out|gone|done|leaving|on the way out|on thin ice|being pushed out))(?![a-z])/;
/**
 * A launch, a readout or a deal slipping to a later period: "slipping to next year", "pushed
 * back to Q3", "se retrasa al próximo año", "auf nächstes Jahr verschoben". Only a quarter, a
 * half or a year: "the meeting got pushed to next week" moves nothing.
 */
const LATER =
  '(?:next (?:year|quarter|spring|summer|fall|autumn|winter|fiscal year|fy)|q[1-4]|h[12]|20\\d\\d|the (?:end of (?:the )?year|second half|back half|new year))';
const DELAY = [
  `(?:slip(?:s|ping|ped)?|push(?:ed|ing|es)? (?:back|out)|pushed|delay(?:ed|ing|s)?|postpon(?:ed|ing|es)?|moved) (?:again )?(?:to|into|until|till|past|beyond) ${LATER}`,
  '(?:se )?(?:retrasa|retrasan|retrasad[oa]|pospuest[oa]|aplazad[oa]|se aplaza) (?:hasta |para |a )?(?:el |al )?(?:proximo|siguiente) (?:ano|trimestre)',
  '(?:auf|ins) (?:nachste[ns]? jahr|nachste[ns]? quartal) (?:verschoben|verschiebt|geschoben|verlegt)',
  "(?:repousse|reporte|decale)e?s? (?:a|au|en|jusqu'a) (?:l'annee prochaine|l'an prochain|prochain trimestre)",
  '(?:adiad[oa]s?|empurrad[oa]s?) (?:para|pro|pra) (?:o )?(?:ano que vem|proximo ano|proximo trimestre)',
].join('|');
/**
 * A price or fare rise, in five languages: "fares go up 15% in January", "a price hike", "subir el
 * precio", "Preiserhöhung", "hausse des tarifs", "aumentar os preços".
 */
const PRICE_RISE = [
  '(?:prices?|fares?|rates|fees|premiums|tuition|rents?|subscriptions?|tickets?) (?:are |is |will |to )?(?:going |gonna |about to |set to )?(?:go|goes|going|went|rise|rising|jump|jumping|climb|climbing) up',
  '(?:price|fare|rate|fee|premium|tuition|rent) (?:hike|increase|rise|jump)s?',
  '(?:subir|suben|subira|aumentar|aumentan) (?:el |los |la |las )?(?:precios?|tarifas?|cuotas?)',
  '(?:preis|tarif|beitrags|gebuhren)erhohung(?:en)?',
  '(?:hausse|augmentation) (?:des|du|de la) (?:prix|tarifs?|abonnements?)',
  'augmenter (?:les|le) (?:prix|tarifs?)',
  '(?:aumentar|aumento|subir) (?:d?[oa]s? )?(?:precos?|tarifas?|mensalidades?)',
].join('|');
/**
 * Something new opening at a future time: "we're opening a cat-only clinic next spring",
 * "expanding into Ohio by Q3". The period keeps "opening hours are 9 to 5" out.
 */
const OPENING = `(?:open(?:s|ing)?|expand(?:s|ing)?(?: into| to)?) (?:a |an |our |the |two |three |\\d+ )?(?:new )?(?:[a-z-]+ ){0,3}?(?:in|by|before|this|next) (?:the )?(?:spring|summer|fall|autumn|winter|year|month|quarter|q[1-4]|january|february|march|april|june|july|august|september|october|november|december|20\\d\\d)`;
/** People replaced by machines or a vendor: "replacing the whole night shift with robots". */
const REPLACED = [
  '(?:replac(?:e|es|ed|ing)|swap(?:s|ped|ping)?) (?:[a-z-]+ ){0,5}?(?:with|by) (?:an? )?(?:[a-z-]+ )?(?:robots?|ai|automation|machines|kiosks|bots|chatbots?|contractors|temps|vendor|agency|contractor|outsourcer|offshore team)',
  '(?:reemplaz|sustitu)[a-z]* (?:[a-z-]+ ){0,5}?(?:por|con) (?:robots?|maquinas|ia|bots|una (?:empresa|contrata))',
  '(?:durch|mit) (?:roboter[n]?|ki|maschinen|automaten|bots|externe|leiharbeiter) (?:[a-z-]+ ){0,2}?(?:ersetz|ausgetauscht)[a-z]*',
  "(?:remplac|substitu)[a-z]* (?:[a-z-]+ ){0,5}?par (?:des )?(?:robots?|machines|l'ia|bots|un prestataire|des interimaires)",
  '(?:substitu)[a-z]* (?:[a-z-]+ ){0,5}?por (?:robos|maquinas|ia|bots|uma empresa)',
].join('|');

/**
 * Topics that need a few words: "taking over <a company>", "a new … coming next year",
 * "Acme is finally getting/buying/ordering …", "plan social", "spin off", "wants to sell off",
 * "settling for $40M".
 */
const TOPIC_PHRASE = new RegExp(
  `(?<![a-z])(?:go(?:es|ing)? national|(?:sell|sells|selling|sold) off|(?:wants?|plans?|planning|going|gonna|about|looking) to sell|settl(?:e|es|ing) (?:for|out of court|the (?:case|lawsuit|suit|claims?))|(?:quiere|quieren|va a|van a) vender|(?:wollen|will) (?:[a-z]+ ){0,3}verkaufen|(?:veut|veulent|va|vont) vendre|(?:quer|querem|vai|vao) vender|nationwide (?:launch|rollout|expansion)|(?:go|goes|going|went) live|(?:take|takes|taking|took|taken) over (?:the |a |an )?(?:[a-z]+ )?(?:company|firm|airline|bank|business|startup|chain|brand|group|rival|competitor|carrier|operator|hospital|clinic|university|college|school)|spin(?:s|ning)? (?:it |off|out)|plan social|(?:moving|relocating|shifting) (?:the |our |its |their )?(?:hq|headquarters|head office|production|plant|factory|call cent(?:er|re)|support|manufacturing|operations|jobs|back office) (?:to|abroad|offshore|overseas)|(?:being|getting|be|been) taken over|new (?:[a-z-]+ ){0,4}(?:coming|launching|dropping|in the works|on the way)|(?:drops?|launch(?:es)?|lands?|arrives?|comes? out|is coming) (?:next|this|in|by) (?:spring|summer|fall|autumn|winter|year|month|quarter|q[1-4])|recall (?:is |will be )?(?:going to be |gonna be )?(?:widened|expanded|extended)|(?:nuev[oa]|nouvea?u|nouvelle|neue[rs]?|nov[oa]) (?:[a-z-]+ ){0,3}(?:viene|llega|arrive|kommt|vem|chega)|${DELAY}|${REPLACED}|${PRICE_RISE}|${OPENING})(?![a-z])`,
);
/** "<the employer> is finally getting / buying / ordering …": a plan of the named organization. */
const ORG_PLAN =
  /^(?:'s|s| is| are| was)(?: [a-z]+ly)? (?:getting|buying|ordering|acquiring|opening|launching|adding|building|moving|dropping|ditching|replacing|bringing|rolling|taking over|planning|about to|going to|gonna|coming (?:to|out))(?![a-z])/;
/**
 * The organization seen from inside, beyond "we"/"our": an insider as the source ("a friend in
 * revenue management", "someone in planning") and HR or the management in other languages.
 */
const INSIDER_SOURCE =
  /(?<![a-z])(?:friend|buddy|mate|pal|contact|source|insider|someone|somebody|colleague|coworker|cousin|guy|anyone|anybody|amig[oa]|colega|conocid[oa]|kollegin|kollege|freundin|freund|ami|amie|collegue|pote|conhecid[oa])s? (?:of mine )?(?:in|from|on|at|de|en|del|de la|aus der|aus dem|a la|au|aux|du|des|do|da|no|na) (?:the |our |my |el |la |los |der |dem |le |les |o |a )?(?:[a-z&-]+ ){0,2}(?:management|planning|finance|hr|rh|rrhh|drh|legal|sales|marketing|engineering|product|ops|operations|it|accounting|payroll|procurement|strategy|comms|communications|pr|leadership|facilities|admissions|compliance|treasury|audit|corporate|hq|headquarters|team|department|dept|division|c-suite|board|merchandising|buying|purchasing|supply chain|logistics|distribution|warehouse|real estate|store ops|customer care|support|front desk|reception|night shift|design|research|finanzas|finanzen|personalabteilung|vertrieb|recursos humanos|ressources humaines|financas|direccion|direction|diretoria|equipo|equipe|abteilung)(?![a-z])/;
const INSIDER_WORDS = wordGroup(['drh', 'rrhh', 'personalabteilung', 'geschaftsleitung', 'geschaftsfuhrung', 'vorstand', 'direccion', 'diretoria', 'jefe', 'jefa', 'chefe', 'patron']);
const RADIUS = 180;
/** Hints that say there is news without naming it (folded marker text). */
const SELF_TOPIC = /^(?:big|major|huge) changes|^something|about to get/;
/** A rumour denied: "ignore the rumors", "the rumours are false", "no hay tal rumor". */
const DENIAL = new WordGuardedRegex(
  /(?<![a-z])(?:(?:ignore|disregard|dispel|debunk|deny|denies|denied|squash|put to rest) (?:the |these |those |any |all )?rumou?rs?|rumou?rs? (?:are|is|were|was) (?:false|untrue|not true|wrong|baseless|unfounded|nonsense)|(?:false|baseless|unfounded) rumou?rs?)(?![a-z])/,
);

/** The author's own guesses ("sounds like we're", "I suspect", "a hunch"): weaker than hearsay. */
const OWN_GUESS = /^(?:sounds|looks|seems|i reckon|i suspect|my gut|(?:i have |i've got |i got |got )?a (?:feeling|hunch))/;
/** Today's opening hours or an early night, not a closure: "closing early because of the snow". */
const EVERYDAY_CLOSING =
  /(?<![a-z])(?:clos(?:e|es|ed|ing)|leav(?:e|es|ing)|shut(?:ting)?(?: down)?) (?:early|late|at \d|for (?:the )?(?:day|night|weekend|holidays?|lunch|cleaning|snow|storm)|today|tonight|tomorrow)(?![a-z])/;

const LEAKED_INTERNALLY = /^leak(?:s|ed)? (?:internally|in house|in-house)(?![a-z])/;

/**
 * The grapevine of a workplace: "word on the floor is", "around the office", "in the break room",
 * "heard it in the elevator at work".
 */
const WORKPLACE_GRAPEVINE =
  /(?<![a-z])(?:(?:rumou?rs?|word|talk|gossip|buzz|whispers?|chatter) (?:at|around|from) (?:work|the job)|(?:my|mi|minha|meine|mon|ma) (?:employer|company|empresa|firma|entreprise|boite)|(?:la|a|die|l') ?(?:empresa|compania|companhia|firma|entreprise|boite)|das unternehmen|la direction|(?:my|our) (?:floor|team|manager|boss|supervisor|director|department|dept|division|unit|branch|store|plant|site|depot|warehouse|ward|shift|office|lab|line manager|team lead|skip level|higher ups)|the whole (?:[a-z-]+ )?(?:team|department|dept|division|unit|night shift|day shift|crew|staff)|(?:na|pela) (?:empresa|firma|companhia)|no (?:trabalho|escritorio)|en (?:la|el) (?:empresa|curro|trabajo|oficina)|in der (?:firma|arbeit)|auf der arbeit|(?:a|dans) la boite|au (?:boulot|bureau)|the (?:exec|executive|leadership|senior management) team|upper management|higher-?ups|all-hands|all hands|town hall|staff meeting|team meeting|stand-?up|offsite|word (?:on|around|in|at) the (?:shop floor|floor|office|break ?room|warehouse|store|plant|site)|around the office|in the break ?room|at the water cooler|(?:heard|overheard|hearing|picked up) (?:it |this |that |about it )?(?:[a-z]+ ){0,3}?(?:at work|in the (?:elevator|lift|canteen|cafeteria|kitchen|hallways?|corridors?|smoking area|locker room|staff room|office)|by the (?:coffee machine|water cooler|printer|microwave|vending machine)))(?![a-z])/;

/** Is the organization in play in folded `[s, e)`, as `involvesOrg` or from the words above? */
function orgInPlay(ctx: RuleContext, s: number, e: number): boolean {
  if (involvesOrg(ctx, s, e) || hasWord(ctx, INSIDER_WORDS, s, e)) return true;
  const tag = firstNamedEmployerMention(ctx);
  if (tag && tag.start < e && tag.end > s) return true;
  const window = ctx.folded.slice(s, e);
  return INSIDER_SOURCE.test(window) || WORKPLACE_GRAPEVINE.test(window);
}

/** Does the named employer (or a codename) in `[s, e)` come with a plan ("Acme is getting …")? */
function orgPlan(ctx: RuleContext, s: number, e: number): boolean {
  for (const list of [employerMentions(ctx), ctx.codenameMentions]) {
    for (let i = firstEndingAfter(list, s); i < list.length && list[i]!.start < e; i++) {
      const end = list[i]!.end;
      if (ORG_PLAN.test(ctx.folded.slice(end, end + 40))) return true;
    }
  }
  return false;
}

export default defineRule({
  description:
    'Rumors and speculation about the organization’s future: layoffs, acquisitions, IPO, closures, launches, leaks.',
  severity: 'warn',
  messages: {
    default: 'This passes on a rumor or a guess about the company’s plans (“{marker}”).',
  },
  detect(ctx) {
    const folded = ctx.folded;
    const hits: Hit[] = [];
    let lastEnd = -1;
    for (const { start: index, end } of keyedMatches(ctx, MARKER, 30, 45)) {
      if (lastEnd >= 0 && index < lastEnd + RADIUS) continue;
      const s = Math.max(0, index - RADIUS);
      const e = Math.min(folded.length, end + RADIUS);
      // A hint that is the news itself ("something's coming") needs no topic word.
      const selfTopic = SELF_TOPIC.test(folded.slice(index, end));
      if (!selfTopic && !hasWord(ctx, TOPIC, s, e)) {
        const window = folded.slice(s, e);
        const buy = hasWord(ctx, BUY, s, e) && !STOCK_TIP.test(window);
        if (!buy && !LAID_OFF.test(window) && !GO_PUBLIC.test(window) && !TOPIC_PHRASE.test(window) && !orgPlan(ctx, s, e))
          continue;
      }
      if (!orgInPlay(ctx, s, e)) continue;
      if (OWN_GUESS.test(folded.slice(index, end)) && EVERYDAY_CLOSING.test(folded.slice(s, e))) continue;
      // Putting a rumour down is not spreading it: "ignore the rumors, the store is not closing".
      if (DENIAL.test(folded.slice(Math.max(0, index - 40), end + 40))) continue;
      // "guidance leaked internally: we'll beat …" passes on an internal document as fact, not a rumour
      // (confidential's matter).
      // "embargoed until Thursday but: … you heard it here first" is an announcement told early.
      if (folded.startsWith('you heard', index) && /(?<![a-z])(?:embargo|not public until)/.test(folded)) continue;
      if (folded.startsWith('leak', index) && LEAKED_INTERNALLY.test(folded.slice(index, end + 14))) continue;
      const [start, stop] = ctx.span(index, end);
      hits.push({ start, end: stop, data: { marker: ctx.text.slice(start, stop) } });
      lastEnd = end;
    }
    return hits;
  },
});
