import type { RuleContext } from '../../context';
import { defineRule, type Hit } from '../../kinds/rule';
import { B, E, Gated, type GateMatch } from '../_shared/org-voice';
import { namesIn } from './_identity';

/** Diagnoses, conditions and care events in five languages (folded). */
const HEALTH = new Gated(
  [
    'diagnos*',
    'diabet*',
    'asthma*',
    'readmi*',
    'admitted',
    'discharg*',
    'chf',
    'copd',
    'hiv',
    'adhd',
    'ptsd',
    'icu',
    'er',
    'cancer',
    'chemo*',
    'oncolog*',
    'tumor',
    'tumors',
    'tumour',
    'tumours',
    'dementia',
    'alzheimer*',
    'parkinson*',
    'hypertens*',
    'heart',
    'stroke',
    'seizure',
    'seizures',
    'epilep*',
    'dialysis',
    'insulin',
    'depress*',
    'bipolar',
    'schizo*',
    'anxiety',
    'overdose',
    'prescri*',
    'medication',
    'medications',
    'surgery',
    'post',
    'pregnan*',
    'miscarriage',
    'type',
    'asma',
    'reingres*',
    'internado',
    'internada',
    'internados',
    'internadas',
    'hospitalizado',
    'hospitalizada',
    'hospitalizados',
    'hospitalizadas',
    'embarazada',
    'diagnostiziert',
    'asthmatiker*',
    'stationar',
    'schwanger',
    'asthmatique*',
    'hospitalise*',
    'enceinte',
    'gravida',
    // Procedures and conditions of other specialties, in five languages.
    'replacement',
    'transplant*',
    'amputat*',
    'infusion',
    'infusions',
    'ms',
    'multiple',
    'lupus',
    'crohn*',
    'sepsis',
    'septic',
    'pneumonia',
    'concussion',
    'rehab',
    'detox',
    'psych',
    'suicid*',
    'section',
    'stillbirth',
    'abortion',
    'std',
    'sti',
    'chlamydia',
    'hepatitis',
    'botox',
    'filler',
    'fillers',
    'lipo',
    'liposuction',
    'facelift',
    'ivf',
    'mastectomy',
    'biopsy',
    'attack',
    'cardiac',
    'kidney',
    'liver',
    'broke',
    'broken',
    'fractur*',
    'bypass',
    'stent',
    'pacemaker',
    'intubat*',
    'ventilator',
    'coma',
    'miscarried',
    'labor',
    'labour',
    'birth',
    'withdrawal',
    'relapse*',
    'root',
    'cavity',
    'cavities',
    'wisdom',
    'operad*',
    'operacion',
    'cirugia',
    'fractura',
    'infarto',
    'derrame',
    'sobredosis',
    'quimio*',
    'protesis',
    'trasplante',
    'cesarea',
    'aborto',
    'ictus',
    'cadera',
    'operiert',
    'prothese',
    'huftprothese',
    'knieprothese',
    'herzinfarkt',
    'schlaganfall',
    'uberdosis',
    'krebs',
    'gebrochen',
    'oberschenkelhalsbruch',
    'entzug',
    'opere',
    'operee',
    'operation',
    'infarctus',
    'avc',
    'surdose',
    'chimio*',
    'greffe',
    'cesarienne',
    'avortement',
    'fausse',
    'reanimation',
    'cirurgia',
    'protese',
    'fratura',
    'transplante',
    'extubat*',
    'sedated',
    'coded',
    'hospice',
    'palliative',
    'dnr',
  ],
  new RegExp(
    `${B}(?:${[
      'diagnos\\w*',
      'diabet\\w*',
      'asthma\\w*',
      'readmi\\w*',
      'admitted',
      'discharg\\w*',
      'chf|copd|hiv|adhd|ptsd|icu|er visit',
      'cancer|chemo\\w*|oncolog\\w*|tumou?rs?',
      'dementia|alzheimer\\w*|parkinson\\w*',
      'hypertens\\w*|heart failure|stroke|seizures?|epilep\\w*|dialysis|insulin',
      'depress\\w*|bipolar|schizo\\w*|anxiety disorder|overdose',
      'prescri\\w*|medications?|surgery|post-op|pregnan\\w*|miscarriage',
      'type [12]',
      'diagnostic\\w*|diabetic\\w*|asma|reingres\\w*|internad[oa]s?|hospitalizad[oa]s?|embarazada',
      'diagnostiziert|diabetiker\\w*|asthmatiker\\w*|stationar aufgenommen|schwanger',
      'diagnostique\\w*|diabetique\\w*|asthmatique\\w*|hospitalise\\w*|enceinte',
      'diagnosticad[oa]s?|diabetic[oa]s?|gravida',
      '(?:hip|knee|joint|valve|shoulder) replacement|transplant\\w*|amputat\\w*|infusions?',
      'multiple sclerosis|(?:her|his|their) ms|ms (?:infusions?|flare|relapse|diagnosis)',
      'lupus|crohn\\w*|sepsis|septic|pneumonia|concussion|rehab|detox|psych (?:hold|ward|eval)|suicid\\w*',
      'c-section|stillbirth|abortion|stds?|stis?|chlamydia|hepatitis|botox|(?:lip )?fillers?|lipo\\w*|facelift|ivf',
      'mastectomy|biopsy|heart attack|cardiac arrest|(?:kidney|liver) failure',
      'broke (?:her|his|their|a) (?:hip|leg|arm|wrist|ankle|pelvis|neck|back|jaw)|broken (?:hip|leg|arm|wrist|ankle|pelvis|neck|back|jaw)|fractur\\w*',
      'bypass surgery|stents?|pacemaker|intubat\\w*|ventilator|coma|miscarried|went into labou?r|gave birth',
      'withdrawal|relapse[ds]?|root canal|cavity|cavities|wisdom teeth',
      'operad[oa]s?|operacion|cirugia|fractura|infarto|derrame|sobredosis|quimio\\w*|protesis|trasplante|cesarea|aborto|ictus|(?:rompio|fracturo) la cadera',
      'operiert|\\w{0,6}prothese|herzinfarkt|schlaganfall|uberdosis|krebs|gebrochen|oberschenkelhalsbruch|entzug',
      'operee?|operation|prothese|infarctus|avc|surdose|chimio\\w*|greffe|cesarienne|avortement|fausse couche|en reanimation',
      'cirurgia|protese|fratura|transplante',
      'extubat\\w*|sedated|coded|hospice|palliative|dnr',
    ].join('|')})${E}`,
    'g',
  ),
  16,
  40,
);

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
  ],
  new RegExp(
    `${B}(?:members?|policyholders?|enrollees?|afiliad[oa]s?|patients?|practice|clinic|clinics|hospital|hospitals|ward|nurse|nurses|panel|caseload|residents?|readmi\\w*|pacientes?|clinica|consultorio|patient(?:in|en)|praxis|klinik|krankenhaus|patiente?s?|cabinet|clinique|hopital|paciente)${E}`,
    'g',
  ),
  0,
  24,
);

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
    'office',
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
    'service',
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
    'brought',
    'rushed',
    'wheeled',
    'checkup',
    'procedure',
    'scan',
    'mri',
    'ct',
    'colonoscopy',
    'surgery',
    'appointment',
    'follow',
    'consult',
  ],
  new RegExp(
    `${B}(?:${[
      '(?:on|in|to|onto|into) (?:my|our) (?:floor|unit|ward|er|ed|icu|nicu|picu|clinic|hospital|practice|pharmacy|office|chair|shift|caseload)',
      '(?:in|to|into) the (?:er|ed|icu|nicu|emergency room|emergency department|ward)',
      'came in (?:for|with|today|tonight|last night|this morning)|(?:was|got) (?:brought|rushed|wheeled) in|in for (?:a|an|her|his|their) (?:checkup|procedure|scan|mri|ct|colonoscopy|surgery|appointment|follow-up|consult)',
      '(?:room|rm|bed|chambre|habitacion|quarto|zimmer|leito|cama|lit) #?\\d{1,4}[a-z]?',
      '(?:en|a) (?:mi|nuestra|la) (?:planta|guardia|consulta|urgencias|uci|clinica|farmacia)',
      '(?:dans|a) (?:mon|notre) service|aux urgences|en reanimation',
      '(?:auf|in) (?:meiner|unserer|der) (?:station|praxis|notaufnahme)',
      '(?:no|na|em) (?:meu|minha|nosso|nossa) (?:plantao|ala|setor|clinica|consultorio)|no pronto[- ]socorro',
    ].join('|')})${E}`,
    'g',
  ),
  20,
  24,
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
      "(?:the|our|a|an|that|this|some|local|town's|city's) (?:local |town |city |former |famous |well-known |retired |pro |nfl |nba |mlb |nhl |tv |football |soccer |hockey |basketball |baseball )*(?:mayor|senator|governor|congress(?:man|woman)|council(?:man|woman|l?or)|alderman|sheriff|judge|pastor|priest|rabbi|imam|bishop|principal|superintendent|quarterback|celebrity|celeb|actor|actress|singer|rapper|musician|athlete|footballer|influencer|youtuber|tiktoker|streamer|news anchor|weather(?:man|woman)|tv host|talk show host)(?:'s)?",
      "(?:reality|pop|rock|movie|tv|film|hollywood|youtube|tiktok|nfl|nba|mlb|nhl|football|soccer|hockey|basketball|baseball|pro) (?:star|player)(?:'s)?",
      'famous (?:\\w+ )?(?:person|people|guy|woman|man|actor|actress|singer|rapper|athlete|player|face|youtuber|influencer)',
      'celebrit(?:y|ies)|celebs?',
      "(?:el|la|un|una|nuestr[oa]) (?:alcaldes?a?|senador[a]?|gobernador[a]?|concejal[a]?|diputad[oa]|famos[oa]|cantante|actor|actriz|futbolista|presentador[a]?)",
      "(?:der|die|ein|eine|unser|unsere) (?:burgermeister(?:in)?|promi|prominente[r]?|schauspieler(?:in)?|sanger(?:in)?|fussballer|moderator(?:in)?)",
      "(?:le|la|un|une|notre) (?:maire|senat(?:eur|rice)|deputee?|celebrite|vedette|chanteu(?:r|se)|acteur|actrice|footballeur|presentat(?:eur|rice))|(?:un|une) (?:\\w+ )?celebre",
      "(?:o|a|um|uma|nosso|nossa) (?:prefeit[oa]|vereador[a]?|senador[a]?|deputad[oa]|famos[oa]|celebridade|cantor[a]?|ator|atriz|jogador[a]?|apresentador[a]?)",
    ].join('|')})${E}`,
    'g',
  ),
  64,
  24,
);

/** Words that say a named person is a customer of care: "our member Priya Raman", "resident Mr. Lee". */
const CARED_FOR =
  /(?<![a-z])(?:patients?|members?|residents?|clients?|policyholders?|enrollees?|beneficiar(?:y|ies)|pacientes?|afiliad[oa]s?|patient(?:in|en)|mitglied(?:er)?|adherente?s?|beneficiari[oa]s?|segurad[oa]s?)(?![a-z])/;

/** "patient Jane Doe", "la paciente Ana Torres". */
const PATIENT = new Gated(
  ['patient', 'paciente', 'patiente', 'patientin'],
  /(?<![a-z0-9_])(?:patient|paciente|patiente|patientin)e?[\s,:—-]+/g,
  0,
  24,
);

const PRACTICE_PATIENTS =
  /'s (?:practice|panel|patients|clinic|office)|(?:her|his|their) (?:panel|patients|caseload)|(?:kids|children|people|patients) with/;

/** An age next to a name: "Mrs. Okafor, 72," "J. Morales (67)". */
const AGE_AFTER = /^,?\s*\(?\d{1,3}\)?(?:,|\s*(?:y\/?o|years? old|anos|jahre|ans)\b)/;

/** A courtesy title or an initial starts the name: "Mrs. Okafor", "la señora Gómez", "J. Morales". */
const TITLE =
  /^(?:Dr|Dra|Mrs|Mr|Ms|Mx|Miss|Prof|Sr|Sra|Srta|Herr|Frau|Mme|Mlle|M\.|[Ss]eñora|[Ss]eñor|[Dd]oña|[Ss]enhora|[Ss]enhor|Dona|Madame|Monsieur|Signora|Signor)\b|^[A-ZÀ-ÖØ-Þ]\.\s?/;

/** A room or bed right after a name: "Mme Lefèvre, chambre 208", "Mr. Diaz in bed 4". */
const ROOM_AFTER =
  /^,?\s*(?:in |en |na |no |im |dans la )?(?:room|rm|bed|chambre|habitaci[oó]n|cama|quarto|leito|zimmer|lit)\s*#?\d/i;

/** A visit as a patient, not an official one: "was in our ER", "came in for a scan", "got wheeled into my unit". */
const VISIT =
  /(?<![a-z])(?:was|were|came|comes|come|got|gets|brought|rushed|wheeled|admitted|showed up|checked in|in for|vino|llego|ingreso|estuvo|est venue?|est arrivee?|war|kam|wurde|veio|chegou|esteve|deu entrada)(?![a-z])/;
/** An official or public visit: a tour, a ribbon cutting, a speech, a donation. */
const OFFICIAL_VISIT =
  /(?<![a-z])(?:tour\w*|visit(?:ed|ing)?|ribbon|donat\w*|speech|spoke|gala|fundraiser|opening|thank\w*|inaugur\w*|volunteer\w*|sign\w* (?:books|autographs)|cheer\w*|read to)(?![a-z])/;

/** A public figure seen as a patient with no health word: "guess which senator was in our ER last night". */
function figureSeenAsPatient(ctx: RuleContext, settings: GateMatch[]): Hit[] {
  const folded = ctx.folded;
  for (const setting of settings) {
    const figure = PUBLIC_FIGURE.first(ctx, Math.max(0, setting.start - 120), setting.end + 60);
    if (!figure) continue;
    const from = Math.min(figure.start, setting.start);
    const to = Math.max(figure.end, setting.end);
    const between = folded.slice(Math.max(0, from - 20), to + 20);
    if (!VISIT.test(between) || OFFICIAL_VISIT.test(folded.slice(Math.max(0, from - 60), to + 60))) continue;
    const [start, end] = ctx.span(figure.start, figure.end);
    return [{ start, end, data: { who: ctx.text.slice(start, end) } }];
  }
  return [];
}

/** The author's own health or family: "my doctor", "diagnosed me". */
const OWN =
  /(?<![a-z])(?:my|me|mi|mein\w*|mon|ma|meu|minha)\s+(?:\w+\s+)?(?:doctor|dr|gp|physician|therapist|diagnosis|asthma|diabetes|meds|medico|arzt|medecin)|(?:diagnosed|treated|prescribed|told)\s+me/;

export default defineRule({
  description:
    'Patients or a practice’s patients identified with health details: "patient J. Morales, 67, readmitted for CHF", "Mrs. Okafor, 72, type 2 diabetic", "Dr. Chen’s practice… 1,400 kids with asthma in her panel".',
  severity: 'block',
  messages: {
    default:
      'This identifies a patient or a practice together with health details ("{who}"); health information about identifiable people must never be posted.',
  },
  detect(ctx) {
    const folded = ctx.folded;
    const settings = CARE_SETTING.all(ctx);
    if (settings.length === 0 && !CARE_CONTEXT.test(ctx)) return [];
    // "patient Jane Doe": a named patient is enough.
    for (const m of PATIENT.all(ctx)) {
      if (!ctx.isCapitalizedAt(m.end)) continue;
      const [ns] = ctx.span(m.end, m.end + 1);
      const name = namesIn(ctx, ns, ns + 40).find((n) => n.start === ns);
      if (name) return [{ start: name.start, end: name.end, data: { who: name.text } }];
    }
    const health = HEALTH.first(ctx) ?? (settings.length > 0 ? CARE_EVENT.first(ctx) : undefined);
    if (!health) return settings.length > 0 ? figureSeenAsPatient(ctx, settings) : [];
    const hasPatientWord = PATIENT.near(ctx);
    const [hs, he] = ctx.span(health.start, health.end);
    if (!hasPatientWord && OWN.test(folded.slice(Math.max(0, health.start - 200), health.end + 200)))
      return [];
    const seenByCarer = (from: number, to: number): boolean =>
      settings.some((m) => m.end > from - 160 && m.start < to + 160);
    for (const n of namesIn(ctx, hs - 200, he + 200)) {
      const titled = TITLE.test(
        n.text,
      );
      const after = ctx.text.slice(n.end, n.end + 24);
      const aged = AGE_AFTER.test(after);
      const roomed = ROOM_AFTER.test(after);
      const caredFor = CARED_FOR.test(ctx.text.slice(Math.max(0, n.start - 32), n.start).toLowerCase());
      if (!titled && !aged && !roomed && !caredFor && !hasPatientWord && !seenByCarer(n.start, n.end)) continue;
      // A doctor is a provider: only their practice's patients make it customer data.
      if (/^(?:Dr|Dra|Prof)\b/.test(n.text) && !aged && !PRACTICE_PATIENTS.test(folded)) continue;
      return [{ start: n.start, end: n.end, data: { who: n.text } }];
    }
    // "the mayor's son got admitted … on my floor": a person the town knows, seen as a patient.
    if (settings.length > 0) {
      const figure = PUBLIC_FIGURE.first(ctx, Math.max(0, health.start - 240), health.end + 240);
      if (figure && seenByCarer(figure.start, figure.end)) {
        const [start, end] = ctx.span(figure.start, figure.end);
        return [{ start, end, data: { who: ctx.text.slice(start, end) } }];
      }
    }
    return [];
  },
});
