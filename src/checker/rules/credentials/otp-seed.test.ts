import { testRule } from '../../testing/rule-tester';

testRule(import.meta.url, {
  valid: [
    'the secret to good bread is time',
    'our OTP flow breaks on android 14, filing a bug',
    '2FA seeds should live in your authenticator app, never in a note',
    'secret santa budget is 25 euros, names drawn on FRIDAY',
  ],
  invalid: [
    {
      text: 'new 2fa seed for the shared admin account: VFPTOMJBCP6E52MY7ZPJAG3OL5DPH5I5 (scan it before noon)',
      found: ['VFPTOMJBCP6E52MY7ZPJAG3OL5DPH5I5'],
      severity: 'block',
      suggestion: '[removed]',
    },
    { text: 'totp secret: VFPT OMJB CP6E 52MY 7ZPJ AG3O', found: ['VFPT OMJB CP6E 52MY 7ZPJ AG3O'] },
    { text: 'authenticator setup key is vfptomjbcp6e52my7zpjag3o', found: ['vfptomjbcp6e52my7zpjag3o'] },
    {
      text: 'otpauth://totp/Acme:me?secret=VFPTOMJBCP6E52MY7ZPJAG3OL5DPH5I5&issuer=Acme',
      found: ['VFPTOMJBCP6E52MY7ZPJAG3OL5DPH5I5'],
    },
  ],
});
