import { gatedPhrases } from '../_shared/biz-signals';

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
    const [start, end] = ctx.span(m.start, m.end);
    return { start, end, data: { source: ctx.text.slice(start, end) } };
  },
});
