import type { RuleContext } from '../../context';
import { defineRule, type Hit } from '../../kinds/rule';
import {
  foldedSlice,
  MAX_CANDIDATES,
  MAX_HITS,
  type NumberGroup,
  numberGroups,
} from '../_shared/secrets-scan';
import { digitsOf, masked, maskFix, near } from './_numbers';

/**
 * National identity numbers whose format or checksum identifies them:
 * US SSN (area/group/serial rules), Spanish DNI/NIE (check letter), Brazilian
 * CPF (two check digits), UK National Insurance number, French NIR (mod 97),
 * and, after an explicit label ("SSN", "national ID", "Aadhaar", "NIF",
 * "Personalausweisnummer"…), any ID-like number. Driven by the post's numbers.
 */
const SSN = /^(\d{3})([- ])(\d{2})\2(\d{4})$/;
const CPF = /^\d{3}\.\d{3}\.\d{3}-\d{2}$/;
const NIR = /^[12] ?\d{2} ?(?:0[1-9]|1[0-2]|[2-9]\d) ?\d{2} ?\d{3} ?\d{3} ?\d{2}$/;
const NINO_PREFIX = /(?!BG|GB|NK|KN|TN|NT|ZZ)[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z] ?$/;

/** Where a National Insurance number's two letters start, if the digits have them in front. */
function ninoStart(text: string, g: NumberGroup): number | null {
  const m = NINO_PREFIX.exec(text.slice(Math.max(0, g.start - 3), g.start));
  if (!m) return null;
  const start = g.start - m[0].length;
  return /[A-Za-z0-9]/.test(text[start - 1] ?? '') ? null : start;
}

/** A label right before the number (folded), with an optional connector ("DNI, el mío es …", "SSN, mine is …"). */
const LABEL_BEFORE =
  /(?<![a-z0-9])(ssn|social security(?: number| no\.?| #)?|social insurance number|sin|ni number|national insurance(?: number| no\.?)?|nino|national id(?:entity)?(?: number| card number| no\.?)?|id (?:card )?number|identity (?:card )?number|aadhaa?r(?: number| no\.?)?|pan(?: card)?(?: number)?|tax id|tin|nif|nie|dni|cpf|rg|curp|rut|cedula(?: de identidad)?|numero de identidad|documento de identidad|personalausweis(?:nummer)?|ausweisnummer|steuer-?id|steueridentifikationsnummer|sozialversicherungsnummer|numero de securite sociale|carte d'identite|bsn|pesel|cartao de cidadao|numero de contribuinte|contribuinte)\s*(?:[,;]\s*(?:and |y |e |et |und )?(?:el |la |o |a |le )?(?:mine|mio|mia|meu|minha|meiner|meins|meine|mien|mienne)\s*)?(?:is|es|ist|est|e|:|#|=|-|no\.?|number|numero|nummer)?\s*:?\s*$/;
/** Cased labels that are also words ("pan", "sin", "tin", "rg") count only in capitals. */
const WORD_LABELS = /^(?:pan|sin|tin|rg)$/;
const NOT_PERSON_ID =
  /(?<![a-z])(?:order|ticket|badge|employee|customer|client|case|transaction|tracking|booking|reference|product|device|session|user|app|account|invoice|request|job|build|bug|issue|event|meeting|zoom)\s*$/;
const SSN_WORD = /(?<![a-z])(?:ssn|social security|soc\.? sec|sozialversicherung)/;
const NOT_SSN =
  /(?<![a-z])(?:part|model|order|case|ticket|invoice|ref|serial|tracking|phone|call|text|fax|tel|sku|item|lot|isbn|patent|route|zip)(?![a-z])|#\s*$/;

function ssnValid(area: string, group: string, serial: string): boolean {
  const a = Number(area);
  return a !== 0 && a !== 666 && a < 900 && group !== '00' && serial !== '0000';
}

const DNI_LETTERS = 'TRWAGMYFPDXBNJZSQVHLCKE';
function dniValid(raw: string): boolean {
  const s = raw.replace(/[- ]/g, '');
  const body = s.slice(0, -1).replace(/^X/, '0').replace(/^Y/, '1').replace(/^Z/, '2');
  return DNI_LETTERS[Number(body) % 23] === s.slice(-1);
}

function cpfValid(raw: string): boolean {
  const d = digitsOf(raw);
  if (d.length !== 11 || /^(\d)\1+$/.test(d)) return false;
  const n = [...d].map(Number);
  const check = (len: number): number => {
    let sum = 0;
    for (let i = 0; i < len; i++) sum += (n[i] ?? 0) * (len + 1 - i);
    return ((sum * 10) % 11) % 10;
  };
  return check(9) === n[9] && check(10) === n[10];
}

function nirValid(raw: string): boolean {
  const s = raw.replace(/ /g, '');
  if (s.length !== 15) return false;
  return 97n - (BigInt(s.slice(0, 13)) % 97n) === BigInt(s.slice(13));
}

function nifPtValid(d: string): boolean {
  if (d.length !== 9) return false;
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += Number(d[i]) * (9 - i);
  const r = sum % 11;
  return (r < 2 ? 0 : 11 - r) === Number(d[8]);
}

function kindOf(label: string): string {
  if (/ssn|social security/.test(label)) return 'a Social Security number';
  if (/aadha/.test(label)) return 'an Aadhaar number';
  if (/cpf/.test(label)) return 'a Brazilian CPF';
  if (/dni|nie/.test(label)) return 'a Spanish ID number';
  if (/^ni |insurance|nino/.test(label)) return 'a UK National Insurance number';
  if (/tax|tin|nif|steuer|contribuinte|pan/.test(label)) return 'a tax ID';
  return 'an ID number';
}

interface Candidate {
  start: number;
  end: number;
  kind: string;
}

/** The number with the letters glued to it ("X1234567L", "12345678Z", "QQ 12 34 56 C"). */
function withLetters(text: string, g: NumberGroup): { start: number; end: number; value: string } {
  let start = g.start;
  let end = g.end;
  while (start > g.start - 3 && /[A-Z]/.test(text[start - 1] ?? '')) start--;
  const after = /^[- ]?[A-Z](?![A-Za-z0-9])/.exec(text.slice(end, end + 3));
  if (after) end += after[0].length;
  return { start, end, value: text.slice(start, end) };
}

/** After a label, the two letters in front may be any ("QQ 12 34 56 C" is HMRC's sample format). */
const ANY_LETTERS = /(?<![A-Za-z0-9])[A-Z]{2} ?$/;

function lettersStart(text: string, g: NumberGroup): number | null {
  const m = ANY_LETTERS.exec(text.slice(Math.max(0, g.start - 4), g.start));
  return m ? g.start - m[0].length : null;
}

function labelled(ctx: RuleContext, g: NumberGroup): Candidate | null {
  if (g.digits < 6) return null;
  const text = ctx.text;
  const v = withLetters(text, g);
  // No capital is glued to the digits here, so two letters in front need a space, then a capital,
  // before the digits ("QQ 12…"): most numbers skip both looks.
  const c = text.charCodeAt(g.start - 2);
  const lettered = v.start === g.start && text.charCodeAt(g.start - 1) === 32 && c >= 65 && c <= 90;
  const start = (lettered ? (ninoStart(text, g) ?? lettersStart(text, g)) : null) ?? v.start;
  const window = foldedSlice(ctx, start - 48, start);
  const m = LABEL_BEFORE.exec(window);
  if (!m) return null;
  const label = m[1] ?? '';
  const d = digitsOf(v.value);
  if (/^(?:19|20)\d\d$/.test(d)) return null;
  if (label === 'nif' && /^\d{9}$/.test(d) && !nifPtValid(d)) return null;
  if (WORD_LABELS.test(label)) {
    const original = text.slice(Math.max(0, start - 48), start);
    if (!new RegExp(`\\b${label.toUpperCase()}\\b`).test(original)) return null;
  }
  if (/^id|^identity/.test(label) && NOT_PERSON_ID.test(window.slice(0, m.index))) return null;
  return { start, end: v.end, kind: kindOf(label) };
}

function formatted(ctx: RuleContext, g: NumberGroup): Candidate | null {
  const text = ctx.text;
  const raw = g.raw;
  const before = text[g.start - 1] ?? '';
  const after = text[g.end] ?? '';
  const ssn = SSN.exec(raw);
  if (ssn && !/[\w-]/.test(before) && !/[\w-]/.test(after)) {
    if (!ssnValid(ssn[1] ?? '', ssn[3] ?? '', ssn[4] ?? '')) return null;
    const keyword = SSN_WORD.test(near(text, g.start, g.end, 40, 20));
    // With spaces it needs the word "SSN"; with hyphens, no word that makes it a part or order number.
    if (ssn[2] === ' ' ? !keyword : !keyword && NOT_SSN.test(near(text, g.start, g.start, 40, 0)))
      return null;
    return { start: g.start, end: g.end, kind: 'a Social Security number' };
  }
  if (CPF.test(raw) && !/[\w.-]/.test(before) && !/[\w-]/.test(after)) {
    return cpfValid(raw) ? { start: g.start, end: g.end, kind: 'a Brazilian CPF' } : null;
  }
  if (NIR.test(raw) && !/\w/.test(before) && !/\w/.test(after)) {
    return nirValid(raw) ? { start: g.start, end: g.end, kind: 'a French social security number' } : null;
  }
  // DNI: 8 digits and a check letter; NIE: X/Y/Z, 7 digits and a check letter.
  if (/^\d{7,8}$/.test(raw)) {
    const v = withLetters(text, g);
    const compact = v.value.replace(/[- ]/g, '');
    if (
      /^(?:\d{8}|[XYZ]\d{7})[A-Z]$/.test(compact) &&
      !/[\w-]/.test(text[v.start - 1] ?? '') &&
      dniValid(compact)
    ) {
      return {
        start: v.start,
        end: v.end,
        kind: compact.length === 9 && /^[XYZ]/.test(compact) ? 'a Spanish NIE' : 'a Spanish DNI',
      };
    }
  }
  // UK National Insurance: two letters, three pairs of digits, a letter A–D.
  if (/^\d{2} ?\d{2} ?\d{2}$/.test(raw)) {
    const start = ninoStart(text, g);
    const suffix = /^ ?[A-D](?![A-Za-z0-9])/.exec(text.slice(g.end, g.end + 3));
    if (start !== null && suffix)
      return { start, end: g.end + suffix[0].length, kind: 'a UK National Insurance number' };
  }
  return null;
}

export default defineRule({
  description:
    'National ID numbers: US SSN, Spanish DNI/NIE, Brazilian CPF, UK National Insurance, French NIR (checked formats), and numbers labelled as an ID.',
  severity: 'block',
  messages: {
    default: 'This looks like a national ID number ({kind}, {masked}); it is a key to identity theft.',
  },
  detect(ctx) {
    const hits: Hit[] = [];
    let lastEnd = -1;
    let budget = MAX_CANDIDATES;
    for (const g of numberGroups(ctx)) {
      if (hits.length >= MAX_HITS) break;
      if (g.digits < 6 || g.start < lastEnd) continue;
      if (--budget < 0) break;
      const found = formatted(ctx, g) ?? labelled(ctx, g);
      if (!found) continue;
      const value = ctx.text.slice(found.start, found.end).replace(/[ .-]/g, '');
      hits.push({
        start: found.start,
        end: found.end,
        data: { kind: found.kind, masked: masked(value) },
        suggestions: maskFix(found.start, found.end, value),
      });
      lastEnd = found.end;
    }
    return hits;
  },
});
