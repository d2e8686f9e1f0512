import { testRule } from '../../testing/rule-tester';

testRule(import.meta.url, {
  valid: [
    'our wedding IBAN is on the invitation, not here',
    'DE89 is my favourite board game edition',
    'the IBAN DE00 1234 5678 9012 3456 78 from the tutorial is fake',
    // check digits (mod 97) wrong: not an IBAN
    'ref ES7220385778983000760237 on the parcel label',
  ],
  invalid: [
    {
      text: 'for the group gift: DE89 3704 0044 0532 0130 00, thanks all!',
      found: ['DE89 3704 0044 0532 0130 00'],
      severity: 'block',
      suggestion: '•••• 3000',
    },
    { text: 'Mi cuenta: ES91 2100 0418 4502 0005 1332', found: ['ES91 2100 0418 4502 0005 1332'] },
    { text: 'NL91ABNA0417164300 is the account for the deposit', found: ['NL91ABNA0417164300'] },
    { text: 'send it to GB82 WEST 1234 5698 7654 32.', found: ['GB82 WEST 1234 5698 7654 32'] },
    // IBAN check digits right, the Spanish bank-branch digits not: still an account number
    { text: 'Para el bote: ES31 2100 0813 6101 2345 6780, gracias!', found: ['ES31 2100 0813 6101 2345 6780'] },
  ],
});
