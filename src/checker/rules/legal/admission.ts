import { gatedPhrases, hasWorkContext } from '../_shared/biz-signals';
import { employerMentions } from '../_shared/org-voice';
import { LAWSUIT_NEARBY } from './_lawsuit';

/**
 * Admissions of fault or liability in the organization's name: "it was our fault", "we're
 * liable for every credit", "we've known for years", "we owe every affected customer
 * compensation". Only about work: "it was our fault we missed the bus" is not a breach.
 */
/** Incidents and defects: what a company is at fault for, in five languages. */
const INCIDENT =
  /(?<![a-z])(?:hurt|injured|accidents?|unfall|accidente|acidente|breach\w*|outages?|sla|gdpr|hipaa|users|patients?|bugs?|defects?|flaws?|vulnerab\w*|issues?|problems?|recalls?|safety|fix(?:ed)?|accessib\w*|data|leaks?|incidents?|doses?|medications?|surgery|surgeries|diagnos\\w*|treatments?|care|crash\w*|collisions?|brakes?|fires?|injur\w*|damag\w*|poison\w*|spill\w*|explosions?|contaminat\w*|overcharg\w*|billing|customers?|clients?|shipments?|deliver\w*|faulty|defective|unsafe|negligen\w*|compensat\w*|camion|frenos|danos|lesion\w*|brand|schaden|degats|incendie|danos|caida|servicio|fallos?|errores|incidentes?|datos|ausfall|fehler|panne|donnees|falhas?|dados)(?![a-z])/;

/** Something that went wrong, near "it's on us" (folded). */
const FAILURE =
  /(?<![a-z])(?:lost|late|delay\w*|charged (?:[\w,'-]+ ){0,6}twice|double[- ]charg\w*|accidentally|by mistake|mistakenly|wrongly|damaged|broke|broken|mistakes?|errors?|missed|outages?|crash\w*|leak\w*|fail\w*|wrong|incidents?|accidents?|injur\w*|spill\w*|mess(?:ed)? up|screw\w*|cancel\w*|bug\w*|down|overcharg\w*|faulty|defective|unsafe|poison\w*|hurt|fire|damag\w*|negligen\w*|unpatched|never patched|ignored)(?![a-z])/;

/** Words of liability that make a bare "that's on us" an admission (folded). */
const OWING = /(?<![a-z])(?:legal\w*|liab\w*|owe|owed|compensat\w*|damages|fault|responsib\w*|negligen\w*|lawsuits?|sue|claims?|refund (?:everyone|everybody|all))(?![a-z])/;

/** The end of a "they're right" phrase, in five languages. */
const RIGHT = /(?:right|razon|raison|recht|razao)$/;
export default gatedPhrases({
  description:
    'Admissions of liability or fault on behalf of the organization: "we\'re liable", "it was our fault".',
  severity: 'warn',
  message:
    'This admits fault or liability for the company (“{words}”); statements like this are made by the legal team.',
  phrases: [
    // English
    // Owning up in one's own voice, about something that went wrong (checked in `when`):
    // "I admit we charged them twice", "gotta confess our update caused it"
    "(i|we) (have to |must |gotta |got to |need to |'ll |will |'d )?(admit|confess)( that| it)?,? (we|our|i|my team|the company|management|the (store|hospital|bank|hotel|school|clinic|plant|site|warehouse))",
    // "we caused the outage", "our update triggered the data loss", "my team caused the spill"
    "(we|i|my team|our team|our (system|software|update|patch|release|deploy|code|app|staff|crew|driver|drivers|nurse|kitchen|machine|truck)) (caused|triggered) (the|this|that|an?|their|our|all (the|those|these)) ([\\w-]+ ){0,2}(outage|breach|leak|accident|crash|fire|spill|injur\\w+|damage|data loss|incident|recall|delays?|flood|contamination|overcharges?|losses|mess)",
    // "legally we're toast", "we're screwed in court", "the company is to blame"
    "(legally|in court|lawsuit-wise),? (we're|we are|the company is|the company's) (so |totally |completely )?(toast|screwed|cooked|done for|finished|exposed)",
    "(we're|we are|the company is) (so |totally |completely )?(toast|screwed|cooked|done for|finished) (legally|in court|if (they|this|it) (sue|sues|goes to court))",
    "(we|the company|management|the hospital|the bank|the store) (are|is|were|was) (totally |entirely |completely |100% |fully |clearly )?to blame",
    "(we're|we are|we were|we'll be|we will be|the company is|the company was) (fully |totally |completely |legally |100% )?(liable|at fault|negligent|responsible for (the|this|that) (breach|outage|leak|exposure|incident|data loss|injur\\w+|accident))",
    "(was|is|were|it's|its) (entirely |totally |completely |100% |all |really |squarely )?(our|the company's|my team's|our team's) fault",
    'our fault,? not',
    // "Our fault 100%.", "100% our fault", "it had been frayed for weeks and we all knew"
    '(^|[.!?] )our fault,? (100%|entirely|completely|totally|no question|no excuses)',
    '(100%|entirely|totally|completely) our fault',
    'for (weeks|months|years|ages) and (we|everyone|management|the managers?|the company) (all )?knew',
    // "we take full responsibility for the accident", in five languages
    '(we|the company) (take|takes|accept|accepts) (full|complete|total|all) (responsibility|liability) for (the|this|that) (accident|incident|injur(y|ies)|breach|outage|leak|crash|fire|spill|error|mistake|damage)',
    '(der fehler|die schuld) (lag|liegt) (ganz |allein |eindeutig |klar )?bei uns',
    'wir (ubernehmen|tragen) (die )?(volle |vollstandige |ganze |alleinige )?verantwortung',
    '(asumimos|aceptamos) (toda |plena )?(la )?responsabilidad',
    '(el error|la culpa) (fue|es) (totalmente |solo )?nuestr[oa]',
    '(nous assumons|on assume) (l.entiere|toute la|la pleine|la) responsabilite',
    "l.erreur (etait|est|vient) de (notre cote|nous)",
    '(assumimos|assumo) (toda a |a total |a )?responsabilidade',
    '(o erro|a culpa) (foi|e) (totalmente |so )?noss[oa]',
    "(we've|we have|we had|they've|they have|the company has|management has) known (about (it|this|that) )?for (years|months|ages|a long time)",
    "we('ve| have)? (knowingly|deliberately|intentionally) (ignored|hid|shipped|sold|misled)",
    '(we|the company) (covered|is covering|tried to cover) (it |this |that )?up',
    '(we|they|the company|management) knew (about )?(it|this|that|the [a-z]+( [a-z]+)?) for (years|months|weeks)',
    '(we|they) (shipped|sold|launched|released) (it )?anyway',
    '(the )?(outage|breach|recall|leak|incident|crash|failure|fire|accident|explosion|spill|injur(y|ies)|contamination|outbreak|defect) (is|was) (all |entirely |totally )?on us',
    // "we cut corners on testing", "we skipped the safety checks"
    '(we|they|the company|management) (cut corners|skipped (the )?(safety|quality) (checks?|tests?|testing|inspections?)|fudged (the )?(tests?|numbers|results|inspections?))',
    '(error|mistake|screw-?up|failure|outage|breach|incident) (was|is) (all )?(ours|on us)',
    "(was|is|were|it's) (entirely |totally |completely |100% |all )?(our|the hospital's|the company's) (mistake|error|negligence)",
    '(we|our (team|staff|nurse|doctor|surgeon|pharmacy|lab)) (misdiagnosed|gave (her|him|them|the patient) the wrong|messed up|screwed up|botched|dropped the ball on)',
    '(we|the company) (should|must|need to|have to|will|are going to) (pay|compensate|reimburse) (for )?(every|all|them|the|each)',
    'we owe (every|all|each|the) (affected |impacted )?(customers?|users?|clients?|patients?)( \\w+)? (compensation|refunds?|damages|money)',
    '(we|the company) (broke|breached|violated) (the |our |their )?(consumer |labou?r |employment |privacy |data protection |banking |lending |safety |environmental |competition )?(sla|contract|law|gdpr|hipaa|terms|agreement|regulations?)',
    // "<employer> is 100% liable": the subject is checked in `when`
    '(is|was) (100% |fully |totally |completely |entirely |clearly |obviously |absolutely )?(liable|at fault|negligent)',
    // "<employer>'s fault": the name is checked in `when`
    "[\\w&.-]+('s|s'|') fault",
    // "it's 100% on us", "this one is entirely on us"
    "(it's|it is|that's|that is|this one's|this one is|this is|this was|that was|it was) (100% |entirely |totally |completely |squarely |fully |all )?on us",
    // "totally our driver's fault", "it was our staff's fault"
    "(was|is|it's|its|entirely|totally|completely|100%|squarely|clearly) (our|the company's) (drivers?|couriers?|staff|employees?|workers?|nurses?|doctors?|pilots?|crew|engineers?|technicians?|agents?|depot|warehouse|managers?|contractors?|team|pharmacists?|surgeons?)('s|s'|') fault",
    // "those dismissals were unlawful", "we fired them illegally"
    '(the|those|these|our|its|their) (dismissals?|firings?|layoffs?|terminations?|sackings?|redundancies|evictions?|deductions?|pay cuts?) (was|were) (completely |totally |clearly |obviously |100% |absolutely )?(unlawful|illegal|wrongful)',
    '(we|the company|management) (fired|dismissed|sacked|laid off|let go|evicted) (\\w+ )?(them|her|him|people|staff|workers|drivers|employees|tenants) (illegally|unlawfully)',
    // The claimants are right, said about a claim (the legal words are checked in `when`)
    "(they're|they are|the (claimants|plaintiffs|families|workers|staff|drivers|customers|tenants|influencers) are) (completely |totally |100% |absolutely |entirely |so )right",
    '(tienen|tenian) (toda la |totalmente |100% )?razon',
    '(ils|elles) ont (entierement |tout a fait |totalement |100% )?raison',
    'sie haben (vollig |vollkommen |absolut |total |100% )?recht',
    '(eles|elas) (tem|tinham) (toda a |totalmente |100% )?razao',
    // Whose fault, any one of ours: "our kitchen's fault", "entirely the staff's fault", "totally our bad"
    "(was|is|it's|entirely|totally|completely|100%|squarely|clearly|all) our (own )?(kitchen|lab|school|store|shop|hotel|site|plant|factory|pharmacy|clinic|hospital|suppliers?|subcontractors?|vendors?|security|it|dev|devs|system|software|crew|cleaners|mechanics?|chefs?|cooks?|guards?|teachers?|night shift|day shift|bank|branch|call center|call centre|ops|operations|qa|maintenance|billing)('s|s'|') fault",
    "(entirely|totally|completely|100%|squarely|clearly) the (staff|employees|crew|nurses|drivers?|kitchen|team|company|school|hospital|bank|hotel|store|warehouse|clinic)('s|s'|') fault",
    '(totally|entirely|completely|100%|all|my|sorry,?) our bad',
    // "our school was negligent", "our lab is liable"
    "our (own )?([a-z]+ ){0,2}(was|were|is|are|had been) (clearly |totally |completely |grossly |100% )?(negligent|liable|at fault)",
    // We knew the defect before we sold it: "we knew the cooling units were faulty before we shipped"
    '(we|they|management|the company|our (bosses|managers|management)) (all )?knew (that )?([\\w\'-]+ ){0,5}(was|were|is|are|had been) (faulty|defective|unsafe|broken|contaminated|dangerous|leaking|expired|rotten|tainted|cracked|failing)',
    // Safety work not done, or wrongdoing on purpose: "we skipped maintenance", "the overbilling was deliberate"
    '(we|they|the company|management) (skipped|ignored|postponed|deferred|put off|faked) (the |all the |our |its |their )?([\\w-]+ )?(maintenance|inspections?|safety checks?|repairs?|warnings?|audits?|tests?|servicing)',
    '(the )?(overbill\\w*|overcharg\\w*|billing|fees?|leak|spill|dumping|cover-?up|misreporting|shortfall|outage|delays?|recall) (was|were) (totally |completely |100% |clearly |obviously )?(deliberate|intentional|on purpose)',
    // Spanish
    '(fue|es) (culpa nuestra|nuestra culpa)',
    '(fue|es|toda la) culpa (de )?nuestr[oa]s? (conductor(es)?|repartidor(es)?|personal|empleados?|equipo|tecnicos?|enfermer[oa]s?)',
    '(los|esos|estos) despidos (fueron|eran|son) (totalmente |claramente )?(ilegales|improcedentes|injustificados)',
    '(somos|fuimos) (responsables|culpables)',
    // German
    '(es war |ist )?unsere schuld',
    'wir haften',
    '(die|diese) kundigungen (waren|sind) (klar |eindeutig |total )?(rechtswidrig|unrechtmassig|illegal)',
    'wir haben (die )?(kunden|nutzer|patienten|gaste|fahrgaste|kundinnen) (falsch informiert|getauscht|belogen|betrogen|in die irre gefuhrt)',
    // English, the same: "we misled customers", "we lied to our users"
    '(we|the company) (misled|lied to|deceived|misinformed) (our |the )?(customers|users|clients|patients|passengers|subscribers|investors|regulators)',
    // French
    "c'(est|etait) (de )?notre faute",
    '(nous sommes|on est) (responsables|fautifs)',
    '(les|ces) licenciements (etaient|sont|ont ete) (totalement |clairement )?(illegaux|abusifs|illicites)',
    // Portuguese
    '(foi|e) (culpa nossa|nossa culpa)',
    '(somos|fomos) (responsaveis|culpados)',
    '(as|essas) demissoes (foram|eram|sao) (totalmente |claramente )?(ilegais|abusivas|injustas)',
  ],
  stems: [
    'admit',
    'confess',
    'caused',
    'triggered',
    'toast',
    'cooked',
    'blame',
    // "that's on us": the only key word of a bare "on us"
    'us',
    'bad$',
    'ignored',
    'postponed',
    'deferred',
    'put',
    'faked',
    'deliberate',
    'intentional',
    'purpose',
    'mistake',
    'error',
    'negligence',
    'misdiagnosed',
    'gave',
    'messed',
    'screwed',
    'botched',
    'dropped',
    'ours',
    'pay',
    'compensate',
    'reimburse',
    'knew',
    'anyway',
    'outage',
    'recall',
    'leak',
    'incident',
    'crash',
    'failure',
    'fire',
    'accident',
    'explosion',
    'spill',
    'injury',
    'injuries',
    'contamination',
    'outbreak',
    'defect',
    'corners',
    'skipped',
    'fudged',
    'liable',
    'fault',
    'negligent',
    'responsible',
    'known',
    'knowingly',
    'deliberately',
    'intentionally',
    'cover',
    'covered',
    'covering',
    'owe',
    'broke',
    'breach',
    'breached',
    'violat',
    'culpa',
    'culpables',
    'culpados',
    'responsab',
    'responsav',
    'schuld',
    'haften',
    'informiert',
    'getauscht',
    'belogen',
    'betrogen',
    'misled',
    'lied',
    'deceived',
    'misinformed',
    'faute',
    'totally',
    'entirely',
    'completely',
    'squarely',
    'fully',
    '%',
    'unlawful',
    'illegal',
    'wrongful',
    'illegally',
    'unlawfully',
    'right$',
    'razon',
    'raison',
    'recht$',
    'razao',
    'ilegales',
    'improcedentes',
    'injustificados',
    'rechtswidrig',
    'unrechtmassig',
    'illegaux',
    'abusifs',
    'illicites',
    'ilegais',
    'abusivas',
    'injustas',
    'fautif',
    'fautifs',
    'knew',
    'verantwortung',
    'fehler',
    'responsabilidad',
    'responsabilite',
    'responsabilidade',
    'responsibility',
    'liability',
    'error',
    'erreur',
    'erro',
    'nuestro',
    'nuestra',
    'nosso',
    'nossa',
    'our',
  ],
  before: 80,
  when(ctx, m) {
    if (!hasWorkContext(ctx) && !INCIDENT.test(ctx.folded)) return false;
    const words = m.text;
    // "is liable" without its subject: the employer's name, "the company" or "we" just before.
    if (/^(?:is|was) (?:\S+ )?(?:liable|at fault|negligent)$/.test(words)) {
      const before = ctx.folded.slice(Math.max(0, m.start - 40), m.start);
      const named = employerMentions(ctx).some((x) => x.end <= m.start && m.start - x.end <= 3);
      if (!named && !/(?:the company|the firm|the hospital|the bank|the employer)\s*$/.test(before)) return false;
    }
    // "nobody from <employer> was at fault" denies it.
    if (/(?:liable|at fault|negligent)$/.test(words) && /(?<![a-z])(?:nobody|no one|none|neither)(?![a-z])/.test(ctx.folded.slice(Math.max(0, m.start - 40), m.start)))
      return false;
    // "<name>'s fault": only the employer's name ("was Acme's fault"), not "my dog's".
    if (/^[^ ]+(?:'s|s'|') fault$/.test(words)) {
      const apostrophe = m.start + words.lastIndexOf("'");
      if (!employerMentions(ctx).some((x) => x.end === apostrophe || x.end === apostrophe - 1)) return false;
      if (/(?<![a-z])(?:not|never|nobody|no one)(?![a-z])|n't/.test(ctx.folded.slice(Math.max(0, m.start - 30), m.start))) return false;
    }
    // A bare "that's on us" is also what a shop says with a free coffee: it admits liability only
    // next to a word of liability ("that's on us, legally we owe them interest").
    if (/^(?:it's|it is|that's|that is|this one's|this one is|this is|this was|that was|it was) on us$/.test(words) && !OWING.test(ctx.around(m.start, m.end, 120)))
      return false;
    // "it's 100% on us" admits a failure ("the parcel got lost"), not a round of drinks.
    if (/^(?:it|that|this)/.test(words) && / on us$/.test(words) && !FAILURE.test(ctx.around(m.start, m.end, 120))) return false;
    // "I admit we …" admits a failure ("we charged them twice"), not "I admit we love Mondays".
    if (/(?:admit|confess)/.test(words) && !FAILURE.test(ctx.around(m.start, m.end, 120)) && !OWING.test(ctx.around(m.start, m.end, 120)))
      return false;
    // "they're right": only about a claim against the organization.
    if (RIGHT.test(words) && !LAWSUIT_NEARBY.test(ctx.around(m.start, m.end, 200))) return false;
    const [start, end] = ctx.span(m.start, m.end);
    return { start, end, data: { words: ctx.text.slice(start, end) } };
  },
});
