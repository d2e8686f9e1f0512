import type { RuleContext } from '../../context';
import { defineRule, type Hit } from '../../kinds/rule';
import { B, Gated } from '../_shared/org-voice';
import { type NameSpan, namesIn, sentenceNear } from './_identity';

/**
 * A customer named as the one the author handled something for: the order packed for them, the
 * parcel delivered to them, their claim file, their date of birth read off the system. The work
 * itself is the detail: a packer, a courier or a claims handler names a customer by naming who
 * the order, the parcel or the file was for.
 */

/** Orders, parcels and case files, and who they were for (folded; the name follows the match). */
const HANDLED = new Gated(
  [
    'order',
    'orders',
    'parcel',
    'parcels',
    'package',
    'packages',
    'delivery',
    'deliveries',
    'shipment',
    'shipments',
    'refund',
    'claim',
    'delivered',
    'dispatched',
    'shipped',
    'pedido',
    'pedidos',
    'paquete',
    'paquetes',
    'envio',
    'encargo',
    'siniestro',
    'expediente',
    'lleve',
    'entregue',
    'traje',
    'colis',
    'commande',
    'paquet',
    'livraison',
    'dossier',
    'sinistre',
    'livre',
    'paket',
    'bestellung',
    'lieferung',
    'sendung',
    'schadensfall',
    'geliefert',
    'zugestellt',
    'encomenda',
    'pacote',
    'entrega',
    'sinistro',
    'processo',
    'entreguei',
  ],
  new RegExp(
    `${B}(?:${[
      // "packed an order for", "a parcel to", "the refund for", "third order this week for"
      // The order word first and its determiner looked back at: scanning a window for "a", "the"… is slow.
      '(?:orders?|parcels?|packages?|deliver(?:y|ies)|shipments?|refund|claim)(?<=(?:an?|the|one|another|this|that|their|her|his|\\d+|two|three|four|five|first|second|third|fourth|fifth|next|last) (?:[a-z-]+ ){0,2}(?:orders?|parcels?|packages?|deliver(?:y|ies)|shipments?|refund|claim))(?: file)? (?:(?:this (?:week|morning|month)|today|again|tonight) )?(?:for|to) ',
      '(?:delivered|dropped off|handed over|shipped|dispatched) (?:[a-z-]+ ){0,3}to ',
      // "un pedido para", "el siniestro de", "le llevé a … su pedido"
      '(?:un|el|su|otro|los|sus) (?:pedidos?|paquetes?|envios?|encargos?|siniestro|expediente) (?:para|de|del) (?:la |el )?',
      '(?:le |les )?(?:lleve|entregue|traje|deje) (?:[a-z]+ ){0,3}a (?:la |el )?',
      // "un colis pour", "le dossier sinistre de", "livré un colis à"
      '(?:un|le|son|une|la|des) (?:colis|commande|paquet|livraison|dossier(?: sinistre)?|sinistre) (?:pour|de|du|a) ',
      'livre (?:[a-z]+ ){0,3}a ',
      // "ein Paket für", "der Schadensfall von", "zugestellt an"
      '(?:ein|eine|das|die|den|der|ihr|sein|ihre|seine) (?:paket|bestellung|lieferung|sendung|schadensfall) (?:fur|an|von) ',
      '(?:geliefert|zugestellt|ausgeliefert) an ',
      // "uma encomenda para", "o sinistro da", "entreguei … para"
      '(?:uma|a|o|um|sua) (?:encomenda|pedido|pacote|entrega|sinistro|processo) (?:para|pra|de|da|do) (?:a |o |dona |senhora |senhor )?',
      'entreguei (?:[a-z]+ ){0,3}(?:a|para|pra) (?:a |o )?',
    ].join('|')})`,
    'g',
  ),
  64,
  40,
);

/** Orders that are not a customer's: "a restraining order for", "the court order to". */
const NOT_AN_ORDER =
  /(?:restraining|court|gag|protection|protective|executive|standing|tall|pecking|arrest|removal|deportation|exclusion|barring|stop) order/;

/** The file's owner after "of": "the claim of", "el siniestro de", "o sinistro da" needs a titled name. */
const OF_BEFORE = /(?:^|\s)(?:de|del|du|da|do|von)(?: (?:la|el|a|o|dona|senhora|senhor))? $/;
/** A verb of carrying without an order word: the order word must follow the name ("… a Ana Ruiz su pedido"). */
const BARE_VERB =
  /^(?:le |les )?(?:lleve|entregue|traje|deje|livre|entreguei|delivered|dropped off|handed over|shipped|dispatched) /;
const ORDER_WORD =
  /(?<![a-z])(?:orders?|parcels?|packages?|deliver(?:y|ies)|shipments?|boxes|groceries|prescriptions?|meds|pedidos?|paquetes?|envios?|compras?|medicacion|medicinas|colis|commandes?|paquets?|courses|medicaments|pakete?|bestellung|lieferung|sendung|encomendas?|pacotes?|remedios)(?![a-z])/;
const ORDER_AFTER =
  /^,?\s+(?:su|sus|el|los|son|sa|ses|le|les|seine?|ihre?|die|das|a|o|sua|seu|his|her|their|the) (?:\w+ )?(?:pedidos?|paquetes?|envios?|compras?|medicaci[oó]n|medicinas|colis|commandes?|paquets?|courses|m[ée]dicaments|pakete?|bestellung|lieferung|sendung|encomendas?|pacotes?|rem[ée]dios|order|parcel|package|groceries|prescription|meds)\b/i;

/** A courtesy title: only such a name is surely a person after "of", "de" or "von". */
const TITLED =
  /^(?:Mrs|Mr|Ms|Mx|Miss|Sr|Sra|Srta|Herr|Frau|Mme|Mlle|M\.|[Ss]eñora|[Ss]eñor|[Dd]oña|[Ss]enhora|[Ss]enhor|Dona|Madame|Monsieur)\b/;
/** First words of places, not people: "an order for New York", "a parcel to San Diego". */
const PLACE_FIRST =
  /^(?:New|San|Santa|Saint|St|Sankt|Hong|Buenos|Rio|São|Sao|Costa|Puerto|Porto|Port|Fort|Mount|Lake|North|South|East|West|Upper|Lower|Great|Little|Bad|Nueva|Nuevo|Ciudad|Gran|Palma|Cape|Isle|Bay|Glen|Kuala|Tel|Abu|Addis|Cabo|Mar|Monte|Villa|Vila|Ilha|Isla)\b/;
/** A business, a place or a family title in the run: not a customer named by the author. */
const NOT_A_CUSTOMER =
  /\b(?:Ltd|Inc|LLC|GmbH|Corp|Co|Group|Pharmacy|Cafe|Café|Bakery|Coffee|Shop|Store|Market|Hotel|Restaurant|Street|Road|Avenue|Lane|Airport|Station|School|University|Hospital|Clinic|Center|Centre|Office|Team|Depot|Warehouse|Grandma|Granny|Nana|Grandpa|Aunt|Auntie|Uncle|Mom|Mum|Dad|Tia|Tio|Tía|Tío|Oma|Opa|Tante|Onkel|Mamie|Papi|Abuela|Abuelo|Cousin|Dr|Dra|Prof)\b/;
/** The author's own people: "a parcel to my friend Jo Kim" (lower-cased original, before the name). */
const OWN_BEFORE =
  /(?<![a-z])(?:my|our|mi|mis|mein\w*|unser\w*|mon|ma|mes|notre|meu|minha|nosso|nossa)\s+(?:[a-z]+\s+)?$/;
/** A neighbour's parcel taken in: a favour, not a customer served. */
const NEIGHBOUR =
  /(?<![a-z])(?:next door|neighbou?rs?|vecin[oa]s?|voisine?s?|nachbar\w*|vizinh[oa]s?|took in|signed for)(?![a-z])/;

/** A date of birth right after a name: "Ana Ruiz, DOB 3/4/1961", "Frau Kröger (geb. 12.03.1958)" (folded). */
const DOB = new Gated(
  ['dob', 'birth', 'nacimiento', 'geb', 'geboren', 'naissance', 'nascimento', 'nascido', 'nascida'],
  /(?<![a-z0-9_])(?:dob|d\.o\.b\.?|date of birth|fecha de nacimiento|geb\.|geboren am|date de naissance|data de nascimento|nascid[oa] em)\s*:?\s*(?=\d)/g,
  0,
  24,
);
/** The name right before a date of birth (original text). */
const NAME_BEFORE_DOB = /([A-ZÀ-Þ][a-zß-ÿ'-]+(?:\s+[A-ZÀ-Þ][a-zß-ÿ'-]+){1,2}),?\s*\(?$/;
/** The post comes from serving people: a customer, a caller, an order, a record system, a handle (folded). */
const SERVICE =
  /(?<![a-z])(?:customers?|clients?|callers?|called (?:about|in|our|my|the)|patients?|orders?|refills?|shipments?|(?:our|the) (?:system|records|database|crm)|pedido|cliente|kunde|commande|encomenda)(?![a-z])|(?:^|\s)@\w{2,}/;
/** The author's own family: "my wife's insurance … Anna Kowalski, DOB …" is not a customer (folded). */
const OWN_FAMILY =
  /(?<![a-z])(?:my|our|mi|mis|mein\w*|mon|ma|mes|meu|minha)\s+(?:wife|husband|partner|son|daughter|mom|mum|mother|dad|father|brother|sister|kids?|esposa|esposo|marido|mujer|hij[oa]|madre|padre|frau|mann|sohn|tochter|mutter|vater|femme|mari|fils|fille|mere|pere|filh[oa]|mae|pai)(?![a-z])/;

function customerAt(ctx: RuleContext, at: number, titledOnly: boolean): NameSpan | undefined {
  const name = namesIn(ctx, at, at + 48).find((n) => n.start === at);
  if (!name || NOT_A_CUSTOMER.test(name.text) || PLACE_FIRST.test(name.text)) return undefined;
  if (titledOnly && !TITLED.test(name.text)) return undefined;
  // "an order for Jane Doe's birthday": the name owns something else.
  if (/^['’]s?\s/.test(ctx.text.slice(name.end, name.end + 3))) return undefined;
  return name;
}

function handledHit(ctx: RuleContext): Hit | undefined {
  const folded = ctx.folded;
  for (const m of HANDLED.all(ctx)) {
    if (!ctx.isCapitalizedAt(m.end) || NOT_AN_ORDER.test(folded.slice(Math.max(0, m.start - 16), m.end))) continue;
    const [at] = ctx.span(m.end, m.end + 1);
    const before = ctx.text.slice(Math.max(0, at - 32), at).toLowerCase();
    if (OWN_BEFORE.test(before)) continue;
    const [ss, se] = sentenceNear(folded, m.start);
    if (NEIGHBOUR.test(folded.slice(ss, se))) continue;
    const bare = BARE_VERB.test(m.text) && !ORDER_WORD.test(m.text);
    const name = customerAt(ctx, at, OF_BEFORE.test(m.text));
    if (!name) continue;
    if (bare && !ORDER_AFTER.test(ctx.text.slice(name.end, name.end + 40))) continue;
    return { start: name.start, end: name.end, data: { who: name.text } };
  }
  return undefined;
}

function dobHit(ctx: RuleContext): Hit | undefined {
  if (!DOB.near(ctx)) return undefined;
  for (const m of DOB.all(ctx)) {
    // The service and the family are looked for only around the date, not in the whole post.
    const around = ctx.folded.slice(Math.max(0, m.start - 300), m.end + 300);
    if (!SERVICE.test(around) || OWN_FAMILY.test(around)) continue;
    const [at] = ctx.span(m.start, m.end);
    const head = ctx.text.slice(Math.max(0, at - 48), at);
    const n = NAME_BEFORE_DOB.exec(head);
    if (!n?.[1]) continue;
    const start = at - head.length + n.index;
    const name = customerAt(ctx, start, false);
    if (name) return { start: name.start, end: name.end, data: { who: name.text } };
  }
  return undefined;
}

/** "Mrs. Roux's parcel got lost": a titled customer's order or claim (folded keywords). */
const POSSESSED = new Gated(
  ['parcel', 'package', 'order', 'delivery', 'shipment', 'refund', 'claim', 'policy', 'refill', 'prescription'],
  /['’]s (?:[a-z]+ )?(?:parcel|package|order|delivery|shipment|refund|claim|policy|refill|prescription)(?![a-z])/g,
  24,
  0,
);
const TITLED_OWNER =
  /(?:^|[^\w])((?:Mrs|Mr|Ms|Mx|Miss|Mme|Mlle|Herr|Frau|Sra|Sr)\.?\s+[A-ZÀ-Þ][a-zß-ÿ-]+(?:\s+[A-ZÀ-Þ][a-zß-ÿ-]+)?)$/;

function possessedHit(ctx: RuleContext): Hit | undefined {
  for (const m of POSSESSED.all(ctx)) {
    const [at] = ctx.span(m.start, m.end);
    const head = ctx.text.slice(Math.max(0, at - 40), at);
    const who = TITLED_OWNER.exec(head)?.[1];
    if (!who) continue;
    return { start: at - who.length, end: at, data: { who } };
  }
  return undefined;
}

export default defineRule({
  description:
    'A customer named as the one the author handled something for: "packed an order for Ana Ruiz", "livré un colis à M. Durand", "le dossier sinistre de Mme Petit", "Mrs. Hale’s parcel got lost", "Jo Kim, DOB 2/3/1961".',
  severity: 'block',
  messages: {
    default:
      'This names a customer ("{who}") together with the order, delivery or file you handled for them; leave the name out.',
  },
  detect(ctx) {
    const hit = handledHit(ctx) ?? possessedHit(ctx) ?? dobHit(ctx);
    return hit ? [hit] : [];
  },
});
