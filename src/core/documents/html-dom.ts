// The slice of linkedom's DOM the HTML reader uses, and a page parsed into it. The project compiles without
// the DOM lib, so the types are declared here.
import { linkedom } from './libraries.js';

export interface DomNode {
  readonly nodeType: number;
  readonly nodeName: string;
  readonly childNodes: ArrayLike<DomNode>;
  readonly textContent: string | null;
}
export interface DomElement extends DomNode {
  readonly tagName: string;
  readonly id: string;
  readonly className: string;
  innerHTML: string;
  getAttribute(name: string): string | null;
  hasAttribute(name: string): boolean;
  querySelector(selector: string): DomElement | null;
  querySelectorAll(selector: string): ArrayLike<DomElement>;
  closest(selector: string): DomElement | null;
  remove(): void;
}
export interface DomDocument {
  readonly head: DomElement;
  readonly body: DomElement;
  querySelector(selector: string): DomElement | null;
  querySelectorAll(selector: string): ArrayLike<DomElement>;
}

export const ELEMENT = 1;
export const TEXT = 3;

/**
 * linkedom builds the tree as written, without the implied <html>/<head>/<body> a browser adds: a fragment
 * or a page missing <body> leaves `document.body` throwing. So the page is split into head and body by hand
 * and poured into a well-formed skeleton.
 */
export function buildDocument(html: string): DomDocument {
  const { document } = linkedom().parseHTML('<!DOCTYPE html><html><head></head><body></body></html>');
  const doc = document as unknown as DomDocument;
  const src = html.replace(/^\ufeff/, '');
  const head = /<head\b[^>]*>([\s\S]*?)<\/head\s*>/i.exec(src);
  const body = /<body\b[^>]*>([\s\S]*?)(?:<\/body\s*>|$)/i.exec(src);
  const wrapper = /<!doctype[^>]*>|<\/?html\b[^>]*>/gi;
  let headHtml = head?.[1] ?? '';
  let bodyHtml: string;
  if (body) {
    bodyHtml = body[1] ?? '';
    if (!head) headHtml = src.slice(0, body.index).replace(wrapper, '');
  } else {
    bodyHtml = (head ? src.slice(0, head.index) + src.slice(head.index + head[0].length) : src).replace(
      wrapper,
      '',
    );
  }
  doc.head.innerHTML = headHtml;
  doc.body.innerHTML = bodyHtml;
  return doc;
}

export function all(root: DomDocument | DomElement, selector: string): DomElement[] {
  try {
    return Array.from(root.querySelectorAll(selector));
  } catch {
    return [];
  }
}
