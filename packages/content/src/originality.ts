/**
 * Guards the rule that every word of the curriculum is our own: any run of `n` consecutive words
 * (lower-cased, tokens [a-z']+) shared with a seed article is reported.
 */
export const DEFAULT_RUN_LENGTH = 8;

export function tokenize(text: string): string[] {
  return text.toLowerCase().match(/[a-z']+/g) ?? [];
}

export function ngrams(tokens: string[], n: number): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i + n <= tokens.length; i++) out.add(tokens.slice(i, i + n).join(" "));
  return out;
}

/** Every string inside a value, with a dotted path so a hit can be traced to its item and field. */
export function collectStrings(value: unknown, path = ""): Array<{ path: string; text: string }> {
  if (typeof value === "string") return [{ path, text: value }];
  if (Array.isArray(value)) return value.flatMap((v, i) => collectStrings(v, `${path}[${i}]`));
  if (value && typeof value === "object") {
    return Object.entries(value as Record<string, unknown>).flatMap(([k, v]) =>
      collectStrings(v, path ? `${path}.${k}` : k),
    );
  }
  return [];
}

export interface Overlap {
  path: string;
  run: string;
}

/**
 * Checks each string on its own and the whole document as one token stream (a checker that
 * flattens the JSON would see runs that cross field boundaries).
 */
export function findSeedOverlaps(content: unknown, seeds: string[], n = DEFAULT_RUN_LENGTH): Overlap[] {
  const seedGrams = new Set<string>();
  for (const s of seeds) for (const g of ngrams(tokenize(s), n)) seedGrams.add(g);
  const hits: Overlap[] = [];
  const seen = new Set<string>();
  for (const { path, text } of collectStrings(content)) {
    for (const g of ngrams(tokenize(text), n)) {
      if (seedGrams.has(g) && !seen.has(g)) {
        seen.add(g);
        hits.push({ path, run: g });
      }
    }
  }
  for (const g of ngrams(tokenize(JSON.stringify(content)), n)) {
    if (seedGrams.has(g) && !seen.has(g)) {
      seen.add(g);
      hits.push({ path: "(across fields)", run: g });
    }
  }
  return hits;
}
