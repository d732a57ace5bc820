/**
 * Building DOM nodes without innerHTML. Every value passed as a child becomes a text node, so
 * server data can never turn into markup here. The one exception is {@link appendHighlightedSnippet},
 * which accepts the server's <mark> tags and nothing else.
 */

/**
 * Creates an element.
 * @param {string} tag
 * @param {Record<string, string|number|boolean|null|undefined>} [attributes] null, undefined and false are skipped; true gives an empty attribute
 * @param {...(Node|string|number|null|undefined|Array)} children strings become text nodes
 */
export function el(tag, attributes = {}, ...children) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === null || value === undefined || value === false) continue;
    element.setAttribute(name, value === true ? '' : String(value));
  }
  appendChildren(element, children);
  return element;
}

/** Appends nodes and strings (as text) to a parent, flattening arrays and skipping empty values. */
export function appendChildren(parent, children) {
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false || child === '') continue;
    parent.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return parent;
}

/** Joins pieces with a separator, leaving out the empty ones: join([a, null, b], ' · '). */
export function joinPresent(pieces, separator) {
  const present = pieces.filter((piece) => piece !== null && piece !== undefined && piece !== '');
  return present.flatMap((piece, index) => (index === 0 ? [piece] : [separator, piece]));
}

/**
 * Appends a search snippet: HTML-escaped text in which only <mark> elements are meaningful.
 * The snippet is parsed in an inert template (no scripts or loads run there) and copied over
 * keeping text and <mark> only, so a server that forgot to escape something still cannot inject markup.
 */
export function appendHighlightedSnippet(parent, snippetHtml) {
  const template = document.createElement('template');
  template.innerHTML = snippetHtml ?? '';
  parent.append(copyTextAndMarks(template.content));
  return parent;
}

function copyTextAndMarks(source) {
  const copy = document.createDocumentFragment();
  for (const node of source.childNodes) {
    if (node.nodeType === Node.TEXT_NODE) {
      copy.append(document.createTextNode(node.data));
    } else if (node.nodeType === Node.ELEMENT_NODE && node.localName === 'mark') {
      const mark = document.createElement('mark');
      mark.append(copyTextAndMarks(node));
      copy.append(mark);
    } else if (node.nodeType === Node.ELEMENT_NODE) {
      copy.append(document.createTextNode(node.textContent));
    }
  }
  return copy;
}

/** An error box read out by screen readers as soon as it appears. */
export function errorNotice(message, ...extra) {
  return el('div', { class: 'notice notice-error', role: 'alert' }, el('p', {}, message), ...extra);
}
