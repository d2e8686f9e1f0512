import { defineRule } from '../../kinds/rule';
import { Gated } from '../_shared/org-voice';
import { capitalizedWordNear, EMAIL, namesIn } from './_identity';

/**
 * A record word and an ID-like token with at least four digits: "order NW-448120", "case #CS-20931",
 * "account 4471-209", "acct 88213", "pedido #NW-55812", "Kundennummer 55123" (folded text).
 */
const RECORD_WORDS = [
  'order',
  'orders',
  'case',
  'ticket',
  'account',
  'acct',
  'acc',
  'invoice',
  'inv',
  'contract',
  'booking',
  'reservation',
  'customer',
  'client',
  'member',
  'policy',
  'claim',
  'workspace',
  'tenant',
  'pedido',
  'cuenta',
  'factura',
  'caso',
  'conta',
  'fatura',
  'chamado',
  'bestellung',
  'auftrag',
  'konto',
  'kundennummer',
  'rechnung',
  'vertrag',
  'commande',
  'compte',
  'facture',
  'dossier',
  'contrat',
  'contrato',
  'reserva',
  'vin',
  'buchung',
  'reservierung',
  'cliente',
  'kunde',
  'kundin',
  'kundennr',
  'vertragsnr',
  'vertragsnummer',
  // Players and users of an online service, by their ID ("player ID 55102").
  'player',
  'user',
  'subscriber',
  'usuario',
  'spieler',
  'joueur',
  'jogador',
  // Health, insurance and travel records.
  'mrn',
  'patient',
  'file',
  'chart',
  'membership',
  'loyalty',
  'confirmation',
  'pnr',
  'rx',
  'afiliado',
  'socio',
  'poliza',
  'siniestro',
  'expediente',
  'sinistro',
  'apolice',
  'prontuario',
  'carteirinha',
  'adherent',
  'mitgliedsnummer',
  'versichertennummer',
  'versicherungsnummer',
  'fallnummer',
  'aktenzeichen',
  // Payment cards, only by their last digits ("card ending 4821").
  'card',
  'tarjeta',
  'karte',
  'carte',
  'cartao',
];
const RECORD = new Gated(
  RECORD_WORDS,
  /(?<![a-z0-9_])(order|orders|case|ticket|account|acct|acc|invoice|inv|contract|booking|reservation|customer|client|member|policy|claim|workspace|tenant|pedido|cuenta|factura|caso|conta|fatura|chamado|bestellung|auftrag|konto|kundennummer|rechnung|vertrag|commande|compte|facture|dossier|contrat|contrato|reserva|vin|buchung|reservierung|cliente|kunde|kundin|kundennr\.?|vertragsnr\.?|vertragsnummer|player|user|subscriber|usuario|spieler|joueur|jogador|mrn|patient|file|chart|membership|loyalty|confirmation|pnr|rx|afiliado|socio|poliza|siniestro|expediente|sinistro|apolice|prontuario|carteirinha|adherent|mitgliedsnummer|versichertennummer|versicherungsnummer|fallnummer|aktenzeichen|card|tarjeta|karte|carte|cartao)(?:\s*(?:number|no\.?|nr\.?|num\.?|id|numero|nummer|n°|nº|#))?(?:\s+(?:ending(?: in| with)?|ends in|(?:que )?terminada en|endet auf|endend auf|(?:se )?terminant par|finissant par|terminado em|com final))?(?:\s+(?:is|was|=|es|ist|est|e))?\s*[:#]?\s*[([]?#?\s?([a-z]{0,4}-?\d[\d-]{2,}[a-z0-9]*|[a-hj-npr-z0-9]{17})(?![a-z0-9_])/g,
  4,
  48,
  true, // groups: the record word and its number
);

/** The author's own record: "my own car insurance claim #A-44821", "I opened case 4411 with my bank". */
const OWN_BEFORE =
  /(?:(?<![a-z])(?:my|mine|our own|mi|mein\w*|mon|ma|mes|meu|minha)\s+(?:[a-z-]+\s+){0,3}|(?<![a-z])(?:i|i've|i have|i just|yo|ich|j'ai|eu)\s+(?:[a-z']+\s+){0,2})$/;
/** Replying to the customer about their record: "your order", "his account", "their invoice". */
const THIRD_PARTY_BEFORE =
  /(?<![a-z])(?:your|his|her|their|tu|su|sein\w*|ihr\w*|votre|leur|seu|sua|dele|dela)\s+(?:[a-z-]+\s+){0,2}$/;

/** The record is followed by the shop it came from. */
const VENDOR_AFTER = /^\s+(?:from|at|via|on)\s+[A-Z@]/;
/** The post says the record belongs to a customer or client. */
const CUSTOMER_NAMED = /(?<![a-z])(?:customer|client|cliente|kunde|kundin|clients|customers)(?![a-z])/;

/** Replying to a person by their handle: "@kelly_b your member #MH-22019 shows…". */
const HANDLE = /(?:^|\s)@[A-Za-z0-9_]{2,}/;

const CARD_WORD = /^(?:card|tarjeta|karte|carte|cartao)$/;
/** Players and users count only by an ID written as one ("player ID 55102", "user #4411"), not "user 1234". */
const USER_WORD = /^(?:player|user|subscriber|usuario|spieler|joueur|jogador)$/;
const ID_WRITTEN = /\b(?:id|no|nr|num|number|numero|nummer)\b|#/;
const LAST_DIGITS = /ending|ends in|terminad|endet|endend|terminant|finissant|final/;

/** A year or a range of years is not an ID: "member since 2019", "contract 2023-2025". */
const YEARS = /^(?:19|20)\d\d(?:-(?:19|20)?\d\d)?$/;
const CUSTOMER = new Gated(
  [
    'customer',
    'customers',
    'client',
    'clients',
    'user',
    'users',
    'caller',
    'callers',
    'support',
    'complai*',
    'refund',
    'refunds',
    'cliente',
    'kunde',
    'kunden',
    'kundin',
    'reembolso',
    'us',
    'opened',
    'filed',
    'raised',
    'logged',
    'submitted',
    'reopened',
  ],
  /(?<![a-z0-9_])(?:customers?|clients?|users?|callers?|support|complain\w*|refunds?|cliente|kunde\w*|client\w*|reembolso|with us|(?:he|she|they) (?:opened|filed|raised|logged|submitted|reopened))(?![a-z0-9_])/g,
  16,
  16,
);

export default defineRule({
  description:
    'Customer records tied to a person or a company: a name or email next to an order, case, account or invoice number ("Tom Becker from Proseware… account 4471-209", "your order NW-448120 under a.kim@…").',
  severity: 'block',
  messages: {
    default:
      'This ties a customer to their record ("{record}"); customer names, accounts and order numbers stay in the support tools, not in public posts.',
  },
  detect(ctx) {
    const folded = ctx.folded;
    for (const m of RECORD.all(ctx)) {
      const word = m.groups[0] ?? '';
      const id = m.groups[1] ?? '';
      if ((id.match(/\d/g) ?? []).length < 4 || YEARS.test(id)) continue;
      // A card counts only by its last digits; the whole number is the payment-card rule's.
      if (CARD_WORD.test(word) && !LAST_DIGITS.test(m.text)) continue;
      if (USER_WORD.test(word) && !ID_WRITTEN.test(m.text.slice(word.length))) continue;
      // Tickets and cases are often internal work items: they need a customer in the post.
      const before = folded.slice(Math.max(0, m.start - 40), m.start);
      if (
        /^(?:ticket|case|caso|workspace|tenant|contract|vertrag|contrat|contrato|file|chart|confirmation|rx|player|user|subscriber|usuario|spieler|joueur|jogador)$/.test(
          word,
        ) &&
        !THIRD_PARTY_BEFORE.test(before) &&
        !CUSTOMER.test(ctx)
      )
        continue;
      if (OWN_BEFORE.test(before)) continue;
      const [start, rawEnd] = ctx.span(m.start, m.end);
      // "claim (CLM-2024-1188)": cover the closing bracket too.
      const end = /[([]/.test(m.text) && /[)\]]/.test(ctx.text.charAt(rawEnd)) ? rawEnd + 1 : rawEnd;
      const around = ctx.text.slice(Math.max(0, start - 200), end + 200);
      // "Order #88213 from Blue Bottle arrived": the author bought it from a shop.
      if (
        VENDOR_AFTER.test(ctx.text.slice(end, end + 8)) &&
        !THIRD_PARTY_BEFORE.test(before) &&
        !CUSTOMER_NAMED.test(folded)
      ) {
        continue;
      }
      const identified =
        THIRD_PARTY_BEFORE.test(before) ||
        EMAIL.test(around) ||
        namesIn(ctx, start - 150, end + 150).length > 0 ||
        capitalizedWordNear(ctx, start - 40, start) ||
        capitalizedWordNear(ctx, end, end + 40) ||
        HANDLE.test(around);
      if (!identified) continue;
      return [{ start, end, data: { record: ctx.text.slice(start, end) } }];
    }
    return [];
  },
});
