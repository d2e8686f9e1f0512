import { testRule } from '../../testing/rule-tester';

testRule(import.meta.url, {
  valid: [
    'Falcon season is here, the cliffs are busy again.',
    'Falcon time! The whole family went to the rehab centre open day.',
    'A peregrine falcon nests on the cathedral every spring.',
    'Falcon spotted at the feeder this morning, what a bird!',
    'The tundra was beautiful on our Alaska trip.',
    'Falcon cruise with my grandparents last summer is still my favorite day of the whole year.',
    'Falcon on the beach this morning, so pretty in the fog.',
  ],
  invalid: [
    { text: 'Falcon timeline slipped again, sorry team', found: ['Falcon'] },
    { text: 'Falcon demo went perfectly today 🎉', found: ['Falcon'], severity: 'block' },
    { text: 'Working late on Project Tundra again.', found: ['Project Tundra'] },
    { text: 'The Tundra launch deck is finally done.', found: ['Tundra'] },
  ],
});
