/**
 * Groups of ids that name one entity (union-find), with groups that must stay apart: a join that
 * would put two ids of one `apart` group together is refused.
 *   const c = new Clusters([['person:a', 'person:b']]);  c.join('person:a', 'person:b') → false
 */
export class Clusters {
  private parent = new Map<string, string>();
  private members = new Map<string, string[]>();
  /** id → the apart groups (by index) it belongs to. */
  private apartOf = new Map<string, number[]>();

  constructor(apart: string[][] = []) {
    apart.forEach((group, i) => {
      for (const id of group) {
        const list = this.apartOf.get(id) ?? [];
        list.push(i);
        this.apartOf.set(id, list);
      }
    });
  }

  find(id: string): string {
    let x = id;
    for (let p = this.parent.get(x); p !== undefined && p !== x; p = this.parent.get(x)) x = p;
    if (x !== id) this.parent.set(id, x); // a shortcut for the next look-up
    return x;
  }

  /** The ids of the group of `id` (itself alone when never joined). */
  group(id: string): string[] {
    return this.members.get(this.find(id)) ?? [id];
  }

  /** Whether the groups of a and b may become one. */
  canJoin(a: string, b: string): boolean {
    const ra = this.find(a), rb = this.find(b);
    if (ra === rb) return true;
    const seen = new Set<number>();
    for (const id of this.group(ra)) for (const g of this.apartOf.get(id) ?? []) seen.add(g);
    if (!seen.size) return true;
    return !this.group(rb).some((id) => (this.apartOf.get(id) ?? []).some((g) => seen.has(g)));
  }

  /** Joins the groups of a and b; false when they must stay apart. */
  join(a: string, b: string): boolean {
    if (!this.canJoin(a, b)) return false;
    const ra = this.find(a), rb = this.find(b);
    if (ra === rb) return true;
    // The smaller id is the root, so the result does not depend on the order of joins.
    const [root, child] = ra < rb ? [ra, rb] : [rb, ra];
    const joined = [...this.group(root), ...this.group(child)];
    this.parent.set(child, root);
    if (!this.parent.has(root)) this.parent.set(root, root);
    this.members.set(root, joined);
    this.members.delete(child);
    return true;
  }

  /** Every group of two or more ids. */
  groups(): string[][] {
    return [...this.members.values()];
  }
}
