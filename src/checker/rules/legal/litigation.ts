import { defineRule, type Hit } from '../../kinds/rule';
import { competitorMentions, involvesOrg, mentionsMedia, overlaps, sentenceBounds } from '../_shared/biz-signals';
import { keyedMatches, keyedRegex, MAX_MATCHES, MAX_SCAN } from '../_shared/biz-words';
import { employerMentions } from '../_shared/org-voice';

/**
 * Ongoing legal matters: lawsuits, depositions, class actions, witness lists, "X v. Y", patent
 * claims, in five languages. A lawsuit in a TV show or a book is fiction; jury duty with no
 * case and "I plead guilty to eating the last donut" use none of these words.
 */
const LITIGATION_ALTERNATIVES = [
  // English
  'lawsuits?',
  'law suits?',
  '(?:suing|sues|sued)(?: (?:us|them|me))?',
  'malpractice(?: (?:suit|case|claim|lawsuit|insurance claim))?',
  'negligence (?:claim|suit|case|lawsuit)',
  'wrongful death',
  'settled (?:out of court|the (?:case|lawsuit|suit|claim)|with (?:the|their|her|his))',
  '(?:our|the company.s|the hospital.s) (?:attorneys|lawyers|legal team|counsel) (?:say|said|told|advised|think|are)',
  'legal (?:told|advised|has told|instructed) (?:us|everyone|staff|the team)',
  'lawyered up',
  'under investigation',
  '(?:regulators?|the state|the ag|osha|the eeoc|the ftc|the sec|the doj|the fda) (?:is |are )?(?:investigating|probing|looking into)',
  '(?:eeoc|osha|whistleblower|hipaa) (?:complaint|charge|case|claim|investigation)',
  '(?:cms|the oig|hhs|the ocr|the state board|the nlrb|the labor board) (?:is |are )?(?:auditing|investigating|probing|fining|suing)',
  'unfair labor practice',
  '(?:filed|filing|file) (?:a )?(?:grievance|complaint|claim|charge) against (?:us|the company|the hospital|management|our)',
  'negligencia medica',
  'kunstfehler(?:prozess|klage)?',
  'erreur medicale',
  'erro medico',
  '(?:are|is|were|was|got|get|being|been|be) sued',
  'class[ -]action',
  'depositions?',
  'deposed',
  'jury selection',
  'witness list',
  '(?:testify|testifying|testified) (?:in|against|for|at)',
  'subpoena(?:ed|s)?',
  'litigation',
  'litigating',
  '(?:patent|trademark|copyright) (?:claims?|suits?|infringement|troll|case|dispute|lawsuit|fight|battle)',
  // "the labour case against the firm I work for", "a claim against my employer"
  '(?:case|suit|claim|lawsuit) against (?:us|them|our|my|the company|their|the (?:firm|business|employer|practice|club|clinic|agency)(?: i work (?:for|at))?)',
  // "their solicitors want us to settle the slip-and-fall claim", "settle out of court"
  'settle (?:out of court|the (?:[\\w-]+ ){0,2}(?:case|lawsuit|suit|claim))',
  '(?:solicitors|attorneys|lawyers|counsel|legal team) (?:want|wants|wanted|are pushing|are urging|advised|told) (?:us|me|the company|the club|the firm|management) to (?:settle|sign|pay|admit)',
  'infring(?:ed|es|ing) (?:on )?(?:our|their|the) patents?',
  '(?:my|our|their|the) (?:discrimination|wrongful termination|harassment|employment|patent) (?:suit|case|claim)',
  'legal hold',
  'preserve (?:their|your|our|all) (?:slack|emails?|messages|documents|records)',
  'cease and desist',
  // Regulators' enforcement (banks, insurers, airlines, pharma): "the CFPB fined us", "consent order"
  'consent order',
  'enforcement action',
  '(?:cfpb|occ|fdic|finra|the fed|fca|bafin|the ecb|cnmv|amf|cvm|the faa|the fda|the sec|regulators?) (?:fined|is fining|just fined|sanctioned|penalized|penalised|hit (?:us|them) with)',
  '(?:fined|sanctioned|penalized|penalised) by (?:the )?(?:cfpb|occ|fdic|finra|fed|fca|bafin|ecb|cnmv|amf|cvm|faa|fda|sec|regulators?)',
  'injunction',
  'settlement (?:talks|negotiations|offer)',
  // Kinds of suit a company faces: "the shareholder suit", "a wage-and-hour claim", "the antitrust action"
  '(?:shareholder|securities|investor|antitrust|wage(?:[ -]and[ -]hour)?|overtime|product[ -]liability|personal[ -]injury|data[ -]breach|privacy) (?:suit|lawsuit|claim|action|litigation)s?',
  // A dismissal claim and where it is heard: "my wrongful dismissal case", "the employment tribunal"
  '(?:wrongful|unfair|constructive) (?:dismissal|termination|discharge)(?: (?:case|claim|suit|lawsuit|hearing))?',
  '(?:employment|industrial|labou?r) (?:tribunal|court)',
  'despido (?:improcedente|injustificado|nulo)',
  'kundigungsschutz(?:klage|prozess|verfahren)',
  'arbeitsgericht',
  "(?:conseil de )?prud'?hommes|licenciement abusif",
  '(?:processo|acao|causa) trabalhista',
  '(?:the )?(?:court|trial) date',
  'going to trial',
  // "the claim the former staff brought against us": checked below for who it is against
  "(?:claim|case|suit|lawsuit|complaint|grievance|action|charge)s? (?:that |which )?(?:[\\w'-]+ ){1,4}(?:brought|filed|lodged|launched) against",
  // The parties and stages of a case still running: "the plaintiff in our case", "our pending trial"
  'plaintiffs?',
  '(?:pending|upcoming|ongoing) (?:trial|court case|lawsuit|litigation|court hearing|appeal|arbitration|legal (?:case|matter|dispute|fight))',
  'arbitration (?:with|against|case|claim|hearing|panel|proceedings?)',
  '(?:investigation|probe|inquiry|audit) into (?:us|our|the company|the hospital|the bank|the firm|management)',
  'the jury (?:will|is going to|is gonna|would|should) (?:side|rule|find|acquit|convict|see|believe|buy)',
  '(?:the|our|this) (?:judge|magistrate) (?:is|was|seems) (?:clearly |totally |obviously |so )?(?:biased|corrupt|bought|on (?:our|their) side|in (?:our|their) pocket)',
  '(?:el|la) (?:juez|jueza) (?:es|esta) (?:de nuestro lado|comprad[oa]|nuestr[oa] amig[oa])|o juiz (?:e|esta) (?:nosso amigo|do nosso lado|comprado)',
  "(?:hearing|trial|verdict|ruling|appeal|judgment|mediation) (?:on|in|for|of) (?:our|the company's|my employer's) (?:[\\w-]+ )?(?:case|lawsuit|suit|claim|dispute)",
  'settlement (?:with (?:the|our|their|those)|amount|deal|payout)',
  // Spanish
  'demanda(?:s)? (?:contra|colectiva|judicial)',
  'nos (?:han )?demandad[oa]',
  'demandar(?:nos|les|los)?',
  'juicio (?:contra|con)',
  'litigio',
  // "la demanda de los proveedores contra nosotros", "sigue en juicio"
  'demanda (?:de|del) (?:[\\w&.-]+ ){1,4}contra',
  '(?:sigue|siguen|seguimos|esta|estamos|estan) en juicio',
  // German
  'klage (?:gegen|eingereicht)',
  // "zur Klage der Passagiere", "die Klage wegen Flug 12", "eine Klage von Kunden"
  '(?:zur|die|der|eine|einer|diese[rn]?) klage (?:der|des|von|wegen|um|gegen)',
  'klagen gegen (?:uns|die firma|das unternehmen)',
  '(?:der|den|im) prozess (?:gegen|um|wegen|mit)',
  'sammelklage',
  'verklag(?:t|en)',
  'gerichtsverfahren',
  'rechtsstreit',
  'zeugenaussage',
  '(?:klage|verfahren) (?:von|der|des) (?:[\\w&.-]+ ){1,4}gegen',
  // "zum laufenden Verfahren wegen …", "das anhängige Verfahren"
  '(?:laufende[nmrs]?|anhangige[nmrs]?|schwebende[nmrs]?) (?:gerichts)?verfahren',
  // French
  'proces (?:contre|avec)',
  '(?:la|une|cette) plainte (?:des|de la|contre|collective)',
  'poursuites? (?:judiciaires?|contre)',
  'poursuivi(?:e|s)? en justice',
  'action (?:collective|de groupe)',
  'recours collectif',
  '(?:plainte|proces|action) (?:deposee?s?|intentee?s?|engagee?s?|lancee?s?) (?:par|contre)',
  '(?:plainte|proces) (?:de|des|du|d\') (?:[\\w&.-]+ ){1,4}contre',
  'deposition',
  // Portuguese
  'processo (?:judicial|contra|trabalhista)',
  '(?:processo|acao) (?:de|do|da|dos|das) (?:[\\w&.-]+ ){1,4}contra',
  'processando',
  'processad[oa]s?',
  'acao (?:coletiva|judicial)',
  'litigio',
];

const LITIGATION = keyedRegex(LITIGATION_ALTERNATIVES, [
  'shareholder',
  'securities',
  'investor',
  'antitrust',
  'wage',
  'hour',
  'overtime',
  'liability',
  'injury',
  'breach',
  'privacy',
  'plaintiff',
  'plaintiffs',
  'pending',
  'upcoming',
  'ongoing',
  'arbitration',
  'hearing',
  'verdict',
  'ruling',
  'appeal',
  'judgment',
  'mediation',
  'probe',
  'inquiry',
  'audit',
  'judge',
  'magistrate',
  'juez',
  'jueza',
  'juiz',
  'constructive',
  'tribunal',
  'industrial',
  'labor',
  'labour',
  'despido',
  'kundigungsschutz',
  'arbeitsgericht',
  'conseil',
  'prud',
  'prudhommes',
  'licenciement',
  'trabalhista',
  'auditing',
  'fining',
  'fined',
  'consent',
  'enforcement',
  'sanctioned',
  'penalized',
  'penalised',
  'unfair',
  'filed',
  'filing',
  'file',
  'malpractice',
  'negligence',
  'wrongful',
  'settled',
  'settle',
  'solicitors',
  'attorneys',
  'lawyers',
  'counsel',
  'lawyered',
  'investigation',
  'investigating',
  'probing',
  'looking',
  'complaint',
  'charge',
  'negligencia',
  'kunstfehler',
  'erreur',
  'erro',
  'law',
  'trademark',
  'copyright',
  'against',
  'lawsuit',
  'lawsuits',
  'suing',
  'sues',
  'sued',
  'class',
  'deposition',
  'depositions',
  'deposed',
  'jury',
  'witness',
  'testify',
  'testifying',
  'testified',
  'subpoena',
  'litig',
  'patent',
  'patents',
  'infring',
  'suit',
  'discrimination',
  'wrongful',
  'harassment',
  'employment',
  'legal',
  'preserve',
  'brought',
  'lodged',
  'launched',
  'intente',
  'engage',
  'deposee',
  'lancee',
  'cease',
  'injunction',
  'settlement',
  'court',
  'trial',
  'demanda',
  'demandas',
  'demandado',
  'demandada',
  'demandar',
  'demandarnos',
  'juicio',
  'klage',
  'klagen',
  'prozess',
  'plainte',
  'sammelklage',
  'verklag',
  'gerichtsverfahren',
  'verfahren',
  'rechtsstreit',
  'zeugenaussage',
  'laufend',
  'anhangig',
  'schwebend',
  'proces',
  'poursui',
  'action',
  'recours',
  'processo',
  'processando',
  'processad',
  'acao',
]);

/**
 * What a claim "brought against …", "la demanda de … contra …" must be against to be the
 * organization's: us, the company, or its name (checked apart). "Contra reloj" is not a lawsuit.
 */
const AGAINST_END =
  /(?:(?:brought|filed|lodged|launched) against|^(?:demanda|klage|verfahren|plainte|proces|processo|acao) (?:de|del|do|da|dos|das|des|du|d'|von|der) .+ (?:contra|contre|gegen))$/;
const AGAINST_ORG =
  /^\s*(?:us|me|the (?:company|firm|business|bank|hospital|employer)|management|our|my (?:employer|company)|nosotros|nos|la (?:empresa|compania)|nuestr[oa]|uns|unsere?[nmrs]?|die firma|das unternehmen|nous|notre|l'entreprise|la societe|a (?:empresa|companhia)|noss[oa])(?![a-z])/;

/** "Harbor v. Initrode", "Smith v Jones": on the original text, with capitals. */
const VERSUS = /\b[A-Z][\w&.'-]*(?: [A-Z][\w&'-]*){0,2} v\.? [A-Z][\w&'-]+/g;

/** A capital A–Z at `i`. */
const isCapitalAt = (text: string, i: number): boolean => {
  const c = text.charCodeAt(i);
  return c >= 65 && c <= 90;
};

/**
 * Length of " v X" or " v. X" (X a capital) at `i`, else 0: what a regex `/ v\.? [A-Z]/` matches
 * there. Looked for at each "v" (`indexOf`, a rare letter): about half the time of that regex,
 * which starts with a space, the commonest character.
 */
function versusAt(text: string, i: number): number {
  if (text.charCodeAt(i + 2) === 46) return text.charCodeAt(i + 3) === 32 && isCapitalAt(text, i + 4) ? 5 : 0;
  return text.charCodeAt(i + 2) === 32 && isCapitalAt(text, i + 3) ? 4 : 0;
}

/** "the Initrode case" with a legal word nearby. */
const NAMED_CASE = /\b(?:the|this|that) ([A-Z][\w&'-]+) case\b/g;
/** A case that is over: "the lawsuit got settled", "the suit was dismissed" (folded). */
const CLOSED_CASE =
  /(?<![a-z])(?:got|was|were|has been|have been|had been|finally) (?:\w+ )?(?:settled|dismissed|thrown out|resolved|closed)(?![a-z])/;

/** A year long past: "in 1911 the old tramway company was sued" is history, whoever it was. */
const LONG_PAST = /(?<![a-z0-9])(?:in|by|of|since|back in|around) (?:1[0-8]\d\d|19[0-6]\d)(?![0-9])/;
/** History, not news: a year long past, a history class or book (folded). */
const HISTORY =
  /(?<![a-z0-9])(?:1[0-8]\d\d|19[0-7]\d)(?![0-9])|(?<![a-z0-9])(?:from|in|during) the (?:19)?[2-9]0'?s(?![a-z])|(?<![a-z])(?:documentary|docuseries)(?![a-z])|(?<![a-z])(?:history (?:class|course|lesson|book|paper|podcast|essay)|historical|historians?)(?![a-z])/;

const LEGAL_NEARBY =
  /(?<![a-z])(?:deposition|trial|court|judge|lawyers?|attorneys?|counsel|testif\w+|settle\w*|jury|hearing|verdict|legal)(?![a-z])/;

export default defineRule({
  description:
    'Ongoing litigation: lawsuits, depositions, class actions, witness lists, named cases, patent claims.',
  severity: 'warn',
  messages: {
    default:
      'This discusses a legal matter (“{words}”); ongoing cases are commented on only by the legal team.',
  },
  detect(ctx) {
    const folded = ctx.folded;
    const text = ctx.text;
    const hits: Hit[] = [];
    for (const m of keyedMatches(ctx, LITIGATION, 50, 40)) {
      // A claim brought against someone: only the organization's own ("…brought against us / <employer>").
      if (AGAINST_END.test(m.m[0]) && !AGAINST_ORG.test(folded.slice(m.end, m.end + 30))) {
        const named = employerMentions(ctx).some((x) => x.start >= m.end && x.start - m.end <= 3);
        if (!named) continue;
      }
      const [s, e] = sentenceBounds(folded, m.start);
      // Fiction or study: the sentence or the one before names a show, a book, an exam.
      if (mentionsMedia(ctx, Math.max(0, s - 120), e)) continue;
      // Or the sentence after does ("… a lawsuit can drag on for years. What a film."), when this
      // one does not put the organization in it.
      if (mentionsMedia(ctx, e, e + 120) && !involvesOrg(ctx, s, e)) continue;
      // Someone else's case that is over ("the class action against that airline got settled"),
      // or history ("the 1911 fire and the lawsuits that followed, for my history class").
      const sentence = folded.slice(s, e);
      if ((CLOSED_CASE.test(sentence) || HISTORY.test(sentence)) && !involvesOrg(ctx, s, e)) continue;
      if (LONG_PAST.test(sentence)) continue;
      const [start, end] = ctx.span(m.start, m.end);
      hits.push({ start, end, data: { words: text.slice(start, end) } });
    }
    // Named cases on the original text, within the same reach as the word index.
    const head = text.length > MAX_SCAN ? text.slice(0, MAX_SCAN) : text;
    for (let v = head.indexOf('v', 1); v >= 0 && hits.length < MAX_MATCHES; v = head.indexOf('v', v + 1)) {
      const at = v - 1;
      const gate = head.charCodeAt(at) === 32 ? versusAt(head, at) : 0;
      if (gate === 0) continue;
      // Only the few words around " v. " are searched for the parties' names.
      const from = Math.max(0, at - 60);
      const window = text.slice(from, at + 60);
      VERSUS.lastIndex = 0;
      for (let m = VERSUS.exec(window); m; m = VERSUS.exec(window)) {
        if (from + m.index > at || from + m.index + m[0].length < at + gate) continue;
        // "Batman v Superman" is a film: a case needs a legal word or an organization of the policy.
        const fs = from + m.index;
        const fe = fs + m[0].length;
        const named = overlaps(employerMentions(ctx), fs, fe) || overlaps(competitorMentions(ctx), fs, fe);
        if (!named && !LEGAL_NEARBY.test(ctx.around(fs, fe, 160))) continue;
        hits.push({ start: fs, end: fe, data: { words: m[0] } });
        break;
      }
    }
    // " case" found as "case" after a space: searching from a space (the commonest character) is slow.
    for (let j = head.indexOf('case', 1); j >= 0 && hits.length < MAX_MATCHES; j = head.indexOf('case', j + 4)) {
      if (head.charCodeAt(j - 1) !== 32) continue;
      const i = j - 1;
      const from = Math.max(0, i - 40);
      const window = text.slice(from, i + 6);
      NAMED_CASE.lastIndex = 0;
      for (let m = NAMED_CASE.exec(window); m; m = NAMED_CASE.exec(window)) {
        m.index += from;
        const name = m[1]!;
        if (
          /^(?:Worst|Best|Use|Test|Edge|Base|Phone|IPhone|Pixel|Galaxy|Pencil|Upper|Lower|Camel|Snake)$/i.test(
            name,
          )
        )
          continue;
        if (!LEGAL_NEARBY.test(ctx.around(m.index, m.index + m[0].length, 160))) continue;
        const start = m.index + m[0].indexOf(name);
        hits.push({
          start,
          end: m.index + m[0].length,
          data: { words: text.slice(start, m.index + m[0].length) },
        });
      }
    }
    return hits.sort((a, b) => a.start - b.start);
  },
});
