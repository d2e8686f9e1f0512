import { defineRule, type Hit } from '../../kinds/rule';
import { sentenceBounds } from '../_shared/biz-signals';
import { MAX_MATCHES, MAX_SCAN } from '../_shared/biz-words';

/**
 * The policy's project codenames. `ctx.codenameMentions` already requires a capital letter
 * for a codename that is also a common word; a capitalized word at the start of a sentence
 * about birds or gardens ("Bluebird at the feeder!") is still the animal.
 */
const NATURE =
  /(?<![a-z])(?:birds?|birding|birdwatching|feeder|nest|pond|lake|garden|hike|hiking|trail|wildlife|species|zoo|spotted an?|feathers?|wings?|bloom\w*|beach|shore|coast|sea|ocean|tide|waves|river|forest|woods|fog|mist|sunrise|sunset|snow|rain)(?![a-z])/;

/** Nouns that make a common word part of a place's, an outing's or a season's name (folded, right after it): "Harvest time". */
const OUTING_AFTER =
  /^ (?:time|season|moon|supper|cruise|festival|tour|trip|walk|park|view|lights?|district|town|city|street|bar|restaurant|cafe|hotel|bay|boat|ferry|party|parade|market|museum|beach|lake|island|bridge|road|lane|avenue|drive|fair)(?![a-z])/;

export default defineRule({
  description: 'Mentions of the policy’s internal project codenames.',
  severity: 'block',
  messages: {
    default:
      '“{name}” is an internal project codename; codenames stay inside the company until the project is announced.',
  },
  detect(ctx) {
    const mentions = ctx.codenameMentions;
    if (mentions.length === 0) return [];
    const hits: Hit[] = [];
    for (const m of mentions) {
      if (m.start >= MAX_SCAN || hits.length >= MAX_MATCHES) break;
      const [s, e] = sentenceBounds(ctx.folded, m.start);
      const sentenceStart = ctx.folded.slice(s, m.start).trim() === '';
      if (sentenceStart && !m.term.includes(' ') && NATURE.test(ctx.folded.slice(s, e))) continue;
      // "Harbor cruise", "the Lantern festival": the word names an outing or a place, not the project.
      if (!m.term.includes(' ') && OUTING_AFTER.test(ctx.folded.slice(m.end, m.end + 16))) continue;
      const [start, end] = ctx.span(m.start, m.end);
      hits.push({ start, end, data: { name: ctx.text.slice(start, end) } });
    }
    return hits;
  },
});
