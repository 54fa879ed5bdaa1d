/*
 * HTML elements as both readers of saved pages (the extractor's element walk and the ingest's streaming parser)
 * see them. Each adds its own few: the walk keeps page chrome and splits table cells, the parser drops chrome.
 */

/** Elements whose content is never a readout's text: code, media, forms, navigation. */
export const NO_TEXT_ELEMENTS = [
  'head',
  'script',
  'style',
  'noscript',
  'template',
  'nav',
  'form',
  'button',
  'select',
  'textarea',
  'dialog',
  'iframe',
  'svg',
  'math',
  'object',
  'embed',
  'canvas',
  'audio',
  'video',
] as const;

/** Elements that start and end a paragraph. */
export const BLOCK_ELEMENTS = [
  'address',
  'article',
  'blockquote',
  'body',
  'center',
  'dd',
  'div',
  'dl',
  'dt',
  'figcaption',
  'figure',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'hr',
  'li',
  'main',
  'ol',
  'p',
  'pre',
  'section',
  'table',
  'tr',
  'ul',
] as const;
