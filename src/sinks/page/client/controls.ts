/**
 * The archive controls of the side bar, beside the legend: the time range (a histogram of articles
 * per week or month with two sliders), "in at least N articles", and the "mentioned together" layer.
 * Each keeps its own value and calls `onChange` with the event that changed it; main.ts reads the
 * values and decides what is drawn (visibility.ts).
 */
import { el } from './dom.js';
import { periodLabel, type TimeBuckets } from './timeline.js';

const SVG = 'http://www.w3.org/2000/svg';
const count = (n: number, one: string, many = `${one}s`): string => `${n.toLocaleString('en')} ${n === 1 ? one : many}`;

export interface TimeRange {
  /** Periods from..to, inclusive. */
  range(): [number, number];
  reset(): void;
}

export function mountTimeRange(container: HTMLElement, buckets: TimeBuckets, onChange: (event: Event) => void): TimeRange {
  const last = buckets.starts.length - 1;
  const max = Math.max(1, ...buckets.counts);
  const [w, h] = [200, 44];
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('viewBox', `0 0 ${w} ${h}`);
  svg.setAttribute('class', 'histogram');
  svg.setAttribute('role', 'img');
  svg.setAttribute('aria-label', `Articles per ${buckets.unit}`);
  const barWidth = w / buckets.counts.length;
  const bars = buckets.counts.map((n, k) => {
    const bar = document.createElementNS(SVG, 'rect');
    const height = n ? Math.max(2, (n / max) * h) : 0;
    bar.setAttribute('x', String(k * barWidth + (barWidth > 3 ? 0.5 : 0)));
    bar.setAttribute('width', String(Math.max(0.5, barWidth - (barWidth > 3 ? 1 : 0))));
    bar.setAttribute('y', String(h - height));
    bar.setAttribute('height', String(height));
    const title = document.createElementNS(SVG, 'title');
    title.textContent = `${periodLabel(buckets, k)}: ${count(n, 'article')}`;
    bar.append(title);
    svg.append(bar);
    return bar;
  });
  const slider = (testid: string, label: string, value: number) => {
    const input = el('input', { attrs: { type: 'range', min: '0', max: String(last), step: '1', 'data-testid': testid, 'aria-label': label } });
    input.value = String(value);
    return input;
  };
  const from = slider('time-from', 'From', 0);
  const to = slider('time-to', 'To', last);
  const readout = el('div', { class: 'time-readout', attrs: { 'data-testid': 'time-readout' } });
  const range = (): [number, number] => {
    const [a, b] = [Number(from.value), Number(to.value)];
    return a <= b ? [a, b] : [b, a];
  };
  const show = () => {
    const [a, b] = range();
    bars.forEach((bar, k) => bar.setAttribute('class', k >= a && k <= b ? 'in' : 'out'));
    let articles = buckets.undated;
    for (let k = a; k <= b; k++) articles += buckets.counts[k]!;
    readout.textContent = `${periodLabel(buckets, a)} – ${periodLabel(buckets, b)} · ${count(articles, 'article')}`;
  };
  for (const input of [from, to])
    input.addEventListener('input', (event) => {
      show();
      onChange(event);
    });
  show();
  container.append(svg, el('label', { class: 'slider' }, 'From', from), el('label', { class: 'slider' }, 'To', to), readout);
  return {
    range,
    reset() {
      from.value = '0';
      to.value = String(last);
      show();
    },
  };
}

export interface NumberControl {
  value(): number;
  reset(): void;
}

/** "In at least N articles": hides entities mentioned in fewer (in the time range). */
export function mountMinArticles(container: HTMLElement, most: number, onChange: (event: Event) => void): NumberControl {
  const input = el('input', { attrs: { type: 'number', min: '1', max: String(Math.max(1, most)), step: '1', value: '1', 'data-testid': 'min-articles', 'aria-label': 'Least number of articles' } });
  input.addEventListener('input', (event) => {
    if (Number.isFinite(input.valueAsNumber)) onChange(event);
  });
  container.append(el('label', { class: 'min-articles', title: 'Hide entities named in fewer articles (in the time range)' }, 'In at least ', input, ` article${most === 1 ? '' : 's'} (most: ${most.toLocaleString('en')})`));
  return {
    value: () => (Number.isFinite(input.valueAsNumber) ? Math.max(1, Math.round(input.valueAsNumber)) : 1),
    reset: () => void (input.value = '1'),
  };
}

export interface Toggle {
  on(): boolean;
  set(on: boolean): void;
}

/** The "mentioned together" layer: faint grey links, named apart from the eight relation types. */
export function mountCoMentionLayer(container: HTMLElement, pairs: number, initial: boolean, onChange: (event: Event) => void): Toggle {
  const box = el('input', { attrs: { type: 'checkbox', 'data-testid': 'layer-comentions' } });
  box.checked = initial;
  box.addEventListener('change', onChange);
  const swatch = document.createElementNS(SVG, 'svg');
  swatch.setAttribute('width', '14');
  swatch.setAttribute('height', '14');
  swatch.setAttribute('viewBox', '0 0 14 14');
  const line = document.createElementNS(SVG, 'line');
  for (const [k, v] of Object.entries({ x1: '0', y1: '7', x2: '14', y2: '7', stroke: '#9aa3ad', 'stroke-width': '1.5', 'stroke-dasharray': '2 2' })) line.setAttribute(k, v);
  swatch.append(line);
  container.append(
    el('label', { class: 'filter', title: 'Entities named in the same sentence: not a fact, no relation was read' }, box, swatch, el('span', { class: 'filter-name' }, 'Mentioned together'), el('span', { class: 'count' }, pairs)),
    el('p', { class: 'hint layer-hint' }, 'Not facts: named in one sentence (darker: in 3 or more).'),
  );
  return { on: () => box.checked, set: (on) => void (box.checked = on) };
}
