import { defineRule } from '../../kinds/rule';
import { B, E, Gated } from '../_shared/org-voice';
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
  ],
  new RegExp(
    `${B}(?:patients?|practice|clinic|clinics|hospital|hospitals|ward|nurse|nurses|panel|caseload|residents?|readmi\\w*|pacientes?|clinica|consultorio|patient(?:in|en)|praxis|klinik|krankenhaus|patiente?s?|cabinet|clinique|hopital|paciente)${E}`,
    'g',
  ),
  0,
  24,
);

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
    if (!CARE_CONTEXT.test(ctx)) return [];
    // "patient Jane Doe": a named patient is enough.
    for (const m of PATIENT.all(ctx)) {
      if (!ctx.isCapitalizedAt(m.end)) continue;
      const [ns] = ctx.span(m.end, m.end + 1);
      const name = namesIn(ctx, ns, ns + 40).find((n) => n.start === ns);
      if (name) return [{ start: name.start, end: name.end, data: { who: name.text } }];
    }
    const health = HEALTH.first(ctx);
    if (!health) return [];
    const hasPatientWord = PATIENT.near(ctx);
    const [hs, he] = ctx.span(health.start, health.end);
    if (!hasPatientWord && OWN.test(folded.slice(Math.max(0, health.start - 200), health.end + 200)))
      return [];
    for (const n of namesIn(ctx, hs - 200, he + 200)) {
      const titled = /^(?:Dr|Dra|Mrs|Mr|Ms|Mx|Prof|Sr|Sra|Srta|Herr|Frau|Mme|Mlle)\b|^[A-ZÀ-ÖØ-Þ]\.\s?/.test(
        n.text,
      );
      const aged = AGE_AFTER.test(ctx.text.slice(n.end, n.end + 16));
      if (!titled && !aged && !hasPatientWord) continue;
      // A doctor is a provider: only their practice's patients make it customer data.
      if (/^(?:Dr|Dra|Prof)\b/.test(n.text) && !aged && !PRACTICE_PATIENTS.test(folded)) continue;
      return [{ start: n.start, end: n.end, data: { who: n.text } }];
    }
    return [];
  },
});
