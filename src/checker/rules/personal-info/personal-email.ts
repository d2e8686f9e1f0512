import { defineRule, type Hit } from '../../kinds/rule';
import { MAX_CANDIDATES, MAX_HITS } from '../_shared/secrets-scan';

/**
 * Personal e-mail addresses: any address at a free-mail provider, and any
 * address introduced as personal or private ("my personal email", "mi correo
 * personal", "meine private Adresse", "mon adresse perso", "meu email pessoal").
 * Addresses at the organization's own domains (from the policy) are work
 * addresses and fine.
 */
/** Matched on a short window around each "@", so a post without one costs nothing. */
const EMAIL_RE =
  /(?<![A-Za-z0-9._%+-])[A-Za-z0-9](?:[A-Za-z0-9._%+-]{0,63})@((?:[A-Za-z0-9-]{1,63}\.){1,6}[A-Za-z]{2,24})(?![A-Za-z0-9-])/y;

/** Characters of an address's local part. */
function isLocalChar(c: number): boolean {
  return (
    (c >= 97 && c <= 122) ||
    (c >= 65 && c <= 90) ||
    (c >= 48 && c <= 57) ||
    c === 46 ||
    c === 95 ||
    c === 37 ||
    c === 43 ||
    c === 45
  );
}

/** Free-mail providers: the domain, or its first label for providers with many country domains. */
const FREE_MAIL_DOMAINS = new Set(
  `gmail.com googlemail.com outlook.com hotmail.com live.com msn.com icloud.com me.com mac.com aol.com
  proton.me protonmail.com protonmail.ch pm.me gmx.com gmx.net gmx.de gmx.at gmx.ch web.de t-online.de freenet.de
  posteo.de posteo.net mailbox.org fastmail.com fastmail.fm zoho.com zohomail.com yandex.com yandex.ru mail.ru
  tutanota.com tutanota.de tuta.io tuta.com hey.com orange.fr free.fr laposte.net sfr.fr wanadoo.fr libero.it
  virgilio.it terra.com.br uol.com.br bol.com.br ig.com.br sapo.pt qq.com 163.com 126.com naver.com daum.net
  rediffmail.com comcast.net verizon.net att.net sbcglobal.net bellsouth.net cox.net charter.net earthlink.net
  btinternet.com sky.com virginmedia.com ntlworld.com talktalk.net telefonica.net movistar.es seznam.cz wp.pl o2.pl
  interia.pl onet.pl rambler.ru inbox.com rocketmail.com duck.com mail.com email.com usa.com myself.com
  bigpond.com optusnet.com.au shaw.ca rogers.com sympatico.ca`.split(/\s+/),
);
const FREE_MAIL_LABELS = /^(?:gmail|yahoo|ymail|hotmail|outlook|live|icloud|gmx|yandex|protonmail|aol)$/;

/** A support reply that names the customer's address: "your order under …", "the account email …". */
const SUPPORT_CUE =
  /(?:(?:your|their|his|her|the customer'?s?|the client'?s?) (?:account |order |login |billing )?(?:e-?mail|address)|\bunder|registered (?:to|with|under)|(?:account|order) for|su (?:correo|e-?mail)|seu (?:e-?mail|endereco)|votre (?:e-?mail|adresse)|ihre[rn]? (?:e-?mail|adresse))\s*:?\s*$/;

const PERSONAL_CUE =
  /(?<![a-z])(?:personal|private|privat|privada|privado|perso|personnel(?:le)?|pessoal|particular|home|my own|mi correo|meu (?:e-?mail|correio))(?![a-z])/;

export default defineRule({
  description:
    'Personal e-mail addresses: free-mail providers (Gmail, Yahoo, Outlook, iCloud, Proton, GMX, web.de…) or any address introduced as personal.',
  severity: 'warn',
  messages: {
    default:
      'This shares a personal e-mail address ({email}); posting it publicly invites spam and phishing.',
  },
  detect(ctx) {
    const text = ctx.text;
    const hits: Hit[] = [];
    let own: string[] | null = null;
    for (
      let at = text.indexOf('@'), n = 0;
      at !== -1 && n < MAX_CANDIDATES && hits.length < MAX_HITS;
      at = text.indexOf('@', at + 1), n++
    ) {
      // Walk back over the local part; "@handle" after a space has none.
      let start = at;
      while (start > 0 && at - start < 64 && isLocalChar(text.charCodeAt(start - 1))) start--;
      while (start < at && !/[A-Za-z0-9]/.test(text[start] ?? '')) start++;
      if (start === at) continue;
      EMAIL_RE.lastIndex = start;
      const m = EMAIL_RE.exec(text);
      if (!m) continue;
      const email = m[0].replace(/\.+$/, '');
      const domain = (m[1] ?? '').toLowerCase().replace(/\.+$/, '');
      own ??= (ctx.policy.source.organization?.domains ?? []).map((d) => d.toLowerCase().replace(/^@/, ''));
      if (own.some((d) => domain === d || domain.endsWith(`.${d}`))) continue;
      const first = domain.split('.')[0] ?? '';
      let personal = FREE_MAIL_DOMAINS.has(domain) || FREE_MAIL_LABELS.test(first);
      if (!personal) {
        const before = text
          .slice(Math.max(0, start - 60), start)
          .toLowerCase()
          .normalize('NFD')
          .replace(/[\u0300-\u036f]/g, '');
        personal = PERSONAL_CUE.test(before) || SUPPORT_CUE.test(before);
      }
      if (!personal) continue;
      hits.push({ start, end: start + email.length, data: { email } });
      at = start + email.length;
    }
    return hits;
  },
});
