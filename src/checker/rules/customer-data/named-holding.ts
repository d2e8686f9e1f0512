import { isWordCode, type RuleContext } from '../../context';
import { defineRule, type Hit } from '../../kinds/rule';
import { B, E, Gated } from '../_shared/org-voice';
import { HEALTH } from './_health';
import { FAMILY_BEFORE, namesIn, ORG_OR_PLACE_WORD, sentenceNear } from './_identity';

/**
 * The reviewer's test, not a phrase list: an identifiable private person (a titled surname, an
 * initial and surname, a full name told as a person, the occupant of a room, bed or seat) + a
 * record the organization holds about them (account, balance, booking, file, order, fine, claim,
 * loan, grades, treatment…) in the same sentence + the post told from the serving side (a
 * customer, client, patient or guest; a shift, a branch, a ward; "I processed", "came in").
 * Each alone is everyday; the three together are a customer's record made public.
 */

/** Records an organization keeps about the people it serves (folded, five languages). */
const RECORD = new Gated(
  [
    'account',
    'accounts',
    'balance',
    'booking',
    'reservation',
    'order',
    'orders',
    'refund',
    'fined',
    'claim',
    'loan',
    'mortgage',
    'invoice',
    'invoices',
    'subscription',
    'membership',
    'prescription',
    'results',
    'deposit',
    'deposited',
    'parcel',
    'shipment',
    'tracking',
    'payment',
    'overdue',
    'owes',
    'debt',
    'arrears',
    'declined',
    'renewed',
    'contract',
    'grades',
    'midterm',
    'exam',
    'final',
    'failed',
    'checked',
    'charge',
    'rent',
    'overdraft',
    'application',
    'background',
    'conviction',
    'settlement',
    'divorce',
    'custody',
    'screening',
    'treatment',
    'chart',
    'file',
    'records',
    'licence',
    'license',
    'seats',
    'expelled',
    'cheating',
    'foster',
    'visit',
    'visits',
    'sessions',
    'cuenta',
    'saldo',
    'reserva',
    'expediente',
    'pedido',
    'pedidos',
    'multa',
    'factura',
    'prestamo',
    'hipoteca',
    'deuda',
    'debe',
    'deve',
    'contrato',
    'receta',
    'tratamiento',
    'tratamento',
    'konto',
    'rechnung',
    'buchung',
    'akte',
    'bestellung',
    'kundennummer',
    'vertrag',
    'kredit',
    'mahnung',
    'schulden',
    'compte',
    'solde',
    'dossier',
    'commande',
    'amende',
    'facture',
    'pret',
    'dette',
    'conta',
    'fatura',
    'emprestimo',
    'divida',
    'mensalidade',
    'mensalidades',
    'servicio',
    'spent',
    'allergic',
    'medical',
    'passport',
    'passaporte',
    'pasaporte',
    'reisepass',
    'passeport',
    'paying',
    'pays',
    'payout',
    'chargeback',
    'case',
    'policy',
    'fines',
    'missed',
    'sessions',
    'card',
    'carte',
    'karte',
    'returned',
    'bought',
    'eviction',
    'tab',
    'disputed',
    'checkout',
    'third',
    'fourth',
    'fifth',
    '2nd',
    '3rd',
    '4th',
    '5th',
    'probation',
    'gpa',
    'transcript',
    'pension',
    'transfer',
    'traitement',
    'behandlung',
    'showed',
    'showing',
    'cancellation',
    'refill',
    'renewal',
    'resiliation',
    'behind',
    'credit',
    'score',
    'disconnection',
    'lieferung',
    'annule',
    'cancelled',
    'canceled',
    'tarjeta',
    'cartao',
  ],
  new RegExp(
    `${B}(?:${[
      'accounts?|balance|booking|reservation|orders?(?! (?:of|to|from) )|refund|fined|(?:a|the|his|her|their) fine|claim|loan|mortgage|invoices?|subscription|membership|prescription',
      '(?:test |lab |exam |biopsy |blood )?results|deposit(?:ed)?|parcel|shipment|tracking|payment|overdue|owes|debt|arrears|declined|renewed|contract',
      'grades|midterm|(?:the |his |her |their )?(?:final )?exam|failed (?:the|his|her|their|a|an|our) |checked (?:in|out)|service charge|(?:his|her|their) rent|overdraft',
      '(?:loan |mortgage |visa |credit )?application|background check|conviction|settlement|divorce|custody|screening|treatment|(?:his|her|their) (?:chart|file|records)|medical (?:records?|chart|file)',
      '(?:his|her|their) (?:licen[cs]e|seats?)|expelled|cheating|foster care|(?:second|third|\\d+(?:st|nd|rd|th)) visit|\\d+ (?:visits|sessions)',
      'cuenta|saldo|reserva|expediente|pedidos?|multa|factura|prestamo|hipoteca|deuda|debe|contrato|receta|tratamiento|servicio de habitaciones',
      'konto|rechnung|buchung|akte|bestellung|kundennummer|vertrag|kredit|mahnung|schulden',
      'compte|solde|reservation|dossier|commande|amende|facture|pret|dette',
      'spent (?:over |about |like )?[$€£]?\\d[\\d,.]*\\s?(?:k|grand|bucks|dollars|euros|pounds)?|allergic to',
      'passport|passaporte|pasaporte|reisepass|passeport|(?:paying|pays) for (?:the|a|his|her|their|\\d)|payout|chargeback|case #?\\d{4,}',
      'policy (?:ref|reference|number|no)|fines',
      '(?:card|carte|karte|tarjeta|cartao) (?:\\w+ ){0,2}(?:blocked|locked|suspended|frozen|declined|bloquee?|gesperrt|bloquead[oa])',
      'returned \\d+|no-?show(?:ed|ing)|cancellation (?:request|fee)|refills?|renewal|resiliation|behind on (?:their|his|her|the)|credit (?:app|application|score|limit)|score (?:of )?\\d{3}',
      'bought \\d+|eviction|(?:bar|minibar|room|bill|dinner) tab|disputed (?:the|a|his|her|their)|at checkout|behind on (?:\\w+ )?(?:rent|payments?|bills?|mortgage|loan)',
      '(?:third|fourth|fifth|2nd|3rd|4th|5th) (?:\\w+ ){0,2}(?:this|in a|of the) (?:week|month|year)|(?:academic )?probation|gpa|transcript|pension (?:transfer|payout|claim)|transfer (?:of|to) [$€£]?\\d|traitement|behandlung',
      'disconnection|lieferung|a annule|cancell?ed (?:his|her|their)',
      '(?:\\d+ )?missed sessions|\\d+ sessions',
      'conta|fatura|emprestimo|divida|deve|mensalidades?|tratamento',
    ].join('|')})${E}`,
    'g',
  ),
  24,
  32,
);

/** The post is told from the serving side: a role served, a workplace, a work act (folded, five languages). */
const SERVING = new Gated(
  [
    'customer',
    'customers',
    'client',
    'clients',
    'patient',
    'patients',
    'guest',
    'guests',
    'passenger',
    'passengers',
    'tenant',
    'tenants',
    'applicant',
    'candidate',
    'policyholder',
    'caller',
    'regular',
    'vip',
    'student',
    'shift',
    'branch',
    'counter',
    'desk',
    'ward',
    'clinic',
    'pharmacy',
    'internship',
    'intern',
    'processed',
    'processing',
    'process',
    'helped',
    'delivered',
    'fined',
    'called',
    'rang',
    'ticket',
    'work',
    'depot',
    'nurse',
    'physio',
    'firm',
    'recruiting',
    'counsellor',
    'counselor',
    'class',
    'came',
    'walked',
    'teaching',
    'tutoring',
    'shop',
    'store',
    'venue',
    'legal',
    'system',
    'cliente',
    'clientes',
    'paciente',
    'pacientes',
    'huesped',
    'kunde',
    'kunden',
    'kundin',
    'patientin',
    'gast',
    'turno',
    'schicht',
    'filiale',
    'farmacia',
    'apotheke',
    'pharmacie',
    'plantao',
    'bed',
    'bay',
    'seat',
    'flat',
    'room',
    'zimmer',
    'habitacion',
    'chambre',
    'quarto',
    'kundennummer',
    'mahnung',
    'collections',
    'outstanding',
    'blocked',
    'locked',
    'suspended',
    'bloque',
    'bloquee',
    'gesperrt',
    'bloqueada',
    'bloqueado',
    'tracking',
    'shipment',
    'refund',
    'claim',
    'booking',
    'parcel',
    'pharmacist',
    'billing',
    'third',
    'fourth',
    'fifth',
    'employee',
    'frontdesklife',
    'nurselife',
    'pharmacylife',
    'banklife',
    'retaillife',
    'supportlife',
    'teacherlife',
    'hotellife',
    'dossier',
    'file',
    'expediente',
    'akte',
    'hospede',
    'club',
    'floor',
    'portal',
    'queue',
    'register',
    'till',
    'reception',
    'atendi',
    'atendimos',
    'atendio',
    'livre',
    'geliefert',
    'packed',
    'served',
    'serving',
    'member',
    'members',
    'clienta',
    'socio',
    'socia',
    'adherent',
    'adherente',
    'kam',
    'vino',
    'venu',
    'venue',
    'veio',
    'cashier',
    'audit',
    'suite',
    'table',
    'mesa',
    'tisch',
    'centre',
    'center',
    'office',
    'driver',
  ],
  new RegExp(
    `${B}(?:${[
      '(?:our|my|the|a|this|that|one|another|new|vip|regular) (?:[a-z]+ )?(?:customers?|clients?|patients?|guests?|passengers?|tenants?|applicants?|candidates?|policyholders?|callers?)',
      'customer|client|patient|guest|passenger|tenant|policyholder|my (?:favou?rite )?regulars?|our vip',
      '(?:in|from) my class|student in my|(?:my|our) students?',
      '(?:my|the|night|day|double|late|early) shift|(?:at|in|behind|to) (?:the|our|my) (?:[a-z]+ )?(?:branch|counter|desk|ward|clinic|pharmacy|depot|shop|store|office|venue|firm|practice)',
      '(?:working|work) (?:in |at )?(?:the )?(?:pharmacy|clinic|ward|branch|desk|counter|reception)|at work|(?:nurse|teacher|pharmacy|bank|hotel|support|retail|courier|warehouse|physio|ta) (?:life|diary|update)',
      '(?:day \\d+ of )?my internship|recruiting at|teaching assistant|tutoring|school counsell?or|physio update|legal wants|our firm',
      '(?:i|we|just|had to|been) (?:processed|processing|process|helped|delivered|fined|called|rang|approved|declined|refunded|booked|checked)|(?:processing|helped|delivered)(?= )',
      '(?:rang|called) (?:again|us|me|the \\w+)|support ticket|ticket from|came (?:in|into)|walked (?:in|into)|picked up (?:his|her|their)|(?:on|in|from) (?:the|our) system',
      'cliente|clientes|paciente|huesped|kunde|kundin|(?:der|die|unser\\w*|mein\\w*) (?:patient|patientin|gast)|(?:le|la|un|une|mon|ma|notre) (?:client|cliente|patient|patiente)',
      '(?:room|bed|bay|seat|flat|zimmer|habitacion|chambre|quarto) #?\\d{1,4}[a-z]?|kundennummer|mahnung|(?:to|in) collections',
      '(?:deposit|balance|invoice|payment)s? (?:still )?outstanding|(?:account|card|compte|cuenta|konto|conta|carte|karte|tarjeta) (?:\\w+ ){0,2}(?:blocked|locked|suspended|bloquee?|gesperrt|bloquead[oa])',
      'tracking (?:#|no\\.? |number )?[a-z]{0,3}-?\\d{4,}|(?:shipment|refund|claim|booking|parcel|order) for',
      'pharmacist|billing (?:ticket|system|team)|(?:for )?the (?:third|fourth|fifth) time',
      '(?<=#)employee|(?:frontdesk|hotel|nurse|pharmacy|bank|retail|support|teacher)life',
      '(?:le )?dossier (?:de|du)|the file (?:on|of|for)|(?:el )?expediente (?:de|del)|(?:die )?akte (?:von|des)|(?:o|a) hospede|at my club|(?:on|in|to) the (?:\\w+ )?system',
      '(?:at|in|behind|to|on|from|through) (?:the|our|my) (?:[a-z]+ ){0,2}(?:desk|floor|portal|queue|register|till|reception)',
      'atend(?:i|imos|io) (?:a|al|a la|o|a senhora|o senhor)|livre (?:un|une|des|chez|a)|geliefert|packed (?:an? |the |his |her |their )?(?:order|parcel|box|bag)|(?:i|we) (?:served|am serving|were serving)',
      '(?:our|a|the|top|plus|premium|gold|vip|loyalty|perks|gym|club) (?:\\w+ )?members?|clienta|socios?|socias?|adherente?s?',
      'kam (?:heute )?(?:wieder|schon wieder|heute|in die)|vino (?:a la|al|hoy|otra vez)|est venue?|veio (?:a|ao|hoje|de novo)',
      'cashier|night audit|(?:suite|table|mesa|tisch) #?\\d{1,3}\\b|call (?:centre|center)|back office|(?:delivery )?driver here|fined (?:an? )?(?:mr|mrs|ms|miss|passenger|customer|driver)|filiale',
      '(?:mi|meu|no|el) turno|(?:meine|in der|nach der) schicht|(?:der|die|in der) filiale|farmacia|apotheke|pharmacie|plantao',
    ].join('|')})${E}`,
    'g',
  ),
  24,
  40,
);

/** Titles a customer carries; a doctor's or an official's title names staff or public people instead (original text). */
const CUSTOMER_TITLE =
  /^(?:Mrs|Mr|Ms|Mx|Miss|Sr|Sra|Srta|Herr|Frau|Mme|Mlle|[Ss]eñora|[Ss]eñor|[Dd]oña|[Ss]enhora|[Ss]enhor|Dona|Madame|Monsieur|Signora|Signor)\b/;
const OTHER_TITLE =
  /^(?:Dr|Dra|Prof|Coach|Pastor|Father|Rev|Officer|Judge|Mayor|Senator|Governor|Councilman|Councilwoman|Principal|Sheriff|Alcalde|Alcaldesa|Bürgermeister|Maire|Prefeito|Prefeita)\b/;

/** A surname in brackets after a pet or an item, as a practice lists its clients: "Pepper (Lindqvist – …)" (original). */
const BRACKETED_SURNAME = /\(([A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+(?:[-'’][A-Z][a-z]+)?(?: [A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+)?)(?:[,)–—-]|\s[–—-])/g;

/** Someone told as a person: a pronoun, a possessive or a person's verb after the name (original text, lower-cased). */
const PERSON_AFTER =
  /^(?:['’]s?\b|[^.!?]{0,100}?\b(?:his|her|him|she|he|hers|sus?|sein\w*|ihr\w*|son|sa|ses|seu|sua)\b|,?\s+(?:in|from) (?:year|grade|room|bed|bay|flat|unit|seat) \d)/;

/** A person right before the name: the role the organization serves them in (lower-cased original). */
const ROLE_BEFORE =
  /(?:atend[ií] a|atendimos a|served|helped|delivered to|packed (?:an? )?order for|livré à|livré chez|geliefert an|customer|client|patient|guest|passenger|tenant|applicant|candidate|student|member|policyholder|caller|owner|vip|regular|cliente|paciente|huesped|hospede|kunde|kundin|patientin|gast|o cliente|a cliente)\s*$/;

/** A capitalized run that starts with the role: "Passenger Klaus Brenner", "Kunde Jonas Weber" (original). */
const ROLE_FIRST = /^(?:Customer|Client|Patient|Guest|Passenger|Tenant|Applicant|Candidate|Student|Member|Policyholder|Caller|Owner|Subscriber|Cliente|Clienta|Paciente|Huésped|Hóspede|Kunde|Kundin|Patientin|Gast|Socio|Socia|Adhérent|Adhérente)\s/;

/** Staff, kin, friends or famous people around the name: not someone served (lower-cased original). */
const NOT_SERVED_BEFORE =
  /(?:colleague|coworker|co-worker|teammate|manager|boss|supervisor|ceo|cfo|founder|director|friend|neighbou?r|son|daughter|wife|husband|partner|mom|mum|dad|mother|father|brother|sister|cousin|aunt|uncle|grandma|grandpa|congrats to|congratulations to|welcome|kollegin|kollege|colega|collegue|amig[oa]|ami|amie|freund|freundin)\s*,?\s*$/;
const NOT_SERVED_AFTER =
  /^,?\s+(?:from (?:hr|accounting|finance|it|legal|marketing|sales|payroll|ops|our|the \w+ team)|(?:our|my|the) (?:\w+ ){0,2}(?:manager|director|lead|colleague|coworker|nurse|doctor|pharmacist|teller|intern|ceo|cfo|coo|vp|teacher|founder))\b/;

/** The record is the author's own: "my account", "our invoice", "mi cuenta" (folded, right before the record). */
const OWN_BEFORE = /(?:^|[^a-z])(?:i|i've|my|mi|mis|mein\w*|mon|ma|mes|meu|minha|meus|minhas)\s+(?:[a-z']+\s+)?$/;

/** The occupant of a numbered room, bed or seat: "the guy in room 214", "Zimmer 17", "la habitación 305" (folded). */
const OCCUPANT =
  /(?:guy|lady|man|woman|gentleman|patient|guest|passenger|kid|boy|girl|family|couple|tenant|resident|senor|senora|herr|frau|mr|mrs|ms)\.?\s+(?:\w+\s+){0,3}?(?:in|from|at|of|aus|de|del|da|do|im|in der)\s+(?:the\s+|la\s+)?(?:room|bed|bay|seat|flat|unit|apt|apartment|cabin|suite|zimmer|habitacion|chambre|quarto|cama|lit|leito)\s+#?\d{1,4}[a-z]?\b/;

/** Something in a window that may be a name: a capital after a word inside a sentence, an initial, a bracketed word (original). */
const NAME_HINT = /[\p{Ll},;:)]\s+[A-ZÀ-ÖØ-Þ]|(?:^|\s)[A-Z]\.\s?[A-Z]|\([A-ZÀ-ÖØ-Þ]|^(?:Mrs?|Ms|Herr|Frau|Sra?|Mme|Madame|Monsieur|Señora?|Senhora?|Don|Dona|Passenger|Customer|Client|Patient|Guest|Kunde|Kundin|Cliente|Paciente)\b/mu;
/** A numbered room, bed or seat in the window (folded). */
const PLACE_NUMBER = /\b(?:room|bed|bay|seat|flat|unit|apt|apartment|cabin|suite|zimmer|habitacion|chambre|quarto|cama|lit|leito)\s+#?\d/;

interface Span {
  start: number;
  end: number;
  text: string;
}

/** An identifiable private person in original [from, to): a titled surname, an initial + surname, a full name told as a person. */
function personIn(ctx: RuleContext, from: number, to: number): Span | undefined {
  const text = ctx.text;
  for (const n of namesIn(ctx, from, to)) {
    if (ORG_OR_PLACE_WORD.test(n.text) || OTHER_TITLE.test(n.text)) continue;
    const before = text.slice(Math.max(0, n.start - 32), n.start).toLowerCase();
    if (FAMILY_BEFORE.test(before) || NOT_SERVED_BEFORE.test(before)) continue;
    const after = text.slice(n.end, n.end + 60).toLowerCase();
    if (NOT_SERVED_AFTER.test(after)) continue;
    const titled = CUSTOMER_TITLE.test(n.text);
    // "J. Whitfield", "R. Castellano": an initial and a surname, not an abbreviation.
    const initial = /^[A-Z]\.\s?[A-Z][a-z]{2,}/.test(n.text);
    const spaced = n.text.split(/\s+/).length >= 2;
    if (titled || initial) return n;
    if (spaced && (ROLE_BEFORE.test(before) || ROLE_FIRST.test(n.text) || PERSON_AFTER.test(after))) return n;
  }
  BRACKETED_SURNAME.lastIndex = 0;
  const slice = text.slice(from, to);
  for (let m = BRACKETED_SURNAME.exec(slice); m; m = BRACKETED_SURNAME.exec(slice)) {
    const s = from + m.index + 1;
    const word = m[1] ?? '';
    // Only after a pet's name or a room number: "Pepper (Lindqvist", "room 214 (Pereira)".
    if (ORG_OR_PLACE_WORD.test(word) || !/(?:\b[A-Z][a-z]+|\b(?:[Rr]oom|[Bb]ed|[Bb]ay|[Ss]eat|[Ff]lat|[Uu]nit|Zimmer|[Hh]abitación|[Cc]hambre|[Qq]uarto) \d{1,4}[A-Za-z]?) $/.test(slice.slice(Math.max(0, m.index - 24), m.index))) continue;
    return { start: s, end: s + word.length, text: word };
  }
  return undefined;
}

/** A full stop that ends a sentence, not an initial or a title ("J. Whitfield", "Mr. Lopez"): the word before has 4+ letters or a digit. */
function endsSentence(folded: string, dot: number): boolean {
  let k = dot;
  while (k > 0 && isWordCode(folded.charCodeAt(k - 1))) k--;
  return dot - k >= 4 || /\d/.test(folded.slice(k, dot));
}

/** The sentence around folded offset `i`, at most `limit` characters each way, not cut at initials or titles. */
function sentenceOf(folded: string, i: number, limit = 200): [number, number] {
  let [s, e] = sentenceNear(folded, i, limit);
  const lo = Math.max(0, i - limit);
  const hi = Math.min(folded.length, i + limit);
  while (s > lo + 1 && folded.charCodeAt(s - 1) === 46 && !endsSentence(folded, s - 1)) s = sentenceNear(folded, s - 1, limit)[0];
  while (e < hi && folded.charCodeAt(e - 1) === 46 && !endsSentence(folded, e - 1)) e = sentenceNear(folded, e + 1, limit)[1];
  return [Math.max(s, lo), Math.min(e, hi)];
}

function detailHit(ctx: RuleContext, start: number, end: number): Hit | undefined {
  const folded = ctx.folded;
  if (OWN_BEFORE.test(folded.slice(Math.max(0, start - 24), start))) return undefined;
  const [ss, se] = sentenceOf(folded, start);
  const from = Math.max(ss, start - 140);
  const to = Math.min(se, end + 100);
  const [ofrom, oto] = ctx.span(from, to);
  // Cheap first: a capital inside a sentence, an initial or a bracket; most windows have none.
  const who = NAME_HINT.test(ctx.text.slice(ofrom, oto)) ? personIn(ctx, ofrom, oto) : undefined;
  if (who) return { start: who.start, end: who.end, data: { who: who.text } };
  const window = folded.slice(from, to);
  const occ = PLACE_NUMBER.test(window) ? OCCUPANT.exec(window) : null;
  if (occ) {
    const [os, oe] = ctx.span(from + occ.index, from + occ.index + occ[0].length);
    return { start: os, end: oe, data: { who: ctx.text.slice(os, oe) } };
  }
  return undefined;
}

export default defineRule({
  description:
    'An identifiable private person (a titled surname, an initial and surname, a full name, the occupant of a room or bed) with a record the organization holds about them (account, balance, booking, order, fine, claim, loan, grades, treatment), told from the serving side ("Mr Dabrowski rang again about his overdue balance", "Frau Köhler aus Zimmer 17 wurde operiert").',
  severity: 'block',
  messages: {
    default:
      'This names someone we serve ("{who}") together with a record we hold about them; leave out the name and the specifics.',
  },
  detect(ctx) {
    const record = RECORD.near(ctx);
    const health = HEALTH.near(ctx);
    if (!record && !health) return [];
    const employer = ctx.employerMentions.length > 0;
    if (!employer && !SERVING.near(ctx)) return [];
    // The person and the record first (rare together); the serving side, the dearest test, last and once.
    let serving: boolean | undefined;
    const served = (): boolean => (serving ??= employer || SERVING.test(ctx));
    for (const gate of [record ? RECORD : undefined, health ? HEALTH : undefined]) {
      if (!gate) continue;
      for (const m of gate.all(ctx, 0, Number.POSITIVE_INFINITY, 6)) {
        const hit = detailHit(ctx, m.start, m.end);
        if (hit) return served() ? [hit] : [];
      }
    }
    return [];
  },
});
