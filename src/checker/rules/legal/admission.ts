import { gatedPhrases, hasWorkContext } from '../_shared/biz-signals';

/**
 * Admissions of fault or liability in the organization's name: "it was our fault", "we're
 * liable for every credit", "we've known for years", "we owe every affected customer
 * compensation". Only about work: "it was our fault we missed the bus" is not a breach.
 */
/** Incidents and defects: what a company is at fault for, in five languages. */
const INCIDENT =
  /(?<![a-z])(?:breach\w*|outages?|sla|gdpr|hipaa|users|patients?|bugs?|defects?|flaws?|vulnerab\w*|issues?|problems?|recalls?|safety|fix(?:ed)?|accessib\w*|data|leaks?|incidents?|doses?|medications?|surgery|surgeries|diagnos\\w*|treatments?|care|caida|servicio|fallos?|errores|incidentes?|datos|ausfall|fehler|panne|donnees|falhas?|dados)(?![a-z])/;

export default gatedPhrases({
  description:
    'Admissions of liability or fault on behalf of the organization: "we\'re liable", "it was our fault".',
  severity: 'warn',
  message:
    'This admits fault or liability for the company (“{words}”); statements like this are made by the legal team.',
  phrases: [
    // English
    "(we're|we are|we were|we'll be|we will be|the company is|the company was) (fully |totally |completely |legally |100% )?(liable|at fault|negligent|responsible for (the|this|that) (breach|outage|leak|exposure|incident|data loss|injur\\w+|accident))",
    "(was|is|were|it's|its) (entirely |totally |completely |100% |all |really |squarely )?(our|the company's|my team's|our team's) fault",
    'our fault,? not',
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
    '(we|the company) (broke|breached|violated) (the |our |their )?(sla|contract|law|gdpr|hipaa|terms|agreement|regulations?)',
    // Spanish
    '(fue|es) (culpa nuestra|nuestra culpa)',
    '(somos|fuimos) (responsables|culpables)',
    // German
    '(es war |ist )?unsere schuld',
    'wir haften',
    'wir haben (die )?(kunden|nutzer|patienten|gaste|fahrgaste|kundinnen) (falsch informiert|getauscht|belogen|betrogen|in die irre gefuhrt)',
    // English, the same: "we misled customers", "we lied to our users"
    '(we|the company) (misled|lied to|deceived|misinformed) (our |the )?(customers|users|clients|patients|passengers|subscribers|investors|regulators)',
    // French
    "c'(est|etait) (de )?notre faute",
    '(nous sommes|on est) (responsables|fautifs)',
    // Portuguese
    '(foi|e) (culpa nossa|nossa culpa)',
    '(somos|fomos) (responsaveis|culpados)',
  ],
  stems: [
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
    'fautif',
    'fautifs',
  ],
  before: 80,
  when(ctx, m) {
    if (!hasWorkContext(ctx) && !INCIDENT.test(ctx.folded)) return false;
    const [start, end] = ctx.span(m.start, m.end);
    return { start, end, data: { words: ctx.text.slice(start, end) } };
  },
});
