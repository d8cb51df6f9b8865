/**
 * `compute`, remembered per key object for as long as the key lives: the same dataset, feed copy
 * or document computed once however often it is asked for.
 */
export function cachedBy<K extends object, V>(compute: (key: K) => V): (key: K) => V {
  const cache = new WeakMap<K, V>();
  return (key) => {
    let value = cache.get(key);
    if (value === undefined) {
      value = compute(key);
      cache.set(key, value);
    }
    return value;
  };
}
