// HTML to paragraphs of text. Block elements become paragraph breaks, <br> a line break; text
// inside them is joined as a browser would show it. clean.ts then tidies the result.
import { parseHTML } from 'linkedom';
import { HTML_JUNK_SELECTORS } from './boilerplate.js';

const BLOCKS = new Set([
  'address', 'article', 'aside', 'blockquote', 'center', 'dd', 'details', 'dialog', 'div', 'dl', 'dt', 'fieldset',
  'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li', 'main', 'nav', 'ol', 'p',
  'pre', 'section', 'summary', 'table', 'tbody', 'thead', 'tfoot', 'tr', 'ul',
]);
const CELLS = new Set(['td', 'th']);

/** HTML_JUNK_SELECTORS sorted by kind, so one walk over the page can test each element cheaply. */
const JUNK = compileSelectors(HTML_JUNK_SELECTORS);

/** Removes everything HTML_JUNK_SELECTORS names (navigation, share widgets, captions, comments …). */
export function removeJunk(root: ParentNode): void {
  const stack: Element[] = Array.from(root.children);
  while (stack.length) {
    const el = stack.pop()!;
    if (isJunk(el)) {
      el.remove();
      continue;
    }
    const children = el.children;
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
  }
}

function isJunk(el: Element): boolean {
  if (JUNK.tags.has(el.localName)) return true;
  const id = el.getAttribute('id');
  if (id && JUNK.ids.has(id)) return true;
  const classes = el.getAttribute('class');
  if (classes && classes.split(/\s+/).some((c) => JUNK.classes.has(c))) return true;
  return JUNK.attributes.some(({ name, value, prefix }) => {
    const v = el.getAttribute(name);
    return v !== null && (prefix ? v.startsWith(value) : v === value);
  });
}

interface CompiledSelectors {
  tags: Set<string>;
  ids: Set<string>;
  classes: Set<string>;
  attributes: Array<{ name: string; value: string; prefix: boolean }>;
}

/** Understands the simple selectors the table uses: `tag`, `.class`, `#id`, `[attr="v"]`, `[attr^="v"]`. */
function compileSelectors(selectors: readonly string[]): CompiledSelectors {
  const out: CompiledSelectors = { tags: new Set(), ids: new Set(), classes: new Set(), attributes: [] };
  for (const selector of selectors) {
    const attribute = /^\[([\w-]+)(\^?)="([^"]*)"\]$/.exec(selector);
    if (/^[a-z][a-z0-9]*$/.test(selector)) out.tags.add(selector);
    else if (/^#[\w-]+$/.test(selector)) out.ids.add(selector.slice(1));
    else if (/^\.[\w-]+$/.test(selector)) out.classes.add(selector.slice(1));
    else if (attribute) out.attributes.push({ name: attribute[1]!, value: attribute[3]!, prefix: attribute[2] === '^' });
    else throw new Error(`HTML_JUNK_SELECTORS: unsupported selector ${selector}`);
  }
  return out;
}

/** The visible text of an element, with blank lines between its blocks. */
export function elementText(root: Node): string {
  const parts: string[] = [];
  // iterative walk: pages can nest deeper than the call stack allows
  const stack: Array<{ node: Node; leaving: boolean }> = [{ node: root, leaving: false }];
  while (stack.length) {
    const { node, leaving } = stack.pop()!;
    if (node.nodeType === 3) {
      parts.push(insidePre(node) ? node.nodeValue ?? '' : (node.nodeValue ?? '').replace(/\s+/g, ' '));
      continue;
    }
    if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) continue;
    const name = (node as Element).localName?.toLowerCase() ?? '';
    if (name === 'br') {
      parts.push('\n');
      continue;
    }
    const block = BLOCKS.has(name);
    if (leaving) {
      if (block) parts.push('\n\n');
      else if (CELLS.has(name)) parts.push(' ');
      continue;
    }
    if (block) parts.push('\n\n');
    stack.push({ node, leaving: true });
    const children = node.childNodes;
    for (let i = children.length - 1; i >= 0; i--) stack.push({ node: children[i]!, leaving: false });
  }
  return parts.join('');
}

/** The text of an HTML fragment (a feed item's content), junk removed. */
export function fragmentText(html: string): string {
  const { document } = parseHTML(`<!DOCTYPE html><html><head></head><body>${html}</body></html>`);
  removeJunk(document.body);
  return elementText(document.body);
}

function insidePre(node: Node): boolean {
  for (let p = node.parentNode; p; p = p.parentNode) {
    if ((p as Element).localName === 'pre') return true;
  }
  return false;
}
