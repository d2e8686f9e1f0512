import type { SiteId } from '../../shared/messages';

/** The nine sites' brand names, the same in every language. */
export const SITE_NAMES: Record<SiteId, string> = {
  x: 'X',
  linkedin: 'LinkedIn',
  facebook: 'Facebook',
  instagram: 'Instagram',
  reddit: 'Reddit',
  mastodon: 'Mastodon',
  bluesky: 'Bluesky',
  threads: 'Threads',
  youtube: 'YouTube',
};
