import type { CountryCode } from 'libphonenumber-js/min';
import { parsePhoneNumberFromString } from 'libphonenumber-js/min';
import type { RuleContext } from '../../context';
import { defineRule, type Hit } from '../../kinds/rule';
import { fold } from '../../text/normalize';
import { MAX_CANDIDATES, MAX_HITS, numberGroups, SpanSet } from '../_shared/secrets-scan';
import { cardNumbers, digitsOf, ibans, maskFix, near } from './_numbers';

/**
 * Phone numbers, validated with libphonenumber-js: international (+34 612 34 56 78)
 * or national in the formats people type (312.555.0178, (11) 98765-4321,
 * 07700 900461, 0176 2384 9120), with the default country guessed from the
 * post's language. Dates, versions and build ids, prices, ISBNs, order and
 * tracking numbers, cards and IBANs are not phone numbers.
 */

/** The post talks about calling or texting (folded, five languages). */
const PHONE_CUE =
  /(?<![a-z])(?:call|calls|calling|text|txt|texting|phone|cell|cellphone|mobile|mob|tel|telephone|whatsapp|whats app|signal|telegram|sms|ring|reach me|contact|hotline|fax|number|numero|num|celular|movil|telefono|llamame|llamadme|escribidme|escribeme|handy|handynummer|telefonnummer|rufnummer|nummer|anrufen|ruf|portable|appelle|appelez|appeler|joindre|telemovel|ligue|liga|liguem|zap|fone|pix)(?![a-z])/;
/** Words that make a number something other than a phone number. */
const NOT_PHONE =
  /(?<![a-z])(?:order|invoice|tracking|track|ticket|case|ref|reference|account|acct|isbn|build|version|ver|v|release|id|serial|part|sku|flight|booking|confirmation|po|transaction|receipt|claim|policy|member|customer|patient|zip|postcode|routing|iban|card|passport|ssn|pedido|commande|bestellung|sendung|factura|rechnung|fatura|lot|model|item|gate|seat|room|chapter|page|pages|isin|cusip|doi|arxiv|pmid|coordinates|lat|lng)(?:\s*(?:#|no\.?|nr\.?|number|num|:))?\s*$/;

const STRONG_CUE =
  /(?<![a-z])(?:call|text|txt|phone|cell|mobile|tel|whatsapp|sms|ring|celular|movil|telefono|handy|portable|telemovel|ligue|fone)/;
const ID_WORD =
  /(?<![a-z])(?:passport|pasaporte|passaporte|reisepass|passeport|ssn|social security|dni|nie|cpf|nif|id number|license|licence|licencia|ausweis|aadhaa?r)/;
const TOLL_FREE =
  /^(?:\+?1[ .-]?)?\(?8(?:00|33|44|55|66|77|88)\)?[ .-]|^(?:\+44 ?|0)80[08][ .-]?|^(?:\+49 ?|0)800[ .-/]|^(?:\+33 ?|0 ?)80[0-5](?:[ .]?\d{2}){3}$|^(?:\+34 ?)?900[ .-]|^0800[ .-]/;
const BUSINESS_CUE =
  /(?<![a-z])(?:customer (?:service|support|care)|support (?:line|team)|sales team|hotline|helpline|help line|reception|front desk|switchboard|our (?:office|store|shop|clinic|restaurant|studio|team)|office number|call us|contact us|visit us|book (?:now|your)|book (?:ahead|early|in advance)|booking (?:is )?(?:essential|recommended|advised|line)|reserve (?:ahead|early)|public (?:line|number|phone)|call now|order now|to book|reservations?|bookings|appointments?|opening hours|enquiries|inquiries|press office|toll[ -]free|atencion al cliente|servicio (?:al cliente|tecnico)|reservas|pedidos|citas|kundenservice|bestellungen|terminvereinbarung|service client|reservations|atendimento|agendamentos?)(?![a-z])/;
/**
 * A shop, a restaurant or a tradesman the post recommends or ordered from: its number is published
 * on purpose. "Called the bakery (213 555 890) to order 60 tarts", "Tony's Pizza … call ahead: …".
 */
const VENUE_CUE =
  /(?<![a-z])(?:caff|cafes?|kitchen|grill|canteen|chippy|chip shop|noodle bar|bakery|bakeries|chemist|chemists|drugstore|pizza|pizzeria|pizzas|restaurant|bistro|diner|deli|cafe|coffee shop|takeaway|takeout|take-out|food truck|butcher|florist|pharmacy|barber|barbershop|salon|hairdresser|bookshop|bookstore|garage|mechanic|plumber|electrician|locksmith|taxi|cab company|caterer|catering|tavern|brewery|pub|panaderia|pasteleria|pizzeria|restaurante|cafeteria|tienda|farmacia|peluqueria|taller|fontanero|cerrajero|baeckerei|backerei|konditorei|metzgerei|imbiss|friseur|apotheke|werkstatt|gaststatte|boulangerie|patisserie|traiteur|pharmacie|coiffeur|padaria|pastelaria|pizzaria|confeitaria|churrascaria|tasca|farmacia|cabeleireiro|oficina|talho|loja)(?![a-z])/;
/** Ordering or booking from that place. */
const ORDER_CUE =
  /(?<![a-z])(?:call ahead|to order|order ahead|ordered|order (?:your|a|the|some|online)|place an order|takes? orders|order (?:by|over the) phone|for (?:takeout|takeaway|delivery|pickup|pick-up)|they deliver|they take (?:orders|bookings|reservations)|book a table|their (?:public |main |office |landline |direct |booking |reservation )?(?:number|phone|line)|open (?:till|until|to|late|24\/7|24 hours|all night)|para encargar|encargu\w*|para pedir|hacer (?:un )?pedido|bestell\w*|vorbestell\w*|pour commander|commande\w*|reserver|encomend\w*|para reservar|reservar mesa|delivers? (?:until|till)|entregam|entregan|fazem entregas?|hacen entregas?|a domicilio|livrent|liefern)(?![a-z])/;
/** The post recommends the place: "best caff near the site", "not sponsored, just hungry", "highly recommend". */
const RECOMMEND_CUE =
  /(?<![a-z])(?:best (?:[a-z]+ ){0,2}(?:in|near|around)|not sponsored|recommend\w*|go-to|my favou?rite|top notch|5 stars?|five stars?|mejor (?:[a-z]+ )?de|empfehl\w*|je recommande|recomendo)(?![a-z])/;
/** Capitalized words (a name) just before a number. */
const NAME_BEFORE =
  /((?:\p{Lu}[\p{L}'’&-]*\s+(?:(?:de|do|da|dos|das|du|del|la|le|of|the|zum|zur)\s+)?){0,3}\p{Lu}[\p{L}'’&-]*)[\s,:(–—-]*$/u;
/** The number is the author's own or a person's: "call me", "my cell", "her number". */
const OWN_NUMBER =
  /(?<![a-z])(?:(?:call|text|txt|ring|reach|message|msg|dm|whatsapp|contact) me|(?:my|our|his|her) (?:personal |private |new |cell |mobile )?(?:number|cell|phone|mobile|whatsapp|digits)|me (?:ligue|liga|chama)|meu (?:numero|celular|telemovel|zap)|llamame|escribeme|mi (?:numero|movil|celular)|ruf mich|schreib mir|meine? (?:nummer|handynummer|handy)|appelle-moi|appelez-moi|mon (?:numero|portable|tel))(?![a-z])/;
const PERSONAL_CUE = /(?<![a-z])(?:me|my|mine|meu|minha|mi|mein|meine|mon|ma|moi)(?![a-z])/;
/** "1 234 567 890", "12 345 678": thousands separated by spaces, as French and German write amounts. */
const THOUSANDS = /^\d{1,2}(?: \d{3}){2,}$/;
/** An amount or a count, not a number to call: "… €", "… dollars", "… people". */
const AMOUNT_AFTER =
  /^\s?(?:€|\$|£|¥|%|eur\b|euros?\b|usd\b|dollars?\b|gbp\b|chf\b|brl\b|reais\b|pesos\b|mio\b|million|millones|milhoes|milliards?\b|bn\b|km\b|kg\b|people|users|personas|menschen|personnes|pessoas|views|likes|followers|subscribers|downloads|visits|visitors|impressions|streams|clicks|votes|signatures|copies|units|visualizaciones|seguidores|aufrufe|vues|visualizacoes)/i;
const DATE = /^\d{1,4}[./-]\d{1,2}[./-]\d{1,4}$/;
const DOTTED = new Set(['3.3.4', '2.2.2.2.2', '3.3.3', '3.2.2.2', '2.3.3.3']);
const SSN_SHAPE = /^\d{3}-\d{2}-\d{4}$/;

const LANGUAGE_HINTS: ReadonlyArray<readonly [RegExp, readonly CountryCode[]]> = [
  [
    /(?<![a-z])(?:meu|minha|voce|nao|obrigad[oa]|celular|sabado|churrasco|pix|manda|ligue|telemovel|zap)(?![a-z])/,
    ['BR', 'PT'],
  ],
  [
    /(?<![a-z])(?:escribidme|escribeme|llamame|movil|gracias|para|sabado|el|los|que|mi)(?![a-z])/,
    ['ES', 'MX', 'AR', 'CO'],
  ],
  [/(?<![a-z])(?:und|ich|meine?|neue|bitte|handy|nummer|der|die|das|nicht)(?![a-z])/, ['DE', 'AT', 'CH']],
  [
    /(?<![a-z])(?:je|et|mon|ma|mes|appelle|appelez|portable|merci|le|les|des)(?![a-z])/,
    ['FR', 'BE', 'CH', 'CA'],
  ],
];
const ENGLISH: readonly CountryCode[] = ['US', 'GB', 'CA', 'IN', 'AU', 'IE'];
const FALLBACK: readonly CountryCode[] = [
  'US',
  'GB',
  'DE',
  'FR',
  'ES',
  'BR',
  'PT',
  'IN',
  'IT',
  'MX',
  'NL',
  'AU',
  'NG',
  'ZA',
  'PH',
  'NZ',
  'SG',
];

function guessCountries(ctx: RuleContext): readonly CountryCode[] {
  return ctx.cached('personal-info:phoneCountries', () => {
    const folded = ctx.folded;
    for (const [re, countries] of LANGUAGE_HINTS) if (re.test(folded)) return [...countries, ...ENGLISH];
    return ENGLISH;
  });
}

/** Separators people use in phone numbers; dotted groups only in the 3.3.4 and 2.2.2.2.2 styles. */
function plausibleShape(raw: string): boolean {
  if (DATE.test(raw) || SSN_SHAPE.test(raw)) return false;
  const open = raw.split('(').length - 1;
  const close = raw.split(')').length - 1;
  if (open !== close || open > 1) return false;
  if (raw.includes('.')) {
    const sizes = raw
      .replace(/^\+\d{1,3}[ .]/, '')
      .split('.')
      .map((g) => digitsOf(g).length)
      .join('.');
    if (!DOTTED.has(sizes)) return false;
  }
  // A single group of 1 digit in the middle is an ISBN or a part number, not a phone number.
  if (/(?:^|[ .-])\d(?:[ .-])\d{4}/.test(raw) && !raw.startsWith('+')) return false;
  return true;
}

/** libphonenumber parses cost microseconds each: at most this many numbers are validated per check. */
const MAX_VALIDATIONS = 40;

function isPhone(raw: string, countries: readonly CountryCode[], cue: boolean, strongCue: boolean): boolean {
  const d = digitsOf(raw);
  const international = raw.startsWith('+') || (raw.startsWith('00') && d.length >= 11);
  if (international) {
    if (d.length < 8 || d.length > 15) return false;
    const p = parsePhoneNumberFromString(raw.startsWith('00') ? `+${d.slice(2)}` : raw);
    return Boolean(p && (p.isValid() || (cue && p.isPossible())));
  }
  if (d.length < 9 || d.length > 12) return false;
  for (const c of countries) if (parsePhoneNumberFromString(raw, c)?.isValid()) return true;
  if (!cue) return false;
  for (const c of FALLBACK)
    if (!countries.includes(c) && parsePhoneNumberFromString(raw, c)?.isValid()) return true;
  // Fictional or reserved ranges (UK 07700 900xxx, US 555-…) are still written as someone's number
  // when the post says so: a possible length, written like a phone number, next to "call", "text"…
  return Boolean(
    parsePhoneNumberFromString(raw, countries[0])?.isPossible() &&
      (/^[0(]/.test(raw) || (strongCue && /[ .-]/.test(raw))),
  );
}

/** A public business's number: a kind of shop, and an order or its name nearby, and nothing saying it is a person's. */
/** Public institutions publish their numbers: "the Lakeview Public Library … their number is …". */
const INSTITUTION_CUE =
  /(?<![a-z])(?:public library|library|city hall|town hall|post office|museum|police (?:station|department|non-emergency)|fire (?:station|department)|dmv|city council|county office|embassy|consulate|courthouse|community (?:center|centre)|rec(?:reation)? (?:center|centre)|visitor (?:center|centre)|tourist (?:office|information)|biblioteca|ayuntamiento|bibliothek|rathaus|bibliotheque|mairie|prefeitura|vet|vets|veterinar\w*|animal hospital|dentist|dental (?:office|clinic|practice)|tierarzt\w*|veterinario|lost (?:and|&) found|lost property|objets trouves|fundburo|objetos perdidos|achados e perdidos|train station|bus station|gare|bahnhof|estacion|estacao|service client|tourist info\w*)(?![a-z])/;

function publicVenue(text: string, start: number, end: number): boolean {
  const wide = near(text, start, end, 140, 60);
  if (OWN_NUMBER.test(wide)) return false;
  if (INSTITUTION_CUE.test(fold(wide))) return true;
  if (!VENUE_CUE.test(wide)) return false;
  if (ORDER_CUE.test(wide) || RECOMMEND_CUE.test(wide)) return true;
  // The shop's name right before its number: "Bäckerei Krause, 030 …", "Tony's Pizza (608) …".
  const name = NAME_BEFORE.exec(text.slice(Math.max(0, start - 50), start));
  return Boolean(name?.[1] && VENUE_CUE.test(fold(name[1])));
}

export default defineRule({
  description:
    'Phone numbers (international or national formats, validated with libphonenumber); not dates, versions, prices, ISBNs, order or tracking numbers.',
  severity: 'warn',
  messages: {
    default: 'This looks like a phone number ({number}); posting it publicly invites spam calls and scams.',
  },
  detect(ctx) {
    const text = ctx.text;
    const hits: Hit[] = [];
    let taken: SpanSet | null = null;
    let budget = MAX_CANDIDATES;
    let validations = MAX_VALIDATIONS;
    for (const g of numberGroups(ctx)) {
      if (hits.length >= MAX_HITS) break;
      if (g.digits < 8 || g.digits > 15) continue;
      const raw = g.raw;
      const start = g.start;
      const end = g.end;
      // Glued to letters or other symbols: a code, an id, a price, a version.
      if (/[\w.,/#$€£%@&=-]/.test(text[start - 1] ?? '') || /[\w%]/.test(text[end] ?? '')) continue;
      if (!plausibleShape(raw)) continue;
      if (--budget < 0) break;
      const before = near(text, start, start, 30, 0);
      const cue = PHONE_CUE.test(near(text, start, end, 50, 25));
      if (
        NOT_PHONE.test(before) &&
        !/(?:phone|cell|mobile|tel|whatsapp|celular|handy|movil)\w*\s*(?:#|no\.?|number|:)?\s*$/.test(before)
      )
        continue;
      const d = digitsOf(raw);
      if (/^(?:97[89])/.test(d) && d.length === 13) continue;
      // A bare run of digits, or digits right after an ID word, is a phone number only when the post says so.
      const strongCue = cue && STRONG_CUE.test(near(text, start, end, 50, 25));
      if ((/^\d+$/.test(raw) && !cue) || (ID_WORD.test(near(text, start, start, 40, 0)) && !strongCue))
        continue;
      // Toll-free and business lines are published on purpose; a person's number is not.
      const around = near(text, start, end, 60, 30);
      if (TOLL_FREE.test(raw) || (BUSINESS_CUE.test(around) && !PERSONAL_CUE.test(around))) continue;
      if (publicVenue(text, start, end)) continue;
      taken ??= new SpanSet([...cardNumbers(ctx), ...ibans(ctx)].map((h) => [h.start, h.end] as const));
      if (taken.overlaps(start, end)) continue;
      if (THOUSANDS.test(raw) || AMOUNT_AFTER.test(text.slice(end, end + 12))) continue;
      if (--validations < 0) break;
      if (!isPhone(raw, guessCountries(ctx), cue, strongCue)) continue;
      hits.push({ start, end, data: { number: raw }, suggestions: maskFix(start, end, digitsOf(raw)) });
    }
    return hits;
  },
});
