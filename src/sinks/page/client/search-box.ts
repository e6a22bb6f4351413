/**
 * The search box: debounced; lists matching entities by name or alias and selects the best match,
 * so typing a name is enough to find it. Enter picks the first result, Escape clears.
 */
import { el } from './dom.js';
import { search, type SearchIndex } from './match.js';

const DEBOUNCE_MS = 200;

export interface SearchBoxOptions {
  input: HTMLInputElement;
  results: HTMLElement;
  index: SearchIndex;
  describe: (id: string) => { name: string; type: string };
  choose: (id: string) => void;
}

export function mountSearchBox({ input, results, index, describe, choose }: SearchBoxOptions): { clear(): void } {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let first: string | undefined;

  const close = () => {
    results.replaceChildren();
    results.hidden = true;
  };
  const run = () => {
    const matches = search(index, input.value, 12);
    first = matches[0]?.id;
    results.replaceChildren(
      ...(matches.length
        ? matches.map((m) => {
            const { name, type } = describe(m.id);
            return el(
              'li',
              {},
              el(
                'button',
                { attrs: { type: 'button' }, on: { click: () => (choose(m.id), close()) } },
                el('span', { class: 'result-name' }, name),
                m.matched !== name ? el('span', { class: 'muted' }, ` (${m.matched})`) : null,
                el('span', { class: 'badge' }, type),
              ),
            );
          })
        : input.value.trim()
          ? [el('li', { class: 'muted' }, 'No entity matches.')]
          : []),
    );
    results.hidden = results.children.length === 0;
    if (first) choose(first);
  };

  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(run, DEBOUNCE_MS);
  });
  input.addEventListener('keydown', (e) => {
    if (e.key === 'Enter') {
      clearTimeout(timer);
      run();
      close();
    } else if (e.key === 'Escape') {
      input.value = '';
      close();
    }
  });
  input.addEventListener('blur', () => setTimeout(close, 150));
  return {
    clear() {
      input.value = '';
      close();
    },
  };
}
