/**
 * The nine sites the extension guards, as the e2e tests see them: the real URL each fixture
 * is served at (so the extension's host matching runs as in production) and how to drive it.
 */
export type SiteId =
  | 'x'
  | 'linkedin'
  | 'facebook'
  | 'instagram'
  | 'threads'
  | 'reddit'
  | 'mastodon'
  | 'bluesky'
  | 'youtube';

export interface Site {
  id: SiteId;
  /** Real URL the fixture page is served at. */
  url: string;
  /** `origin` of `url`; every request to it is answered by the fixture server. */
  origin: string;
  /** File name stem under tests/fixtures/dist. */
  fixture: SiteId;
  /** The editable element (contenteditable root or textarea). */
  editorSelector: string;
  /** The site's own send button (a Playwright selector: may use `:text-is()`). */
  sendSelector: string;
  /** Key that starts a new line. Instagram's Enter sends the comment, so Shift+Enter there. */
  newlineKey: 'Enter' | 'Shift+Enter';
  /** Keyboard shortcut that sends, where the real site has one. */
  sendShortcut?: 'ControlOrMeta+Enter' | 'Enter';
  /** Element to click before the compose box exists (the page's `__fixture.open()` does the same).
   *  A Playwright selector. */
  opener?: string;
}

const LEXICAL = 'div[contenteditable="true"][role="textbox"][data-lexical-editor="true"]';

const table: Omit<Site, 'origin' | 'fixture'>[] = [
  {
    id: 'x',
    url: 'https://x.com/home',
    editorSelector: '.public-DraftEditor-content[contenteditable="true"][role="textbox"]',
    sendSelector: 'button[data-testid="tweetButtonInline"], button[data-testid="tweetButton"]',
    newlineKey: 'Enter',
    sendShortcut: 'ControlOrMeta+Enter',
  },
  {
    id: 'linkedin',
    url: 'https://www.linkedin.com/feed/',
    editorSelector: '.share-creation-state__text-editor .ql-editor[contenteditable="true"]',
    sendSelector: 'button.share-actions__primary-action',
    newlineKey: 'Enter',
    sendShortcut: 'ControlOrMeta+Enter',
  },
  {
    id: 'facebook',
    url: 'https://www.facebook.com/',
    editorSelector: `div[role="dialog"] ${LEXICAL}`,
    sendSelector: 'div[role="dialog"] div[aria-label="Post"][role="button"]',
    newlineKey: 'Enter',
    opener: 'div[role="button"]:has-text("What\'s on your mind")',
  },
  {
    id: 'instagram',
    url: 'https://www.instagram.com/p/Cxyz/',
    editorSelector: 'form textarea[aria-label="Add a comment…"]',
    sendSelector: 'form div[role="button"]:text-is("Post")',
    newlineKey: 'Shift+Enter',
    sendShortcut: 'Enter',
  },
  {
    id: 'threads',
    url: 'https://www.threads.com/',
    editorSelector: `${LEXICAL}[aria-label="Empty text field. Type to compose a new post."]`,
    sendSelector: 'div[role="button"]:text-is("Post")',
    newlineKey: 'Enter',
    sendShortcut: 'ControlOrMeta+Enter',
  },
  {
    id: 'reddit',
    url: 'https://www.reddit.com/r/dataengineering/comments/abc/post/',
    editorSelector: `shreddit-composer ${LEXICAL}`,
    sendSelector: 'shreddit-composer button[type="submit"]',
    newlineKey: 'Enter',
    sendShortcut: 'ControlOrMeta+Enter',
  },
  {
    id: 'mastodon',
    url: 'https://mastodon.social/home',
    editorSelector: 'form.compose-form textarea.autosuggest-textarea__textarea',
    sendSelector: 'form.compose-form button[type="submit"]',
    newlineKey: 'Enter',
    sendShortcut: 'ControlOrMeta+Enter',
  },
  {
    id: 'bluesky',
    url: 'https://bsky.app/',
    editorSelector: 'div[data-testid="composePostView"] .ProseMirror[contenteditable="true"]',
    sendSelector: 'button[data-testid="composerPublishBtn"]',
    newlineKey: 'Enter',
    sendShortcut: 'ControlOrMeta+Enter',
  },
  {
    id: 'youtube',
    url: 'https://www.youtube.com/watch?v=dQw4w9WgXcQ',
    editorSelector: 'ytd-commentbox div#contenteditable-root[contenteditable="true"]',
    sendSelector: 'ytd-commentbox #submit-button button',
    newlineKey: 'Enter',
    opener: 'ytd-comment-simplebox-renderer #placeholder-area',
  },
];

export const SITES: readonly Site[] = table.map((site) => ({
  ...site,
  origin: new URL(site.url).origin,
  fixture: site.id,
}));

export function site(id: SiteId): Site {
  const found = SITES.find((s) => s.id === id);
  if (!found) throw new Error(`unknown site ${id}`);
  return found;
}
