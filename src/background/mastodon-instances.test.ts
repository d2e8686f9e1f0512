import { describe, expect, it, vi } from 'vitest';

vi.mock('webextension-polyfill', () => ({ default: {} }));
const { originPattern } = await import('./mastodon-instances');

describe('originPattern', () => {
  it.each([
    ['fosstodon.org', 'https://fosstodon.org/*'],
    ['  Hachyderm.io ', 'https://hachyderm.io/*'],
    ['https://mstdn.social/web/home', 'https://mstdn.social/*'],
    ['http://infosec.exchange', 'https://infosec.exchange/*'],
  ])('%j → %j', (input, expected) => {
    expect(originPattern(input)).toBe(expected);
  });

  it.each(['', 'localhost', 'not a host', '*.social', 'https://', '192.168.1.1'])('rejects %j', (input) => {
    expect(originPattern(input)).toBeNull();
  });
});
