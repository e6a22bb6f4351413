/** The URL hash keeps the selection (`#node=<id>` or `#edge=<id>`), so a view can be shared as a link. */
export type Selection = { kind: 'node' | 'edge'; id: string } | undefined;

export function parseHash(hash: string): Selection {
  const m = /^#?(node|edge)=(.+)$/.exec(hash);
  if (!m) return undefined;
  try {
    return { kind: m[1] as 'node' | 'edge', id: decodeURIComponent(m[2]!) };
  } catch {
    return undefined;
  }
}

export function formatHash(selection: Selection): string {
  return selection ? `#${selection.kind}=${encodeURIComponent(selection.id)}` : '';
}
