import { defineRule, type Hit } from '../../kinds/rule';
import { foldedSlice, MAX_CANDIDATES, MAX_HITS, numberGroups, SpanSet } from '../_shared/secrets-scan';
import { digitsOf, ibans, masked, maskFix } from './_numbers';

/**
 * Domestic bank details: a US routing number (ABA checksum), a UK sort code,
 * or an account number introduced as a bank account ("account number",
 * "Kontonummer", "número de cuenta", "numéro de compte", "conta") in a
 * banking context. Customer or order "account 70233" is not a bank account.
 */
/** The label right before the number (folded window ending at the number). */
const LABEL_BEFORE =
  /(?<![a-z0-9])(routing(?: number| no\.?| #)?|aba(?: number)?|sort ?code|(?:bank )?account(?: number| no\.?| #| nr\.?)|acct(?: number| no\.?| #)|kontonummer|konto(?:-?nr\.?)?|numero de cuenta|cuenta(?: bancaria)?|n(?:umero|o|°) de compte|numero do conta|conta(?: corrente| poupanca)?|bsb|clabe)\s*(?:is|es|ist|est|e|:|#|=|-)?\s*$/;
const DIGITS_ONLY = /^\d(?:[ -]?\d){5,21}$/;
const BANK_CONTEXT =
  /(?<![a-z])(?:bank|banking|routing|sort ?code|checking|savings|wire|transfer|deposit|direct debit|iban|swift|bic|payroll|venmo|zelle|paypal|banco|bancaria|transferencia|kontonummer|konto|uberweisung|blz|virement|rib|compte|banque|conta|agencia|pix|ted|doc|bsb|clabe)(?![a-z])/;

/** Labels that name a bank account by themselves. */
const BANK_LABEL =
  /^(?:bank account|kontonummer|numero de cuenta|cuenta bancaria|conta corrente|conta poupanca|bsb|clabe|n.{0,5} de compte)/;

function abaValid(d: string): boolean {
  if (d.length !== 9) return false;
  const n = [...d].map(Number);
  const sum =
    3 * ((n[0] ?? 0) + (n[3] ?? 0) + (n[6] ?? 0)) +
    7 * ((n[1] ?? 0) + (n[4] ?? 0) + (n[7] ?? 0)) +
    ((n[2] ?? 0) + (n[5] ?? 0) + (n[8] ?? 0));
  return sum % 10 === 0;
}

export default defineRule({
  description:
    'Domestic bank details: routing numbers, sort codes and account numbers introduced as a bank account.',
  severity: 'block',
  messages: {
    default: 'This looks like bank account details ({masked}).',
  },
  detect(ctx) {
    const text = ctx.text;
    const hits: Hit[] = [];
    let taken: SpanSet | null = null;
    let budget = MAX_CANDIDATES;
    for (const g of numberGroups(ctx)) {
      if (hits.length >= MAX_HITS) break;
      if (g.digits < 6 || g.digits > 22 || !DIGITS_ONLY.test(g.raw) || /\w/.test(text[g.end] ?? '')) continue;
      if (--budget < 0) break;
      const window = foldedSlice(ctx, g.start - 40, g.start);
      const m = LABEL_BEFORE.exec(window);
      if (!m) continue;
      const label = m[1] ?? '';
      const d = digitsOf(g.raw);
      let ok: boolean;
      if (label.startsWith('routing') || label.startsWith('aba')) ok = abaValid(d);
      else if (label.startsWith('sort')) ok = d.length === 6;
      else {
        const context = foldedSlice(ctx, g.start - 80, g.end + 80).replace(label, ' ');
        ok = d.length <= 20 && (BANK_LABEL.test(label) || BANK_CONTEXT.test(context));
      }
      if (!ok) continue;
      taken ??= new SpanSet(ibans(ctx).map((h) => [h.start, h.end] as const));
      if (taken.overlaps(g.start, g.end)) continue;
      hits.push({
        start: g.start,
        end: g.end,
        data: { masked: masked(d) },
        suggestions: maskFix(g.start, g.end, d),
      });
    }
    return hits;
  },
});
