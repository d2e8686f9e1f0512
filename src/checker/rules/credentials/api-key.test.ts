import { testRule } from '../../testing/rule-tester';

testRule(import.meta.url, {
  valid: [
    'key lime pie for dessert tonight, the recipe is in the thread',
    'Reminder: rotate your API keys every 90 days and keep them out of git.',
    'export STRIPE_SECRET_KEY=sk_test_xxxxxxxxxxxxxxxxxxxxxxxx   # put yours here',
    'our publishable key starts with pk_live_ and is meant to be public',
    'the task-runner-2024 and desk-booking tools are down again',
    'OPENAI_API_KEY=<your key here>',
    'docs: https://github.com/acme/robots/blob/main/ghp_tokens_explained_in_full_detail.md',
  ],
  invalid: [
    {
      text: 'push fails: git remote add origin https://ghp_Xk29PqLmZt81VbNw4RsYe7Hc0DuJfGaQ3TnV@github.com/acme/robots.git',
      found: ['ghp_Xk29PqLmZt81VbNw4RsYe7Hc0DuJfGaQ3TnV'],
    },
    {
      text: 'CI keeps failing, my token is ghp_OhbVrpoiVgRV5IfLBcbfnoGMbJmTPSIAoCLr — any ideas?',
      found: ['ghp_OhbVrpoiVgRV5IfLBcbfnoGMbJmTPSIAoCLr'],
      severity: 'block',
      suggestion: '[removed]',
    },
    {
      text: 'fine-grained one: 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',
      found: [
        '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',
      ],
    },
    {
      text: 'the bot answers now 🎉 (xoxb-48350305641-395376724238-IqVLB5LzxoiGFfWd3hjOkYRB)',
      found: ['xoxb-48350305641-395376724238-IqVLB5LzxoiGFfWd3hjOkYRB'],
    },
    {
      text: 'posting to https://hooks.slack.com/services/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 works from curl',
      found: ['https://hooks.slack.com/services/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'],
    },
    {
      text: 'STRIPE_KEY="sk_live_MeyyMDHqJ38aRUhR4IWrXPvh" and the restricted one rk_live_sBkDa9U4UqGWlG6g3Ot1OGMm',
      found: ['sk_live_MeyyMDHqJ38aRUhR4IWrXPvh', 'rk_live_sBkDa9U4UqGWlG6g3Ot1OGMm'],
      suggestion: '[removed]',
    },
    { text: 'test mode: sk_test_jxWkI9X7H6aMuFbh7x41Ztpd', found: ['sk_test_jxWkI9X7H6aMuFbh7x41Ztpd'] },
    {
      text: 'maps key for the demo → AIzaEkk_iqq8vH2BzNZV45pFCiRcDCajhDieQjE',
      found: ['AIzaEkk_iqq8vH2BzNZV45pFCiRcDCajhDieQjE'],
    },
    {
      text: 'mail works with SG.rQFnIiU74KKEpYEZAmggQB.wBAD3UdRPPgdzUvZ3gpmmICiBlrDp37eCZ32JgdPI1a finally',
      found: ['SG.rQFnIiU74KKEpYEZAmggQB.wBAD3UdRPPgdzUvZ3gpmmICiBlrDp37eCZ32JgdPI1a'],
    },
    {
      text: 'why does sk-proj-f7W2pkAFEn3z5dkyayq7YYDsBS9UYJQTFjmsn9dLVIdVuddL return 429 already',
      found: ['sk-proj-f7W2pkAFEn3z5dkyayq7YYDsBS9UYJQTFjmsn9dLVIdVuddL'],
    },
    {
      text: 'aws says access denied for AKIA467KD6FLEEPZHPCF with secret 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, region eu-west-1',
      found: ['AKIA467KD6FLEEPZHPCF', '1OHAOEHYqM6Ojb6mjBHqSiFVKu4MbMnrHontIKAR'],
    },
    {
      text: '[default]\naws_secret_access_key = 1OHAOEHYqM6Ojb6mjBHqSiFVKu4MbMnrHontIKAR',
      found: ['1OHAOEHYqM6Ojb6mjBHqSiFVKu4MbMnrHontIKAR'],
    },
    {
      text: 'npm publish wants npm_XiOqkVCJTBJahe84S5jIc1xLJjBictx57Y3c and gitlab wants glpat-nRO2qGFq562dfOB1rcav',
      found: ['npm_XiOqkVCJTBJahe84S5jIc1xLJjBictx57Y3c', 'glpat-nRO2qGFq562dfOB1rcav'],
    },
  ],
});
