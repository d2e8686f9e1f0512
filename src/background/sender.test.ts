import { describe, expect, it } from 'vitest';
import { isExtensionPage } from './sender';

const ORIGIN = 'chrome-extension://abcdefghijklmnop/';

describe('isExtensionPage', () => {
  it.each([
    ['the popup (no tab)', { id: 'x', url: `${ORIGIN}src/ui/popup/index.html` }],
    ['the options page in a tab', { id: 'x', url: `${ORIGIN}src/ui/options/index.html`, tab: { id: 3 } }],
  ])('accepts %s', (_, sender) => {
    expect(isExtensionPage(sender as never, ORIGIN)).toBe(true);
  });

  it.each([
    ['a content script on a site', { id: 'x', url: 'https://www.linkedin.com/feed/', tab: { id: 3 } }],
    ['a page of another extension', { id: 'x', url: 'chrome-extension://zyxwvutsrqponmlk/page.html' }],
    ['a sender without a URL', { id: 'x' }],
    ['a sender with a malformed URL', { id: 'x', url: 'not a url' }],
    ['a site whose path names the extension', { id: 'x', url: `https://evil.example/${ORIGIN}` }],
  ])('refuses %s', (_, sender) => {
    expect(isExtensionPage(sender as never, ORIGIN)).toBe(false);
  });

  it('works with Firefox extension URLs', () => {
    const firefox = 'moz-extension://1b2c3d4e-0000-4000-8000-123456789abc/';
    expect(isExtensionPage({ url: `${firefox}src/ui/options/index.html` }, firefox)).toBe(true);
    expect(isExtensionPage({ url: 'https://bsky.app/' }, firefox)).toBe(false);
  });
});
