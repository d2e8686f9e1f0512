import type { RuleContext } from '../../context';
import { defineRule, type Hit } from '../../kinds/rule';
import { B, E, Gated, type GateMatch } from '../_shared/org-voice';
import { HEALTH } from './_health';
import { FAMILY_BEFORE, type NameSpan, namesIn } from './_identity';

/**
 * Customers of any trade, named with what the organization knows about them: a passenger with a
 * seat, flight, booking reference or loyalty tier, a guest in a room, an applicant or student with
 * scores or an admission decision, any of them with a health event. Patients proper are the
 * patient-details rule's, clients with accounts the client-details rule's.
 */

/** A customer's role right before their name: "passenger Ana Ruiz", "la huésped Sra. Gómez" (folded). */
const ROLE = new Gated(
  [
    'passenger',
    'passengers',
    'customer',
    'regular',
    'shopper',
    'subscriber',
    'patron',
    'guest',
    'guests',
    'traveler',
    'traveller',
    'flyer',
    'flier',
    'applicant',
    'applicants',
    'student',
    'students',
    'pupil',
    'pupils',
    'diner',
    'tenant',
    'borrower',
    'pasajero',
    'pasajera',
    'huesped',
    'viajero',
    'viajera',
    'solicitante',
    'aspirante',
    'estudiante',
    'alumno',
    'alumna',
    'passagier',
    'passagierin',
    'fluggast',
    'gast',
    'bewerber',
    'bewerberin',
    'studentin',
    'schuler',
    'schulerin',
    'passager',
    'passagere',
    'voyageur',
    'voyageuse',
    'etudiant',
    'etudiante',
    'eleve',
    'passageiro',
    'passageira',
    'hospede',
    'aluno',
    'aluna',
    'estudante',
    'vestibulando',
    // Members and players of a club, a gym or an online service
    'member',
    'player',
    'jugador',
    'jugadora',
    'socia',
    'mitglied',
    'spieler',
    'spielerin',
    'joueur',
    'joueuse',
    'adherent',
    'adherente',
    'jogador',
    'jogadora',
  ],
  new RegExp(
    `${B}(?:customer|regular|shopper|subscriber|patron|passengers?|guests?|travell?er|flyer|flier|applicants?|students?|pupils?|diner|tenant|borrower|pasajer[oa]|huesped|viajer[oa]|solicitante|aspirante|estudiante|alumn[oa]|passagier(?:in)?|fluggast|gast|bewerber(?:in)?|studentin|schuler(?:in)?|passagere?|voyageu(?:r|se)|etudiante?|eleve|passageir[oa]|hospede|alun[oa]|estudante|vestibulando|(?<!(?:team|staff|crew|board|family|council|band|cast|faculty|committee|club|party) )member|player|jugadora?|socia|mitglied|spieler(?:in)?|joueur|joueuse|adherente?|jogadora?)(?: (?:named|called|llamad[oa]|chamad[oa]|namens|nomme(?:e)?))?(?: (?:in|here) (?:today|yesterday|earlier|this morning|this afternoon|tonight))?(?: (?:in|de la|del|de|da|do|im|dans la|no|na) (?:(?:room|zimmer|habitacion|quarto|chambre|suite) )?(?:no\\.? |nr\\.? |#)?\\d{1,4}[a-z]?)?(?:[,:]|\\s[-–—])?\\s+(?:\\((?:[a-z-]+ ){0,3}[a-z-]+, ?|\\()?(?=\\S)`,
    'g',
  ),
  // Room before "member" for the look-behind that leaves out a team or a staff member.
  16,
  32,
);

/** What the organization records about a traveller or guest (folded); the kind is told by `travelKind`. */
const TRAVEL = new Gated(
  [
    'seat',
    'asiento',
    'sitz',
    'sitzplatz',
    'platz',
    'siege',
    'assento',
    'poltrona',
    'flight',
    'vuelo',
    'flug',
    'vol',
    'voo',
    'booking',
    'confirmation',
    'reservation',
    'pnr',
    'locator',
    'localizador',
    'buchungscode',
    'buchungsnummer',
    'reservierungsnummer',
    'codigo',
    'numero',
    'reference',
    'dossier',
    'platinum',
    'gold',
    'silver',
    'diamond',
    'titanium',
    'platino',
    'oro',
    'diamante',
    'platine',
    'senator',
  ],
  new RegExp(
    `${B}(?:${[
      // seats: "seat 3C", "asiento 14A", "Platz 22D", "siège 5F", "assento 12C"
      '(?:seat|asiento|sitzplatz|sitz|platz|siege|assento|poltrona) (?:no\\.? |nr\\.? |#)?\\d{1,2}[a-k]',
      // flights: "flight 311", "vuelo IB3170", "Flug LH 400", "vol AF1234", "voo TP 1351"
      '(?:flight|vuelo|flug|voo) (?:no\\.? |nr\\.? |number |numero |#)?(?:[a-z][a-z0-9] ?)?\\d{2,4}',
      'vol (?:n° |no |#)?[a-z][a-z0-9] ?\\d{2,4}',
      // booking references: "booking ref Q8ZT4M", "PNR: K7XQ2P", "localizador 5JH8KP", "Buchungscode X7Y2ZQ"
      '(?:booking|confirmation|reservation|pnr|record locator|localizador|buchungscode|buchungsnummer|reservierungsnummer|(?:codigo|numero) (?:de|da) reserva|reference (?:de )?(?:reservation|dossier)|dossier)(?: (?:ref(?:erence)?|code|number|no|nr|#))?\\.?:? ?#?[a-z0-9]{5,8}',
      // loyalty tiers: "Miles Platinum", "Gold member", "socio oro", "Senator-Status", "membre Platine"
      '(?:miles|rewards|club|loyalty|flyer|plus|status|honors|card|member|membre|socio|cliente|kunde|categoria|statut)[ -](?:platinum|gold|silver|diamond|titanium|platino|oro|diamante|platine|senator)',
      '(?:platinum|gold|silver|diamond|titanium|platino|diamante|platine|senator)[ -](?:member|status|tier|elite|flyer|card ?holder|cardmember|guest|level|socio|mitglied|membre|cliente|statut)',
    ].join('|')})${E}`,
    'g',
  ),
  40,
  24,
);

/** A course's graded work: "the midterm", "her final exam" (folded). */
const EXAM = '(?:the|his|her|their|this|that) (?:\\w+ )?(?:midterms?|finals?|exams?|quiz|essay)';

/** Test scores and grades of an applicant or student (folded). */
const SCORE = new Gated(
  [
    'sat',
    'act',
    'gre',
    'gmat',
    'lsat',
    'mcat',
    'toefl',
    'ielts',
    'enem',
    'gpa',
    'selectividad',
    'ebau',
    'abitur',
    'abiturnote',
    'abischnitt',
    'notenschnitt',
    'bac',
    'moyenne',
    'vestibular',
    'nota',
    'midterm',
    'midterms',
    'final',
    'finals',
    'exam',
    'quiz',
    'essay',
  ],
  new RegExp(
    `${B}(?:${[
      '\\d{2,4} (?:on (?:the|his|her|their) )?(?:sat|act|gre|gmat|lsat|mcat|enem)',
      '(?:sat|act|gre|gmat|lsat|mcat|toefl|ielts|enem|gpa)(?: score)?(?: of| was| is| de| von|:)? ?\\d{1,4}(?:[.,]\\d{1,2})?',
      '\\d[.,]\\d{1,2} (?:gpa|unweighted|weighted)',
      '(?:abiturnote|abischnitt|notenschnitt|nota media|nota final|moyenne(?: generale)?)(?: de| von| im abi| au bac)? \\d{1,2}(?:[.,]\\d{1,2})?',
      '(?:selectividad|ebau|abitur|bac|vestibular) (?:con |mit |avec |com )?(?:un |une |a )?\\d{1,2}(?:[.,]\\d{1,2})?',
      // A course grade: "got a D on the final", "41% on the midterm", "scored 12/50 on the quiz"
      `(?:got|gets|earned|scored|received|made) (?:an? )?(?:[a-f][+-]?|\\d{1,3}(?:[.,]\\d)?%|\\d{1,3}/\\d{2,3}) (?:on|in) ${EXAM}`,
      `\\d{1,3}(?:[.,]\\d)?% on ${EXAM}`,
    ].join('|')})${E}`,
    'g',
  ),
  // A course grade may come a few words before its exam ("got a D on her calculus final").
  40,
  16,
);

/** An admission or discipline decision about an applicant or student (folded). */
const DECISION = new Gated(
  [
    'waitlisted',
    'waitlist',
    'deferred',
    'rejected',
    'denied',
    'expelled',
    'suspended',
    'rescinded',
    'revoked',
    'probation',
    'flunked',
    'failed',
    'kicked',
    'lista',
    'rechazado',
    'rechazada',
    'expulsado',
    'expulsada',
    'suspendido',
    'suspendida',
    'suspendio',
    'warteliste',
    'abgelehnt',
    'exmatrikuliert',
    'zugelassen',
    'durchgefallen',
    'attente',
    'refuse',
    'refusee',
    'recale',
    'recalee',
    'exclu',
    'exclue',
    'redouble',
    'reprovado',
    'reprovada',
    'reprovou',
    'rejeitado',
    'rejeitada',
    'expulso',
    'expulsa',
    'jubilado',
    'jubilada',
  ],
  new RegExp(
    `${B}(?:${[
      '(?:got|was|were|been|being|is|are|gets|get)(?: \\w+)? (?:waitlisted|deferred|rejected|denied(?: admission)?|expelled|suspended|rescinded|kicked out)',
      '(?:put|placed|is|was) on (?:academic )?probation|academic probation|(?:on|to) the waitlist',
      '(?:flunked|failed) (?:out|(?:his|her|their|the) (?:\\w+ )?(?:class|course|exam|final|midterm|boards|year|semester|module))',
      'admission (?:was |got |has been )?(?:rescinded|revoked|denied)',
      '(?:quedo|esta|fue puest[oa]|entro) en (?:la )?lista de espera|(?:fue|ha sido|quedo) (?:rechazad[oa]|expulsad[oa]|suspendid[oa])|suspendio (?:el|la|los|las|todas|todo)',
      'auf (?:die|der) warteliste|wurde (?:\\w+ )?(?:abgelehnt|exmatrikuliert|nicht zugelassen)|durchgefallen',
      "(?:sur|en) liste d.attente|(?:a ete|est) (?:refusee?|recalee?|exclue?)|redouble",
      '(?:ficou|esta|entrou) na lista de espera|foi (?:reprovad[oa]|rejeitad[oa]|expuls[oa]|jubilad[oa])|reprovou (?:em|no|na)',
    ].join('|')})${E}`,
    'g',
  ),
  40,
  32,
);

/** The post is about admissions or a class: applications read, a cohort, a class roster (folded). */
const ACADEMIC_SETTING = new Gated(
  [
    'applications',
    'application',
    'applicants',
    'admissions',
    'admission',
    'admit',
    'admits',
    'enrollment',
    'registrar',
    'cohort',
    'students',
    'class',
    'section',
    'seminar',
    'course',
    'lecture',
    'homeroom',
    'solicitudes',
    'admisiones',
    'alumnos',
    'bewerbungen',
    'zulassung',
    'candidatures',
    'eleves',
    'inscricoes',
    'alunos',
  ],
  new RegExp(
    `${B}(?:(?:reading|reviewing|read|reviewed|going through|grading) (?:\\w+ )?(?:applications|apps|files)|applications|admissions?|admits?|enrollment|registrar|cohort|(?:my|our) (?:[\\w:-]+ ){0,2}(?:students|class|section|seminar|course|lecture|homeroom)|solicitudes|admisiones|(?:mis|nuestros) alumnos|bewerbungen|zulassung|candidatures|(?:mes|nos) eleves|inscricoes|(?:meus|nossos) alunos)${E}`,
    'g',
  ),
  40,
  24,
);

/** Codes and ranks that may only be looked at in the original text (folded offsets of the match). */
function validTravel(ctx: RuleContext, m: GateMatch): boolean {
  if (/^(?:booking|confirmation|reservation|pnr|record|localizador|buchungs|reservierungs|codigo|numero|reference|dossier)/.test(m.text)) {
    // The reference itself: letters and digits mixed, or a long number; written in capitals.
    const code = /[a-z0-9]+$/.exec(m.text)?.[0] ?? '';
    const digits = (code.match(/\d/g) ?? []).length;
    if (digits === 0 || (digits === code.length && digits < 5)) return false;
    const [s, e] = ctx.span(m.end - code.length, m.end);
    return ctx.text.slice(s, e) === ctx.text.slice(s, e).toUpperCase();
  }
  return true;
}

/** "SAT", "ACT", "GRE" are test names only in capitals ("sat 200 people", "act 3"). */
function validScore(ctx: RuleContext, m: GateMatch): boolean {
  const w = /\b(sat|act|gre|enem|bac)\b/.exec(m.text);
  if (!w) return true;
  const at = m.start + w.index;
  const [s, e] = ctx.span(at, at + w[0].length);
  return ctx.text.slice(s, e) === ctx.text.slice(s, e).toUpperCase();
}

/** Leave for health reasons: "is on medical leave", "took a mental health leave" (folded). */
const HEALTH_LEAVE = new Gated(
  ['medical', 'sick', 'disability', 'mental'],
  new RegExp(
    `${B}(?:(?:medical|sick|disability|mental health|stress) leave|medical withdrawal|withdrew for (?:medical|health) reasons)${E}`,
    'g',
  ),
  0,
  40,
);

/**
 * What a shop, a carrier or a hotel knows of a customer's account: contracts, arrears, purchases,
 * returns, declined cards (folded). Counted only where the post is about serving customers.
 */
const ACCOUNT = new Gated(
  [
    'contract',
    'plan',
    'lease',
    'subscription',
    'membership',
    'cap',
    'bill',
    'bills',
    'payment',
    'payments',
    'rent',
    'invoice',
    'invoices',
    'limit',
    'card',
    'cards',
    'orders',
    'ordered',
    'buys',
    'bought',
    'returned',
    'returns',
    'spent',
    'spends',
    'declined',
  ],
  new RegExp(
    `${B}(?:${[
      '(?:his|her|their) (?:contract|plan|lease|subscription|membership) (?:ends|expires|renews|runs out|is up)',
      "(?:is|'s|are|'re|was|were) (?:way |always |still |constantly |already )?(?:over|behind on|late on|overdue on|maxed out on) (?:his|her|their|the|two|three|four|five|\\d+) ?(?:data cap|bills?|payments?|rent|invoices?|credit limit|cards?)",
      '(?:orders|ordered|buys|bought|returned|returns|spent|spends) (?:\\d+|an? \\$[\\d,]+|\\$[\\d,]+|another|a dozen|a case of|room service \\d+ times)(?: [a-z]+){0,2}',
      'card (?:got |was |keeps getting )?declined',
    ].join('|')})${E}`,
    'g',
  ),
  48,
  40,
);
/** The post is about serving customers: at the till, in store, on a delivery, in a hotel (folded). */
const SERVICE_CONTEXT =
  /(?<![a-z])(?:helped|served|delivered|delivering|in store|in-store|at (?:my|the) (?:register|counter|desk|till|checkout)|customers?|clients?|guests?|our regulars?|came in|checked in|room \d+|room service|my route|on my shift|(?:top|loyal|vip|premium|plus|elite|gold|platinum|rewards|loyalty|best|biggest) (?:[a-z]+ )?(?:members?|shoppers?|buyers?|spenders?))(?![a-z])/;

type Kind = 'seat' | 'flight' | 'booking' | 'tier' | 'score' | 'decision' | 'health' | 'account';

interface Detail {
  /** Folded offsets. */
  start: number;
  end: number;
  kind: Kind;
}

function travelKind(text: string): Kind {
  if (/^(?:seat|asiento|sitz|platz|siege|assento|poltrona)/.test(text)) return 'seat';
  if (/^(?:flight|vuelo|flug|voo|vol)\b/.test(text)) return 'flight';
  if (/\d/.test(text)) return 'booking';
  return 'tier';
}

/** The author's own record: "my SAT was 1400", "I got waitlisted", "mi vuelo IB3170" (folded, before the detail). */
const OWN_BEFORE =
  /(?:\b(?:i|i'm|i've|i was|my|mi|mis|mein\w*|ich|je|j'ai|mon|ma|mes|eu|meu|minha|yo)\s+(?:[a-z']+\s+){0,1})$/;

function own(ctx: RuleContext, m: GateMatch): boolean {
  return OWN_BEFORE.test(ctx.folded.slice(Math.max(0, m.start - 20), m.start));
}

/** The customer's details in folded [from, to), of the kinds asked; the author's own left out. */
function detailsIn(ctx: RuleContext, from: number, to: number, health: boolean): Detail[] {
  const out: Detail[] = [];
  for (const m of TRAVEL.all(ctx, from, to))
    if (validTravel(ctx, m) && !own(ctx, m)) out.push({ start: m.start, end: m.end, kind: travelKind(m.text) });
  for (const m of SCORE.all(ctx, from, to))
    if (validScore(ctx, m) && !own(ctx, m)) out.push({ start: m.start, end: m.end, kind: 'score' });
  for (const m of DECISION.all(ctx, from, to)) if (!own(ctx, m)) out.push({ start: m.start, end: m.end, kind: 'decision' });
  for (const m of ACCOUNT.all(ctx, from, to)) if (!own(ctx, m)) out.push({ start: m.start, end: m.end, kind: 'account' });
  if (health) {
    for (const m of HEALTH.all(ctx, from, to)) out.push({ start: m.start, end: m.end, kind: 'health' });
    for (const m of HEALTH_LEAVE.all(ctx, from, to)) out.push({ start: m.start, end: m.end, kind: 'health' });
  }
  return out;
}

/** A seat, room or flight code right after a name (original text): "Mrs. Costa in 7F", "Mr. Lee (room 412)". */
const CODE_AFTER =
  /^,?\s*\(?(?:(?:in|en|na|no|im|at|dans le|au|on) )?(?:(?:seat|asiento|platz|sitz|si[eè]ge|assento|poltrona) ?#?\d{1,2}[A-Ka-k]\b|\d{1,2}[A-J]\b|(?:room|rm|suite|habitaci[oó]n|quarto|zimmer|chambre) ?#?\d{1,4}\b|(?:[Mm]ember|[Aa]dh[ée]rente?|[Mm]embre|[Ss]ocio|[Ss]ocia|[Mm]itglied) ?(?:[Nn]o\.? ?|[Nn][°º] ?|[Nn]r\.? ?|#)?\d{3,}\b|(?:flight |vuelo |Flug |vol |voo )?[A-Z][A-Z0-9] ?\d{2,4}\b)/;

/** Capitalized runs that name a place, a school, a programme or a tier rather than a person (original text). */
const NOT_A_PERSON =
  /\b(?:Airlines?|Airways|Air|Airport|Terminal|Lounge|Hotel|Resort|Inn|Suites?|High|School|College|University|Academy|Institute|State|Miles|Rewards|Club|Platinum|Gold|Silver|Diamond|Elite|Status|Class|Business|Economy|First|Premium|Cabin|Crew|Flight|Gate|Center|Centre|Hall|Street|Avenue|Road|Ave|Rd|Blvd|Ln|Pkwy|Hwy|Team|Office|Department|Program|Programme|Week|Day|Month|Nr|No|Num)\b/;

/** Staff, not customers: "Captain Ana Ruiz", "our purser Tom Lee", "my colleague Jo Kim" (lower-cased original, before the name). */
const STAFF_BEFORE =
  /(?:captain|capt|pilot|first officer|co-?pilot|purser|flight attendant|cabin crew|crew|colleague|coworker|co-worker|teammate|manager|boss|professor|prof|teacher|tutor|coach|dean|principal|superintendent|counsell?or|advis[eo]r|president|provost|director|chair|spokes\w+|host|nurse|doctor|dr|comandante|piloto|kapitan|kollege|kollegin|commandant|collegue|colega|professora?)\s*,?\s*$/;

/** A place, not a person, after "to", "from", "in": "flight to New York", "vuelo a Ponta Delgada" (lower-cased original). */
const PLACE_BEFORE = /(?:\b(?:to|from|in|at|via|into|out of|para|nach|von|vers|pour|em|en|de|desde|a|ao|for|over|across)\s+)$/;

/** A delivery to someone (lower-cased original, before the name). */
const DELIVERED_TO = /(?:deliver\w*|brought|dropped off|sent|shipped) (?:\w+ ){0,2}to\s+$/;


/** Courtesy titles: a "Mrs. Costa in 7F" may be a customer even without a role word (folded). */
const COURTESY = new Gated(
  [
    'mr',
    'mrs',
    'ms',
    'mx',
    'miss',
    'herr',
    'frau',
    'mme',
    'mlle',
    'madame',
    'monsieur',
    'senor',
    'senora',
    'sr',
    'sra',
    'srta',
    'dona',
    'senhor',
    'senhora',
  ],
  /\b(?:mr|mrs|ms|mx|miss|herr|frau|mme|mlle|madame|monsieur|senor|senora|sr|sra|srta|dona|senhor|senhora)\b\.?\s/g,
  0,
  12,
);

interface Person extends NameSpan {
  /** Introduced by a customer role: "passenger Ana Ruiz". */
  role: boolean;
  /** The role may be a guest of a show or an event: "guest", "Gast", "huésped". */
  weak?: boolean;
}

const FIRST_NAME = /^[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+(?=[\s,.!?;:)]|$)/;

/** The name starting at original offset `at`: "Ana Ruiz", "Mr. Lee", or a single "Ana". */
function nameAt(ctx: RuleContext, at: number, single: boolean): NameSpan | undefined {
  const name = namesIn(ctx, at, at + 40).find((n) => n.start === at);
  if (name || !single) return name;
  const one = FIRST_NAME.exec(ctx.text.slice(at, at + 30));
  return one ? { start: at, end: at + one[0].length, text: one[0] } : undefined;
}

/**
 * Folded [from, to) of the sentence around [start, end), the one before and the one after, at most
 * 240 characters each way (looked for only that far: a pasted book without full stops stays cheap).
 */
function windowAround(ctx: RuleContext, start: number, end: number): [number, number] {
  const folded = ctx.folded;
  const lo = Math.max(0, start - 240);
  const hi = Math.min(folded.length, end + 240);
  // Two sentence ends back (the sentence before), two forward (the sentence after).
  let from = start;
  for (let ends = 0; from > lo; from--) {
    const c = folded.charCodeAt(from - 1);
    if ((c === 10 || ((c === 46 || c === 33 || c === 63) && folded.charCodeAt(from) <= 32)) && ++ends === 2) break;
  }
  let to = end;
  for (let ends = 0; to < hi; to++) {
    const c = folded.charCodeAt(to);
    if ((c === 10 || ((c === 46 || c === 33 || c === 63) && (to + 1 >= folded.length || folded.charCodeAt(to + 1) <= 32))) && ++ends === 2) break;
  }
  return [from, to];
}

/** A courtesy title starts the name: "Mrs. Costa", "Herr Becker", "M. Dubois" (original text). */
const TITLED =
  /^(?:Dr|Dra|Mrs|Mr|Ms|Mx|Miss|Sr|Sra|Srta|Herr|Frau|Mme|Mlle|M\.|[Ss]eñora|[Ss]eñor|[Dd]oña|[Ss]enhora|[Ss]enhor|Dona|Madame|Monsieur)\b/;

/** Is this person a customer named with their details? */
function served(ctx: RuleContext, p: Person, academic: () => boolean, healthNear: boolean): boolean {
  if (NOT_A_PERSON.test(p.text) || /^(?:Dr|Dra|Prof)\b/.test(p.text)) return false;
  const before = ctx.text.slice(Math.max(0, p.start - 40), p.start).toLowerCase();
  if (STAFF_BEFORE.test(before) || FAMILY_BEFORE.test(before)) return false;
  // "flight to New York" names a place; "delivered groceries to Tom Becker" a person.
  if (!p.role && !TITLED.test(p.text) && PLACE_BEFORE.test(before) && !DELIVERED_TO.test(before)) return false;
  const codeAfter = CODE_AFTER.test(ctx.text.slice(p.end, p.end + 40));
  // Original offsets stand in for folded ones here: folding keeps lengths but for rare letters.
  const [from, to] = windowAround(ctx, p.start, p.end);
  const kinds = new Set<Kind>();
  for (const d of detailsIn(ctx, from, to, healthNear)) {
    // A name alone owns only the details that follow it closely ("Jo Kim, 1540 SAT, got waitlisted")
    // or label it right before ("Gold member Tom Walsh").
    const near =
      p.role || codeAfter
        ? Math.abs(d.start - p.start) < 260
        : (d.start >= p.end && d.start - p.end < 160) || (d.end <= p.start && p.start - d.end < 24);
    if (near) kinds.add(d.kind);
  }
  if (kinds.size === 0) return false;
  // An account detail is the customer's only where the post is about serving customers.
  const account = kinds.has('account') && SERVICE_CONTEXT.test(ctx.folded.slice(from, to));
  const personal = kinds.has('health') || kinds.has('score') || kinds.has('decision') || account;
  // A guest or a tenant may be a show's guest: their health counts with a room, a seat or a booking.
  const role = p.role && (!p.weak || codeAfter || kinds.size > (kinds.has('health') ? 1 : 0));
  // Health alone needs a customer: a role word or a seat or room right after the name.
  if (kinds.size === 1 && kinds.has('health')) return role || codeAfter;
  return (
    role ||
    codeAfter ||
    // Two details of one person, one of them theirs alone: a health event, a score, a booking, a tier.
    (kinds.size >= 2 && (personal || kinds.has('booking') || kinds.has('tier'))) ||
    ((kinds.has('score') || kinds.has('decision')) && academic()) ||
    account
  );
}

/**
 * A first name right before a grade or a decision, maybe placed in a class: "Sofia failed the
 * midterm", "Marcus in my 9am section got a D on the final" (original text before the match).
 */
const STUDENT_SUBJECT =
  /(?:^|[^\p{L}\p{N}'’-])(\p{Lu}\p{Ll}+)(?:\s+(?:in|from)\s+(?:my|our)\s+(?:[\w:-]+\s+){0,2}(?:section|class|seminar|course|lecture|lab|cohort|period|homeroom|group))?,?\s+(?:just\s+|also\s+|still\s+|again\s+)?$/u;
/** Capitalized words that stand for many people or none, not a student's name. */
const NOT_A_STUDENT = new Set(
  'everyone everybody someone somebody nobody anyone anybody half most many several few all both none each some nearly almost only even he she they we you i it this that who one two three four five students kids class'.split(
    ' ',
  ),
);

function studentBefore(ctx: RuleContext, a: GateMatch): NameSpan | undefined {
  const [at] = ctx.span(a.start, a.end);
  const from = Math.max(0, at - 80);
  const m = STUDENT_SUBJECT.exec(ctx.text.slice(from, at));
  const name = m?.[1];
  if (!m || !name || NOT_A_STUDENT.has(name.toLowerCase())) return undefined;
  // The match starts with the name, or with the one character before it.
  const start = from + m.index + (m[0].startsWith(name) ? 0 : 1);
  return { start, end: start + name.length, text: name };
}

/** Record details that point at a person by themselves: a score, a decision, a booking reference, a tier. */
function anchors(ctx: RuleContext): GateMatch[] {
  const out: GateMatch[] = [];
  if (SCORE.near(ctx)) for (const m of SCORE.all(ctx)) if (validScore(ctx, m) && !own(ctx, m)) out.push(m);
  if (DECISION.near(ctx)) for (const m of DECISION.all(ctx)) if (!own(ctx, m)) out.push(m);
  if (TRAVEL.near(ctx))
    for (const m of TRAVEL.all(ctx)) {
      const kind = travelKind(m.text);
      if ((kind === 'booking' || kind === 'tier') && validTravel(ctx, m) && !own(ctx, m)) out.push(m);
    }
  if (ACCOUNT.near(ctx) && SERVICE_CONTEXT.test(ctx.folded))
    for (const m of ACCOUNT.all(ctx)) if (!own(ctx, m)) out.push(m);
  return out;
}

export default defineRule({
  description:
    'Customers of any trade named with what the organization knows about them: a passenger with seat, flight, booking reference or tier ("passenger Ana Ruiz, booking ref Q8ZT4M"), an applicant with scores or a decision ("Jo Kim, 1540 SAT, got waitlisted"), a guest or passenger with a health event.',
  severity: 'block',
  messages: {
    default:
      'This names a customer ("{who}") together with their booking, record or health details; leave out the name and the specifics.',
  },
  detect(ctx) {
    const roleNear = ROLE.near(ctx);
    const courtesyNear = COURTESY.near(ctx);
    const recordNear = SCORE.near(ctx) || DECISION.near(ctx) || TRAVEL.near(ctx) || ACCOUNT.near(ctx);
    // Cheap first: a customer role or a courtesy title, or a record detail.
    if (!roleNear && !courtesyNear && !recordNear) return [];
    const healthNear = HEALTH.near(ctx) || HEALTH_LEAVE.near(ctx);
    let academicKnown: boolean | undefined;
    const academic = (): boolean => {
      academicKnown ??= ACADEMIC_SETTING.test(ctx);
      return academicKnown;
    };
    const tried = new Set<number>();
    const check = (p: Person): Hit[] | undefined => {
      if (tried.has(p.start)) return undefined;
      tried.add(p.start);
      return served(ctx, p, academic, healthNear) ? [{ start: p.start, end: p.end, data: { who: p.text } }] : undefined;
    };
    // "passenger Ana Ruiz", "la alumna Lucía Pérez": a customer by their role.
    if (roleNear && (recordNear || healthNear)) {
      for (const r of ROLE.all(ctx)) {
        if (!ctx.isCapitalizedAt(r.end)) continue;
        const [at] = ctx.span(r.end, r.end + 1);
        const name = nameAt(ctx, at, true);
        // A guest with a room number ("the guest in 412, …") is a hotel's guest, not a show's.
        const weak = /^(?:guests?|gast|huesped|hospede|diner|tenant)\b/.test(r.text) && !/\d/.test(r.text);
        const hit = name && check({ ...name, role: true, weak });
        if (hit) return hit;
      }
    }
    // "Mrs. Costa in 7F … her chemo": a titled name with a seat or a room.
    if (courtesyNear && (recordNear || healthNear)) {
      for (const t of COURTESY.all(ctx)) {
        const [at] = ctx.span(t.start, t.start + 1);
        const name = nameAt(ctx, at, false);
        if (!name || !CODE_AFTER.test(ctx.text.slice(name.end, name.end + 40))) continue;
        const hit = check({ ...name, role: false });
        if (hit) return hit;
      }
    }
    // "Jo Kim, 1540 SAT, got waitlisted", "Tom Walsh (PNR K7XQ2P), Gold member": named next to their record.
    if (!recordNear) return [];
    for (const a of anchors(ctx)) {
      const [wf, wt] = windowAround(ctx, a.start, a.end);
      const [from, to] = ctx.span(wf, wt);
      for (const n of namesIn(ctx, from, to)) {
        const hit = check({ ...n, role: false });
        if (hit) return hit;
      }
      // "Sofia in my 9am section failed the midterm": a first name as the subject, in a class.
      const student = academic() ? studentBefore(ctx, a) : undefined;
      const hit = student && check({ ...student, role: false });
      if (hit) return hit;
    }
    return [];
  },
});
