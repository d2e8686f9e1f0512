/**
 * Shared number checks of the personal-info rules: checksums (Luhn, mod 97,
 * mod 11), masking, and the card and IBAN detectors (cached per check) so the
 * phone rule can skip digits that already are a card or an account number.
 */
import { electronicFormatIBAN, getCountrySpecifications, isValidIBAN, ValidationErrorsIBAN, validateIBAN } from 'ibantools';
import type { RuleContext } from '../../context';
import type { Suggestion } from '../../types';
import { digitRuns, MAX_CANDIDATES, MAX_HITS, numberGroups, SpanSet } from '../_shared/secrets-scan';

export interface NumberHit {
  start: number;
  end: number;
  /** Digits (and letters, for IBANs) without separators. */
  value: string;
}

export function digitsOf(s: string): string {
  return s.replace(/\D/g, '');
}

export function luhn(digits: string): boolean {
  let sum = 0;
  let double = false;
  for (let i = digits.length - 1; i >= 0; i--) {
    let d = digits.charCodeAt(i) - 48;
    if (double) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
    double = !double;
  }
  return sum % 10 === 0;
}

/** "•••• 4242": the last four characters, the rest hidden. */
export function masked(value: string): string {
  return `•••• ${value.slice(-4)}`;
}

export function maskFix(start: number, end: number, value: string): Suggestion[] {
  return [{ label: 'Mask the number', replacement: masked(value), start, end }];
}

/** Lower-case text of `radius` characters before and after an original span. */
export function near(text: string, start: number, end: number, before: number, after = before): string {
  const s = text.slice(Math.max(0, start - before), Math.min(text.length, end + after)).toLowerCase();
  return /[^\x00-\x7f]/.test(s) ? s.normalize('NFD').replace(/[\u0300-\u036f]/g, '') : s;
}

// ---------------------------------------------------------------- payment cards

/** 13–19 digits, optionally grouped by spaces or hyphens. */
const CARD_SHAPE = /^\d(?:[ -]?\d){12,18}$/;

/** Known issuer prefixes and the lengths they issue (Visa, Mastercard, Amex, Discover, Diners, JCB, UnionPay, Maestro, Mir). */
function knownIssuer(d: string): boolean {
  const n = d.length;
  const p2 = Number(d.slice(0, 2));
  const p4 = Number(d.slice(0, 4));
  switch (d[0]) {
    case '4':
      return n === 13 || n === 16 || n === 19;
    case '5':
      return (p2 >= 51 && p2 <= 55 && n === 16) || (n >= 12 && (p2 === 50 || (p2 >= 56 && p2 <= 58)));
    case '2':
      return ((p4 >= 2221 && p4 <= 2720) || (p4 >= 2200 && p4 <= 2204)) && n >= 16;
    case '3':
      if (p2 === 34 || p2 === 37) return n === 15;
      if (p2 === 36 || p2 === 38 || p2 === 39 || (p4 >= 3000 && p4 <= 3059)) return n >= 14;
      return p4 >= 3528 && p4 <= 3589 && n >= 16;
    case '6':
      return n >= 12;
    default:
      return false;
  }
}

/** Group sizes people type: 4-4-4-4(-3), 4-6-5 (Amex), 4-6-4 (Diners), or none. */
function plausibleGrouping(raw: string): boolean {
  const groups = raw.split(/[ -]/);
  if (groups.length === 1) return true;
  const sep = raw.match(/[ -]/g) ?? [];
  if (new Set(sep).size > 1) return false;
  const sizes = groups.map((g) => g.length).join('-');
  if (sizes === '4-6-5' || sizes === '4-6-4') return true;
  return groups.every((g, i) => (i < groups.length - 1 ? g.length === 4 : g.length >= 1 && g.length <= 4));
}

const NOT_A_CARD =
  /(?<![a-z])(?:tracking|track|order|invoice|isbn|registration|confirmation|booking|ticket|reference|ref|serial|imei|iccid|case|phone|tel|code|shipment|parcel|sendung|pedido|commande|pedido|encomenda)(?![a-z])/;
const CARD_WORD =
  /(?<![a-z])(?:card|cards|visa|mastercard|master card|amex|american express|discover|credit|debit|cc|cvv|cvc|exp|expiry|expires|tarjeta|karte|kreditkarte|carte|cartao|cb)(?![a-z])/;

const TEST_CARDS = new Set([
  '4242424242424242',
  '4111111111111111',
  '4012888888881881',
  '4000056655665556',
  '5555555555554444',
  '5105105105105100',
  '2223003122003222',
  '378282246310005',
  '371449635398431',
  '6011111111111117',
  '3056930009020004',
  '3566002020360505',
]);
const TEST_WORD =
  /(?<![a-z])(?:test|testing|sandbox|dummy|example|fake|tutorial|docs|documentation|staging|qa)(?![a-z])/;

export function cardNumbers(ctx: RuleContext): NumberHit[] {
  return ctx.cached('personal-info:cards', () => {
    const text = ctx.text;
    const out: NumberHit[] = [];
    const accounts = new SpanSet(ibans(ctx).map((h) => [h.start, h.end] as const));
    let budget = MAX_CANDIDATES;
    for (const g of numberGroups(ctx)) {
      if (out.length >= MAX_HITS) break;
      if (g.digits < 13 || g.digits > 19) continue;
      if (--budget < 0) break;
      const raw = g.raw;
      if (
        !CARD_SHAPE.test(raw) ||
        /[\w]/.test(text[g.end] ?? '') ||
        /[\w.,/+-]/.test(text[g.start - 1] ?? '')
      )
        continue;
      const d = digitsOf(raw);
      if (!plausibleGrouping(raw) || !knownIssuer(d) || !luhn(d) || /^(\d)\1+$/.test(d)) continue;
      const start = g.start;
      const end = g.end;
      const context = near(text, start, end, 40, 40);
      if (NOT_A_CARD.test(near(text, start, start, 30, 0)) && !CARD_WORD.test(context)) continue;
      if (accounts.overlaps(start, end)) continue;
      // Published test numbers (4242 4242 4242 4242…) in a post about testing are not anyone's card.
      if (TEST_CARDS.has(d) && TEST_WORD.test(context)) continue;
      out.push({ start, end, value: d });
    }
    return out;
  });
}

// ---------------------------------------------------------------- IBAN

const SPECS = getCountrySpecifications();

/**
 * The IBAN's own check digits (mod 97) hold. ibantools also checks some countries' national
 * bank/branch check digits, which made-up or mistyped but real-looking numbers often fail
 * ("ES96 2100 0418 4502 0005 1339"); a number shaped and checked like an IBAN is still one.
 */
function hasValidCheckDigits(iban: string): boolean {
  if (isValidIBAN(iban)) return true;
  const { errorCodes } = validateIBAN(iban);
  return errorCodes.length > 0 && errorCodes.every((c) => c === ValidationErrorsIBAN.WrongAccountBankBranchChecksum);
}

export function ibans(ctx: RuleContext): NumberHit[] {
  return ctx.cached('personal-info:ibans', () => {
    const text = ctx.text;
    const out: NumberHit[] = [];
    const runs = digitRuns(ctx);
    let lastEnd = -1;
    let budget = MAX_CANDIDATES;
    for (let r = 0; r < runs.length && out.length < MAX_HITS; r += 2) {
      // A country code (two capitals at a word start) right before the check digits.
      const at = (runs[r] ?? 0) - 2;
      if (at < lastEnd || (runs[r + 1] ?? 0) - at < 4 || !/^[A-Z]{2}$/.test(text.slice(at, at + 2))) continue;
      if (at > 0 && /[A-Za-z0-9]/.test(text[at - 1] ?? '')) continue;
      const length = SPECS[text.slice(at, at + 2)]?.chars;
      if (!length) continue;
      if (--budget < 0) break;
      // Collect exactly the country's IBAN length of letters and digits, allowing single spaces (print format).
      let i = at;
      let n = 0;
      let value = '';
      while (i < text.length && n < length) {
        const ch = text[i] ?? '';
        if (/[A-Za-z0-9]/.test(ch)) {
          value += ch;
          n++;
          i++;
        } else if ((ch === ' ' || ch === '-') && /[A-Za-z0-9]/.test(text[i + 1] ?? '') && text[i - 1] !== ' ')
          i++;
        else break;
      }
      if (n !== length || /[A-Za-z0-9]/.test(text[i] ?? '')) continue;
      const iban = electronicFormatIBAN(value.toUpperCase());
      if (!iban || !hasValidCheckDigits(iban)) continue;
      out.push({ start: at, end: i, value: iban });
      lastEnd = i;
    }
    return out;
  });
}
