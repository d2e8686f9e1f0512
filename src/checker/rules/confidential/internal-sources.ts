import { gatedPhrases } from '../_shared/biz-signals';
import { clauseAround } from '../_shared/people-anchors';

/** What an internal figure measures: a rate, a score, a dashboard. */
const MEASURE =
  '(rates?|scores?|stats|statistics|tracker|targets?|benchmarks?|estimates?|kpis?|metrics?|numbers|figures|data|dashboards?|surveys?|reports?)';
/** "Internal medicine", "internal combustion", "Internal Revenue Service": not the company's. */
const NOT_SOURCE = '(medicine|combustion|revenue|affairs|organs?|bleeding|temperature|clock|rate of return)';
/** The forms above that need "our" or a figure (folded text). */
const MEASURED =
  /^(?:internal [a-z-]+ |internal (?:rates?|scores?|stats|statistics|tracker|targets?|benchmarks?|estimates?)$|intern(?:e|es|er|em) |internen (?!(?:mails?|e-mails?|memos?|zahlen|kennzahlen|unterlagen|dokumente|umfragen?|berichte?)$)|(?:dashboard|panel|tablero|indicadores|tasas?|estadisticas|tableau de bord|indicateurs|taux|statistiques|stats|painel|taxas?|estatisticas) intern)/;
const OURS =
  /(?:^|[^a-z])(?:our|my|unser|unsere|unseres|unserem|unseren|unserer|mein|meine|meines|notre|nos|mon|ma|mes|nuestr[oa]s?|mis?|noss[oa]s?|meus?|minhas?|(?:the )?(?:company|firm)'s)(?: own| propio| propia| proprio| propre)?\s+$/;
/** A percentage or an amount. */
const FIGURE = /\d[\d.,]*\s?(?:%|percent|prozent|por ?ciento|pour ?cent|por ?cento)|[$\u20ac\u00a3]\s?\d/;

/**
 * Internal documents and figures quoted in public: "the internal memo", "internal NPS",
 * "internal emails". "Internal medicine" or "internal developer tooling" are not sources.
 */
export default gatedPhrases({
  description:
    'Quotes or describes internal documents and figures: an internal memo, internal emails, internal NPS.',
  severity: 'block',
  message: 'This refers to internal material (“{source}”), which usually is not public.',
  phrases: [
    // English
    'internal (memos?|emails?|e-mails?|mails?|docs?|documents?|decks?|slides?|wiki|slack|chats?|channels?|numbers|metrics|kpis?|data|dashboards?|figures|results|surveys?|nps|roadmaps?|reviews?|audits?|reports?|investigations?|forecasts?|projections|headcount|retention|arr|mrr|okrs|plans|planning|pricing|price list|town ?hall|all-hands|announcement|comms|numbers)',
    '(leaked|leaks? of the|leaking the) (memo|deck|roadmap|slides?|email|doc|document)',
    'internal (beta|alpha|build|builds|preview|demo|release candidate|test build|dogfood)',
    "internally,? (we|we're|the|our|they|it|everyone)",
    '(pre-?release|beta|preview) build',
    '(all-hands|all hands|board|town ?hall) (deck|slides|memo)',
    // Spanish
    '(memorandum|memo|correos?|documentos?|datos|cifras|numeros|metricas|encuestas?|informes?) internos?',
    // German
    'internen? (mails?|e-mails?|memos?|zahlen|kennzahlen|unterlagen|dokumente|umfragen?|berichte?|roadmap|preisliste)',
    // French
    '(notes?|memos?|mails?|e-mails?|courriels?|documents?|chiffres|donnees|sondages?|rapports?) internes?',
    // Portuguese
    '(memorandos?|e-?mails?|documentos?|dados|numeros|metricas|pesquisas?|relatorios?) internos?',
    // An internal figure named by what it measures: "our internal on-time rate", "unser internes
    // Support-Dashboard", "nuestro panel interno". These count with "our" before them or a figure
    // after them (see \`when\`): "the internal rate of return" is a textbook term.
    `internal (?!${NOT_SOURCE})([a-z-]+ ){0,2}?${MEASURE}`,
    'intern(e|es|er|en|em) ([a-z-]+ )?[a-z-]*(dashboard|zahlen|daten|bericht|report|auswertung|statistik|quote|umfrage|tracker|analyse)',
    '(dashboard|panel|tablero|indicadores|tasas?|estadisticas) intern[oa]s?(?! de (retorno|rentabilidad))',
    '(tableau de bord|indicateurs|taux|statistiques|stats) internes?(?! de rentabilite)',
    '(painel|dashboard|indicadores|taxas?|estatisticas) intern[oa]s?(?! de retorno)',
  ],
  stems: [
    'internally',
    'build',
    'intern',
    'leak',
    'leaked',
    'leaks',
    'leaking',
    'deck',
    'decks',
    'slides',
    'memo',
    'memos',
  ],
  when(ctx, m) {
    if (MEASURED.test(m.text) && !OURS.test(ctx.folded.slice(Math.max(0, m.start - 16), m.start))) {
      if (!FIGURE.test(clauseAround(ctx, m.end, m.end, 80))) return false;
    }
    const [start, end] = ctx.span(m.start, m.end);
    return { start, end, data: { source: ctx.text.slice(start, end) } };
  },
});
