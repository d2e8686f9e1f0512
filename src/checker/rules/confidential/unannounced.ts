import { gatedPhrases, hasWorkContext } from '../_shared/biz-signals';

/**
 * News shared before it is public: "not announced until the keynote", "embargoed until
 * Tuesday", "comms is still finalizing the press release", "todavía no es público".
 * Personal news ("not announced yet to the family group chat… a puppy") and the Embargo
 * Act of 1807 are not work: the post must be about work, a product or the employer.
 */
export default gatedPhrases({
  description: 'Unannounced or embargoed news: "not announced yet", "embargoed until", "pas encore annoncé".',
  severity: 'block',
  message: 'This shares news that is not public yet (“{marker}”).',
  phrases: [
    // English
    'not (officially )?(announced|public|official) (until|till|before)',
    "(isn't|is not|not|hasn't been|has not been|haven't been|not been|wasn't|still not|nothing's) (yet )?(officially )?(announced|public|official|made public|out yet)( yet)?",
    "before (it's|it is|its|this is|we're|we are|it gets|it's officially|the) (officially )?(announced|public|official|announcement|press release)",
    'embargoed( until| till)?',
    'under (an |the )?embargo( until| till)?',
    'embargo (lifts|ends|is lifted|until|till)',
    '(comms|pr|marketing|legal) (is|are) still (finalizing|finalising|drafting|working on|writing)',
    "(customers|clients|users|partners|the team|employees|staff) (get|will get|are getting|will be|are|haven't been|have not been|don't get) (told|notified|informed|emailed)( next| tomorrow| on| in| until)?",
    'you heard it from me first',
    "(not supposed to|not allowed to|shouldn't|should not) (show|share|say|post|talk about|tell|mention|leak)( (this|it|that|anything))?( (yet|until|before))?",
    '(nobody|no one|no-one) (outside( (the|our) (company|team|office|building))?|else) knows( (this|it|that))?( yet)?',
    "(can't|cannot|not allowed to) (officially )?(say|announce|share) (it|this|that|much|more) (yet|until|publicly)",
    'unannounced',
    "(can't|cannot|not allowed to|not able to) (share|say|reveal|disclose|talk about) (the |any )?(details|much|more|specifics|names|numbers|it|this|that|anything)( (yet|until|publicly|just yet))",
    'nicht (fur die )?offentlich(keit)?',
    "(ahead of|before) (the|our|tomorrow's|next week's|monday's|the official) (official )?(announcement|press release|launch event|earnings)",
    '(will be|gets|is being|is getting|to be) (officially |formally |publicly )?announced (next|tomorrow|on|at|this|in)',
    // "the press release drops Tuesday", "the announcement is on the 14th" ("is on the website" is out already)
    '(the )?(announcement|press release) (is|comes|goes out|drops|lands) (next|tomorrow|this (week|month|morning|afternoon|monday|tuesday|wednesday|thursday|friday)|in (two|three|a few|an|\\d+) (hours?|days?|weeks?)|at \\d|on (monday|tuesday|wednesday|thursday|friday|saturday|sunday|the \\d|\\d|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|monday|tuesday|wednesday|thursday|friday)',
    '(the )?(official )?(announcement|press release) (will be |should be |goes live )?(on )?(next (week|month|monday|tuesday|wednesday|thursday|friday)|tomorrow|later this (week|month)|in (two|three|a few|\\d+) (days|weeks))',
    "(can't|cannot) say (any )?more( than that)?( yet)?",
    '(leadership|management|the ceo|our ceo|hr|our director|my director|my manager|my boss|the board) (just )?(told|informed|briefed) us',
    // Spanish
    '(todavia|aun|aun no|todavia no) (no )?(es|esta|ha sido) (publico|oficial|anunciado)',
    'no (se )?ha (sido )?(anunciado|hecho publico)( (todavia|aun))?',
    'sin anunciar',
    // German
    'noch nicht (offiziell|angekundigt|bekannt ?gegeben|offentlich|veroffentlicht)',
    'sperrfrist',
    // French
    'pas encore (annonce|annoncee|public|publique|officiel|officielle)',
    'sous embargo',
    // Portuguese
    'ainda nao (foi |e |esta )?(anunciad[oa]|public[oa]|oficial)',
    'nao (foi )?anunciad[oa] ainda',
  ],
  stems: [
    'say',
    'share',
    'reveal',
    'disclose',
    'talk',
    'nicht',
    'details',
    'announcement',
    'announced',
    'release',
    'launch',
    'earnings',
    'told',
    'informed',
    'briefed',
    'supposed',
    'allowed',
    'shouldn',
    'should',
    'announc',
    'unannounc',
    'anunci',
    'annonc',
    'angekund',
    'public',
    'offic',
    'oficial',
    'offiziell',
    'offentlich',
    'veroffentl',
    'bekannt',
    'embargo',
    'embargoed',
    'sperrfrist',
    'still',
    'told',
    'notified',
    'informed',
    'emailed',
    'press',
    'heard',
    'knows',
    'yet',
    'until',
    'till',
  ],
  when(ctx, m) {
    if (!hasWorkContext(ctx)) return false;
    const [start, end] = ctx.span(m.start, m.end);
    return { start, end, data: { marker: ctx.text.slice(start, end) } };
  },
});
