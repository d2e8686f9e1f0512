/** The 16 finding categories of ../shared/spec/categories.md, with the reasons of rationale.md. */
export const CATEGORIES = [
  'confidential',
  'credentials',
  'personal-info',
  'customer-data',
  'affiliation-disclaimer',
  'spokesperson',
  'customer-complaint',
  'endorsement',
  'harassment',
  'speculation',
  'competitor',
  'regulated-claims',
  'legal',
  'inclusive-language',
  'accessibility',
  'location',
] as const;

export type Category = (typeof CATEGORIES)[number];

const categorySet: ReadonlySet<string> = new Set(CATEGORIES);
export const isCategory = (value: string): value is Category => categorySet.has(value);

/** Short titles for panels and the popup. */
export const CATEGORY_TITLES: Record<Category, string> = {
  confidential: 'Confidential information',
  credentials: 'Credentials and secrets',
  'personal-info': 'Personal information',
  'customer-data': 'Customer data',
  'affiliation-disclaimer': 'Affiliation disclaimer',
  spokesperson: 'Speaking for the company',
  'customer-complaint': 'Customer complaints',
  endorsement: 'Undisclosed endorsement',
  harassment: 'Harassment',
  speculation: 'Speculation and rumors',
  competitor: 'Competitors',
  'regulated-claims': 'Regulated claims',
  legal: 'Legal matters',
  'inclusive-language': 'Inclusive language',
  accessibility: 'Accessibility',
  location: 'Location and absence',
};

/** The built-in reason behind each category; a policy may replace any of them. */
export const DEFAULT_REASONS: Record<Category, string> = {
  confidential:
    'Internal, embargoed or unannounced information belongs to the company until it is published officially, and the Internet keeps even deleted posts.',
  credentials:
    'A key or password posted in public can be found and used by anyone within minutes; revoke it, do not just delete the post.',
  'personal-info':
    'Phone numbers, addresses, ID and account numbers invite fraud, stalking and identity theft, yours or someone else’s.',
  'customer-data':
    'Customers, clients and patients trust us with their information; naming them or their details in public breaks that trust and privacy law.',
  'affiliation-disclaimer':
    'When you write about your employer in a personal capacity, readers may take it as the company’s view; a short “opinions are my own” makes the difference clear.',
  spokesperson:
    'Only designated people may speak for the company; official statements go through the communications team.',
  'customer-complaint':
    'Complaints and support requests are answered by the support team, who can see the account and follow up; a personal reply can escalate or promise what we cannot keep.',
  endorsement:
    'Promoting the company’s products, or anything you were given, without saying you are connected to it misleads readers and breaks advertising rules (say #ad or #employee).',
  harassment:
    'Insults and threats hurt people and the company, and replying to trolls escalates; report abuse instead of engaging.',
  speculation:
    'Rumors about acquisitions, layoffs or launches can move markets and hurt colleagues; leave announcements to official channels.',
  competitor:
    'Disparaging competitors reflects on the company and can be read as its position; stay fair and factual.',
  'regulated-claims':
    'Promises of returns, “risk-free” products, stock tips and medical claims are regulated; only approved, compliant wording may be published.',
  legal:
    'Comments on ongoing legal matters, admissions of fault and discriminatory remarks can create legal liability.',
  'inclusive-language': 'Inclusive wording respects every reader and reflects the company’s values.',
  accessibility:
    'Posts should be readable by everyone, including people using screen readers: CamelCase hashtags, no ALL CAPS, few emoji in a row, context for links.',
  location: 'Sharing where you are right now, or that your home is empty, can put you at risk.',
};
