/**
 * Building DOM from data. Article text only ever becomes text nodes (never innerHTML), so a name
 * like `<img src=x onerror=…>` shows as written and runs nothing.
 */
export type Child = Node | string | number | null | undefined | false;

export interface Props {
  class?: string;
  title?: string;
  attrs?: Record<string, string>;
  on?: Partial<Record<keyof HTMLElementEventMap, (event: Event) => void>>;
}

export function el<K extends keyof HTMLElementTagNameMap>(tag: K, props: Props = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (props.class) node.className = props.class;
  if (props.title) node.title = props.title;
  for (const [k, v] of Object.entries(props.attrs ?? {})) node.setAttribute(k, v);
  for (const [type, handler] of Object.entries(props.on ?? {})) node.addEventListener(type, handler as EventListener);
  append(node, ...children);
  return node;
}

export function append(parent: Node, ...children: Child[]): void {
  for (const c of children) {
    if (c === null || c === undefined || c === false) continue;
    parent.appendChild(typeof c === 'string' || typeof c === 'number' ? document.createTextNode(String(c)) : c);
  }
}

export function byId<T extends HTMLElement = HTMLElement>(id: string): T {
  const found = document.getElementById(id);
  if (!found) throw new Error(`page is missing #${id}`);
  return found as T;
}

/** A small SVG swatch of a node shape, for the legend. */
export function shapeSwatch(shape: string, color: string, size = 14): SVGSVGElement {
  const ns = 'http://www.w3.org/2000/svg';
  const svg = document.createElementNS(ns, 'svg');
  svg.setAttribute('width', String(size));
  svg.setAttribute('height', String(size));
  svg.setAttribute('viewBox', '0 0 14 14');
  svg.setAttribute('aria-hidden', 'true');
  const shapes: Record<string, [string, Record<string, string>]> = {
    ellipse: ['circle', { cx: '7', cy: '7', r: '6' }],
    'round-rectangle': ['rect', { x: '1', y: '2', width: '12', height: '10', rx: '2.5' }],
    diamond: ['polygon', { points: '7,1 13,7 7,13 1,7' }],
    triangle: ['polygon', { points: '7,1.5 13,12.5 1,12.5' }],
    line: ['rect', { x: '0', y: '5.5', width: '14', height: '3', rx: '1' }],
  };
  const [tag, attrs] = shapes[shape] ?? shapes.ellipse!;
  const s = document.createElementNS(ns, tag);
  for (const [k, v] of Object.entries(attrs)) s.setAttribute(k, v);
  s.setAttribute('fill', color);
  svg.appendChild(s);
  return svg;
}
