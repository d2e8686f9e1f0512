import { isWordCode, type RuleContext } from '../../context';
import { defineRule, type Hit } from '../../kinds/rule';
import { WordGuardedRegex } from '../../text/word-guard';
import { involvesOrg, sentenceBounds } from '../_shared/biz-signals';
import { firstWordFrom, hasWord, mayHaveWordIn, wordGroup, wordsOf } from '../_shared/biz-words';

/**
 * Discriminatory statements about protected groups, above all in hiring and employment:
 * "I don't hire people from certain countries", "we'd never hire a pregnant woman",
 * "no candidates over 50", "we shouldn't put moms on the on-call rotation", "no contratamos
 * a mayores de 45". A sentence needs a hiring word, a protected group and an exclusion; or a
 * protected group and a sweeping stereotype. Welcoming wording ("women encouraged to apply") is fine.
 */
// Every alternative below starts with a letter: `\b` is the same as `(?<![a-z0-9_])` on folded
// text, and faster (issue #2).
const B = '\\b';
const E = '(?![a-z0-9_])';
const HIRING = new RegExp(
  `${B}(?:hir(?:e|es|ed|ing)|recruit\\w*|candidates?|applicants?|interview\\w*|promot(?:e|ed|ing|ions?)|on-?call|rotation|put (?:\\w+ )?(?:on|in charge)|contrat\\w+|candidat[oa]s|einstell\\w*|eingestellt|stellen\\b[^.!?]{0,40}\\bein|bewerber\\w*|befordern|embauch\\w*|recrut\\w*|candidats|promouvoir)${E}`,
);
/** Key words of each part, for the word index; the regexes below confirm the exact wording. */
const GROUP_WORDS = wordGroup([
  'pregnan',
  'kids',
  'children',
  'mom',
  'moms',
  'mum',
  'mums',
  'mother',
  'mothers',
  'parents',
  'women',
  'woman',
  'girls',
  'baby',
  'maternity',
  'paternity',
  'parental',
  'female',
  'females',
  'over',
  'older',
  'old',
  'boomers',
  'disabled',
  'disabilit',
  'wheelchair',
  'wheelchairs',
  'deaf',
  'blind',
  'autistic',
  'muslim',
  'muslims',
  'jews',
  'jewish',
  'christian',
  'christians',
  'hindu',
  'hindus',
  'religious',
  // ethnic and religious groups in other languages: "no contratamos a gitanos"
  'gitan',
  'gypsy',
  'gypsies',
  'romani',
  'roma',
  'tsigane',
  'zigeuner',
  'cigano',
  'ciganos',
  'arabs',
  'arabes',
  'moros',
  'africans',
  'africanos',
  'africains',
  'musulmanes',
  'musulmans',
  'muslime',
  'judios',
  'juden',
  'juifs',
  'judeus',
  'immigrant',
  'immigrants',
  'foreigner',
  'foreign',
  'international',
  'hijab',
  'hijabs',
  'headscarf',
  'headscarves',
  'turban',
  'turbans',
  'kippah',
  'yarmulke',
  'foreigners',
  'countries',
  'accent',
  'accents',
  'nationalit',
  'black',
  'asian',
  'asians',
  'hispanic',
  'hispanics',
  'latino',
  'latina',
  'latinos',
  'latinas',
  'indians',
  'chinese',
  'mexican',
  'mexicans',
  'gay',
  'gays',
  'lesbian',
  'lesbians',
  'trans',
  'transgender',
  'mayores',
  'embarazada',
  'embarazadas',
  'mujeres',
  'madres',
  'inmigrantes',
  'extranjeros',
  'schwanger',
  'frauen',
  'mutter',
  'auslander',
  'uber',
  'enceinte',
  'enceintes',
  'femmes',
  'meres',
  'etrangers',
  'plus',
  'gravida',
  'gravidas',
  'mulheres',
  'maes',
  'estrangeiros',
  'acima',
  'mais',
  // coded wording: "the kind of people who live there", "certain zip codes"
  'kind',
  'type',
  'neighborhoods',
  'neighbourhoods',
  'zip',
  'postcodes',
  'tipo',
  'genre',
  'solche',
]);
const HIRING_WORDS = wordGroup([
  'hire',
  'hires',
  'hired',
  'hiring',
  'recruit',
  'candidate',
  'candidates',
  'applicant',
  'applicants',
  'interview',
  'promot',
  'call',
  'oncall',
  'rotation',
  'put',
  'contrat',
  'candidatos',
  'candidatas',
  'einstell',
  'eingestellt',
  'stellen',
  'bewerber',
  'befordern',
  'embauch',
  'recrut',
  'candidats',
  'promouvoir',
]);
const EXCLUSION_WORDS = wordGroup([
  'don',
  'dont',
  'not',
  'never',
  'won',
  'wouldn',
  'shouldn',
  'can',
  'cannot',
  'no',
  'avoid',
  'exclud',
  'refus',
  'reject',
  'screen',
  'screened',
  'screening',
  'filter',
  'filtered',
  'filtering',
  'weed',
  'weeded',
  'weeding',
  'skip',
  'pass',
  'too',
  'nunca',
  'jamas',
  'nicht',
  'kein',
  'keine',
  'keinen',
  'niemals',
  'niemand',
  'niemanden',
  'nadie',
  'personne',
  'ninguem',
  'jamais',
  'pas',
  'nao',
]);
const STEREOTYPE_WORDS = wordGroup([
  'lazy',
  'slow',
  'worse',
  'bad',
  'unreliable',
  'emotional',
  'less',
  'bail',
  'flake',
  'late',
  'terrible',
  'awful',
  'lousy',
  'worst',
  'wait',
  'charge',
  'lentos',
  'lentas',
  'vagos',
  'vagas',
  'peores',
  'langsam',
  'faul',
  'schlechter',
  'lents',
  'lentes',
  'paresseux',
  'pires',
  'preguicosos',
  'preguicosas',
  // "they always cause trouble", "siempre dan problemas"
  'always',
  'siempre',
  'immer',
  'toujours',
  'sempre',
]);
/** Key words of UNFIT: "<group> just aren't cut out for engineering", "don't belong in tech". */
const UNFIT_WORDS = wordGroup([
  'sell',
  'negotiate',
  'drive',
  // "<group> shouldn't be working in QA"
  'working',
  'employed',
  'allowed',
  'cut',
  'suited',
  'built',
  'belong',
  'handle',
  'keep',
  'kitchen',
  'apply',
  'be',
  'code',
  'program',
  'hechas',
  'hechos',
  'aptas',
  'aptos',
  'sirven',
  'valen',
  'gemacht',
  'geeignet',
  'taugen',
  'gehoren',
  'faites',
  'faits',
  'taillees',
  'tailles',
  'rien',
  'feitas',
  'feitos',
  'servem',
]);

const GROUP = new RegExp(
  `${B}(?:pregnan\\w*|moms?|mums?|mothers?|new parents|parents|people with (?:kids|children)|(?:kids|children)|women|woman|girls|females?|over[- ]?(?:4|5|6)\\ds?|over[- ]?[78]\\d(?<=(?:anyone|anybody|people|those|customers|clients|drivers|folks|someone|nobody|applicants|seniors|everyone|patients|tenants) (?:aged )?over[- ]?[78]\\d)(?! ?(?:km|kms|kilomet\\w*|mi|miles|kg|kilos?|lbs?|pounds|euros?|dollars|%|minutes|mins|hours|days|items|orders|parcels|packages))|older (?:people|workers|candidates|folks|engineers|applicants|women|men|nurses|doctors|teachers|drivers|employees|staff|colleagues|coworkers|hires|guys|ladies|managers|developers|devs|agents|reps)|old (?:people|guys|folks|timers|ladies|men|women)|just had (?:a )?(?:baby|kid)|(?:on|back from|coming back from|off on) (?:maternity|paternity|parental) leave|new (?:moms?|mums?|dads?)|boomers|disabled|disabilit\\w*|wheelchairs?|deaf|blind|autistic|muslims?|jews|jewish|christians?|hindus?|gitan[oa]s|gitane?s|gypsies|gypsy (?:people|folks|families|workers)|romani (?:people|folks|families|workers)|roma (?:people|folks|families|workers|customers|clients|patients|tenants|kids|children|applicants|community)|tsiganes|zigeuner|ciganos|arabs|arabes|moros|africans|africanos|africains|musulmanes|musulmans|muslime|judios|juden|juifs|judeus|religious (?:people|folks)|immigrants?|foreigners?|foreign[- ]trained|international (?:candidates|applicants|nurses|doctors|graduates|hires)|hijabs?|headscarf|headscarves|turbans?|kippah|yarmulke|(?:certain|those|some|other|specific) countries|accents?|nationalit\\w*|black (?:people|candidates|folks|men|women)|asians?|hispanics?|latin[oa]s?|indians|chinese|mexicans?|gays?|lesbians?|trans(?:gender)? (?:people|folks|candidates)|mayores de \\d\\d|embarazadas?|mujeres|madres|inmigrantes|extranjeros|schwangere\\w*|frauen|mutter|auslander\\w*|uber \\d\\d|enceintes?|femmes|meres|etrangers|plus de \\d\\d ans|gravidas?|mulheres|maes|estrangeiros|acima de \\d\\d|mais de \\d\\d anos)${E}`,
  'g',
);
const EXCLUSION = new RegExp(
  `${B}(?:don't|do not|dont|never|won't|will not|wouldn't|would not|shouldn't|should not|no(?!\\s+(?:[a-z-]+\\s+){0,2}(?:needed|required|necessary)\\b)|not|avoid\\w*|exclud\\w*|refus\\w*|reject\\w*|can't|cannot|screen(?:ed|ing)? out|filter(?:ed|ing)? out|weed(?:ed|ing)? out|skip|pass on|too old|nunca|jamas|nicht|keine?n?|niemals|niemand(?:en)?|nadie|personne|ninguem|jamais|pas|nao)${E}`,
);
const STEREOTYPE = new RegExp(
  `${B}(?:(?:are|is|'re) (?:always |all |just |too )?(?:lazy|slow|worse|bad at|unreliable|too emotional|less (?:productive|committed|capable))|always (?:worse|bail|flake|late|slow)|slow (?:us|everyone|everybody|the (?:team|whole team|rest of us)|things|the place|production) down|code quality is always worse|(?:make|makes|are|'re|were) (?:such |always |all |just )?(?:bad|terrible|awful|lousy|the worst) (?:customers|clients|tenants|patients|guests|employees|workers|hires|staff|drivers|nurses|engineers|managers|teachers|students|colleagues|coworkers|neighbou?rs|renters|borrowers|tippers)|(?:make|made|let) (?:them|those people|these people|those customers|those guys) wait (?:longer|last|extra|the longest)|(?:charge|charged|charging) (?:them|those people|these people|those customers) (?:more|extra|double)|son (?:lent[oa]s|vag[oa]s|peores)|sind (?:langsam|faul|schlechter)|sont (?:lents|lentes|paresseux|pires)|sao (?:lent[oa]s|preguicos[oa]s|piores)|always (?:cause|causes|make|makes|bring|brings|start|starts) (?:trouble|problems|drama)|siempre (?:dan|causan|traen|montan|buscan) (?:problemas|lios?|jaleo)|(?:machen|bringen|sorgen fur) (?:immer|standig) (?:arger|probleme)|(?:posent|causent|font|cherchent) toujours des (?:problemes|histoires)|sempre (?:dao|causam|trazem|arrumam) (?:problemas?|confusao))${E}`,
);
/**
 * Fitness put-downs of a group: "women just aren't cut out for engineering", "older people can't
 * keep up", "don't belong in tech", "no están hechas para", "sind nicht dafür gemacht", "ne sont pas
 * faites pour", "não servem para". Said of kids or children they are everyday talk, not a stereotype.
 */
const UNFIT = new RegExp(
  `${B}(?:(?:aren't|isn't|weren't|wasn't|are not|is not|were not|was not) (?:just |simply |really |naturally )?(?:cut out|suited|built|made|fit) for|(?:are|is|were|was) (?:just |simply |really |naturally )?(?:not|never) (?:cut out|suited|built|made|fit) for|(?:don't|do not|doesn't|does not|never) belong (?:in|on|at)|(?:can't|cannot|can never|just can't|will never) (?:handle|keep up|lead|manage|sell|negotiate|drive|code|do (?:math|science|the job))|(?:shouldn't|should not|should never|mustn't|must not) (?:be )?(?:working|employed|allowed to work|allowed (?:on|in|into)) (?:in|at|as|here|the)(?! (?:these|those|such|this|that|night|nights|unsafe|dangerous|the heat|the cold|high|extreme)(?![a-z]))|(?:shouldn't|should not|should never) be (?:in|on|at|running|leading|managing|teaching) (?:the |our |a |any )?(?:tech|teams?|field|industry|workforce|office|jobs?|roles?|positions?|floor|management|leadership|engineering|sales|charge|payroll|boards?|classrooms?|schools?|kids|companies|business|hospitals?)|(?:shouldn't|should not|should never|mustn't|must not) be allowed (?:to )?(?:teach|work|lead|manage|serve|adopt|marry|vote|coach|run|hold|join|apply|be (?:teachers|nurses|doctors|managers|leaders|in charge|around))|(?:need not|needn't|need n't|shouldn't (?:even )?bother to|should not (?:even )?bother to) apply|(?:can't|cannot|can never|just can't|will never) (?:lead|manage|code|program|engineer|do (?:math|science|the job))|belong in the kitchen|no (?:estan|son|sirven|valen) (?:hech[oa]s |apt[oa]s |cortad[oa]s )?para|(?:sind|ist) (?:einfach |halt |eben )?(?:nicht|nie) (?:\\w+ ){0,3}(?:gemacht|geeignet)|taugen (?:einfach |halt )?nicht|gehoren nicht (?:in|an|zu)|(?:ne sont|n'est) (?:pas|jamais) (?:faite?s?|taillee?s?|capables?|douee?s?) pour|n'ont rien a faire (?:dans|en|a)|nao (?:sao|servem) (?:feit[oa]s |capazes |apt[oa]s )?para)${E}`,
);
/**
 * A group shut out in so many words: "no over-50s please", "nobody over 45", "no pregnant women".
 * Counts in a hiring post even when the hiring is said in the sentence before ("We're hiring! …").
 */
const DIRECT_EXCLUSION = new RegExp(
  `${B}(?:no|nobody|no one|not anyone)\\s+(?:over[- ]?(?:4|5|6)\\ds?|older (?:people|workers|candidates|folks|applicants)|pregnant \\w+|moms|mums|mothers|women)${E}`,
);

/**
 * The same shut-out said of a workplace, not a hiring: "no women on the night shift", "no
 * pregnant staff on my ward". Not a count: "there are no women on our team yet" (checked before).
 */
const WORKPLACE_AFTER =
  /^\s+(?:\w+\s+)?(?:on|in|at|behind|for)\s+(?:the|my|our|this|his|her|their)\s+(?:[a-z-]+\s+)?(?:shifts?|teams?|crews?|floor|wards?|units?|counter|register|tills?|front desk|desk|rota|rotation|line|kitchen|site|depot|warehouse|store|shop|branch|office|department|staff)(?![a-z])/;
const COUNT_BEFORE =
  /(?:there(?:'s| is| are| were| was)|(?:we|they|i|you) (?:have|had|'ve)|has|have|had|with|still|almost|zero|literally|basically|practically)\s+$/;

/**
 * Dismissing, demoting or getting rid of someone of a protected group, said from inside: "we had
 * to let the Muslim labourer go", "my manager fired her because she's pregnant". The group must be
 * a people one (not "over 50" as a count, nor an accent or a country), and the organization in play.
 */
const ADVERSE_WORDS = wordGroup(['fire', 'fired', 'firing', 'sacked', 'sacking', 'dismissed', 'let', 'rid', 'demoted', 'demoting', 'pushed', 'passed', 'laid', 'renew']);
const ADVERSE = new RegExp(
  `${B}(?:fir(?:e|ed|ing)(?! up| away| off| back| at)|sack(?:ed|ing)|dismiss(?:ed|ing)|let (?:[a-z'-]+ ){1,4}?go(?! (?:home|early|first|ahead|out|for|to|on|through|over|back|of))|(?:got|get|getting) rid of|demot(?:e|ed|ing)|push(?:ed|ing)? (?:\\w+ )?out|pass(?:ed|ing)? (?:\\w+ )?over|laid (?:\\w+ )?off|(?:didn't|did not|won't|will not|not) renew)${E}`,
);
const ADVERSE_GROUP =
  /^(?:pregnan|muslim|jew|christian|hindu|gitan|gyps|romani|roma |black |asian|hispanic|latin|mexican|indians|chinese|arabs|african|gays?$|lesbian|trans|disabled|disabilit|deaf|blind|autistic|wheelchair|immigrant|foreigner|older |old |moms?$|mums?$|mothers?$|new (?:moms?|mums?|dads?)|just had|on |back from|coming back|off on|hijab|headscar|turban|kippah|yarmulke|embarazad|schwanger|enceinte|gravida|musulman|muslime|judios|juden|juifs|judeus|inmigrantes|extranjeros|auslander|etrangers|estrangeiros)/;

/** Folded span from a dismissal to the group it names (either order, close) in the sentence `[s, e)`, or null. */
function adverseAction(ctx: RuleContext, s: number, e: number, from: number): [number, number] | null {
  const folded = ctx.folded;
  const sentence = folded.slice(s, e);
  const a = ADVERSE.exec(sentence);
  if (!a) return null;
  if (!involvesOrg(ctx, s, e) && !/(?<![a-z])they(?![a-z])/.test(sentence.slice(0, a.index))) return null;
  GROUP.lastIndex = from;
  for (let g = GROUP.exec(sentence); g; g = GROUP.exec(sentence)) {
    if (!ADVERSE_GROUP.test(g[0])) continue;
    const gap = g.index > a.index ? g.index - (a.index + a[0].length) : a.index - (g.index + g[0].length);
    if (gap > 50) continue;
    return [s + Math.min(a.index, g.index), s + Math.max(a.index + a[0].length, g.index + g[0].length)];
  }
  return null;
}

/** Kids and children: "my kids aren't cut out for camping" is not about a protected group. */
const CHILDREN = /^(?:kids|children)$/;
/**
 * Refusing to work beside a group: "not having any more pregnant colleagues on my shift", "I don't
 * want moms on my team", "no quiero más embarazadas en mi turno", "keine Schwangeren mehr im Team",
 * "je ne veux plus de femmes enceintes", "chega de grávidas na equipe". Needs a workplace word.
 */
const WORKPLACE_WORDS = wordGroup([
  'colleague',
  'colleagues',
  'coworker',
  'coworkers',
  'shift',
  'shifts',
  'team',
  'crew',
  'staff',
  'ward',
  'department',
  'unit',
  'floor',
  'office',
  'employees',
  'workers',
  'kollege',
  'kollegen',
  'kollegin',
  'kolleginnen',
  'schicht',
  'abteilung',
  'mitarbeiter',
  'mitarbeiterinnen',
  'station',
  'companeros',
  'companeras',
  'colegas',
  'equipo',
  'turno',
  'plantilla',
  'collegues',
  'equipe',
  'service',
  'plantao',
  'setor',
]);
const REFUSAL_BEFORE =
  /(?:not having|won't have|will not have|don't want|do not want|no more|not taking(?: on)?|refuse to (?:work with|have|take on)|won't work with|(?:sick|tired) of|no quiero|no queremos|basta de|nada de|(?:will|wollen|mochte|mochten) keine|je ne veux (?:plus|pas) de|on ne veut (?:plus|pas) de|nao quero|nao queremos|chega de)(?: any more| any| more| mas| mais)?\s+$/;
/** "keine Schwangeren mehr": the German refusal wraps the group. */
const KEINE_BEFORE = /(?<![a-z])keine\s+$/;
const MEHR_AFTER = /^\s+(?:\w+\s+)?mehr(?![a-z])/;

/** Key words of REFUSAL_BEFORE and KEINE_BEFORE: a sentence without one is not looked at. */
const REFUSAL_WORDS = wordGroup([
  'having',
  'have',
  'want',
  'more',
  'taking',
  'refuse',
  'sick',
  'tired',
  'quiero',
  'queremos',
  'basta',
  'nada',
  'keine',
  'veux',
  'veut',
  'quero',
  'chega',
]);
/** Last words of REFUSAL_BEFORE and KEINE_BEFORE. */
const REFUSAL_LAST = new Set(['having', 'have', 'want', 'more', 'any', 'on', 'with', 'of', 'quiero', 'queremos', 'mas', 'de', 'keine', 'quero', 'mais']);
/** The group regex anchored at a word start. */
const GROUP_AT = new RegExp(`^${GROUP.source}`);

/** A refusal right before a group word in folded `[s, e)`, a sentence about the workplace; the folded span. */
function workplaceRefusal(ctx: RuleContext, s: number, e: number): [number, number] | null {
  const folded = ctx.folded;
  for (const w of wordsOf(ctx, GROUP_WORDS, s, e)) {
    // Cheap first: the word before the group must be one a refusal ends with.
    let q = w.start;
    while (q > s && folded.charCodeAt(q - 1) <= 32) q--;
    let p = q;
    while (p > s && isWordCode(folded.charCodeAt(p - 1))) p--;
    if (!REFUSAL_LAST.has(folded.slice(p, q))) continue;
    const before = folded.slice(Math.max(s, w.start - 40), w.start);
    const r = REFUSAL_BEFORE.exec(before);
    const k = r ? null : KEINE_BEFORE.exec(before);
    if (!r && !k) continue;
    const g = GROUP_AT.exec(folded.slice(w.start, Math.min(e, w.start + 40)));
    if (!g || CHILDREN.test(g[0])) continue;
    const end = w.start + g[0].length;
    if (r) return hasWord(ctx, WORKPLACE_WORDS, s, e) ? [w.start - before.length + r.index, end] : null;
    const mehr = MEHR_AFTER.exec(folded.slice(end, Math.min(e, end + 30)));
    if (k && mehr) return hasWord(ctx, WORKPLACE_WORDS, s, e) ? [w.start - before.length + k.index, end + mehr[0].length] : null;
  }
  return null;
}

/**
 * Coded exclusion of a neighbourhood or a "kind of people" by a business (redlining): "we stopped
 * lending in that zip code because of the kind of people who live there", "no alquilamos a ese tipo de gente".
 */
const CODED = new RegExp(
  `${B}(?:(?:the|that|those|this) (?:kind|sort|type)s? of (?:people|folks|families|customers|clients|clientele|crowd|residents|tenants|neighbou?rs)|the wrong (?:kind of )?(?:people|crowd|neighbou?rhoods?)|(?:certain|those|some|that kind of) (?:neighbou?rhoods|zip codes|postcodes|postal codes|parts of town)|(?:ese|este|esa) tipo de (?:gente|personas|clientes)|solche(?:n)? (?:leute|leuten|menschen|kunden)|(?:die|diese) art (?:von )?(?:leuten|menschen)|ce (?:genre|type) de (?:gens|personnes|clients|population)|(?:esse|este|esse) tipo de (?:gente|pessoas|clientes))${E}`,
);
/** The services every refusal of SERVICE_DENIAL names: without one in the sentence, the regex is not run. */
const DENIAL_WORDS = wordGroup(
  'offer lend serv insur rent approv hire hiring deliver sell cover accept quot financ open redlin turn deny deni policies book seeing admit treat schedul ofrecer prestar atender alquilar prestamos alquilamos atendemos contratamos aseguramos kredite wohnungen vermiet versicher pretons louons servons assurons embauchons preter louer servir oferecer emprestar alugar emprestamos alugamos'.split(
    ' ',
  ),
);
const SERVICE_DENIAL = new RegExp(
  `${B}(?:stop(?:ped|s|ping)? (?:offering|lending|serving|insuring|renting|approving|delivering|hiring|booking|seeing|admitting|treating|scheduling|writing (?:policies|cover|insurance|loans|mortgages)|selling (?:to|policies|insurance)|covering|accepting|quoting)|(?:don't|do not|won't|will not|never|no longer|refuse to|refused to|wouldn't) (?:lend|offer|serve|insure|rent|approve|hire|open|deliver|sell|finance)|redlin\\w*|turn(?:ed|ing)? (?:them |people )?away|den(?:y|ied|ying) (?:them|their|loans|mortgages|credit|applications)|dejamos de (?:ofrecer|prestar|dar|atender|alquilar)|no (?:prestamos|alquilamos|atendemos|contratamos|aseguramos)|(?:keine|nicht mehr) (?:kredite|wohnungen|vermiet\\w*|versicher\\w*)|vermieten nicht|(?:ne|n') (?:pretons|louons|servons|assurons|embauchons) (?:plus|pas)|arrete de (?:preter|louer|servir)|paramos de (?:oferecer|emprestar|atender|alugar)|nao (?:emprestamos|alugamos|atendemos|contratamos))${E}`,
);

/** "the kind of people" is coded when it is about where people live, or winked at; not about behaviour. */
const CODED_HINT =
  /\b(?:liv(?:e|es|ing)|there|neighbou?rhoods?|zip|postcodes?|postal|areas?|part of town|know what i mean|viven?|alli|barrio|wohn(?:en|t)|viertel|habitent|habite|quartier|moram?|bairro)\b|['"\u2018\u201c](?:the|that|those|this|ese|esa|este|solche|ce|esse) /;

const WELCOMING = new RegExp(
  `${B}(?:encourag\\w*|welcome\\w*|especially|inclusive|diverse|diversity|equal opportunit\\w*|regardless|discriminat\\w*|illegal|bias(?:ed)?|proud)${E}`,
);

/**
 * Groups a refused service is checked for: age, origin, religion, orientation, as plural people. Not
 * pregnancy, children or a condition (a drug not given to pregnant women is medicine), nor words that
 * also name goods ("we don't sell Chinese tea", "women's shoes", "hijabs") or places ("certain countries").
 */
const DENIAL_GROUP =
  /^(?:over|uber|mayores|plus de|acima|mais de|older|old |boomers|muslims|jews|christians|hindus|gitan|gyps|romani|roma |tsigan|zigeuner|cigan|arabs|arabes|moros|african|musulman|judios|juden|juifs|judeus|religious|immigrants|foreigners|inmigrantes|extranjeros|auslander|etrangers|estrangeiros|black |asians|hispanics|latinos|latinas|indians|mexicans|gays|lesbians|trans)/;
/** A bare "over 50" is an age only when said of people: "anyone over 75", "over-70s". */
const AGE_PERSON_BEFORE =
  /(?:anyone|anybody|people|those|customers|clients|drivers|folks|someone|nobody|applicants|seniors|everyone|patients|tenants) (?:aged )?$/;
const UNIT_AFTER = /^ ?(?:km|kms|kilomet|mi(?![a-z])|miles|kg|kilos?|lbs?|pounds|euros?|dollars|%|minutes|mins|hours|days|items|orders|parcels|packages|towns|cities|locations|stores|branches|countries|markets)/;

/**
 * A service refused to a protected group by origin, religion or age: "we should stop writing
 * policies for anyone over 75", "we don't rent to immigrants", "no alquilamos a extranjeros".
 * The folded span from the refusal to the group in the sentence `[s, e)`, or null.
 */
function groupDenial(folded: string, s: number, e: number, from: number): [number, number] | null {
  const sentence = folded.slice(s, e);
  const denial = SERVICE_DENIAL.exec(sentence);
  if (!denial) return null;
  const after = denial.index + denial[0].length;
  GROUP.lastIndex = Math.max(after, from);
  for (let g = GROUP.exec(sentence); g && g.index - after < 60; g = GROUP.exec(sentence)) {
    if (!DENIAL_GROUP.test(g[0])) continue;
    if (/^(?:over|uber|mayores|plus|acima|mais)/.test(g[0])) {
      const tail = sentence.slice(g.index + g[0].length);
      if (UNIT_AFTER.test(tail)) continue;
      if (/^over[- ]?\d\d$/.test(g[0]) && !AGE_PERSON_BEFORE.test(sentence.slice(0, g.index))) continue;
    }
    return [s + denial.index, s + g.index + g[0].length];
  }
  return null;
}

/**
 * Words every match of CODED holds after its first word (so that the keyword index sees them
 * whole, wherever the sentence was cut): "the kind of", "the wrong", "certain neighbourhoods",
 * "zip codes", "ese tipo de", "solche Leute", "die Art von", "ce genre de".
 */
const CODED_WORDS = wordGroup([
  'kind',
  'sort',
  'type',
  'wrong',
  'neighbo',
  'zip',
  'postc',
  'postal',
  'parts',
  'tipo',
  'leute',
  'mensch',
  'kunden',
  'art',
  'genre',
]);
/** Characters a match of GROUP may start before its group word: 12 in "people with kids", and some room. */
const GROUP_LEAD = 16;

/**
 * Where in the sentence `[s, e)` GROUP need start looking: every match holds a word of GROUP_WORDS
 * at most GROUP_LEAD characters after its start. From the start when the sentence was cut inside
 * a word (a very long one): it may start with a word the index did not see.
 */
function groupFrom(ctx: RuleContext, s: number): number {
  if (s > 0 && isWordCode(ctx.folded.charCodeAt(s - 1))) return 0;
  const h = firstWordFrom(ctx, GROUP_WORDS, s);
  return h === undefined ? 0 : Math.max(0, h.start - s - GROUP_LEAD);
}

/** Folded span from a refused service to the coded group in the sentence `[s, e)`, or null. */
function codedExclusion(ctx: RuleContext, s: number, e: number): [number, number] | null {
  if (!mayHaveWordIn(ctx, CODED_WORDS, s, e)) return null;
  const folded = ctx.folded;
  const sentence = folded.slice(s, e);
  const group = CODED.exec(sentence);
  if (!group) return null;
  const denial = SERVICE_DENIAL.exec(sentence);
  if (!denial || !CODED_HINT.test(sentence)) return null;
  const a = Math.min(group.index, denial.index);
  const b = Math.max(group.index + group[0].length, denial.index + denial[0].length);
  return [s + a, s + b];
}

/**
 * "women just aren't cut out for …": a put-down after an adult group in the sentence `[s, e)`. The
 * put-down regex runs only around its key words; the match's index is relative to the sentence.
 */
function unfitAfterGroup(ctx: RuleContext, s: number, e: number, groupStart: number): RegExpExecArray | null {
  const folded = ctx.folded;
  for (const w of wordsOf(ctx, UNFIT_WORDS, s, e)) {
    const from = Math.max(s, w.start - 48);
    const u = UNFIT.exec(folded.slice(from, Math.min(e, w.end + 24)));
    if (!u) continue;
    u.index += from - s;
    const sentence = folded.slice(s, e);
    GROUP.lastIndex = groupStart;
    for (let g = GROUP.exec(sentence); g && g.index < u.index; g = GROUP.exec(sentence)) {
      if (!CHILDREN.test(g[0]) && u.index - g.index < 80) return u;
    }
    return null;
  }
  return null;
}

/**
 * "Go back where you came from", "go back to your country", "vuelve a tu país", "geh zurück in dein
 * Land", "retourne dans ton pays", "volta pro teu país": said to someone for their origin. A friendly
 * "when do you go back to your country for the holidays?" is not; a hostile word must be near.
 */
const GO_BACK_WORDS = wordGroup(['came', 'country', 'countries', 'pais', 'land', 'heimat', 'pays']);
const GO_BACK = new WordGuardedRegex(
  /(?<![a-z])(?:go(?:es)? back to (?:your|their|his|her) (?:own )?(?:country|countries)|(?:go|send (?:them|you|him|her)) back (?:to )?where (?:you|they|he|she) came from|vuelve(?:te|n)? a (?:tu|su) pais|volved a vuestro pais|geh(?:t)? (?:doch )?(?:zuruck )?(?:in|nach) (?:dein|euer|eure)(?:e|en)? (?:land|heimat)|retourne(?:z)? (?:dans|chez) (?:ton|votre|leur) pays|volta(?:m)? (?:pro|para o|pra) (?:teu|seu) pais)(?![a-z])/,
);
const HOSTILE =
  /people like you|you people|your kind|(?:not|n't) (?:welcome|wanted|belong)|(?:shouldn't|should not) be allowed|immigrants?|foreigners?|illegals|gente como (?:tu|vosotros|ustedes|voce|voces)|leute wie (?:du|ihr|dich|euch)|des gens comme (?:toi|vous)|no (?:eres|sois) bienvenid|nicht willkommen|pas (?:les? )?bienvenus?|nao (?:e|sao) bem-vind/;

/** The folded span of a "go back where you came from" with a hostile word near, or null. */
function goBack(ctx: RuleContext): [number, number] | null {
  const folded = ctx.folded;
  for (const w of wordsOf(ctx, GO_BACK_WORDS)) {
    const from = Math.max(0, w.start - 60);
    const m = GO_BACK.exec(folded.slice(from, w.end + 8));
    if (!m) continue;
    const a = from + m.index;
    const b = a + m[0].length;
    if (HOSTILE.test(ctx.around(a, b, 200))) return [a, b];
  }
  return null;
}

export default defineRule({
  description:
    'Discriminatory statements about protected groups, especially in hiring: age, pregnancy, parents, origin, religion, disability.',
  severity: 'warn',
  messages: {
    default:
      'This reads as excluding or stereotyping people for who they are (“{words}”), which is discriminatory and can be unlawful.',
  },
  detect(ctx) {
    const folded = ctx.folded;
    const hits: Hit[] = [];
    /** Reports folded `[a, b)`, quoting the original words. */
    const report = (a: number, b: number): void => {
      const [start, end] = ctx.span(a, b);
      hits.push({ start, end, data: { words: ctx.text.slice(start, end) } });
    };
    const back = goBack(ctx);
    if (back) report(back[0], back[1]);
    let done = -1;
    for (const word of wordsOf(ctx, GROUP_WORDS)) {
      if (word.start < done) continue;
      // The sentence must hold the other parts before any regex runs.
      const [s, e] = sentenceBounds(folded, word.start);
      done = e;
      const sentence = folded.slice(s, e);
      const coded = codedExclusion(ctx, s, e);
      if (coded) {
        report(coded[0], coded[1]);
        continue;
      }
      // Asked at most once per sentence.
      let welcoming: boolean | undefined;
      const isWelcoming = (): boolean => (welcoming ??= WELCOMING.test(sentence));
      const from = groupFrom(ctx, s);
      const denied = hasWord(ctx, DENIAL_WORDS, s, e) && !isWelcoming() ? groupDenial(folded, s, e, from) : null;
      if (denied) {
        report(denied[0], denied[1]);
        continue;
      }
      const refusal = hasWord(ctx, REFUSAL_WORDS, s, e) ? workplaceRefusal(ctx, s, e) : null;
      if (refusal && !isWelcoming()) {
        report(refusal[0], refusal[1]);
        continue;
      }
      const adverse = hasWord(ctx, ADVERSE_WORDS, s, e) ? adverseAction(ctx, s, e, from) : null;
      if (adverse && !isWelcoming()) {
        report(adverse[0], adverse[1]);
        continue;
      }
      const direct = DIRECT_EXCLUSION.exec(sentence);
      const atWork =
        direct &&
        WORKPLACE_AFTER.test(sentence.slice(direct.index + direct[0].length)) &&
        !COUNT_BEFORE.test(sentence.slice(0, direct.index));
      if (direct && (atWork || HIRING.test(folded.slice(Math.max(0, s - 160), e))) && !isWelcoming()) {
        report(s + direct.index, s + direct.index + direct[0].length);
        continue;
      }
      const hiring = hasWord(ctx, HIRING_WORDS, s, e) && hasWord(ctx, EXCLUSION_WORDS, s, e);
      // A put-down counts whether or not the sentence also names hiring ("can't handle night call-outs").
      const unfit = hasWord(ctx, UNFIT_WORDS, s, e);
      if (!hiring && !unfit && !hasWord(ctx, STEREOTYPE_WORDS, s, e)) continue;
      GROUP.lastIndex = from;
      const g = GROUP.exec(sentence);
      if (!g || isWelcoming()) continue;
      const h = hiring ? HIRING.exec(sentence) : null;
      const x = hiring ? EXCLUSION.exec(sentence) : null;
      const st = h && x ? null : (STEREOTYPE.exec(sentence) ?? (unfit ? unfitAfterGroup(ctx, s, e, from) : null));
      const parts = h && x ? [g, h, x] : st ? [g, st] : null;
      if (!parts) continue;
      report(s + Math.min(...parts.map((p) => p.index)), s + Math.max(...parts.map((p) => p.index + p[0].length)));
    }
    return hits;
  },
});
