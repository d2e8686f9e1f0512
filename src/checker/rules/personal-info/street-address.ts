import type { RuleContext } from '../../context';
import { defineRule, type Hit } from '../../kinds/rule';
import { digitRuns, foldedSlice, MAX_CANDIDATES, MAX_HITS } from '../_shared/secrets-scan';

/**
 * Street addresses that are somebody's home: a house number and a street
 * (US/UK "22 Elm Grove", FR "12 rue de la Paix", DE "Lindenstraße 7",
 * ES "Calle Mayor, 12", PT "Rua Augusta, 123"), reported when the post says
 * it is a home or a hand-over point ("pickup at", "deliver to", "I live at",
 * "mi dirección", "ich wohne", "j'habite", "moro na"…) or gives a postcode
 * without naming a public place. A tourist visit to "221B Baker Street" is fine.
 *
 * The scan is driven by house numbers: every short number is checked for a
 * street after it (English, French) or before it (German, Spanish, Portuguese).
 */

/** After a house number: an optional letter ("221B"), then a capitalized street name, an ordinal or a direction. */
const EN_START = /^[A-Za-z]?,? (?:[A-Z]|\d{1,3}(?:st|nd|rd|th)\b)/;
/** After a house number: a French street word ("12 bis rue …"). */
const FR_START =
  /^(?: ?(?:bis|ter))?,? (?:rue|avenue|av\.|bd|boulevard|all[eé]e|impasse|chemin|place|quai|cours|route|passage|square) /i;
const GERMAN_STREET = /(?:stra(?:ss|ß)e|str\.|weg|allee|platz|gasse|damm|ufer|chaussee|steig|pfad),? ?$/;
const ROMANCE_STREET =
  /(?<![a-zà-ÿ])(?:calle|c\/|avenida|avda|av\.|plaza|pza|paseo|carrer|camino|ronda|traves[ií]a|rua|r\.|travessa|pra[cç]a|largo|alameda|estrada|rodovia)\s/;
/** Not a house number: a time, a percentage, a quantity with a unit glued on. */
const NOT_HOUSE = /^(?:\s?(?:%|am\b|pm\b|h\b|k\b|st\b|nd\b|rd\b|th\b)|[.,:/]\d)/i;

const EN_SUFFIX =
  'street|st|avenue|ave|road|rd|boulevard|blvd|drive|dr|lane|ln|court|ct|place|pl|way|terrace|ter|parkway|pkwy|circle|cir|highway|hwy|trail|trl|square|sq|loop|row|grove|close|crescent|cres|gardens|gdns|mews|walk|rise|hill|green|vale|heights|hts|alley|crossing|path|ridge|hollow|commons|plaza|esplanade|wharf|quay|parade|chase|gate|wynd|drove|view';
/** "1427 Maple Ridge Dr", "221B Baker Street", "12 N. 3rd Ave": number, street words, suffix. */
const EN_FORWARD = new RegExp(
  `\\d{1,5}[A-Za-z]?\\s+(?:(?:[NSEW]|N[EW]|S[EW]|North|South|East|West)\\.?\\s+)?((?:[A-Za-z][A-Za-z'’-]+|\\d{1,3}(?:st|nd|rd|th))(?:\\s+[A-Za-z][A-Za-z'’-]+){0,3})\\s+(${EN_SUFFIX})\\b\\.?(?:\\s+(?:N|S|E|W|NE|NW|SE|SW)\\b\\.?)?`,
  'iy',
);
/** "12 bis rue de la Paix", "3 avenue Foch" (folded). */
const FR_FORWARD =
  /^\d{1,4}(?:\s?(?:bis|ter))?,?\s+(?:rue|avenue|av\.|bd|boulevard|allee|impasse|chemin|place|quai|cours|route|passage|square)\s+(?:(?:de|du|des|la|le|l'|d')\s*){0,2}[a-z][a-z'-]+/;
/** The street before the number (folded): "lindenstrasse", "calle mayor,", "rua augusta,". */
const BACKWARD =
  /(?:(?<![a-zà-ÿ])[a-zà-ÿ][a-zà-ÿ-]{1,30}(?:stra(?:ss|ß)e|str\.|weg|allee|platz|gasse|damm|ufer|chaussee|steig|pfad)|(?<![a-zà-ÿ])(?:calle|c\/|avenida|avda\.?|av\.?|plaza|pza\.?|paseo|carrer|camino|ronda|travesia|travesía|rua|r\.|travessa|praca|praça|largo|alameda|estrada|rodovia)\s+(?:[a-zà-ÿ'.-]+\s+){0,4}[a-zà-ÿ'.-]+,?)\s*(?:n[o°º.]{1,2}\s*)?$/;
const UNIT_BEFORE =
  /(?:flat|apartment|apt|unit|suite|appartement|wohnung|piso|apto)\.?\s*[a-z0-9-]{1,5},?\s*$/;

/** Units that are homes, unlike a suite or a unit of an office park. */
const HOME_UNIT = /^(?:flat|apartment|apt|appartement|wohnung|piso|apto)\b/;

/** The side of a floor: "3º Esq", "2º izda.", "1.º Dto", "3. OG links", "3º B". */
const SIDE =
  '(?:esq|esqº|dto|dt|dta|dir|direito|direita|esquerdo|esquerda|frente|fte|tras|izq|izqda|izda|izquierda|dcha|dch|dra|derecha|centro|ctro|int|ext|[A-Za-z])\\.?';
/**
 * A flat, floor or door after the house number: "Apt 3B", "3º Esq", "2º andar", "1.º Dto", "R/C Esq",
 * "bajo izda", "3e étage", "3. OG links", "Whg. 5".
 */
const UNIT_AFTER = new RegExp(
  `,?\\s*(?:(?:apt|apartment|unit|suite|ste|#|flat|fl|piso|puerta|pta|planta|etage|étage|whg|wohnung|andar|apto|dpto|depto|bloco|bloque|portal|esc|escalera|bât|bat|stiege|tür|top)\\.?\\s*[A-Za-z0-9-]{1,6}` +
    `|\\d{1,2}(?:\\s?\\.?\\s?[ºª°]|o)\\.?(?:\\s?(?:andar|piso|planta|étage))?(?:\\s?${SIDE})?` +
    '|\\d{1,2}\\.?\\s?(?:og|obergeschoss|stock|etage)(?:\\s?(?:links|rechts|mitte|li\\.?|re\\.?))?' +
    '|\\d{1,2}(?:e|er|ère|ème|eme)\\s(?:étage|etage)' +
    `|r\\/c(?:\\s?${SIDE})?|bajo(?:\\s?${SIDE})?|rdc)(?![A-Za-z])`,
  'iy',
);
/** A home address has at most a block, a floor and a door. */
const MAX_UNIT_PARTS = 3;
/** Continental postcode before the city: "10115 Berlin", "75002 Paris", "1000-001 Lisboa", "01310-100 São Paulo". */
const POSTCODE_CITY = /,?\s*(?:\d{5}|\d{4}-\d{3}|\d{5}-\d{3}|[A-Z]-?\d{4,5})\s+[A-ZÀ-Ý][A-Za-zÀ-ÿ'’-]+/y;
const CITY = /,?\s*[A-ZÀ-Ý][A-Za-zÀ-ÿ'’.-]+(?![\w])(?:\s+[A-ZÀ-Ý][A-Za-zÀ-ÿ'’.-]+(?![\w])){0,2}/y;
/** US ZIP (with state), UK postcode, Canadian postal code. */
const POSTCODE_AFTER =
  /,?\s*(?:(?:[A-Z]{2}\s+)?\d{5}(?:-\d{4})?(?![\d])|[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2}(?![A-Za-z0-9])|[A-Z]\d[A-Z]\s?\d[A-Z]\d(?![A-Za-z0-9]))/y;

/** The post says the address is a home or a hand-over point (folded, five languages). */
const PRIVATE_STRONG =
  /(?<![a-z])(?:home alone|(?:come )?keep me company|pick ?-?ups?(?: only)?(?: is)? (?:at|from)|pick (?:it |them )?up (?:at|from)|house-?warming|einweihungsparty|wohnungseinweihung|einweihungsfeier|cremaillere|cha de casa nova|fiesta de inauguracion|collect(?:ion)? (?:at|from)|deliver(?:ed|y|ing)? to|livr\w* chez|drop (?:it |them )?off at|my (?:home |new |mailing |postal )?address|our (?:home |new |mailing )?address|home address|mailing address|i live (?:at|on)|we live (?:at|on)|i'm living at|lives at|my (?:place|flat|apartment|house|home)|our (?:place|flat|apartment|house|home)|wrong (?:flat|house|address|door)|at my place|mi (?:direccion|casa|piso|domicilio)|nuestra (?:direccion|casa)|vivo en|vivimos en|recoger en|recogida en|meine (?:adresse|wohnung)|unsere (?:adresse|wohnung)|ich wohne|wir wohnen|abholung|abholen|abzuholen|lieferadresse|zu mir|bei mir|mon adresse|notre adresse|j'habite|nous habitons|a recuperer|recuperer au|chez moi|chez nous|meu endereco|nosso endereco|minha (?:morada|casa)|moro na|moro em|moramos|retirar na|buscar na|la em casa|(?:his|her|their) (?:flat|apartment|house|home|place)|(?:he|she|they) lives? (?:at|on)|su (?:piso|casa|domicilio|vivienda|direccion)|vive en|viven en|seine (?:wohnung|adresse)|ihre (?:wohnung|adresse)|(?:er|sie) wohnt|wohnt (?:in der|am|an der|im)|(?:sa|leur) (?:maison|adresse)|son (?:appartement|domicile|adresse)|(?:il|elle) habite|chez (?:lui|elle)|(?:a |na )?casa (?:dele|dela)|(?:seu|o) (?:apartamento|endereco) (?:dele|dela)|sua (?:casa|morada)|mora (?:na|no|em)|moram (?:na|no|em))(?![a-z])/;
/** Weaker hints, which a public place outweighs ("our office moved to …"). */
const PRIVATE_WEAK =
  /(?<![a-z])(?:send (?:it |them |stuff |mail )?to|ship (?:it )?to|mail (?:it )?to|post (?:it )?to|bring (?:it |them )?to|come (?:over )?to|swing by|stop by|address is|moved to|moving to|new place|party at|living at|(?:drop|dropping|dropped) (?:[a-z]+ ){1,4}off (?:to|at|for|with)|entrega en|enviar a|mandar a|livraison|entrega|retirada|livre (?:un |le |les |une |la |des |son |sa )?(?:colis|paquet|commande|courses)|livree|geliefert|zugestellt|entregue|entreguei|(?:your|his|her|their|my|our) (?:new )?(?:house|home|flat|apartment|extension|loft|loft conversion|kitchen|garden|driveway|roof|property|conservatory|bathroom|porch|patio|basement|garage conversion|boiler|front door))(?![a-z])/;
/** A named person's home: "Greg Allen of 14 Birch Lane", "Mrs Lefevre's, 12 Linden Road" (original text before the address). */
const RESIDENT_BEFORE =
  /(?:\b(?:Mr|Mrs|Ms|Miss|Dr|Pastor|Sr|Sra|Herr|Frau|Mme|M)\.? [A-ZÀ-Þ][a-zß-ÿ]+|\b[A-ZÀ-Þ][a-zß-ÿ]+ [A-ZÀ-Þ][a-zß-ÿ]+)(?:'s,?| (?:of|from|who lives at|lives at)) $|\b(?:Mr|Mrs|Ms|Miss|Sra|Srta|Herr|Frau|Mme|Mlle|M)\.? [A-ZÀ-Þ][a-zß-ÿ]+(?: [A-ZÀ-Þ][a-zß-ÿ]+)?(?:,| at| au| en| in der| na| no) $/;
/** Public places: an address there is not the author's home. */
const PUBLIC_CUE =
  /(?<![a-z])(?:office|offices|hq|headquarters|store|shop|restaurant|cafe|bar|pub|museum|venue|conference|booth|hotel|hostel|airbnb|rental|clinic|hospital|bakery|gallery|showroom|campus|visit us|visited|made it to|finally at|tourist|tour|queue|station|airport|library|church|stadium|theatre|theater|cinema|park|embassy|consulate|city hall|town hall|meetup|event|show (?:home|flat|house)|for sale|to let)(?![a-z])/;

interface Found {
  start: number;
  end: number;
  lowercase: boolean;
  /** A street with no street word ("88 Kingsway"): an address only with a postcode after it. */
  needsPostcode?: boolean;
}

/** A number and one to three capitalized words, no street word: "88 Kingsway", "4 The Paddocks". */
const EN_BARE = /\d{1,5}[A-Za-z]?\s+[A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+){0,2}/y;

function forward(ctx: RuleContext, at: number): Found | null {
  EN_FORWARD.lastIndex = at;
  const en = EN_FORWARD.exec(ctx.text);
  if (en) {
    const words = `${en[1] ?? ''} ${en[2] ?? ''}`;
    const lowercase = /(?:^|\s)[a-z]/.test(words);
    return { start: at, end: at + en[0].length, lowercase };
  }
  EN_BARE.lastIndex = at;
  const bare = EN_BARE.exec(ctx.text);
  if (bare) return { start: at, end: at + bare[0].length, lowercase: false, needsPostcode: true };
  return null;
}

function french(ctx: RuleContext, at: number): Found | null {
  const head = foldedSlice(ctx, at, at + 80);
  FR_FORWARD.lastIndex = 0;
  const fr = FR_FORWARD.exec(head);
  return fr ? { start: at, end: at + fr[0].length, lowercase: false } : null;
}

/** The word before the number (after ", " or " nº ") is capitalized: "Lindenstraße 12", "Calle Mayor, 12". */
function capitalizedBefore(text: string, at: number): boolean {
  let i = at - 1;
  if (text[i] !== ' ') return false;
  i--;
  if (text[i] === ',') i--;
  let j = i;
  while (j >= 0 && isStreetWordCode(text.charCodeAt(j))) j--;
  return STREET_WORD_START.test(text.slice(j + 1, i + 1));
}

/** [A-Za-zÀ-ÿ.º°-]: the characters of a street word before a house number. */
function isStreetWordCode(c: number): boolean {
  return (
    (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0xff) || c === 46 || c === 45 || c === 0xba || c === 0xb0
  );
}
const STREET_WORD_START = /^(?:[A-ZÀ-Ý]|n[oº°.])/;

/** [\w.,/:$€£#+-]: a character that makes the digits after it part of something else (a price, a code, a date). */
function isNumberPrefixCode(c: number): boolean {
  return (
    (c >= 97 && c <= 122) ||
    (c >= 65 && c <= 90) ||
    (c >= 48 && c <= 57) ||
    c === 95 ||
    c === 46 ||
    c === 44 ||
    c === 47 ||
    c === 58 ||
    c === 36 ||
    c === 0x20ac ||
    c === 0xa3 ||
    c === 35 ||
    c === 43 ||
    c === 45
  );
}

function backward(ctx: RuleContext, at: number, numberEnd: number): Found | null {
  const from = Math.max(0, at - 70);
  const head = ctx.sameOffsets ? ctx.folded.slice(from, at) : ctx.text.slice(from, at).toLowerCase();
  if (!GERMAN_STREET.test(head) && !ROMANCE_STREET.test(head)) return null;
  const m = BACKWARD.exec(head);
  if (!m) return null;
  const start = from + m.index;
  // Street names are proper nouns: capitalized in the original, or a street word written out.
  const lowercase = !/[A-ZÀ-Ý]/.test(ctx.text.slice(start, at));
  let end = numberEnd;
  const letter = /^\s?[a-zA-Z](?![a-zA-Z])/.exec(ctx.text.slice(end, end + 3));
  if (letter) end += letter[0].length;
  return { start, end, lowercase };
}

/**
 * A named block of homes and a door number before the number: "Oak Ridge Apartments 4B",
 * "Birch Court, Flat 12", "Harbour View Residences #7" (original text).
 */
const RESIDENCE_BEFORE =
  /(?:\b[A-Z][A-Za-z'’-]+ ){1,3}(?:Apartments|Apts\.?|Flats|Towers|Residences|Condos|Condominiums|Lofts|Mansions|Court|Gardens)(?:,? (?:Flat|Apt\.?|Apartment|Unit|No\.?|#))?,? ?#?$/;

/**
 * RESIDENCE_BEFORE's block word ends at most 14 characters before the number (", Apartment, #"),
 * so it starts within the last 26: looked for first, it spares most numbers the costly look back.
 */
const BLOCK_WORD = /Apartments|Apts|Flats|Towers|Residences|Condos|Condominiums|Lofts|Mansions|Court|Gardens/;

function residence(text: string, at: number, numberEnd: number): Found | null {
  if (!BLOCK_WORD.test(text.slice(Math.max(0, at - 26), at))) return null;
  const m = RESIDENCE_BEFORE.exec(text.slice(Math.max(0, at - 60), at));
  if (!m) return null;
  let end = numberEnd;
  const letter = /^[A-Za-z](?![A-Za-z])/.exec(text.slice(end, end + 2));
  if (letter) end += letter[0].length;
  return { start: at - m[0].length, end, lowercase: false };
}

function tail(text: string, end: number): { end: number; postcode: boolean; unit: boolean } {
  let e = end;
  let unit = false;
  for (let i = 0; i < MAX_UNIT_PARTS; i++) {
    UNIT_AFTER.lastIndex = e;
    const u = UNIT_AFTER.exec(text);
    if (!u) break;
    e += u[0].length;
    unit = true;
  }
  POSTCODE_CITY.lastIndex = e;
  const pc = POSTCODE_CITY.exec(text);
  if (pc) return { end: e + pc[0].length, postcode: true, unit };
  CITY.lastIndex = e;
  const city = CITY.exec(text);
  const afterCity = city ? e + city[0].length : e;
  POSTCODE_AFTER.lastIndex = afterCity;
  const post = POSTCODE_AFTER.exec(text);
  if (post) return { end: afterCity + post[0].length, postcode: true, unit };
  // A city with no postcode stays out of the span: it may just be the next capitalized word.
  return { end: e, postcode: false, unit };
}

export default defineRule({
  description:
    'Home street addresses (US, UK, German, French, Spanish, Portuguese forms) when the post presents them as a home or hand-over point, or with a postcode.',
  severity: 'warn',
  messages: {
    default: 'This looks like a home address; a public post with it tells everyone where to find someone.',
  },
  detect(ctx) {
    const text = ctx.text;
    const hits: Hit[] = [];
    let lastEnd = -1;
    const runs = digitRuns(ctx);
    let budget = MAX_CANDIDATES;
    for (let r = 0; r < runs.length && hits.length < MAX_HITS; r += 2) {
      const at = runs[r] ?? 0;
      const numberEnd = runs[r + 1] ?? 0;
      if (at < lastEnd || numberEnd - at > 5 || (at > 0 && isNumberPrefixCode(text.charCodeAt(at - 1)))) continue;
      // A street follows the number (a space, a comma or a letter comes next: "12 Elm", "221B",
      // "12, rue") or comes before it ("Lindenstraße 12"): anything else is a count or a date.
      const c = text.charCodeAt(numberEnd);
      const streetAfter = c === 32 || c === 44 || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
      if (!streetAfter && !capitalizedBefore(text, at)) continue;
      const next = text.slice(numberEnd, numberEnd + 4);
      if (NOT_HOUSE.test(next)) continue;
      if (--budget < 0) break;
      let found: Found | null = null;
      const after = text.slice(numberEnd, numberEnd + 24);
      if (EN_START.test(after)) found = forward(ctx, at);
      if ((!found || found.needsPostcode) && FR_START.test(after)) found = french(ctx, at) ?? found;
      if (!found && capitalizedBefore(text, at)) found = backward(ctx, at, numberEnd);
      // A flat in a named block is a home: "Oak Ridge Apartments 4B on Cole St".
      const block = found ? null : residence(text, at, numberEnd);
      if (block) found = block;
      if (!found) continue;
      let { start } = found;
      const t = tail(text, found.end);
      if (found.needsPostcode && !t.postcode) continue;
      const unitBefore = UNIT_BEFORE.exec(text.slice(Math.max(0, start - 30), start).toLowerCase());
      if (unitBefore) start -= unitBefore[0].length;
      const unit = t.unit || Boolean(unitBefore);
      // "the lady at flat 3, 41 Queen St": a flat or an apartment is someone's home.
      // A door in a named block ("Apartments 4B", "Court, Flat 12") is a home; a bare number may be a show flat.
      const blockDoor = Boolean(block && /(?:[A-Za-z]|(?:Flat|Apt\.?|Apartment|Unit|No\.?|#) ?\d+)$/.test(text.slice(block.start, block.end)));
      const homeUnit = Boolean((unitBefore && HOME_UNIT.test(unitBefore[0])) || blockDoor);
      const around = foldedSlice(ctx, start - 120, t.end + 40);
      // A strong private cue settles it; only then is the (costly) public-place look skipped.
      if (!PRIVATE_STRONG.test(around)) {
        const isPublic = PUBLIC_CUE.test(around);
        const isPrivate =
          !isPublic &&
          (homeUnit || PRIVATE_WEAK.test(around) || RESIDENT_BEFORE.test(text.slice(Math.max(0, start - 40), start)));
        if (!isPrivate && !(!found.lowercase && t.postcode && (unit || !isPublic))) continue;
      }
      hits.push({ start, end: t.end });
      lastEnd = t.end;
    }
    return hits;
  },
});
