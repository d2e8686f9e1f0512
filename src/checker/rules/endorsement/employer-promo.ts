import type { RuleContext } from '../../context';
import { defineRule, type Hit } from '../../kinds/rule';
import type { TermMatch } from '../../text/terms';
import { SHARE_WORDS } from '../_shared/biz-signals';
import { B, E, disclosesEmployment, employerMentions, firstStartingIn, type FoldedSpan, Gated, negatedBefore, sentenceAround } from '../_shared/org-voice';
import { isProduct } from './_products';

/** Recommending, urging and hard-selling phrases in five languages (folded). */
const PROMO = new Gated(
  [
    'switc*',
    'should',
    'must',
    'gotta',
    'have',
    'ought',
    'need',
    'needs',
    'check',
    'try',
    'test',
    'give',
    'sign',
    'book',
    'request',
    'schedule',
    'get',
    'demo',
    'trial',
    'referral',
    'promo',
    'discount',
    'coupon',
    'invite',
    'vote',
    'buy',
    'download',
    'grab',
    'bio',
    'best',
    'better',
    'never',
    'won',
    'thank',
    'recommend',
    'game',
    'changer',
    'worth',
    'neutral',
    'unbiased',
    'impartial',
    'objective',
    'independent',
    'miss',
    'usen',
    'usad',
    'probad',
    'prueb*',
    'descarg*',
    'cambiense',
    'cambiate',
    'pasate',
    'pasense',
    'mejor',
    'hay',
    'tienen',
    'tenes',
    'tienes',
    'vota',
    'votad',
    'voten',
    'votar',
    'inscrib*',
    'registr*',
    'pide',
    'pidan',
    'reserva',
    'reserven',
    'nutzt',
    'probiert',
    'testet',
    'holt',
    'ladet',
    'wechselt',
    'beste',
    'besten',
    'unbedingt',
    'stimmt',
    'meldet',
    'empfehlungscode',
    'rabattcode',
    'gutscheincode',
    'buchen',
    'utilisez',
    'essayez',
    'testez',
    'passez',
    'adoptez',
    'telecharg*',
    'foncez',
    'meilleur',
    'votez',
    'votes',
    'inscrivez',
    'inscris',
    'code',
    'reservez',
    'usem',
    'experimentem',
    'testem',
    'baixem',
    'mudem',
    'troquem',
    'assinem',
    'melhor',
    'votem',
    'inscrevam',
    'inscreva',
    'cadastre',
    'codigo',
    'agende',
    'only',
    'pick',
    'choose',
    'go',
    'opt',
    'install',
    'order',
    'elijan',
    'elige',
    'escojan',
    'escoge',
    'usa',
    'utiliza',
    'con',
    'descarga*',
    'wahlt',
    'nehmt',
    'mit',
    'nutze',
    'herunterladen',
    'runterladen',
    'choisissez',
    'prenez',
    'avec',
    'utilise',
    'escolham',
    'escolha',
    'use',
    'com',
    'baixe',
    'baixa',
    'dm',
    'message',
    'call',
    'smartest',
    'safest',
    'easiest',
    'escribeme',
    'escribanme',
    'mandame',
    'schreibt',
    'schreib',
    'ecrivez',
    'envoyez',
    'chama',
    'chamem',
    'manda',
    'mandem',
    'open',
    'apply',
    'pre',
    'preapproved',
    'lock',
    'refinance',
    'lowest',
    'highest',
    'cheapest',
    'unbeatable',
    'link',
    'links',
    'brainer',
    'nobrainer',
    'details',
    'enlace',
    'lien',
    'code',
    'lasts',
    'last',
    'beats',
    'beat',
    'reserva',
    'reserve',
    'reserven',
    'reservem',
    'reservez',
    'garanta',
    'bucht',
    'sichert',
    'grab',
    'trust',
    'works',
    'recommend',
    'favor',
    'favour',
    'using',
    'trying',
    'obsessed',
    'changed',
    'transformed',
    'prices',
    'compren',
    'comprad',
    'come',
    'jump',
    'everything',
    'sale',
    'outlasts',
    'outperforms',
    'steal',
    'unmatched',
    'second',
    'notch',
    'gold',
    'waste',
    'shop',
    'sponsored',
    'paid',
    'off',
    'compr*',
    'agote',
    'acabe',
    // "ask your doctor about <product>", "tell them I sent you", "we helped <client> cut … by 40%"
    'ask',
    'talk',
    'email',
    'contact',
    'tell',
    'vem',
    'venha',
    'venham',
    'vente',
    'venganse',
    'vengan',
    'venez',
    'viens',
    'rejoignez',
    'kommt',
    'pregunta',
    'preguntale',
    'consulta',
    'fragen',
    'frag',
    'demandez',
    'parlez',
    'pergunte',
    'fale',
    'regrett*',
    'arrepent*',
    'bereuen',
    'arrepender',
    'abonnez',
    'abonne',
    'suscribete',
    'suscribanse',
    'abonniert',
    'subscribe',
    'assine',
    'already',
    'pida',
    'pidan',
    'demandez',
    'peca',
    'pecam',
    'enlace',
    'lien',
    // calls to act, "nothing comes close", "thrilled to recommend", "move your business to"
    'claim',
    'snag',
    'comes',
    'nobody',
    'nothing',
    'does',
    'thrilled',
    'happy',
    'proud',
    'glad',
    'excited',
    'delighted',
    'pleased',
    'move',
    'bring',
    'transfer',
    'update',
    'upgrade',
  ],
  new RegExp(
    `${B}(?:${[
      // English
      'switch(?:ing)? (?:over )?(?:from [^.!?\\n]{1,30} )?to',
      // "Come over to <product>, way cheaper": luring a rival's customers
      '(?:come|move|jump) (?:on )?over to',
      "(?:you|u|y'all|everyone|everybody|people|folks|teams?|we all)(?: [a-z]+){0,3} (?:really |seriously |honestly |just |all )?(?:should|must|gotta|have to|ought to|need to|needs to)(?: all| really| just| definitely| seriously)? (?:try|use|get|switch|check|download|buy|sign up|join|vote|grab|look at|give|install|book|register|attend|demo)",
      // "you all need one", "y'all need these" (the brand named before, within reach)
      "(?:you all|y'all|you guys|all of you|you) (?:seriously |really |honestly |definitely |all )?need (?:one|these|this|it|them)(?: too| asap| now)?(?=[ .!,]|$)",
      "(?:you|u|y'all|everyone|teams?) (?:really |seriously |honestly |just |all )?(?:need|needs)(?= )",
      '(?:check|try|test) (?:it|them|this|that|us) out',
      'check out',
      'give (?:it|them|this) a (?:try|shot|go|spin)',
      'sign up (?:for|now|today|here)',
      '(?:book|request|schedule|get|grab) a (?:free )?demo',
      // "<product>? Worth a trial!", "worth every penny"
      '(?<=^|[.!?:,] |\\n|(?:so|totally|100%|definitely|honestly|def|really|well) )worth (?:a|the) (?:try|trial|shot|look|download|switch)(?![a-z])',
      'worth every (?:penny|cent|dollar|euro|pound)',
      '(?:start )?(?:a|your) free trial',
      '(?:use|using|with) (?:my )?(?:referral|promo|discount|coupon|invite) (?:code|link)',
      // "use my code CREW15", "book your next trip today", "grab one while they last": selling
      '(?:use|using|with) my code',
      "book (?:now|today|(?:it |yours |your (?:next )?(?:trip|flight|stay|seat|table|ticket|tickets|room|appointment) )?(?:now|today|before|while|early))",
      "(?:while (?:it|they|stocks?|supplies|seats) lasts?|before (?:it|they)(?:'s| is| are|'re) gone)",
      '(?:nobody|no one|no-one|nothing) (?:beats|can beat|comes close to)',
      "(?:can't|cannot|can not) beat (?:it|that|this|the price|them)",
      // "use code LEXI15 for 15% off" (a saving must be promised, see detect)
      '(?:use|using|enter|apply) (?:the |promo |discount |coupon )?code [a-z0-9]{3,}',
      'referral (?:code|link)',
      'vote for',
      '(?:go|please|everyone) (?:buy|get|download|try|vote|grab)',
      'link in (?:my )?bio',
      // "link in comments 👇", "link below"
      'links? in (?:the )?(?:first )?comments?',
      '(?:link|details) (?:below|in the first comment)',
      // "<product> is a no-brainer" (only as what the brand is, see detect)
      '(?:an? )?(?:absolute |total |complete |easy |real )?no[- ]?brainer',
      "the best [a-z -]{0,25}(?:on the market|out there|available(?= *[.!,\\n]|$)|in (?:the|this) (?:country|city|town|state|region|industry)|in the world|on the planet|ever|money can buy|you can (?:buy|get|find)|i(?:'ve| have) (?:ever )?(?:used|touched|seen|tried|owned|had|bought|worn)|we(?:'ve| have) ever (?:made|built|shipped|launched|released))",
      // "best purchase I've ever made", "best buy of my year"
      "best (?:purchase|buy|investment|decision) (?:i(?:'ve| have)? (?:ever )?made|of (?:my|the) (?:year|life)|ever)",
      // "switching my whole family to …", "beats everything else on the market", "it's a steal"
      'switch(?:ing|ed)? (?:my |our )?(?:whole |entire )?(?:family|team|house|household|company|business|parents) (?:over )?to',
      '(?:beats|outlasts|outperforms) (?:everything|anything|all) (?:else )?(?:on the market|out there|in its class)',
      "(?:it's|its|it is|that's|is) an? (?:absolute |total |real )?steal",
      '(?:is|are) (?:simply |truly |just |honestly )?(?:unmatched|second to none|the gold standard|top[- ]notch)',
      "(?:nobody|no one|no-one) (?:makes|does|sells|has) (?:a |an )?better",
      "(?:don't|do not) waste your money (?:elsewhere|anywhere else|on anything else|on the others)",
      '(?:seriously|honestly|just|go),? shop (?:there|with them|with us)',
      "(?:not sponsored|nobody paid me|no one paid me),? (?:just|i'm just|i am just|i just) (?:obsessed|in love|love)",
      '\\d{1,2}% off (?:this (?:week|weekend)|today|tonight|until|through|all week|right now)',
      // "everyone who camps needs one", "every runner should own these"
      '(?:everyone|everybody|anyone|every [a-z]+|any [a-z]+)(?: [a-z]+){0,3} (?:needs|should (?:have|own|get|buy|use|try|be using|switch to)) (?:one|this|it|these|them)',
      // "you should do your shopping at …", "everyone should shop with …"
      "(?:you|u|y'all|everyone|everybody|people|folks)(?: [a-z]+){0,3} should (?:do (?:all |your |their |the )?(?:[a-z]+ )?shopping|shop|be shopping) (?:at|with)",
      '\\d{1,2}% off (?:the (?:whole|entire) (?:store|site)|everything|sitewide|site-wide|storewide|store-wide)',
      // "<game> is 50% off on all stores", "40% off on Steam"
      '\\d{1,2}% off (?:on |at |in )?(?:all (?:stores|platforms|consoles)|every (?:store|platform)|steam|the (?:app store|play store|eshop|store)|everywhere)',
      // "<product> does everything they do, just better"
      '(?:does|do) everything (?:they|[a-z]+) (?:do|does|did|offers?),? (?:just |only |but |and )?better',
      "trust me,? you(?:'ll| will) (?:love|sink|thank|want|never|be hooked)",
      // Praise that sells (the product named right after, see PICK): "can't recommend <product> enough",
      // "do yourself a favor and get <product>", "if you're not using <product> yet…", "obsessed with <product>"
      "(?:can't|cannot|couldn't) recommend",
      'do yourself a favou?r and (?:get|try|buy|download|grab|switch to)',
      "(?:if you(?:'re| are) not|why aren't you|why are you not) (?:using|on|trying)",
      'obsessed with',
      // "<product> changed my life", "<product> is a must for every team", "get it before prices go up"
      '(?:changed|transformed) (?:my|our) (?:life|lives|workflow|mornings?|business|game)',
      '(?:is|are) an? (?:absolute |total )?must(?:-have| have)?(?= for| if|[.!,])',
      'before (?:the )?prices? (?:go|goes) up',
      // "meanwhile the <app> just works"
      '(?:meanwhile|whereas|but|while) (?:the |our )?[a-z ]{1,30}just works',
      // "trust me, get it", "grab one before the sale ends", "totally worth it"
      'trust me,? (?:go )?(?:get|buy|try|grab|order|book) (?:it|one|this|them|yours)',
      "(?<=^|[.!?:,] |\\n|(?:so|just|go|and|please|now) )(?:grab|buy|get|order) (?:one|yours|it|them)(?: now| today)? before (?:the |this |it |they )",
      'before the (?:sale|deal|offer|promo|discount) (?:ends|is over|runs out)',
      // "Sign up, it's free": the bare imperative, starting its sentence ("I managed to sign up." reports)
      '(?<=^|[.!?:] |\\n)sign up(?= ?[,.!])',
      'best [a-z]+ (?:tool|app|platform|product|software|dashboard|service)',
      '(?:far|way|miles|so much) better than',
      'better than (?:anything|everything|any other|all the)',
      "you(?:'ll| will)? never (?:look|go) back",
      "you won't (?:go back|regret|look back)",
      "you(?:'ll| will) thank me",
      '(?:highly|strongly|totally|definitely|really|10/10|100%|would) recommend',
      'i recommend',
      "the only [a-z]+ you(?:'ll| will)? (?:ever )?need",
      '(?:just |definitely |you should |you have to |go )?try(?= )',
      'game[ -]changer',
      'must-have',
      'as an? (?:totally|completely|100%|fully|entirely|purely|very|100 percent) (?:neutral|unbiased|impartial|objective|independent)',
      '(?:neutral|unbiased|impartial) (?:observer|opinion|review|third party)',
      "don't miss",
      // "DM me to get started", "call me for a quote": the author sells it themselves
      "(?:dm|message|text|call|ping|email|contact) me (?:to|and i'll|and we'll|for|if you want to) (?:get (?:you )?started|open|sign (?:you )?up|set (?:it|you) up|learn more|get a quote|a quote|details|more info|book)",
      // "The smartest choice for your team, period.": a slogan fragment of its own (the brand before, see detect)
      '(?<=^|[.!?:] |\\n)(?:the )?(?:best|smartest|safest|only) (?:home|choice|place|option|bet|pick|move) for (?:your|you)(?: [a-z]+){0,2}(?=,? (?:full stop|period|hands down|no question)|[.!\\n]|$)',
      // "DM me for the broker pack": the author hands out the sales material
      '(?:dm|message|email|contact) me for (?:the|my|a|an|our) (?:[a-z]+ )?(?:pack|brochure|prospectus|price list|pricing|rate card|rates|quote|offer|deal|samples?|invites?|invite link|invitation|link|code|referral|discount)',
      // "ask your doctor about <product>", "ask your pharmacist if it is right for you" (see detect)
      '(?:ask|talk to) your (?:doctor|doc|gp|physician|pharmacist|specialist|neurologist|cardiologist|dermatologist|oncologist|rheumatologist|psychiatrist|endocrinologist|gastroenterologist|allergist|vet|dentist|nurse|care team|healthcare provider|health care provider|provider) (?:about|if|whether)',
      // "tell them Dani sent you", "say I sent you": a referral
      "(?:tell|let) (?:them|him|her|the (?:staff|team|desk|agent|driver|shop|store)) (?:that )?(?:i|we|[a-z]+) sent you",
      'mention my name',
      // "shop <brand> instead", "use <product>, trust me" (the brand right after, as an imperative; see detect)
      'shop(?: at| with| from)?(?= [a-z0-9@#])',
      // "the smartest home for your savings", "the safest bet for your family"
      'the (?:smartest|best|safest|easiest|smart|only) (?:home|choice|place|way|move|option|bet|pick) for (?:your|you)',
      // "open an account", "get pre-approved", "lock in your rate": signing readers up
      '(?:go |just |seriously )?(?:open an? (?:account|savings account|checking account)|apply (?:now|today|online)|get pre-?approved|lock in (?:your|a|this|the) rate|refinance (?:now|today))',
      // "open a <card> today", "apply for an <account>" (the product must follow, see detect)
      '(?:open|apply for|get|grab|sign up for) (?:a|an|your)(?= )',
      // "the lowest rates in town", "you won't find a better rate"
      '(?:the )?(?:lowest|best|cheapest|highest|unbeatable) (?:rates?|apr|apy|fees|prices?|premiums?|deals?) (?:in town|around|anywhere|on the market|in the (?:country|state|city|region)|you(?:\'ll| will| can) (?:find|get))',
      "(?:you )?(?:won't|will not|can't|cannot) (?:find|get|beat) (?:a )?(?:better|lower|cheaper) (?:rate|deal|price|apr|apy|plan|premium|offer)",
      'unbeatable (?:rates?|prices?|deals?|apr|apy|offers?)',
            "(?:the )?easiest money (?:you(?:'ll| will)? ever make|you(?:'ll| will) make|ever)",
      // "pick Acme Flow", "go with the Acme plan" (the product must follow, see detect)
      '(?:just |so |definitely )?(?:pick|choose|go with|opt for)(?= )',
      // "download it today", "install the app now"
      '(?:download|install|order|grab|buy) (?:it |them |one |yours |the app |the update )?(?:today|now|right now|here)',
      // Spanish
      '(?:usen|usad|prueben|probad|pruebalo|pruebenlo|descarguen|descargad|cambiense|cambiate|pasate|pasense)',
      '(?:el|la|lo) mejor(?: [a-z]+){0,2} (?:que existe|del mercado|de todos|que hay)',
      'no hay (?:nada|otro|otra) (?:mejor|igual)',
      '(?:tienen|tenes|tienes) que (?:probar|usar)',
      'vot(?:a|ad|en|ar) (?:por|a)',
      '(?:inscribete|inscribanse|registrate|registrense)',
      '(?:pide|pidan|reserva|reserven) una demo',
      '(?:elijan|elige|escojan|escoge)(?= )',
      // "¡Compren el Corvo EV!": buying the product itself (not "compren acciones de …", a stock tip)
      '(?:compren|comprad)(?= (?:el|la|los|las|un|una|tu|su|vuestro|vuestra) )',
      // "vente a <brand>", "pregúntale a tu médico por <product>"
      '(?:vente|venganse|vengan|venid) (?:a|al|con)',
      '(?:preguntale|pregunta|consulta) (?:a|con) tu (?:medico|medica|doctor|doctora|farmaceutico|especialista) (?:por|sobre|si)',
      '(?:usa|usen|con|utiliza|utilicen) (?:mi|el) codigo',
      '(?:escribeme|escribanme|mandame un (?:dm|mensaje)) (?:para|y)',
      'descarga(?:la|lo|las|los|dla|dlo)? (?:hoy|ya|ahora)',
      '(?:enlace|link) en (?:los |el primer )?comentarios?',
      '(?:reserv(?:a|en|ad)|compr(?:a|en|ad))(?:la|lo|las|los)? (?:ya|hoy|ahora)',
      'antes de que se (?:agote|acabe)n?',
      // German
      '(?:nutzt|probiert|testet|holt euch|ladet euch|wechselt)',
      '(?:der|die|das) besten? [a-z]+(?: [a-z]+)? (?:auf dem markt|uberhaupt|der welt|das es gibt|die es gibt)',
      'unbedingt (?:ausprobieren|testen|anschauen|holen)',
      'stimmt (?:fur|ab)',
      'meldet euch (?:jetzt )?an',
      '(?:empfehlungs|rabatt|gutschein)code',
      'demo buchen',
      '(?:bucht|sichert euch) (?:jetzt|heute|gleich|schnell)',
      'link (?:in den|im ersten) kommentaren?',
      '(?:schreibt|schreib) mir(?: eine (?:dm|nachricht))?,? (?:um|und|fur)',
      '(?:wahlt|nehmt)(?= )',
      '(?:kommt|komm) (?:zu|zur|zum)',
      '(?:fragen sie ihren|frag deinen|fragt euren) (?:arzt|arztin|apotheker|apothekerin) (?:nach|uber|ob)',
      '(?:mit|nutzt|nutze) (?:meinem|meinen) (?:code|gutschein)',
      '(?:jetzt|heute) (?:herunterladen|runterladen|downloaden|installieren)',
      // French
      '(?:utilisez|essayez|testez|passez a|adoptez|telechargez|foncez)',
      'le meilleur [a-z]+(?: [a-z]+)? (?:du marche|qui existe|au monde)',
      'vote[sz]? pour',
      '(?:inscrivez-vous|inscris-toi)',
      'code (?:parrain|promo|de parrainage)',
      'reservez une demo',
      'reservez (?:vite|maintenant|des maintenant|des aujourd\'hui)',
      'lien (?:en|dans les|dans le premier) commentaires?',
      '(?:ecrivez-moi|envoyez-moi un (?:dm|message)) (?:pour|et)',
      '(?:choisissez|prenez)(?= )',
      '(?:venez|viens|rejoignez)(?: chez)?(?= )',
      '(?:demandez|parlez-en) a votre (?:medecin|pharmacien|specialiste)(?: (?:de|si|au sujet de))?',
      '(?:avec|utilise|utilisez) mon code',
      // Portuguese
      '(?:usem|experimentem|testem|baixem|mudem para|troquem para|assinem)',
      '(?:o|a) melhor [a-z]+(?: [a-z]+){0,3} (?:que existe|do mercado|do mundo)',
      'votem (?:no|na|em)',
      '(?:inscrevam-se|inscreva-se|cadastre-se)',
      'codigo (?:de indicacao|promocional|de desconto)',
      'agende uma demo',
      '(?:reserve|reservem|garanta|garantam) (?:ja|hoje|agora|o seu|a sua|ja o seu|ja a sua)',
      'link (?:nos|no primeiro) comentarios?',
      '(?:me chama|me chamem|manda(?:m)? (?:uma )?dm) (?:para|e|no (?:dm|direct|privado))',
      '(?:escolham|escolha)(?= )',
      '(?:vem|venha|venham) (?:pra|para|pro)',
      '(?:pergunte|fale com|pergunta) (?:ao|o|com o|a) (?:seu |teu )?(?:medico|medica|farmaceutico|especialista) (?:sobre|se|do|da)',
      '(?:use|usem|com) (?:o )?meu (?:codigo|cupom)',
      'baix(?:e|a|em)(?:-o|-a)? (?:hoje|ja|agora)',
      // "you won't regret it" in four more languages (English above), and "subscribe now"
      "(?:vous ne (?:le |la |les )?regretterez pas|tu ne (?:le |la |les )?regretteras pas)",
      // "no te vas a arrepentir de reportarlo" is about something else
      'no (?:te|se|os) (?:vas a |van a |vais a )?(?:arrepentiras|arrepentiran|arrepentireis|arrepentir)(?![a-z])(?! de )',
      '(?:du wirst|ihr werdet|sie werden) es (?:garantiert |sicher |bestimmt )?nicht bereuen',
      '(?:voce |voces |tu )?nao (?:vai|vao) se arrepender',
      '(?<=^|[.!?:,] |\\n)(?:abonnez-vous|abonne-toi|suscribete|suscribanse|abonniert(?: jetzt)?|assine(?: ja)?|subscribe (?:now|today))(?![a-z-])',
      // "Switch already", "just switch now": the bare imperative (the brand named before)
      '(?<=^|[.!?:] |\\n|just |so |go |seriously |honestly )switch (?:already|now|today|asap)(?![a-z])',
      // "Ask for the <product>", "Pidan el <product>", "Demandez le <product>" (the product right after, see detect)
      '(?<=^|[.!?:] |\\n|just |so )(?:ask (?:for|about)(?: the| our| an?)?|(?:pida|pidan|pide) (?:el|la|tu|su)|demandez (?:le|la|les|votre)|(?:peca|pecam) (?:o|a|seu|sua))(?= )',
      // "everyone who signs up through my link gets a free …" (a saving must be promised, see detect)
      '(?:through|via|from|using|with|on|at) my (?:referral |affiliate |invite |personal |sign-?up )?link',
      '(?:con|por|desde|avec|via|par|uber|mit|pelo|com o) (?:mi|mon|meinen|meu) (?:enlace|link|lien)',
      // "Order yours tonight", "book on the app before they fill up", "Book your assessment this week":
      // a call to act that opens its sentence (the brand nearby, see detect)
      '(?<=^|[.!?:] |\\n|[\\u0080-\\uffff] )(?:book|order|reserve|grab|claim|snag)(?: (?:on|in|via|through) the (?:app|site|website))?(?: (?:yours|them|it|one|some|your|a|an)(?: [a-z-]+){0,2})? (?:today|tonight|now|this week(?:end)?|before (?:they|it|spots?|seats?|places?|slots?|classes?) (?:fill|sell|run|go|are gone)|while (?:spots?|seats?|stocks?|supplies|they) last)',
      // "... book it 🙌" closing the post
      '(?<=^|[.!?:] |\\n|[\\u0080-\\uffff] )book (?:it|yours|now)(?= ?[!.]|$| ?[\\u0080-\\uffff])',
      // "Nothing else on the market comes close.", "Nobody does it better."
      '(?:nothing|nobody|no one|no-one)(?: else)?(?: (?:on the market|out there|in (?:the|this) (?:region|industry|business|city|town|country)))? (?:even )?(?:comes close|does it better|compares|can compete)(?! to| than)',
      // "Thrilled to recommend <brand>" (the brand right after, see PICK)
      '(?:thrilled|happy|proud|glad|excited|delighted|pleased) to recommend',
      // "move your business to us", "bring your payroll over to <brand>" (the brand or "us" right after, see detect)
      '(?:move|bring|transfer) (?:your|ur|all your) (?:business|account|accounts|books|bookkeeping|payroll|banking|money|savings|membership|policy|portfolio|taxes|orders?|plan) (?:over )?to',
      // "UPDATE NOW trust me" (a nudge in the sentence, see detect)
      '(?:update|upgrade) (?:now|today|asap|right now)(?![a-z])',
      // Last, so that "use my code", "use meu código" match their own forms first.
      'use(?= )',
    ].join('|')})${E}`,
    'g',
  ),
  56,
  72,
);

/** "we helped <client> cut failed deliveries by 40%": a customer's result told as a sales story. */
const CASE_STUDY = new Gated(
  ['helped', 'enabled'],
  new RegExp(
    `${B}we (?:helped|enabled) (?:[a-z0-9&.'-]+ ){1,4}(?:\\([^)]{0,40}\\) )?(?:to )?(?:cut|reduce|slash|lower|save|boost|grow|increase|double|triple|halve|improve)(?: [a-z-]+){0,4} (?:by )?\\d+ ?%`,
    'g',
  ),
  8,
  120,
);

/** Recruiting is not a product pitch: "check out the open roles". */
const HIRING =
  /(?<![a-z0-9_])(?:hiring|roles?|jobs?|positions?|openings?|apply|careers?|vacanc\w*|recruit\w*|vagas?|vacantes?|stellen\w*|postes?|candidat\w*)(?![a-z0-9_])/;

/** "pick <product>", "elijan <product>": only with the product right after. */
const PICK = /(?:ask (?:for|about)(?: the| our| an?)?|(?:pida|pidan|pide) (?:el|la|tu|su)|demandez (?:le|la|les|votre)|(?:peca|pecam) (?:o|a|seu|sua)|pick|choose|go with|opt for|over to|recommend|(?:vem|venha|venham) (?:pra|para|pro)|(?:vente|venganse|vengan|venid) (?:a|al|con)|(?:kommt|komm) (?:zu|zur|zum)|(?:venez|viens|rejoignez)(?: chez)?|shop(?: at| with| from)?|^use|a favou?r and (?:get|try|buy|download|grab|switch to)|(?:using|on|trying)|obsessed with|compren|comprad|elijan|elige|escojan|escoge|wahlt|nehmt|choisissez|prenez|escolham|escolha)$/;
/** "shop <brand>", "use <product>": urgings only as imperatives ("I shop at …", "we use …" report). */
const IMPERATIVE = /^(?:shop|use$)/;
const IMPERATIVE_BEFORE = /(?:[^a-z0-9'\s]\s*|\b(?:just|go|so|and|then|now|please|seriously|honestly|definitely)\s+)$/;
/** "use <product>" recommends with a nudge in the sentence; alone it may be an instruction. */
const USE_NUDGE =
  /trust me|honestly|seriously|instead|hands down|you won't regret|thank me|never had (?:a|any) (?:problem|issue)|can't go wrong|sent you|(?<![a-z])best(?![a-z])/;
/** "you all need one": not "if you need one …". */
const NEED_ONE = /need (?:one|these|this|it|them)/;
const CONDITION_BEFORE = /\b(?:if|when|whenever|unless|in case)\s+$/;
/** "ask your doctor about <product>" or "… about it" (the product named before). */
const ASK_DOCTOR = /^(?:ask|talk to|preguntale|pregunta|consulta|fragen|frag|fragt|demandez|parlez|pergunte|pergunta|fale)/;
const ASK_IT = /^\s*(?:it|them|this|these|one|if it|whether it|lo|la|ihn|es|sie|le|o|a|dele|dela)(?![a-z])/;
/** "The smartest choice for your team, period.": a slogan of its own, the brand named before it. */
const SLOGAN = /^(?:the )?(?:best|smartest|safest|only) (?:home|choice|place|option|bet|pick|move) for (?:your|you)/;
/** "open a <product>": an urging only as an imperative ("I had to open a …" reports). */
const SIGN_UP = /^(?:open|apply for|get|grab|sign up for) (?:a|an|your)$/;
const BEATS = /(?:beats|beat|close to)$/;
/** "download it now" urges; "I'll download it now" does not. */
const DOWNLOAD = /^(?:download|install|order|grab|buy|descarga|baix|jetzt|heute|open an|apply|get pre|lock in|refinance)/;
const SELF_BEFORE = /(?:\bi|\bwe|'ll|'m|\bto|\bwill|\bgonna|\bcan|\bjust)\s+$/;
/** "move your business to <brand>" or "… to us": the brand right after, or "us" and the brand before. */
const MOVE_TO = /^(?:move|bring|transfer) /;
const US_AFTER = /^ (?:us|nosotros|uns|nous|nos)(?![a-z0-9_])/;
/** "UPDATE NOW": pushing the product's update only with a nudge ("trust me") in the sentence. */
const UPDATE_NOW = /^(?:update|upgrade) /;
/** "can't recommend it enough": the product named before. */
const RECOMMEND_IT = /^ (?:it|them|this(?: place| one)?|these|us)(?: highly)? enough/;

/** "con mi código" is a coupon only when the sentence promises a saving (it may be program code). */
/** "through my link": a referral only when a saving or a freebie is promised. */
const MY_LINK = /(?:my|mi|mon|meinen|meu) (?:[a-z-]+ )?(?:link|enlace|lien)$/;
/** "Ask for the <product>": an order only when a product of the employer follows. */
const ASK_FOR = /^(?:ask (?:for|about)|pida|pidan|pide|demandez|peca|pecam)/;
const MY_CODE = /(?:mi|el|meinem|meinen|mon|meu) (?:codigo|code|gutschein|cupom)$/;
const NAMED_CODE = /^(?:use|using|enter|apply) (?:the |promo |discount |coupon )?code [a-z0-9]/;
const SAVING =
  /%|[$€£] ?\d|\d ?[$€£]|(?<![a-z])(?:off|free|save|discount|bonus|credit|cashback|reward|ahorr\w*|descuento|gratis|grati\w*|spar\w*|rabatt|gratuit|reduction|remise|desconto|ganhe|economiz\w*)(?![a-z])/;

/** The sentence around `i` and the one after it (a pitch often closes with "Thank me later."). */
function withNextSentence(folded: string, i: number): [number, number] {
  const [ss, se] = sentenceAround(folded, i);
  return [ss, se + 2 < folded.length ? sentenceAround(folded, se + 2)[1] : se];
}

/** "DM me to get started": the author sells what the post just named, so the brand comes first. */
const SELL_ME = /^(?:dm|message|text|call|ping|email|contact|escrib|mandame|schreib|ecrivez|envoyez|me chama|manda)/;
/** "the smartest choice for your …", "a no-brainer": only as what the brand is ("Acme Flow is the smartest …"). */
const SUPERLATIVE = /^the (?:smartest|best|safest|easiest|smart|only) |brainer$/;
/** "the lowest rates in town": said of the brand in the same clause, or of the brand right after. */
const RATE_BEST = /^(?:the )?(?:lowest|best|cheapest|highest|unbeatable) (?:rates?|apr|apy|fees|prices?|premiums?|deals?|offers?)|^(?:you )?(?:won't|will not|can't|cannot) (?:find|get|beat)/;
/** Pointers to a link: they count next to a product of the employer only. */
const LINK = /^(?:links?|details|enlace|lien) (?:in|below|en|dans|nos|no)(?!.*bio$)/;
/** Praise whose subject must be the product itself: "<product> changed my life", "<product> is a must". */
const PRAISE_OF_SUBJECT = /^(?:changed|transformed) |^(?:is|are) an? (?:absolute |total )?must/;
const CLAUSE_BREAK = /[;:.!?\n]| but | while | unlike /;

/** Is the mention the subject of the phrase at `start`: just before it, in the same clause? */
function isSubjectOf(folded: string, mention: { start: number; end: number }, start: number): boolean {
  return mention.end <= start && start - mention.end < 40 && !CLAUSE_BREAK.test(folded.slice(mention.end, start));
}
const UNMATCHED = /^(?:is|are) (?:simply |truly |just |honestly )?(?:unmatched|second to none|the gold standard|top[- ]notch)/;
/** A place near the name, not the name itself: "the bakery near Acme is …" (the words before the name). */
const PLACE_OF = /(?<![a-z])(?:near|at|by|next to|across from|behind|opposite|than|from) $/;
const IS_BEFORE =
  /^(?:\s+(?:is|are|remains?|was|'s)\s+(?:(?:hands down|by far|easily|truly|without a doubt|simply|honestly|literally|really|definitely|absolutely|just),?\s+)?|,\s+(?:(?:honestly|easily|hands down|by far|truly)\s+)?)$/;

/** Shares, in five languages: buying them is investing. */
const SHARES = new RegExp(`(?<![a-z])(?:${SHARE_WORDS}|actions)(?![a-z])`);

/** How far from a promotional phrase the employer's name may be (folded characters). */
const REACH = 160;

/** "switch to us", "wechselt zu uns", "passez chez nous", "mudem para nós". */
const TO_US = /^ (?:over )?(?:to|zu|chez|con|a|para) (?:us|nosotros|nosotras|uns|nous|nos)(?![a-z0-9_])/;
const TO_US_VERB = /(?:switch(?:ing)? (?:over )?to|cambiate|cambiense|pasate|pasense|wechselt|passez a|mudem para|troquem para)$/;
const REPORTED = /(?:never|not|n't|will|would|might|could|did|may|they|fans)\s+(?:[a-z]+\s+)?$/;

/** "we helped <client> cut … by 40%" with the employer named nearby. */
function caseStudy(ctx: RuleContext, mentions: readonly FoldedSpan[]): Hit[] {
  for (const m of CASE_STUDY.all(ctx)) {
    const brand = firstStartingIn(mentions, m.start - REACH, m.end + REACH);
    if (!brand) continue;
    const [s, e] = ctx.span(m.start, m.end);
    const [bs, be] = ctx.span(brand.start, brand.end);
    return [{ start: s, end: e, data: { brand: ctx.text.slice(bs, be) } }];
  }
  return [];
}

/**
 * "Available now on <product>", "Out now at <product>", a closing "on <product> now 🧦": a shop
 * line under a pitch. A bare "on <product> now" counts only as a fragment of its own (nothing
 * but emoji or punctuation after it), since "on <drug> now" is also how patients talk.
 */
const ON_SALE_BEFORE = /(?:(?:available|out|live|in stock|on sale|dropping|landed)(?: now)?(?: only)? (?:on|at|in)|(?:[.!?:\u0080-\uffff] |\n)(?:now )?(?:on|at))\s$/;
const BARE_ON = /(?:[.!?:\u0080-\uffff] |\n)(?:now )?(?:on|at)\s$/;
function onSaleAt(ctx: RuleContext, mentions: readonly TermMatch[]): Hit[] {
  const folded = ctx.folded;
  for (const x of mentions) {
    if (!isProduct(ctx, x.term)) continue;
    const from = Math.max(0, x.start - 28);
    const before = folded.slice(from, x.start);
    const m = ON_SALE_BEFORE.exec(x.start - from < 28 ? `\n${before}` : before);
    if (!m) continue;
    if (BARE_ON.test(m[0])) {
      const after = folded.slice(x.end, x.end + 40);
      const nowBefore = /now (?:on|at)\s$/.test(m[0]);
      // "on <product> now 🧦" or "now on <product>!": nothing but symbols to the sentence's end.
      const tail = nowBefore ? after : /^ now(?![a-z])/.test(after) ? after.slice(4) : null;
      if (tail === null || !/^[^a-z0-9]*(?:[.!?\n]|$)/.test(tail)) continue;
    }
    const [s, e] = ctx.span(x.start, x.end);
    return [{ start: s, end: e, data: { brand: ctx.text.slice(s, e) } }];
  }
  return [];
}

function ourVoicePitch(ctx: RuleContext): Hit[] {
  if (ctx.competitorMentions.length === 0 && ctx.ownEmployerReferences.length === 0) return [];
  const folded = ctx.folded;
  for (const m of PROMO.all(ctx)) {
    // "fans will never switch to us" describes, it does not pitch.
    if (negatedBefore(folded, m.start) || REPORTED.test(folded.slice(Math.max(0, m.start - 24), m.start))) continue;
    if (!TO_US_VERB.test(m.text)) continue;
    // Look for "us" right after the verb, past its own preposition ("switch to", "passez a").
    const verb = / (?:to|a|para)$/.test(m.text) ? m.start + m.text.lastIndexOf(' ') : m.end;
    const us = TO_US.exec(folded.slice(verb, verb + 16));
    if (!us) continue;
    const end = verb + us[0].length;
    const [s, e] = ctx.span(m.start, end);
    return [{ start: s, end: e, data: { brand: 'the company' } }];
  }
  return [];
}

export default defineRule({
  description:
    'Promotes the employer’s products without saying the author works there: "switch to <product>", "you need <product>", "check it out", "use my referral code", "vote for <product>", "as a totally neutral observer…".',
  severity: 'warn',
  messages: {
    default:
      'This promotes your employer’s product ("{brand}") without saying you work there; add #employee or "I work at …" so readers know.',
  },
  detect(ctx) {
    // The disclosure first: a disclosed post needs no search for the employer's names.
    if (disclosesEmployment(ctx)) return [];
    const mentions = employerMentions(ctx);
    // Without the employer's name, only a pitch in the company's own voice ("switch to us")
    // counts, and only in a post about the business or its rivals.
    if (mentions.length === 0) return ourVoicePitch(ctx);
    const folded = ctx.folded;
    for (const m of PROMO.all(ctx)) {
      const { start, end } = m;
      // "you need <product>", "try <product>": the product must follow at once.
      const needs = /need$|needs$|try$/.test(m.text);
      const signUp = SIGN_UP.test(m.text);
      if (signUp && /[a-z']\s+$/.test(folded.slice(Math.max(0, start - 3), start)) && !/(?:just|go|so|and|now|then|please)\s+$/.test(folded.slice(Math.max(0, start - 8), start)))
        continue;
      // "nobody beats <product>": the product must follow at once, as for "pick <product>".
      const picks = PICK.test(m.text) || signUp || BEATS.test(m.text);
      if ((MY_CODE.test(m.text) || NAMED_CODE.test(m.text) || MY_LINK.test(m.text)) && !SAVING.test(folded.slice(...sentenceAround(folded, start))))
        continue;
      if (DOWNLOAD.test(m.text) && SELF_BEFORE.test(folded.slice(Math.max(0, start - 16), start))) continue;
      if (IMPERATIVE.test(m.text) && start > 0 && !IMPERATIVE_BEFORE.test(folded.slice(Math.max(0, start - 14), start))) continue;
      if (NEED_ONE.test(m.text) && CONDITION_BEFORE.test(folded.slice(Math.max(0, start - 12), start))) continue;
      const slogan = SLOGAN.test(m.text) && (start === 0 || /(?:[.!?:]\s|\n)$/.test(folded.slice(Math.max(0, start - 2), start)));
      const sellsIt = SELL_ME.test(m.text) || slogan;
      let brand: (typeof mentions)[number] | undefined;
      if (ASK_FOR.test(m.text)) {
        brand = mentions.find((x) => x.start >= end && x.start < end + 14 && isProduct(ctx, x.term));
      } else if (ASK_DOCTOR.test(m.text)) {
        // "ask your doctor about <product>", or "… about it" after the product.
        brand =
          firstStartingIn(mentions, end, end + 14) ??
          (ASK_IT.test(folded.slice(end, end + 12)) ? firstStartingIn(mentions, start - REACH, start) : undefined);
      } else if (MOVE_TO.test(m.text)) {
        brand =
          firstStartingIn(mentions, end, end + 14) ??
          (US_AFTER.test(folded.slice(end, end + 12)) ? firstStartingIn(mentions, start - REACH, start) : undefined);
      } else if (/recommend$/.test(m.text) && RECOMMEND_IT.test(folded.slice(end, end + 24))) {
        brand = firstStartingIn(mentions, start - REACH, start);
      } else {
        brand = needs || picks
          ? firstStartingIn(mentions, end, end + (picks ? 14 : 7))
          : firstStartingIn(mentions, start - REACH - 100, sellsIt ? start : end + REACH);
      }
      if (!brand) continue;
      if (
        UPDATE_NOW.test(m.text) &&
        (SELF_BEFORE.test(folded.slice(Math.max(0, start - 16), start)) || !USE_NUDGE.test(folded.slice(...sentenceAround(folded, start))))
      )
        continue;
      // "use <product>'s export": an instruction; "use <product>, trust me": a recommendation.
      // The nudge may close the pitch in the next sentence: "Just use <product>. Thank me later."
      if (m.text === 'use' && (folded.startsWith("'s", brand.end) || !USE_NUDGE.test(folded.slice(...withNextSentence(folded, start)))))
        continue;
      // "link in comments" pitches a product; after the company's name it may be news or a report.
      if (LINK.test(m.text) && !mentions.some((x) => x.start >= start - REACH - 100 && x.start < end && isProduct(ctx, x.term)))
        continue;
      if (
        RATE_BEST.test(m.text) &&
        !mentions.some(
          (x) =>
            (x.end <= start && start - x.end < 80 && !CLAUSE_BREAK.test(folded.slice(x.end, start))) ||
            (x.start >= end && x.start - end < 12),
        )
      )
        continue;
      // "<brand>'s service is unmatched": the brand is the subject, not a place near it.
      if (
        UNMATCHED.test(m.text) &&
        !mentions.some(
          (x) => isSubjectOf(folded, x, start) && !PLACE_OF.test(folded.slice(Math.max(0, x.start - 14), x.start)),
        )
      )
        continue;
      if (
        !slogan &&
        SUPERLATIVE.test(m.text) &&
        !mentions.some((x) => x.end <= start && IS_BEFORE.test(folded.slice(x.end, start)))
      )
        continue;
      const [ss, se] = sentenceAround(folded, start);
      // The phrase itself may be a hiring word ("apply for a …"): look at the rest of the sentence.
      if (HIRING.test(`${folded.slice(ss, start)} ${folded.slice(end, se)}`)) continue;
      // "<product> changed my life", "<product> is a must": said of a product that is the subject.
      if (PRAISE_OF_SUBJECT.test(m.text) && !mentions.some((x) => isSubjectOf(folded, x, start) && isProduct(ctx, x.term)))
        continue;
      // "get <product> before prices go up": a product of the employer in the same sentence.
      if (/^before (?:the )?prices?/.test(m.text) && !mentions.some((x) => x.start >= ss && x.end <= se && isProduct(ctx, x.term)))
        continue;
      // "meanwhile <product> just works": the product is named inside the phrase.
      if (/just works$/.test(m.text) && !mentions.some((x) => x.start >= start && x.end <= end)) continue;
      // "compradlas ya" said of shares is a stock tip (regulated claims), not a product pitch.
      if (/^compr/.test(m.text) && SHARES.test(folded.slice(ss, se))) continue;
      const [s, e] = ctx.span(start, end);
      const [bs, be] = ctx.span(brand.start, brand.end);
      return [{ start: s, end: e, data: { brand: ctx.text.slice(bs, be) } }];
    }
    const story = caseStudy(ctx, mentions);
    return story.length > 0 ? story : onSaleAt(ctx, mentions);
  },
});
