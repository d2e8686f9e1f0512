import type { RuleContext } from '../../context';
import { defineRule, type Hit } from '../../kinds/rule';
import { B, E, employerMentions, type FoldedSpan, Gated, type GateMatch } from '../_shared/org-voice';
import { HEALTH } from './_health';
import { FAMILY_BEFORE, type NameSpan, namesIn } from './_identity';

/**
 * What happens to anyone on a ward, too common to count alone: "passed away", "went home", "first
 * steps", "teve alta". Counts only where the author writes as a carer ("in bed 12", "on my floor").
 */
const CARE_EVENT = new Gated(
  [
    'passed',
    'died',
    'stitches',
    'ray',
    'rays',
    'scan',
    'mri',
    'vitals',
    'blood',
    'first',
    'walking',
    'sent',
    'went',
    'dieron',
    'alta',
    'entlassen',
    'conge',
    'sortie',
    'fallecio',
    'murio',
    'faleceu',
    'verstorben',
    'decede',
    'camina',
    'caminar',
    'anda',
    'andar',
    'remarche',
    'laufen',
    'lauft',
    'schritte',
    'premiers',
    'primeiros',
    'primeros',
    'ersten',
  ],
  new RegExp(
    `${B}(?:${[
      'passed away|died|stitches|x-rays?|ct scan|mri|vitals|blood (?:pressure|sugar|work)|first steps|walking again|sent home|went home',
      '(?:le )?dieron el alta|(?:teve|recebeu|deu) alta|entlassen|a eu son conge|sortie? de l.hopital|fallecio|murio|faleceu|verstorben|decedee?',
      'camina|caminar|anda|andar|remarche|laufen|lauft|(?:ersten|premiers|primeiros|primeros) (?:schritte|pas|passos|pasos)',
    ].join('|')})${E}`,
    'g',
  ),
  8,
  40,
);

/** The post is about care given to others: patients, a practice, a clinic, a hospital. */
const CARE_CONTEXT = new Gated(
  [
    'patient',
    'patients',
    'practice',
    'clinic',
    'clinics',
    'hospital',
    'hospitals',
    'ward',
    'nurse',
    'nurses',
    'panel',
    'caseload',
    'resident',
    'residents',
    'readmi*',
    'paciente',
    'pacientes',
    'clinica',
    'consultorio',
    'patientin',
    'patienten',
    'praxis',
    'klinik',
    'krankenhaus',
    'patiente',
    'patientes',
    'cabinet',
    'clinique',
    'hopital',
    'member',
    'members',
    'policyholder',
    'policyholders',
    'enrollee',
    'enrollees',
    'afiliado',
    'afiliada',
    'afiliados',
    'claim',
    'claims',
    'plan',
    'prior',
    'denial',
    'denied',
    'appeal',
    'coverage',
  ],
  new RegExp(
    `${B}(?:members?|policyholders?|enrollees?|afiliad[oa]s?|claims?|plan|prior auth\\w*|denial|denied|appeal|coverage|patients?|practice|clinic|clinics|hospital|hospitals|ward|nurse|nurses|panel|caseload|residents?|readmi\\w*|pacientes?|clinica|consultorio|patient(?:in|en)|praxis|klinik|krankenhaus|patiente?s?|cabinet|clinique|hopital|paciente)${E}`,
    'g',
  ),
  0,
  24,
);

/** Kinds of ward and clinic: "the psych unit", "an infusion center", "the cardiac floor" (folded). */
const MED_ADJ =
  '(?:sports med(?:icine)?|student health|athletic training|psych|psychiatric|cardiac|cardio|oncology|onc|maternity|l&d|peds|pediatric|surgical|med-surg|medical|step-down|rehab|burn|trauma|dialysis|infusion|chemo|memory care|dementia|stroke|neuro|ortho|covid|hospice|detox|behavioral health|mental health|cancer|urgent care)';

/**
 * The author sees people as a carer: "on my floor", "in our ER", "into my chair", "room 208",
 * "en mi guardia", "dans mon service", "auf meiner Station", "no meu plantão" (folded).
 */
const CARE_SETTING = new Gated(
  [
    'floor',
    'unit',
    'ward',
    'er',
    'ed',
    'icu',
    'nicu',
    'picu',
    'clinic',
    'hospital',
    'practice',
    'pharmacy',
    'chair',
    'shift',
    'caseload',
    'emergency',
    'room',
    'rm',
    'bed',
    'chambre',
    'habitacion',
    'quarto',
    'zimmer',
    'leito',
    'cama',
    'lit',
    'planta',
    'guardia',
    'consulta',
    'urgencias',
    'uci',
    'clinica',
    'farmacia',
    'urgences',
    'reanimation',
    'station',
    'praxis',
    'notaufnahme',
    'plantao',
    'ala',
    'setor',
    'consultorio',
    'pronto',
    'came',
    'come',
    'comes',
    'coming',
    'brought',
    'rushed',
    'wheeled',
    'checkup',
    'procedure',
    'mri',
    'ct',
    'colonoscopy',
    'surgery',
    'appointment',
    'consult',
    'centre',
    'center',
    'suite',
    'bay',
    'chemo',
    'infusion',
    'dialysis',
    'treatment',
    'biopsy',
    'transfusion',
    'drew',
    'blood',
    'chart',
    'labs',
    'triage',
    'triaged',
    'mr',
    'mrs',
    'ms',
    'miss',
    'herr',
    'frau',
    'mme',
    'senora',
    'senor',
    'dona',
    'senhora',
    'senhor',
    'table',
    'waiting',
    'schedule',
    'census',
    'roster',
    'waitlist',
  ],
  new RegExp(
    `${B}(?:${[
      '(?:on|in|to|onto|into) (?:my|our) (?:[a-z&-]+ )?(?:floor|unit|ward|er|ed|icu|nicu|picu|clinic|hospital|practice|pharmacy|chair|shift|caseload)',
      '(?:in|to|into) the (?:er|ed|icu|nicu|emergency room|emergency department|ward)',
      `${MED_ADJ} (?:floor|unit|ward|center|centre|suite|bay|clinic)`,
      '(?:came|comes?|coming) in (?:again |back )?(?:for|with|today|tonight|last night|this morning)|(?:came|comes?|coming) (?:in )?to (?:us|me|see us|see me|our (?:clinic|practice|office|surgery)) (?:with|for|about)|(?:was|got) (?:brought|rushed|wheeled) in|in for (?:a|an|her|his|their) (?:checkup|procedure|scan|mri|ct|colonoscopy|surgery|appointment|follow-up|consult|chemo|infusion|dialysis|treatment|biopsy|transfusion)',
      'drew (?:his|her|their|blood)|blood draw|(?:saw|pulled up|opened|read|looked at|peeked at|checked) (?:his|her|their|the) (?:chart|labs|mri)',
      '(?:worked|working|at|in) triage|triaged',
      "(?:on|in|onto) (?:my|our) (?:exam |operating |procedure |treatment )?table|(?:in|at) (?:the|our|my) waiting room|(?:spent|worked|during|all|on) (?:my|our) (?:whole |entire |night |day |last )?shift",
      "(?:mrs?|ms|miss|herr|frau|mme|senora|senor|dona|senhora|senhor)\\.? [a-z'-]+,? (?:in|en|na|no|im) \\d{1,4}[a-z]?(?![a-z0-9])",
      '(?:room|rm|bed|chambre|habitacion|quarto|zimmer|leito|cama|lit) #?\\d{1,4}[a-z]?',
      '(?:en|a) (?:(?:mi|nuestra|la) )?(?:planta|guardia|consulta|urgencias|uci|clinica|farmacia)',
      `(?:on|in) (?:the|my|our|today's|tomorrow's) (?:${MED_ADJ}|or|surgery|surgical|clinic|transplant|waiting) (?:schedule|list|census|board|roster|waitlist)`,
      '(?:aux|des) urgences|(?:en|de) reanimation',
      '(?:auf|in) (?:meiner|unserer|der) (?:station|praxis|notaufnahme)',
      '(?:no|na|em) (?:meu|minha|nosso|nossa) (?:plantao|ala|setor|clinica|consultorio)|no pronto[- ]socorro',
    ].join('|')})${E}`,
    'g',
  ),
  24,
  40,
);

/**
 * Someone a town or the public would recognize: "the mayor's son", "a famous actor", "that NFL
 * quarterback", "la alcaldesa", "ein Promi", "le maire", "o prefeito" (folded).
 */
const PUBLIC_FIGURE = new Gated(
  [
    'mayor',
    'senator',
    'governor',
    'congressman',
    'congresswoman',
    'councilman',
    'councilwoman',
    'councillor',
    'councilor',
    'alderman',
    'sheriff',
    'judge',
    'pastor',
    'priest',
    'rabbi',
    'imam',
    'bishop',
    'principal',
    'superintendent',
    'quarterback',
    'celebrity',
    'celeb',
    'celebs',
    'vip',
    'vips',
    'channel',
    'radio',
    'weather',
    'famous',
    'actor',
    'actress',
    'singer',
    'rapper',
    'musician',
    'athlete',
    'footballer',
    'influencer',
    'youtuber',
    'tiktoker',
    'streamer',
    'news',
    'weatherman',
    'weatherwoman',
    'tv',
    'talk',
    'reality',
    'pop',
    'rock',
    'movie',
    'film',
    'hollywood',
    'youtube',
    'tiktok',
    'football',
    'soccer',
    'hockey',
    'basketball',
    'baseball',
    'pro',
    'nfl',
    'nba',
    'mlb',
    'nhl',
    'alcalde',
    'alcaldesa',
    'senador',
    'senadora',
    'gobernador',
    'gobernadora',
    'concejal',
    'concejala',
    'diputado',
    'diputada',
    'famoso',
    'famosa',
    'cantante',
    'actriz',
    'futbolista',
    'presentador',
    'presentadora',
    'burgermeister',
    'burgermeisterin',
    'promi',
    'prominente',
    'prominenter',
    'schauspieler',
    'schauspielerin',
    'sanger',
    'sangerin',
    'fussballer',
    'moderator',
    'moderatorin',
    'maire',
    'senateur',
    'senatrice',
    'depute',
    'deputee',
    'celebre',
    'celebrite',
    'vedette',
    'chanteur',
    'chanteuse',
    'acteur',
    'actrice',
    'footballeur',
    'presentateur',
    'presentatrice',
    'prefeito',
    'prefeita',
    'vereador',
    'vereadora',
    'deputado',
    'deputada',
    'celebridade',
    'cantor',
    'cantora',
    'ator',
    'atriz',
    'jogador',
    'jogadora',
    'apresentador',
    'apresentadora',
  ],
  new RegExp(
    `${B}(?:${[
      "(?:the|our|a|an|that|this|some|local|town's|city's) (?:local |town |city |former |certain |very |really |super |well known |big |famous |well-known |retired |pro |nfl |nba |mlb |nhl |tv |football |soccer |hockey |basketball |baseball )*(?:mayor|senator|governor|congress(?:man|woman)|council(?:man|woman|l?or)|alderman|sheriff|judge|pastor|priest|rabbi|imam|bishop|principal|superintendent|quarterback|celebrity|celeb|actor|actress|singer|rapper|musician|athlete|footballer|influencer|youtuber|tiktoker|streamer|news anchor|weather(?:man|woman)|tv host|talk show host)(?:'s)?",
      "(?:reality|pop|rock|movie|tv|film|hollywood|youtube|tiktok|nfl|nba|mlb|nhl|football|soccer|hockey|basketball|baseball|pro) (?:star|player)(?:'s)?",
      'famous (?:\\w+ )?(?:person|people|guy|woman|man|actor|actress|singer|rapper|athlete|player|face|youtuber|influencer)',
      'celebrit(?:y|ies)|celebs?|vips?',
      '(?:guy|woman|lady|man|girl|dude|anchor|host|reporter) (?:from|on) (?:the )?(?:channel \\d+|the news|tv|the radio|(?:\\w+ )?news|(?:\\w+ )?weather)',
      "(?:el|la|un|una|del|al|nuestr[oa]) (?:alcaldes?a?|senador[a]?|gobernador[a]?|concejal[a]?|diputad[oa]|famos[oa]|cantante|actor|actriz|futbolista|presentador[a]?)",
      "(?:der|die|den|dem|des|ein|eine|einen|unser|unsere|unseren) (?:burgermeister(?:in)?s?|promi|prominente[r]?|schauspieler(?:in)?|sanger(?:in)?|fussballer|moderator(?:in)?)",
      "(?:le|la|un|une|du|au|notre) (?:maire|senat(?:eur|rice)|deputee?|celebrite|vedette|chanteu(?:r|se)|acteur|actrice|footballeur|presentat(?:eur|rice))|(?:un|une) (?:\\w+ )?celebre",
      "(?:o|a|um|uma|do|da|ao|nosso|nossa) (?:prefeit[oa]|vereador[a]?|senador[a]?|deputad[oa]|famos[oa]|celebridade|cantor[a]?|ator|atriz|jogador[a]?|apresentador[a]?)",
    ].join('|')})${E}`,
    'g',
  ),
  64,
  24,
);

/** Words that say a named person is a customer of care: "our member Ana Silva", "resident Mr. Lee". */
const CARED_FOR =
  /(?<![a-z])(?<!(?:team|staff|board|family|crew|faculty|council|committee|club|founding|cast|band|church|gym|union|chapter) )(?:patients?|members?|residents?|clients?|policyholders?|enrollees?|beneficiar(?:y|ies)|pacientes?|afiliad[oa]s?|patient(?:in|en)|mitglied(?:er)?|adherente?s?|beneficiari[oa]s?|segurad[oa]s?)(?![a-z])/;

/** "patient Jane Doe", "la paciente Ana Torres". */
const PATIENT = new Gated(
  ['patient', 'paciente', 'patiente', 'patientin'],
  /(?<![a-z0-9_])(?:patient|paciente|patiente|patientin)e?[\s,:—-]+/g,
  0,
  24,
);

const PRACTICE_PATIENTS =
  /'s (?:practice|panel|patients|clinic|office)|(?:her|his|their) (?:[a-z-]+ ){0,3}(?:panel|patients|caseload)|(?:kids|children|people|patients) with/;

/** An age next to a name: "Mrs. Nguyen, 72," "J. Rossi (67)". */
const AGE_AFTER = /^,?\s*(?:\((?:dob|d\.o\.b\.?|born|b\.|geb\.?|nee?|nacid[oa]|fecha de nacimiento)\s*:?\s*\d|\(\d{1,3}!?\)|\(?\d{1,3}\)?(?:,|\s*(?:y\/?o|years? old|anos|jahre|ans)\b))/;

/** A courtesy title or an initial starts the name: "Mrs. Nguyen", "la señora Gómez", "J. Rossi". */
const TITLE =
  /^(?:Dr|Dra|Mrs|Mr|Ms|Mx|Miss|Prof|Sr|Sra|Srta|Herr|Frau|Mme|Mlle|M\.|[Ss]eñora|[Ss]eñor|[Dd]oña|[Ss]enhora|[Ss]enhor|Dona|Madame|Monsieur|Signora|Signor|Coach|Pastor|Father|Rev|Officer|Judge|Mayor|Senator|Governor|Councilman|Councilwoman|Principal|Sheriff|Alcalde|Alcaldesa|Bürgermeister|Maire|Prefeito|Prefeita)\b|^[A-ZÀ-ÖØ-Þ]\.\s?/;

/** A room or bed number: "room 1201", "bed 4", "chambre 208". */
const ROOM_CODE = /^(?:room|rm|bed|chambre|habitacion|quarto|zimmer|leito|cama|lit) #?\d/;

/**
 * One-word names and handles the capitalized-run finder leaves out, in original text: "Bed 3 - Garcia",
 * "Sarah from my kid's school", "Dolores in our Medicare plan", "@jenny_runs". Group 1 is the name;
 * `member` tells a name placed in the author's plan or clinic (a customer by itself).
 */
const SINGLE_NAME =
  /(?:\b(?:[Rr]oom|[Rr]m|[Bb]ed)\s*#?\d{1,4}[A-Za-z]?\s*[-:–—,]\s*(?:(?:Mr|Mrs|Ms|Miss)\.?\s+)?([A-Z][a-z]+(?:-[A-Z][a-z]+)?)|\b([A-Z][a-z]+) from (?:(?:my|our|the|his|her) |[A-Z][a-z]+ (?:Street|St|Road|Rd|Avenue|Ave|Lane|Ln|Close|Drive|Dr|Way|Court|Crescent|Terrace|Place)\b)|\b([A-Z][a-z]+),? (?:in|on|from|at) our (?:[A-Za-z-]+ ){0,3}(?:plan|program|programme|clinic|practice|unit|ward|floor|pharmacy)\b|(?<![\w@])(@[A-Za-z0-9_]{2,})|\b(?:[Hh]er|[Hh]is|[Tt]heir) name(?:'s| is) ([A-Z][a-z]+)|\b([A-ZÀ-Þ][a-zà-ÿ]+),? \(?\d{1,3}\)?,? ?(?:y\/?o|years? old|a[nñ]os|ans|[Jj]ahre|anni)\b)/g;
/** Capitalized sentence words that are not names before "from …". */
const NOT_SINGLE_NAME =
  /^(?:Greetings|Hello|Hi|Hey|Love|Thanks|Thank|News|Notes|Updates?|Photos?|Pics?|Live|Fresh|Back|Home|Away|Made|Coming|Sent|Views?|Everyone|Someone|Nobody|Anyone|Nurse|Doctor|Patient|Staff|Shoutout|Straight|Apart|Aside|Far|Report|Lessons?|Story|Stories|Quote|Message|Letter|Note|Today|Yesterday|Tonight|Words?|Help|Greeting|Hugs|Best|Regards|Cheers)$/;

interface SingleName {
  start: number;
  end: number;
  text: string;
  member: boolean;
  /** "Lucas, 6 ans": an age right after the name. */
  aged: boolean;
}

/** One-word names and handles in original [from, to). */
function singleNames(ctx: RuleContext, from: number, to: number): SingleName[] {
  const text = ctx.text;
  const s = Math.max(0, from);
  const slice = text.slice(s, Math.min(text.length, to));
  const out: SingleName[] = [];
  SINGLE_NAME.lastIndex = 0;
  for (let m = SINGLE_NAME.exec(slice); m && out.length < 16; m = SINGLE_NAME.exec(slice)) {
    const name = m[1] ?? m[2] ?? m[3] ?? m[4] ?? m[5] ?? m[6] ?? '';
    if (!name || NOT_SINGLE_NAME.test(name)) continue;
    const start = s + m.index + m[0].indexOf(name);
    out.push({
      start,
      end: start + name.length,
      text: name,
      member: m[3] !== undefined,
      // "her name is Emma" names a patient as plainly as an age does.
      aged: m[6] !== undefined || m[5] !== undefined,
    });
  }
  return out;
}

/** A room or bed right after a name: "Mme Lefèvre, chambre 208", "Mr. Diaz in bed 4". */
const ROOM_AFTER =
  /^,?\s*(?:in |en |na |no |im |dans la )?(?:room|rm|bed|chambre|habitaci[oó]n|cama|quarto|leito|zimmer|lit)\s*#?\d/i;

/** A visit as a patient, not an official one: "was in our ER", "came in for a scan", "got wheeled into my unit". */
const VISIT =
  /(?<![a-z])(?:was|were|came|comes|come|got|gets|brought|rushed|wheeled|admitted|showed up|checked in|in for|vino|llego|ingreso|estuvo|est venue?|est arrivee?|war|kam|wurde|veio|chegou|esteve|deu entrada)(?![a-z])/;
/** An official or public visit: a tour, a ribbon cutting, a speech, a donation. */
const OFFICIAL_VISIT =
  /(?<![a-z])(?:tour\w*|visit(?:ed|ing)?|ribbon|donat\w*|speech|spoke|gala|fundraiser|opening|thank\w*|inaugur\w*|volunteer\w*|sign\w* (?:books|autographs)|cheer\w*|read to)(?![a-z])/;

/** Family words: a named person's relative ("Tom Hanks' nephew") is as recognizable as they are. */
const RELATIVE = new Gated(
  [
    'nephew',
    'niece',
    'son',
    'daughter',
    'wife',
    'husband',
    'mom',
    'mother',
    'dad',
    'father',
    'kid',
    'kids',
    'brother',
    'sister',
    'grandson',
    'granddaughter',
    'grandma',
    'grandmother',
    'grandpa',
    'grandfather',
    'girlfriend',
    'boyfriend',
    'partner',
    'fiance',
    'fiancee',
  ],
  // Only `near` is asked (is one of the words there?); the regex just names the word.
  /\b\w+/g,
  0,
  16,
);

/** "Tom Hanks' nephew", "the Hendersons' son": a relative of someone named (original text). */
const NAMED_RELATIVE =
  /[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+(?:\s+[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+){0,2}(?:['’]s|['’])\s+(?:nephew|niece|son|daughter|wife|husband|mom|mother|dad|father|kids?|brother|sister|grandson|granddaughter|grandma|grandmother|grandpa|grandfather|girlfriend|boyfriend|partner|fianc[eé]e?)(?![\w])/g;

/** A person many would recognize near folded [from, to): a public figure, or a named person's relative. */
function recognizable(ctx: RuleContext, from: number, to: number): FoldedSpan | undefined {
  const figure = PUBLIC_FIGURE.first(ctx, Math.max(0, from), to);
  if (figure) return figure;
  if (!ctx.sameOffsets) return undefined;
  const slice = ctx.text.slice(Math.max(0, from), Math.min(ctx.text.length, to + 40));
  NAMED_RELATIVE.lastIndex = 0;
  const m = NAMED_RELATIVE.exec(slice);
  if (!m) return undefined;
  const start = Math.max(0, from) + m.index;
  if (NOT_NAME_START.test(m[0])) return undefined;
  return { start, end: start + m[0].length };
}
/** Sentence words that may start a capitalized run before "'s": "Today's", "Everyone's". */
const NOT_NAME_START =
  /^(?:Today|Tonight|Yesterday|Tomorrow|Everyone|Everybody|Someone|Somebody|Nobody|The|This|That|My|Our|Your|His|Her|Their|It|Who|What)\b/;

/** A public figure seen as a patient with no health word: "guess which senator was in our ER last night". */
function figureSeenAsPatient(ctx: RuleContext, settings: GateMatch[]): Hit[] {
  const folded = ctx.folded;
  for (const setting of settings) {
    const figure = recognizable(ctx, setting.start - 120, setting.end + 60);
    if (!figure) continue;
    const from = Math.min(figure.start, setting.start);
    const to = Math.max(figure.end, setting.end);
    const between = folded.slice(Math.max(0, from - 20), to + 20);
    const inRoom = ROOM_CODE.test(setting.text);
    const official = OFFICIAL_VISIT.test(folded.slice(Math.max(0, from - 60), to + 60));
    if ((!inRoom && !VISIT.test(between)) || official) continue;
    const [start, end] = ctx.span(figure.start, figure.end);
    return [{ start, end, data: { who: ctx.text.slice(start, end) } }];
  }
  return [];
}

/** Words after "patient" that name a programme or a team, not a person: "Patient Safety Week". */
const NOT_PATIENT_NAME =
  /^(?:Safety|Experience|Portal|Care|Advocate|Advocacy|Services?|Access|Relations|Satisfaction|Zero|Education|Navigator|Week|Day|Month|First|Centered|Centred|Rights|Privacy|Financial|Flow|Transport|Family|Families|Engagement|Information|Registration|Stories|Story|Voices?)\b/;
/** Capitalized runs that name an event, a place or a team, not a person: "Patient Safety Week", "Heart Health Walk". */
const NOT_A_PERSON_WORD =
  /\b(?:Patients?|Members?|Week|Day|Month|Safety|Health|Care|Center|Centre|Unit|Hospital|Clinic|Medical|Services|Foundation|Awareness|Walk|Run|Program|Programme|Team|Department|Floor|Ward|School|University|College|Street|Avenue|Road|Nurses?|Staff)\b/;

/** "patient Harold", "my patient Eleanor, 88": a single first name right after a care word (original offset). */
const FIRST_NAME = /^[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+(?=[\s,.!?;:)]|$)/;

/** "Jamal Carter, one of our members", "Ana Ruiz, a patient of ours". */
const CARED_FOR_AFTER =
  /^,?\s*(?:\(|-|—)?\s*(?:one of (?:our|my)|a|an|our|my)\s+(?:\w+\s+)?(?:patients?|members?|residents?|clients?|policyholders?|enrollees?|pacientes?|afiliad[oa]s?)\b/i;
/** A field in brackets after a name is a job, not a condition: "Atul Gawande (surgery)". */
const SPECIALTY =
  /^ \((?:surgery|surgeon|oncology|oncologist|neurology|cardiology|pediatrics|psychiatry|cancer|cancer research|research|medicine|nursing|icu|er|ed|heart surgeon|cardiac surgery)\)/i;

/** A list line that starts with a titled or initialled name and a colon: "- J. Whitfield:", "• Mrs Lane –". */
const LIST_LINE = /(?:^|\n)[ \t]*(?:[-•*·]|\d{1,2}[.)])[ \t]*[^\n:–—]{2,40}[:–—]$/;
const LIST_LINES = /(?:^|\n)[ \t]*(?:[-•*·]|\d{1,2}[.)])[ \t]*(?:(?:Mrs?|Ms|Miss|Mx|Herr|Frau|Mme|Sra?)\.? |[A-Z]\. ?)[A-Z][a-z'-]+[ \t]*[:–—]/g;
/** How many list lines start with a titled or initialled name and a colon. */
function listLines(ctx: RuleContext): number {
  return ctx.cached('customer-data:list-lines', () => {
    if (!ctx.text.includes('\n')) return 0;
    LIST_LINES.lastIndex = 0;
    let n = 0;
    while (n < 8 && LIST_LINES.exec(ctx.text)) n++;
    return n;
  });
}

/** A possessive right after a name: "Robert Lane's chemo". */
const POSSESSIVE_HEALTH = /^['’]s?\s/;

/** The author served the person: "helped Gloria Diaz enroll", "walked Ana Ruiz through her claim". */
const HELPED_BEFORE =
  /(?<![a-z])(?:helped|assisted|enrolled|signed up|processed|walked|onboarded|served|ayude a|atendi a|ajudei|half|habe \w+ geholfen|aide)\s+(?:\w+\s+)?$|(?<![a-z])(?:me (?:llam[oó]|ha llamado|escribi[oó])|m'a (?:appel[ée]e?|t[ée]l[ée]phon[ée])|me (?:ligou|telefonou)|(?:hat|rief) mich (?:heute )?(?:an|angerufen))\s+(?:(?:la|el|a|o)\s+)?$/;
/**
 * The person called the author's line: "Ana Ruiz called my line again", "… rang the helpline
 * today" (original text after the name). A caller with a health detail is a patient of the service.
 */
const CALLED_AFTER =
  /^,?\s+(?:(?:has |had )?(?:called|rang|phoned|rung|rings|calls)\s+(?:(?:my|our|the)\s+(?:[\w-]+\s+)?(?:line|helpline|hotline|desk|queue|support|call cent(?:er|re)|pharmacy|clinic)|in\b|back\b)|llam[oó] a (?:la|mi|nuestra) l[ií]nea|a appel[ée] (?:la|notre|ma) ligne|ligou para (?:a|o|nossa|minha) (?:linha|central))/i;

/** The author gave the person care: "gave a first flu shot today to Harold P." (lower-cased, before the name). */
const TREATED_BEFORE =
  /(?<![a-z])(?:gave|administered|given|vaccinated|injected|dosed|filled (?:a |an |the )?(?:\w+ )?(?:script|prescription) for)\b[^.!?\n]{0,40}?(?:\bto\s+)?$/;

/** The author's own health or family: "my doctor", "diagnosed me". */
const OWN =
  /(?<![a-z])(?:my|me|mi|mein\w*|mon|ma|meu|minha)\s+(?:\w+\s+)?(?:doctor|dr|gp|physician|therapist|diagnosis|asthma|diabetes|meds|medico|arzt|medecin)|(?:diagnosed|treated|prescribed|told)\s+me/;

export default defineRule({
  description:
    'Patients or a practice’s patients identified with health details: "patient J. Rossi, 67, readmitted for CHF", "Mrs. Nguyen, 72, type 2 diabetic", "Dr. Chen’s practice… 1,400 kids with asthma in her panel".',
  severity: 'block',
  messages: {
    default:
      'This identifies a patient or a practice together with health details ("{who}"); health information about identifiable people must never be posted.',
  },
  detect(ctx) {
    const folded = ctx.folded;
    // Cheap first: no health word, patient word, public figure or relative at all means nothing to find.
    const anything =
      HEALTH.near(ctx) || PATIENT.near(ctx) || PUBLIC_FIGURE.near(ctx) || RELATIVE.near(ctx) || CARE_EVENT.near(ctx);
    if (!anything) return [];
    const careWords = CARE_CONTEXT.test(ctx);
    // Without care words, only a condition in brackets after a name ("John Doe (asthma)") can count.
    if (!careWords && !CARE_SETTING.near(ctx) && employerMentions(ctx).length === 0 && !folded.includes(' (') && listLines(ctx) < 2)
      return [];
    // Where the author writes as a carer; looked for only when needed.
    let settingsFound: GateMatch[] | undefined;
    const settings = (): GateMatch[] => {
      settingsFound ??= CARE_SETTING.all(ctx);
      return settingsFound;
    };
    // "patient Jane Doe": a named patient is enough; "patient Harold" needs health, care or an age.
    let firstName: NameSpan | undefined;
    for (const m of PATIENT.all(ctx)) {
      if (!ctx.isCapitalizedAt(m.end)) continue;
      const [ns] = ctx.span(m.end, m.end + 1);
      const rest = ctx.text.slice(ns, ns + 40);
      if (NOT_PATIENT_NAME.test(rest)) continue;
      const name = namesIn(ctx, ns, ns + 40).find((n) => n.start === ns);
      if (name) return [{ start: name.start, end: name.end, data: { who: name.text } }];
      const single = FIRST_NAME.exec(rest);
      if (single && !firstName) firstName = { start: ns, end: ns + single[0].length, text: single[0] };
    }
    const careEvent = (): GateMatch | undefined =>
      CARE_EVENT.near(ctx) && settings().length > 0 ? CARE_EVENT.first(ctx) : undefined;
    const health = HEALTH.first(ctx) ?? careEvent();
    if (
      firstName &&
      (health ||
        AGE_AFTER.test(ctx.text.slice(firstName.end, firstName.end + 16)) ||
        settings().length > 0)
    )
      return [{ start: firstName.start, end: firstName.end, data: { who: firstName.text } }];
    if (!health) {
      if (!PUBLIC_FIGURE.near(ctx) && !RELATIVE.near(ctx)) return [];
      return settings().length > 0 ? figureSeenAsPatient(ctx, settings()) : [];
    }
    const hasPatientWord = PATIENT.near(ctx);
    const [hs, he] = ctx.span(health.start, health.end);
    // The author's own health ("my doctor") rules the post out: looked for only once someone is found.
    const own = (): boolean =>
      !hasPatientWord && OWN.test(folded.slice(Math.max(0, health.start - 200), health.end + 200));
    const seenByCarer = (from: number, to: number): boolean =>
      settings().some((m) => m.end > from - 160 && m.start < to + 160);
    const careContext = careWords || settings().length > 0;
    for (const n of namesIn(ctx, hs - 200, he + 200)) {
      if (NOT_A_PERSON_WORD.test(n.text)) continue;
      const titled = TITLE.test(n.text);
      const after = ctx.text.slice(n.end, n.end + 40);
      const aged = AGE_AFTER.test(after);
      const roomed = ROOM_AFTER.test(after);
      const before = ctx.text.slice(Math.max(0, n.start - 32), n.start).toLowerCase();
      const caredFor = CARED_FOR.test(before) || CARED_FOR_AFTER.test(after);
      // Served by the author for the employer: "helped Gloria Diaz enroll in <product>".
      const served =
        HELPED_BEFORE.test(before) ||
        (CALLED_AFTER.test(after) && !FAMILY_BEFORE.test(before)) ||
        (ctx.sameOffsets &&
          TREATED_BEFORE.test(ctx.folded.slice(Math.max(0, n.start - 64), n.start)) &&
          HEALTH.test(ctx, Math.max(0, n.start - 48), n.start));
      // "Robert Lane's chemo", "Sam Patel's MRI": the health detail is the person's own.
      const possessive =
        POSSESSIVE_HEALTH.test(after) && ctx.sameOffsets && HEALTH.test(ctx, n.end, n.end + 32);
      // "John Doe (asthma)": the condition in brackets right after the name.
      const bracketed =
        after.startsWith(' (') &&
        !SPECIALTY.test(after) &&
        ctx.sameOffsets &&
        HEALTH.test(ctx, n.end + 2, n.end + 32);
      // "- J. Whitfield: crown fit" on a list of two or more such lines: a day's patient list.
      const listed = titled && LIST_LINE.test(ctx.text.slice(Math.max(0, n.start - 4), n.end + 1)) && listLines(ctx) >= 2;
      const identified =
        listed ||
        bracketed ||
        titled ||
        aged ||
        roomed ||
        caredFor ||
        served ||
        possessive ||
        hasPatientWord ||
        seenByCarer(n.start, n.end);
      if (!identified) continue;
      // Without care words, only a person the author served or cares for counts.
      if (!careContext && !served && !caredFor && !bracketed && !listed) continue;
      // A doctor is a provider: only their practice's patients make it customer data.
      if (/^(?:Dr|Dra|Prof)\b/.test(n.text) && !aged && !PRACTICE_PATIENTS.test(folded)) continue;
      return own() ? [] : [{ start: n.start, end: n.end, data: { who: n.text } }];
    }
    // One-word names: "Bed 3 - Garcia, CHF", "Sarah from my kid's school came into the ER…".
    for (const n of singleNames(ctx, hs - 200, he + 200)) {
      if (n.member || (careContext && (n.aged || seenByCarer(n.start, n.end))))
        return own() ? [] : [{ start: n.start, end: n.end, data: { who: n.text } }];
    }
    // "the mayor's son got admitted … on my floor": a person the town knows, seen as a patient.
    if ((PUBLIC_FIGURE.near(ctx) || RELATIVE.near(ctx)) && settings().length > 0) {
      const figure = recognizable(ctx, health.start - 240, health.end + 240);
      if (
        figure &&
        seenByCarer(figure.start, figure.end) &&
        !OFFICIAL_VISIT.test(folded.slice(Math.max(0, figure.start - 60), figure.end + 80))
      ) {
        const [start, end] = ctx.span(figure.start, figure.end);
        return own() ? [] : [{ start, end, data: { who: ctx.text.slice(start, end) } }];
      }
    }
    return [];
  },
});
