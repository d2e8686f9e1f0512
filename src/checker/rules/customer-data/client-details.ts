import type { RuleContext } from '../../context';
import { defineRule, type Hit } from '../../kinds/rule';
import { B, E, Gated } from '../_shared/org-voice';
import { capitalizedSubjectBefore, capitalizedWordNear, namesIn, sentenceNear } from './_identity';

const ROLES = [
  'ceo',
  'cfo',
  'cio',
  'cto',
  'coo',
  'cmo',
  'ciso',
  'cdo',
  'vp',
  'svp',
  'evp',
  'gm',
  'pdg',
  'dg',
  'daf',
  'head',
  'director',
  'directora',
  'directeur',
  'directrice',
  'diretor',
  'diretora',
  'founder',
  'owner',
  'president',
  'chair',
  'controller',
  'buyer',
  'champion',
  'admin',
  'administrator',
  'manager',
  'lead',
  'gerente',
  'jefe',
  'jefa',
  'leiter',
  'leiterin',
  'geschaftsfuhrer',
  'geschaftsfuhrerin',
  'responsable',
  'person',
  'guy',
  'clerk',
  'contact',
];

/** A client's named contact: "their CFO Lena Ortiz", "Their VP of Customer Success, Dan Brooks" (folded). */
const CONTACT = new Gated(
  ROLES,
  new RegExp(
    `${B}(?:their|whose|su|sus|ihre?|deren|leur|seu|sua) (?:${[
      'ceo|cfo|cio|cto|coo|cmo|ciso|cdo|vp|svp|evp|gm|pdg|dg|daf',
      'head|director|directora|directeur|directrice|diretor|diretora|founder|co-founder|owner|president|chair',
      'controller|buyer|champion|admin|administrator|manager|lead|gerente|jefe|jefa|leiter|leiterin|geschaftsfuhrer(?:in)?|responsable',
      '(?:ap|ar|it|finance|procurement|billing|data|ops|purchasing) (?:person|guy|lead|clerk|manager|contact|director)',
    ].join('|')})(?: of [^,.\\n]{1,40}?)?(?=,?\\s+\\S)`,
    'g',
  ),
  24,
  56,
);

/** The post is about a customer relationship, not public news about a company. */
const CLIENT_CONTEXT = new Gated(
  [
    'customer',
    'customers',
    'client',
    'clients',
    'account',
    'accounts',
    'deal',
    'contract',
    'renewal',
    'invoice',
    'signed',
    'onboard',
    'onboarded',
    'onboarding',
    'churn*',
    'concept',
    'poc',
    'pilot',
    'vendor',
    'using',
    // "our product", "our portfolios": filed under the object, far rarer than "our"
    'product',
    'model',
    'tool',
    'platform',
    'software',
    'dashboard',
    'dashboards',
    'api',
    'portfolio',
    'portfolios',
    'fund',
    'funds',
    'plan',
    'plans',
    'service',
    'services',
    'cliente',
    'clientes',
    'clienta',
    'clientas',
    'kunde',
    'kunden',
    'kundin',
    'member',
    'members',
    'premium',
    'premiums',
    'coverage',
    'copay',
    'copays',
    'appeal',
    'claim',
    'claims',
    'insurance',
    'bill',
    'deductible',
    'mortgage',
    'mortgages',
    'loan',
    'loans',
    'aum',
    'trust',
    'wealth',
    'heloc',
    'overdrawn',
    'overdraft',
    'cuenta',
    'konto',
    'compte',
    'conta',
    // Service to customers: arrears and cut-offs, refunds, credit applications
    'arrears',
    'credit',
    'disconnection',
    'disconnections',
    'refund',
    'refunds',
  ],
  new RegExp(
    `${B}(?:arrears|credit (?:app|application|check|file)s?|disconnections?|refunds?|mortgages?|loans?|heloc|overdrawn|overdraft|cuenta|konto|compte|conta|aum|family trust|wealth|members?|premiums?|coverage|copays?|appeal|claims?|insurance|bill|deductible|customers?|clients?|accounts?|deal|contract|renewal|invoice|signed|onboard(?:ed|ing)?|churn\\w*|proof of concept|poc|pilot|vendor|using our|our (?:product|model|tool|platform|software|dashboards?|api|portfolios?|funds?|plans?|services?)|customer base|clientes?|clientas?|kunden?|kundin|cliente)${E}`,
    'g',
  ),
  8,
  24,
);

/** Non-public details about a client's account and business with us (folded). */
const DETAIL = new Gated(
  [
    'overdue',
    'due',
    'late',
    'unpaid',
    'outstanding',
    'arrears',
    'collections',
    'behind',
    'owe',
    'owes',
    'paid',
    'discount',
    'delete',
    'signed',
    'renewed',
    'closed',
    'invoice',
    'quote',
    'contract',
    'renewal',
    'proposal',
    'statement',
    'churn',
    'churning',
    'vencida',
    'impagada',
    'pagar',
    'uberfallig',
    'offen',
    'unbezahlt',
    'impaye',
    'impayee',
    'impayees',
    'impayes',
    'retard',
    'atrasada',
    'aberto',
    'premium',
    'premiums',
    'rate',
    'rates',
    'denied',
    'refused',
    'rejected',
    'claim',
    'appeal',
    'prior',
    'loan',
    'mortgage',
    'application',
    'bill',
    'balance',
    'copay',
    'deductible',
    'debt',
    'called',
    'cover',
    'closed',
    'funded',
    'approved',
    'originated',
    'booked',
    'trust',
    'estate',
    'household',
    'foundation',
    'score',
    'savings',
    'checking',
    'account',
    'overdrawn',
    'cuenta',
    'konto',
    'compte',
    'conta',
    'acct',
    'secret',
    'hidden',
    'offshore',
    'second',
    'zweitkonto',
    'schwarzgeldkonto',
    'worth',
    'credit',
    'history',
    'logs',
    'tickets',
    'requests',
    'complaints',
    'chargebacks',
    'checked',
    'looked',
    'pulled',
    'reviewed',
  ],
  new RegExp(
    `${B}(?:${[
      // An account the client keeps from others: "found his second checking acct", "una cuenta secreta"
      // (one alternative per word: each is filed under its rare word, not under "account")
      '(?:his|her|their|the|a|an|another) secret (?:(?:checking|savings|bank|brokerage|credit card) )?(?:account|acct)',
      '(?:his|her|their|the|a|an|another) hidden (?:(?:checking|savings|bank|brokerage|credit card) )?(?:account|acct)',
      '(?:his|her|their|the|a|an|another) offshore (?:(?:checking|savings|bank|brokerage|credit card) )?(?:account|acct)',
      '(?:his|her|their|the) second (?:(?:checking|savings|bank|brokerage|credit card) )?(?:account|acct)',
      'cuenta (?:bancaria )?(?:secreta|oculta|a escondidas|en suiza)|(?:geheimes?|heimliches?) konto|zweitkonto|schwarzgeldkonto',
      'compte (?:bancaire )?(?:cache|secret|en suisse)|conta (?:bancaria )?(?:secreta|escondida|na suica)',
      '(?:account|invoice|payment|bill|balance)s? (?:is|are|was|were|has been|have been) (?:\\w+ ){0,3}(?:overdue|past due|late|unpaid|outstanding|in arrears|in collections)',
      '(?:months?|weeks?|days?) (?:overdue|past due|behind on)',
      'owes? us',
      "(?:hasn't|haven't|still hasn't|never) paid",
      'asked (?:us )?for an? \\d+ ?% discount',
      '(?:asked|want|wants|requested|demanded) (?:us )?to delete (?:all )?(?:of )?their data',
      '(?:just )?(?:signed|renewed|closed) (?:a|an|the|their) [^.\\n]{0,40}(?:deal|contract|agreement|renewal)',
      '(?:invoice|quote|contract|renewal|proposal|statement) (?:for|to|with) (?=[a-z])',
      '(?:is|are) (?:about to )?churn(?:ing)?',
      // A client's deal size: "contract worth £2.1m a year"
      '(?:contract|deal|account|renewal|agreement)s? (?:is |was |now )?worth (?:about |around |over |nearly |almost |roughly )?[£$€]? ?\\d[\\d.,]*\\s?(?:k|m|mm|bn|million|billion)?',
      // What support sees of a customer: "I can literally see your account", "sent me 14 tickets"
      '(?:i|we) can (?:literally |actually |clearly |even )?see (?:your|his|her|their) (?:account|(?:order|purchase|payment|ticket|chat|support) (?:history|logs?))(?=\\s*[:;.!?,—–-]|\\s+(?:and|right now)\\b)',
      '(?:sent|opened|filed|submitted|raised|made|logged|lodged|registered|racked up) (?:me |us )?(?:\\d+|three|four|five|six|seven|eight|nine|ten|a dozen) (?:support )?(?:tickets|refund requests|complaints|chargebacks)',
      // Support looking a customer up: "I checked your account — …", "we pulled up your policy and …"
      // (what follows must be the record's content: a renewal, a payment, an amount)
      "(?:i|we|i've|we've|i have|we have) (?:just )?(?:checked|looked into|pulled up|went through|reviewed) (?:your|his|her|their) (?:account|policy|order|claim|file|records?)(?=\\s*[:;,—–-]|\\s+and\\b)(?=[^.!?\\n]{0,80}?(?:renewal|premium|payment|balance|refund|invoice|charge|shipment|delivery|dispatch|went out|went through|[£$€]\\d))",
      '\\d+ (?:refund requests|chargebacks)',
      // an applicant's credit: "credit app … Jenna Holt, score 512"
      '(?<!\\bmy |\\bour )(?:credit (?:app|application|check|file)|loan application)[^.!?\\n]{0,80}?(?:credit )?score:? (?:of )?\\d{3}(?!\\d)',
      // Insurance, health billing and banking details of a person
      '(?:premium|premiums|rate|rates) (?:is|are|was|went|just went) (?:going )?(?:up|through the roof)',
      '(?:denied|refused|rejected) (?:coverage|the claim|(?:her|his|their) claim|(?:her|his|their) (?:appeal|prior auth\\w*))|(?:got|was|were) denied(?: coverage)?',
      '(?:claim|appeal|prior auth\\w*|loan|mortgage|application) (?:was|got|is|has been) (?:denied|rejected|approved|flagged)',
      '(?:bill|balance|copay|deductible|invoice|debt) (?:is|was|came to|came out to|of|for) (?:over |almost |nearly |about )?\\$[\\d,.]+k?',
      "(?:won't|will not|doesn't|does not|refuses? to|wouldn't) cover (?:her|his|their|them|him)",
      'called (?:member services|customer service|support|us|the (?:help ?line|hotline|call center)) \\d+ times',
      // "closed a $2M mortgage for Dr. Ana Ruiz", "funded the loan for the Okafors"
      '(?:closed|funded|approved|originated|booked|wrote|signed|refinanced) (?:a|an|the|their) (?:[^.\\n]|\\.\\d){0,40}(?:mortgage|loan|refi\\w*|heloc|line of credit|credit line|policy|annuity|lease) for (?!my |our |me |us |myself|a |an |the first|the (?:whole|entire) )',
      // A named person's money: "her credit score is 540", "$80k out of his savings", "Konto überzogen"
      '(?:his|her|their) (?:credit score|fico(?: score)?) (?:is|was|of|at) (?:like |only |just )?\\d{3}',
      // (after an amount; `\\b` cannot stand before "$")
      '(?<=\\d\\s?k? )(?:in|out of|into|from|sitting in) (?:his|her|their) (?:savings|checking|account|ira|401k|brokerage)',
      '(?:his|her|their) (?:account|checking|card) (?:is|was|got|went) (?:\\w+ )?overdrawn',
      '\\d[\\d.,]* ?(?:€|euros?|dolares|pesos) en su cuenta',
      '(?:sein|ihr) konto (?:\\w+ ){0,3}(?:uberzogen|im minus)',
      '\\d[\\d., ]* ?(?:€|euros?) sur son compte|son compte est (?:a decouvert|dans le rouge)',
      '\\d[\\d.,]* ?(?:reais|€|euros) na conta (?:dele|dela)|conta (?:dele|dela) (?:esta|ficou) no vermelho',
      // "the Hale family trust (~$18M AUM)": a client's holdings
      '(?:family )?(?:trust|estate|household|foundation|family office)(?: account)?,? \\(?~?(?:about |around |over |nearly |almost )?\\$[\\d.,]+\\s?(?:k|m|mm|b|bn|million|billion)?',
            '(?:cuenta|factura) (?:lleva|esta) (?:\\w+ ){0,3}(?:vencida|impagada|sin pagar)',
      '(?:rechnung|konto) (?:ist|sind) (?:\\w+ ){0,3}(?:uberfallig|offen|unbezahlt)',
      '(?:facture|compte) (?:est|sont) (?:\\w+ ){0,3}(?:impayee?s?|en retard)',
      '(?:fatura|conta) (?:esta|estao) (?:\\w+ ){0,3}(?:atrasada|vencida|em aberto)',
    ].join('|')})`,
    'g',
  ),
  72,
  72,
);

/** A named customer: "our client Jane Doe", "a cliente Fernanda Lima". */
const CUSTOMER_WORD = new Gated(
  ['client', 'customer', 'cliente', 'clienta', 'kunde', 'kundin'],
  /(?<![a-z0-9_])(?:client|customer|cliente|clienta|kunde|kundin)e?,?\s+/g,
  0,
  16,
);

/** A capitalized name right at `at` (original offset): "Lena Ortiz", or a single "Kim". */
function nameAt(ctx: RuleContext, at: number): number {
  const two = namesIn(ctx, at, at + 40).find((n) => n.start === at);
  if (two) return two.end;
  const single = /^[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+(?=[\s,.!?;:]|$)/.exec(ctx.text.slice(at, at + 30));
  return single ? at + single[0].length : -1;
}

function contactHit(ctx: RuleContext): Hit | undefined {
  for (const m of CONTACT.all(ctx)) {
    const after = /^,?\s+/.exec(ctx.folded.slice(m.end, m.end + 4));
    const at = m.end + (after?.[0].length ?? 0);
    if (!ctx.isCapitalizedAt(at)) continue;
    const [ns] = ctx.span(at, at + 1);
    const end = nameAt(ctx, ns);
    if (end < 0) continue;
    const [start] = ctx.span(m.start, m.start + 1);
    return { start, end, data: { detail: ctx.text.slice(start, end) } };
  }
  return undefined;
}

function namedCustomerHit(ctx: RuleContext): Hit | undefined {
  for (const m of CUSTOMER_WORD.all(ctx)) {
    if (!ctx.isCapitalizedAt(m.end)) continue;
    const [ns] = ctx.span(m.end, m.end + 1);
    const name = namesIn(ctx, ns, ns + 40).find((n) => n.start === ns);
    if (!name || name.text.split(/\s+/).length > 3) continue;
    return { start: name.start, end: name.end, data: { detail: name.text } };
  }
  return undefined;
}

/** The customer addressed by their handle: "@kyle_ttv I can see your account". */
const HANDLE = /(?:^|\s)@[A-Za-z0-9_]{2,}/;

/** The author's own family: "my son Tom put $200 in his savings" is not a client. */
const FAMILY =
  /\b(?:my|our) (?:son|daughter|kids?|children|wife|husband|partner|mom|mum|dad|mother|father|brother|sister|grand\w+|parents|nephew|niece|cousin|uncle|aunt)\b/;

function detailHit(ctx: RuleContext): Hit | undefined {
  const folded = ctx.folded;
  const text = ctx.text;
  for (const m of DETAIL.all(ctx)) {
    const [start, end] = ctx.span(m.start, m.end);
    // The client must be named close by: in this sentence or the one before.
    const [ss, se] = sentenceNear(folded, m.start);
    if (FAMILY.test(folded.slice(ss, se))) continue;
    const [ps] = sentenceNear(folded, Math.max(0, ss - 2));
    const [from, to] = ctx.span(ps, se);
    const named =
      HANDLE.test(text.slice(from, to)) ||
      namesIn(ctx, from, to + 40).length > 0 ||
      capitalizedWordNear(ctx, from, Math.min(text.length, to + 40)) ||
      capitalizedSubjectBefore(ctx, start);
    if (named) return { start, end, data: { detail: text.slice(start, end) } };
  }
  return undefined;
}

export default defineRule({
  description:
    'Identifiable clients with non-public details: a client’s named contact ("their CFO Lena Ortiz"), a named customer, or a named company with its overdue account, deal terms or data request.',
  severity: 'block',
  messages: {
    default:
      'This names a client with details that are not public ("{detail}"); describe the story without the customer’s name or specifics.',
  },
  detect(ctx) {
    if (!CLIENT_CONTEXT.test(ctx)) return [];
    const hit = contactHit(ctx) ?? namedCustomerHit(ctx) ?? detailHit(ctx);
    return hit ? [hit] : [];
  },
});
