/**
 * The function a CommonJS package exports as `module.exports`. Node hands it over as the default
 * import, while TypeScript (NodeNext) types that default import as the module with a `default` key;
 * this bridges the two without casting at every call site.
 */
export function cjsDefault<T>(mod: { default: T }): T {
  return (mod as { default?: T }).default ?? (mod as unknown as T);
}
