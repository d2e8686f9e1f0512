import { defineRule, type Hit } from '../../kinds/rule';
import { sentenceBounds } from '../_shared/biz-signals';
import { hasWord, keyedMatches, keyedRegex, wordGroup } from '../_shared/biz-words';

/**
 * Medical cure and treatment claims: "cured my anxiety", "can cure diabetes", "no medication
 * needed", "detects sepsis 100% of the time", "will save every patient". "The cure for Monday
 * is coffee" names no illness; "new migraine meds started this week" claims nothing.
 */
/** Named illnesses, in five languages (folded). */
const NAMED_ILLNESS =
  "arthrose|artrose|asthme|asma|hypertonie|bluthochdruck|hipertension|hipertensao|bronchite|bronquite|zuckerkrankheit|sleep apnea|apnee du sommeil|insomnie|insomnio|insonia|schlaflosigkeit|allergie|allergien|alergias|anxiety|depression|adhd|add|autism|(?:type [12] )?diabetes|cancers?|tumou?rs?|arthritis|asthma|eczema|psoriasis|acne|insomnia|migraines?|migrane|ruckenschmerzen|kopfschmerzen|schlafstorungen|dolor de espalda|mal de dos|dor nas costas|alzheimer'?s|dementia|parkinson'?s|hypertension|high blood pressure|cholesterol|covid(?:-19)?|long covid|flu|infections?|sepsis|obesity|ptsd|ocd|bipolar|schizophrenia|epilepsy|hiv|aids|lyme|fibromyalgia|ibs|crohn'?s|chronic pain|back pain|tinnitus|allergies|heart disease|(?:congestive )?(?:heart|cardiac|kidney|renal|liver|hepatic|respiratory) failure|atrial fibrillation|afib|arrhythmias?|angina|insuficiencia (?:cardiaca|renal|hepatica)|herzinsuffizienz|herzschwache|niereninsuffizienz|insuffisance (?:cardiaque|renale|hepatique)|heart attacks?|strokes?|colds?|lupus|multiple sclerosis|kidney stones|hair loss|kidney disease|ansiedad|depresion|cancer|artritis|angststorung|angst|depressionen|krebs|anxiete|ansiedade|depressao|sickle[- ]cell(?: disease| anemia| anaemia)?|cystic fibrosis|leuka?emia|lymphoma|melanoma|huntington'?s|hepatitis(?: [abc])?|herpes|endometriosis|gout|glaucoma|c[oe]?eliac(?: disease)?|copd|osteoporosis|vitiligo|rosacea|neuropathy|sciatica|infertility|addiction|alcoholism|hay fever|sinusitis|hypothyroidism|pcos|erectile dysfunction|chronic fatigue(?: syndrome)?|(?:eating|sleep|anxiety|panic|mood|autoimmune|thyroid|genetic|seizure) disorders?|migranas?|enxaquecas?|diabete|drepanocitosis|drepanocytose|anemia falciforme|sichelzellanamie|rheuma|neurodermitis|schuppenflechte|sclerose en plaques|esclerosis multiple|esclerose multipla|inflammation|chronic inflammation|gripe|resfriados?|migrana|migraine|grippe|erkaltung|gripe|constipacao|rhume|inflamacion|inflamacao|entzundung";
/**
 * An illness: named, or a kind of disease ("sickle cell disease", "Crohn's disease", "la maladie de
 * Lyme", "die Parkinson-Krankheit"), with an optional modifier ("chronic migraines", "stage 4 cancer",
 * "migrañas crónicas" comes after, so the noun alone suffices there).
 */
/** Where it hurts: "knee arthritis", "jaw pain", "Kiefergelenksschmerzen", "dolor de rodilla", "douleurs articulaires". */
const BODY_PART = '(?:knee|hip|joint|shoulder|neck|jaw|wrist|elbow|ankle|foot|hand|spinal|lower back|tmj|nerve|muscle|pelvic|period)';
const PAIN = `${BODY_PART} pain|[a-z]{3,}schmerzen|dolor(?:es)? (?:de (?:rodilla|espalda|cabeza|cadera|hombro|cuello|mandibula|articulaciones)|articular(?:es)?|cronicos?)|douleurs? (?:articulaires?|chroniques?|au dos|aux genoux|au genou|de la machoire)|dor(?:es)? (?:nas costas|no joelho|nas articulacoes|articular(?:es)?|cronicas?)`;
const ILLNESS = `(?:${BODY_PART} )?(?:(?:chronic|severe|acute|advanced|persistent|recurring|recurrent|early[- ]stage|late[- ]stage|stage [1-4]|treatment[- ]resistant|terminal|metastatic|juvenile|childhood|rare|rheumatoid|psoriatic|type [12]|chronische[nr]?|schwere[nr]?|chronique|severe|cronica|cronico) )?(?:${NAMED_ILLNESS}|${PAIN}|(?:[a-z']+[ -]){1,2}(?:disease|syndrome|deficiency|dystrophy|sclerosis|fibrosis|anaemia|anemia)|[a-z]{3,}itis|(?:la )?enfermedad de [a-z']+|[a-z]+-?krankheit|(?:la )?maladie (?:de|d')\\s?[a-z']+|(?:a )?doenca de [a-z']+)`;
const CURE_ALTERNATIVES = [
  `(?:cure[sd]?|curing|heal(?:s|ed|ing)?|revers(?:e|es|ed|ing)|eliminat(?:e|es|ed|ing)|got rid of|fix(?:es|ed)?) (?:my |her |his |their |your |our |the |of |people's |(?:my|her|his|their|our) \\w+'s |\\w+'s )?${ILLNESS}`,
  `(?:cure|cures) for ${ILLNESS}`,
  // A remedy said to clear or beat an illness outright, or to treat it better or faster than
  // medicine: "clears up anxiety", "wipes out migraines", "treats high blood pressure better than
  // medication", "relieves arthritis for good". "We treat patients with diabetes" claims nothing.
  `(?:clears?|cleared|clearing) up (?:my |your |her |his |their |the )?${ILLNESS}`,
  `(?:wipes?|wiped|knocks?|knocked) out (?:my |your |her |his |their |the )?${ILLNESS}`,
  `(?:treats?|relieves?|soothes?) (?:your |the )?${ILLNESS} (?:better|faster|quicker|more effectively) than`,
  `(?:treats?|relieves?|soothes?|clears?) (?:your |the )?${ILLNESS} (?:for good|permanently|naturally|overnight|forever)`,
  // "the only treatment for …" claims; "I started treatment for …" reports
  `(?:only|best|miracle|breakthrough|definitive|permanent|real|proven) (?:treatment|therapy) for ${ILLNESS}`,
  `${ILLNESS}[^.!?\\n]{0,40}?(?:cured|gone for good|completely gone|disappeared|geheilt|verschwunden|gueri|guerie|disparu|curad[oa]|curou)`,
  '(?:guaranteed to (?:cure|heal)|garantiert geheilt|cura garantizada|guerison garantie|cura garantida)',
  'no (?:more )?(?:meds|medication|medicine|drugs|prescriptions?|insulin|chemo|doctors?) (?:needed|required|necessary)',
  `(?:detects?|diagnos(?:es|e)|predicts?|catches|prevents?) (?:\\w+ )?${ILLNESS}? ?(?:with )?100 ?%`,
  '100 ?% (?:of the time|accuracy|accurate|effective|cure rate|success rate)',
  '(?:save|saves|will save|saving) (?:every|all) (?:patients?|lives|life)',
  'miracle (?:cure|pill|treatment)',
  `(?:prevents?|stops|ends|beats|eliminates) (?:\\w+ )?${ILLNESS}`,
  'no side effects',
  '(?:risk-free|zero-risk|no-risk|painless and risk-free) (?:surgery|procedure|treatment|therapy|operation)',
  '(?:surgery|procedure|treatment|therapy|operation) (?:is |with )?(?:completely |totally |100% )?(?:risk-free|zero risk|no risk)',
  'guaranteed results',
  '\\d+ ?% (?:cure|success|recovery|remission) rate',
  'cures? \\d+ (?:out of|in) \\d+',
  'boosts? (?:your )?immun(?:e|ity)(?: system)?',
  '(?:lose|drop) \\d+ ?(?:lbs|pounds|kg|kilos) in \\d+ (?:days|weeks)',
  'clinically proven',
  '(?:proven|guaranteed) to (?:cure|reverse|prevent|eliminate|heal)',
  'eliminates the need for (?:insulin|medication|meds|surgery|chemo|dialysis)',
  'clinically proven to cure',
  // "works better than any therapy", "wirkt besser als jede Therapie"
  '(?:works|worked|work) better than (?:any |every |all |real )?(?:therapy|therapies|therapist|medication|meds|medicine|drugs?|treatment|pills|antidepressants?)',
  'wirkt besser als (?:jede|jedes|jeder|alle) (?:therapie|medikament|behandlung|tabletten?)',
  'funciona mejor que (?:cualquier|toda|todas las|todos los) (?:terapia|medicina|medicamento|tratamiento|pastillas?)',
  "(?:marche|fonctionne) mieux que (?:n'importe quel(?:le)?|tout|toute|les) (?:traitement|medicament|therapie)s?",
  'funciona melhor (?:do )?que (?:qualquer|todo|toda) (?:terapia|remedio|medicamento|tratamento)',
  // Spanish, German, French, Portuguese
  `(?:cura|curo|curan|curara) (?:la |el |las |los |mi |mis |tu |tus |su |sus )?${ILLNESS}`,
  `(?:heilt|heilte|heilen|geheilt) (?:meine |seine |ihre |die |den )?${ILLNESS}`,
  `${ILLNESS} geheilt`,
  `(?:guerit|gueri|guerie|soigne) (?:mon |ma |mes |son |sa |ses |le |la |les |l')?${ILLNESS}`,
  `(?:cura|curou|curar) (?:a |o |minha |meu |sua |seu )?${ILLNESS}`,
  'sin (?:medicamentos|medicacion|pastillas)',
  'ohne (?:medikamente|tabletten)',
  'sans (?:medicaments|traitement)',
  'sem (?:remedios|medicamentos|medicacao)',
];
const CURE = keyedRegex(CURE_ALTERNATIVES, [
  'clears',
  'clear',
  'cleared',
  'clearing',
  'wipe',
  'wipes',
  'wiped',
  'knock',
  'knocks',
  'knocked',
  'treats',
  'treat',
  'relieve',
  'relieves',
  'soothe',
  'soothes',
  // "works better than any therapy": filed under the remedy, far rarer than "better"
  'therap',
  'terap',
  'pills',
  'antidepress',
  'behandlung',
  'tratamient',
  'tratamento',
  'remedio',
  'drug',
  'risk',
  'zero',
  'surgery',
  'procedure',
  'treatment',
  'therapy',
  'operation',
  'results',
  'rate',
  'boost',
  'boosts',
  'lose',
  'drop',
  'stops',
  'ends',
  'beats',
  'eliminates',
  'side',
  'proven',
  'cure',
  'cures',
  'cured',
  'curing',
  'cura',
  'curo',
  'curan',
  'curara',
  'curou',
  'curar',
  'heal',
  'revers',
  'elimin',
  'got',
  'fix',
  'fixes',
  'fixed',
  'treatment',
  'gone',
  'disappeared',
  'meds',
  'medic',
  'drugs',
  'prescription',
  'prescriptions',
  'insulin',
  'chemo',
  'doctor',
  'doctors',
  'detect',
  'diagnos',
  'predict',
  'catch',
  'catches',
  'prevent',
  '100',
  'save',
  'saves',
  'saving',
  'miracle',
  'clinically',
  'heilt',
  'heilen',
  'geheilt',
  'verschwunden',
  'disparu',
  'curado',
  'curada',
  'guaranteed',
  'garantiert',
  'garantizada',
  'garantie',
  'garantida',
  'heilte',
  'geheilt',
  'guerit',
  'gueri',
  'guerie',
  'soigne',
  'pastilla',
  'medik',
  'tablett',
  'traitement',
  'remedios',
]);
const MEDICAL = wordGroup([
  'surgery',
  'surgeries',
  'surgeon',
  'patient',
  'patients',
  'hospital',
  'hospitals',
  'clinic',
  'doctor',
  'doctors',
  'disease',
  'diseases',
  'diagnos',
  'sepsis',
  'cancer',
  'tumor',
  'tumors',
  'tumour',
  'medical',
  'health',
  'treatment',
  'symptom',
  'symptoms',
  'cure',
  'cured',
  'cures',
  'therapy',
  'medic',
  'anxiety',
  'depression',
  'diabetes',
  'adhd',
  'paciente',
  'pacientes',
  'salud',
  'patienten',
  'gesundheit',
  'sante',
  'saude',
]);

/** A claim said not to hold, right before it (folded). */
const DENIED =
  /(?<![a-z])(?:doesn't|does not|don't|do not|won't|will not|can't|cannot|can not|isn't|is not|never|nothing|no pill|no supplement|no tea|no diet|no es|no cura|nao cura|heilt nicht|ne guerit pas)(?: (?:actually|really|magically|ever|necessarily|just))?\s+$/;

/** Everyday remedies said to beat therapy ("running works better than any therapy"): a feeling, not a product's claim. */
const EVERYDAY_BEFORE =
  /(?<![a-z])(?:running|walking|yoga|exercise|exercising|the gym|sleep|hiking|swimming|nature|music|my (?:dog|cat|garden)|friends|laughing|laughter|a long walk|a good cry)\s+(?:\w+\s+)?$/;
const BEATS_THERAPY = /better (?:than|als|que)|mieux que|melhor/;

export default defineRule({
  description:
    'Medical cure or treatment claims: "cured my anxiety", "can cure diabetes", "detects sepsis 100% of the time".',
  severity: 'block',
  messages: {
    default:
      'This makes a medical claim (“{words}”); cure and treatment claims are regulated and need approved evidence.',
  },
  detect(ctx) {
    const folded = ctx.folded;
    const hits: Hit[] = [];
    for (const { start: index, m } of keyedMatches(ctx, CURE, 60, 80)) {
      // "it doesn't cure the flu", "nothing cures a cold": the claim denied.
      if (DENIED.test(folded.slice(Math.max(0, index - 24), index))) continue;
      if (BEATS_THERAPY.test(m[0]) && EVERYDAY_BEFORE.test(folded.slice(Math.max(0, index - 32), index))) continue;
      if (/100 ?%|every|all |sin |ohne|sans|sem |no |guaranteed results/.test(m[0])) {
        const [s, e] = sentenceBounds(folded, index);
        if (!hasWord(ctx, MEDICAL, Math.max(0, s - 120), e)) continue;
      }
      const [start, end] = ctx.span(index, index + m[0].length);
      hits.push({ start, end, data: { words: ctx.text.slice(start, end) } });
    }
    return hits;
  },
});
