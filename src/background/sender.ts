/** Who sent a message to the worker: the extension's own pages, or a content script in a site's tab. */
import type browser from 'webextension-polyfill';

/**
 * True when `sender` is one of the extension's own pages (popup, options), whose
 * URL is on the extension's origin. A content script's sender URL is the site's
 * page. `sender.tab` alone cannot tell: the options page opens in a tab too.
 */
export function isExtensionPage(sender: browser.Runtime.MessageSender, extensionOrigin: string): boolean {
  if (!sender.url) return false;
  try {
    // Compared by scheme and host: URL.origin is "null" for chrome-extension: in some engines.
    const from = new URL(sender.url);
    const own = new URL(extensionOrigin);
    return own.host !== '' && from.protocol === own.protocol && from.host === own.host;
  } catch {
    return false;
  }
}
