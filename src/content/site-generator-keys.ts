// A bank kept on a website carries its site generator's front matter (Hugo's `weight`, Jekyll's
// `permalink`, Docusaurus's `sidebar_position`): keys for the site, not for us, and not typos.
// Warned one by one (or counted as unread), they buried the warnings that matter.

/** Front matter keys of Hugo, Jekyll, Docusaurus, VuePress/VitePress, Just the Docs and blog themes. */
const GENERATOR_KEYS = new Set([
  // Hugo
  'weight', 'draft', 'slug', 'lastmod', 'publishDate', 'expiryDate', 'linkTitle', 'menu', 'type', 'url', 'summary', 'keywords', 'series', 'toc', 'showToc', 'images',
  // Jekyll
  'layout', 'permalink', 'categories', 'published', 'excerpt', 'last_modified_at', 'redirect_from', 'toc_label', 'toc_sticky', 'author_profile', 'comments',
  // Docusaurus
  'sidebar_position', 'sidebar_label', 'sidebar_class_name', 'displayed_sidebar', 'hide_title', 'hide_table_of_contents', 'pagination_label', 'pagination_next', 'pagination_prev', 'custom_edit_url', 'last_update', 'image',
  // VuePress, VitePress
  'sidebar', 'sidebarDepth', 'navbar', 'outline', 'editLink', 'lastUpdated', 'prev', 'next', 'pageClass',
  // Just the Docs
  'nav_order', 'parent', 'grand_parent', 'has_children', 'nav_exclude',
  // blog themes
  'cover', 'thumbnail', 'featured_image', 'canonical', 'canonicalURL', 'pubDate', 'updatedDate', 'heroImage', 'draft_date',
]);

/** Whether a front matter key is a site generator's own (`weight`, `sidebar_position`, `permalink`). */
export const isGeneratorKey = (key: string): boolean => GENERATOR_KEYS.has(key);

/** Page layouts site generators name in `layout:` (Jekyll's `post`, Hugo's `single`): the site's, not a bank layout misspelt. */
const GENERATOR_LAYOUTS = /^(?:post|posts|page|pages|default|single|list|doc|docs|blog|article|home|note|notes|wiki|none)$/i;

/** Whether a `layout:` value is a site generator's page layout rather than a bank layout. */
export const isGeneratorLayout = (value: unknown): boolean => typeof value === 'string' && GENERATOR_LAYOUTS.test(value.trim());
