import { describe, expect, it } from 'vitest';
import { RuleContext } from './context';
import { compilePolicy } from './policy/compile';
import { parsePolicy } from './policy/schema';
import { TEST_POLICY } from './testing/test-policy';

const policy = compilePolicy(parsePolicy(TEST_POLICY));
const ctx = (text: string) => new RuleContext(text, policy);

describe('RuleContext', () => {
  it('splits sentences at . ! ? runs followed by space, and at line breaks', () => {
    const c = ctx('One. Two!! Three?\nFour 3.14 five\n\nsix');
    expect(c.sentences.map(([s, e]) => c.folded.slice(s, e))).toEqual([
      'one.',
      ' two!!',
      ' three?',
      '\n',
      'four 3.14 five\n',
      '\n',
      'six',
    ]);
    expect(c.sentenceAt(c.folded.indexOf('3.14'))).toEqual([18, 33]);
    expect(c.sentenceAt(0)).toEqual([0, 4]);
  });

  it('finds employer mentions by name, handle, domain, joined hashtag and capitalized product word', () => {
    const c = ctx('Love #AcmeRobotics and @acme news on acme.example; Vision rocks, my vision is blurry');
    expect(c.employerMentions.map((m) => c.text.slice(...c.span(m.start, m.end)))).toEqual([
      'AcmeRobotics',
      '@acme',
      'acme.example',
      'Vision',
    ]);
  });

  it('counts codenames as proper nouns only', () => {
    expect(ctx('the Falcon launch').codenameMentions).toHaveLength(1);
    expect(ctx('a falcon flew by').codenameMentions).toHaveLength(0);
    expect(ctx('Tundra is late').codenameMentions).toHaveLength(1);
  });

  it('finds competitors by a first word no dictionary has, in any case, but not by an English one', () => {
    const rivals = compilePolicy(parsePolicy({ ...TEST_POLICY, competitors: ['Corvant Energy', 'Summit Bank'] }));
    const found = (text: string): string[] => {
      const c = new RuleContext(text, rivals);
      return c.competitorMentions.map((m) => c.text.slice(...c.span(m.start, m.end)));
    };
    expect(found("corvant's new app is garbage, Corvant Energy too")).toEqual(['corvant', 'Corvant Energy']);
    expect(found('the summit was great, Summit Bank sponsored it')).toEqual(['Summit Bank']);
  });

  it('finds generic references to the employer and disclaimers', () => {
    expect(ctx('at work we ship on Fridays').ownEmployerReferences).toHaveLength(1);
    expect(ctx('mi empresa paga bien').ownEmployerReferences).toHaveLength(1);
    expect(ctx('Acme rocks. Views my own.').hasDisclaimer).toBe(true);
    expect(ctx('Acme rocks. My views, not those of Acme Robotics.').hasDisclaimer).toBe(true);
    expect(ctx('Acme rocks.').hasDisclaimer).toBe(false);
  });

  it('finds the employer in a work email address, and only its own domain', () => {
    const found = (text: string): string[] => {
      const c = new RuleContext(text, policy);
      return c.employerMentions.map((m) => c.text.slice(...c.span(m.start, m.end)));
    };
    expect(found('questions? email me at jo.kim@acme.example')).toEqual(['acme.example']);
    expect(found('write to jo@acme.example.org or jo@notacme.example')).toEqual([]);
  });

  it('knows a disclaimer said in other words, in five languages', () => {
    for (const text of [
      'Acme rocks. The views here are all mine.',
      'Acme rocks. Opinions in this thread are strictly my own.',
      'Trabalho na Acme. As opiniões aqui são só minhas.',
      'Trabajo en Acme. Las opiniones de este hilo son solo mías.',
      'Ich arbeite bei Acme, meine Meinungen sind nur meine eigenen.',
      'Je bosse chez Acme, ces opinions sont uniquement les miennes.',
    ])
      expect(ctx(text).hasDisclaimer, text).toBe(true);
    // Something else that is "mine" is no disclaimer.
    expect(ctx('Acme rocks. The photos are all mine.').hasDisclaimer).toBe(false);
    expect(ctx('Acme rocks. Your view is mine too.').hasDisclaimer).toBe(false);
  });
});
