// Boilerplate is data: these tables say what is not story text. clean.ts drops whole lines that
// match BOILERPLATE_LINES; html.ts removes elements that match HTML_JUNK_SELECTORS before extraction.

/** Whole lines (whitespace already collapsed) that blogs and news sites add around a story. */
export const BOILERPLATE_LINES: readonly RegExp[] = [
  /^(?:%d|\d+) bloggers? likes? this:?$/i,
  /^like this:?$/i,
  /^like loading(?:\.{3}|…)?$/i,
  /^(?:share|share this|share this article|share this story|spread the word):?$/i,
  /^share on [\w+ ]{1,30}$/i,
  /^(?:share|print|email|tweet|pin it|whatsapp|facebook|twitter|linkedin|reddit|telegram)$/i,
  /^click to (?:share|email|print)\b/i,
  /^related(?: posts| articles| stories| content)?:?$/i,
  /^(?:you may also like|more from [\w ]{1,40}|recommended(?: for you)?):?$/i,
  /^leave a (?:reply|comment)\b/i,
  /^cancel reply$/i,
  /^(?:\d+ )?comments?:?$/i,
  /^subscribe\b/i,
  /^sign up (?:for|to) (?:our|the) [\w ]{0,30}newsletter/i,
  /^(?:this|our) (?:site|website) uses cookies\b/i,
  /^we use cookies\b/i,
  /^(?:accept|reject|manage) (?:all )?cookies$/i,
  /^(?:advertisement|advertising|sponsored content|story continues below(?: advertisement)?)$/i,
  /^read (?:more|the full (?:story|article))\b/i,
  /^(?:previous|next) (?:post|article|story)\b/i,
  /^(?:posted|filed) (?:in|under)\b.{0,80}$/i,
  /^tags?:/i,
];

/** The longest line checked against BOILERPLATE_LINES: widget text is short, story text is not. */
export const BOILERPLATE_MAX_LINE = 120;

/** Page parts that are never the story: removed from HTML before the article body is sought. */
export const HTML_JUNK_SELECTORS: readonly string[] = [
  // code and embedded objects
  'script', 'style', 'noscript', 'template', 'iframe', 'object', 'embed', 'svg', 'canvas', 'form', 'button', 'select',
  // page furniture
  'nav', 'header', 'footer', 'aside', '[role="navigation"]', '[role="banner"]', '[role="contentinfo"]',
  '[role="complementary"]', '.sidebar', '#sidebar', '.widget', '.breadcrumb', '.breadcrumbs', '.menu',
  // photo captions and credits
  'figcaption', '.wp-caption-text', '.wp-caption', '.caption', '.credit',
  // share and like widgets
  '.sharedaddy', '.share', '.sharing', '.share-buttons', '.social-share', '.social', '.jp-sharing-input-touch',
  '.wpl-likebox', '.sd-like', '.likes-widget-placeholder',
  // related posts
  '.jp-relatedposts', '#jp-relatedposts', '.related', '.related-posts', '.yarpp-related', '.crp_related',
  // comments
  '#comments', '.comments', '.comments-area', '#respond', '.comment-respond', '.comment-list',
  // screen-reader only text
  '.screen-reader-text', '.sr-only', '.visually-hidden', '.visuallyhidden',
  // advertising and notices
  '.ad', '.ads', '.advert', '.advertisement', '.adsbygoogle', '[id^="div-gpt-ad"]', '.cookie-notice',
  '#cookie-notice', '.newsletter', '.subscribe',
];
