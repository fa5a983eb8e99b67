/**
 * Speed round 24: a table of words (an object literal) read through a Map. `table[w]` and `w in table` with a word of the text,
 * a string made afresh for each token, had V8 look the word up in its table of internalised strings at every read: nearly half
 * the tokeniser's time and most of the sum finder's. A Map hashes the word once. The answers are the object's: its own words,
 * then those every object literal inherits from Object.prototype (so "constructor" is in every table, as it was).
 */
const INHERITED = new Set(Object.getOwnPropertyNames(Object.prototype));

export interface WordTable<V> {
  /** `table[w]` */
  get(w: string | undefined): V | undefined;
  /** `w in table` */
  has(w: string | undefined): boolean;
}

export function wordTable<V>(table: Record<string, V>): WordTable<V> {
  const own = new Map<string | undefined, V>(Object.entries(table));
  return {
    get: (w) => {
      const v = own.get(w);
      if (v !== undefined) return v;
      return w !== undefined && INHERITED.has(w) ? table[w] : undefined;
    },
    has: (w) => own.has(w) || (w !== undefined && INHERITED.has(w)),
  };
}
