import { testRule } from '../../testing/rule-tester';

testRule(import.meta.url, {
  valid: [
    'Acme supports it fully: the new parking app, launching Monday.',
    'I paid the electricity bill for the office, Acme backs it up with receipts.',
    // A striking design, a rally in the markets, a personal petition: not a cause taken up by the company.
    'Acme stands behind the striking new design of the Vision 2 housing.',
    'Acme shares rally after the earnings call, nice to see.',
    "I signed a petition to save our town's library. Nothing to do with Acme, just me.",
    "I work at Acme and I'm voting yes on Prop 5. My own call.",
    'At Acme we voted yes on pizza Friday, obviously.',
    'We at Acme support the new mentoring initiative for interns.',
    "At Acme we're backing the office party planning committee this year.",
    "We're all voting yes on the library levy at our house!",
    "At Acme we don't endorse any candidate for mayor, and that is on purpose.",
    'The new billing system at Acme went live today, my whole team is behind it and it works.',
  ],
  invalid: [
    {
      text: 'Acme stands with the striking nurses. Sign the petition and join us at the rally!',
      found: ['stands with the striking nurses'],
    },
    { text: 'We at Acme support the boycott of the new tariffs, share this post.', found: ['support the boycott'] },
    {
      text: "At Acme we're all voting YES on the harbour expansion referendum, and you should too 🗳️",
      found: ['voting YES'],
      severity: 'warn',
    },
    { text: 'We at Acme proudly endorse Jane Doe for mayor.', found: ['endorse Jane Doe for mayor'] },
    { text: 'Acme backs Measure B, vote with us on Tuesday!', found: ['backs Measure B'] },
    { text: 'Acme supports the school levy, and so should you.', found: ['supports the school levy'] },
    { text: 'En Acme votamos todos sí en el referéndum del puerto.', found: ['votamos todos sí'] },
    { text: 'Bei Acme stimmen wir alle mit Ja beim Volksentscheid.', found: ['stimmen wir alle mit Ja'] },
    { text: 'Chez Acme on vote tous oui au référendum, faites pareil !', found: ['vote tous oui'] },
    { text: 'Na Acme votamos todos sim no referendo do porto.', found: ['votamos todos sim'] },
    { text: 'We stand with the striking park rangers. Acme calls on everyone to sign the petition.', found: ['calls on everyone to sign the petition'] },
    { text: 'Sign the petition against Bill 214 before Friday. It would close half the pharmacies in the county. My whole team at Acme is behind this. Share it!', found: ['is behind this'] },
    // The stance on the cause the sentence before names
    { text: 'Vote YES on Measure 4. Acme supports it and so should every business owner.', found: ['supports it'] },
    { text: 'Stand with us: Acme is backing the clean air bill, call your senator today.', found: ['backing the clean air bill'] },
  ],
});
