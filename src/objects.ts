/** Small object helpers shared by the stages. */

/**
 * Copies the listed fields of `from` that have a value (not undefined, null or '') onto `to`, so
 * optional fields are left out of the JSON rather than written empty.
 */
export function copyPresent<T extends object, K extends keyof T>(to: Partial<T>, from: Partial<T>, keys: readonly K[]): void {
  for (const key of keys) {
    const value = from[key];
    if (value !== undefined && value !== null && value !== '') to[key] = value;
  }
}
