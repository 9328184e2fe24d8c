/**
 * The addresses a printed link may have: web and mail. The sanitizer (content/markdown.ts)
 * lets no other through, and `check` warns where a deck's link has another (check/links.ts).
 */
export const LINK_SCHEMES = ['http', 'https', 'mailto'];
