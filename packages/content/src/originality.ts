import { createHash } from "node:crypto";

/**
 * Guards the rule that every word of the curriculum is our own: any run of `n` consecutive words
 * (lower-cased, tokens [a-z']+) shared with a seed article is reported. The articles live outside
 * the repository; `originality/seed-fingerprints.json` keeps a hash of each of their runs (never the
 * text), so the same check runs in a plain checkout and in CI.
 */
export const DEFAULT_RUN_LENGTH = 8;
export const FINGERPRINT_ALGORITHM = "sha256, first 64 bits, of the run's lower-cased words joined by single spaces";

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

/** The fingerprint of one run of words: not reversible to the text, stable across machines. */
export function runFingerprint(run: string): string {
  return createHash("sha256").update(run).digest("hex").slice(0, 16);
}

/** The sorted, distinct fingerprints of every `n`-word run in the seed articles. */
export function seedFingerprints(seeds: string[], n = DEFAULT_RUN_LENGTH): string[] {
  const out = new Set<string>();
  for (const s of seeds) for (const g of ngrams(tokenize(s), n)) out.add(runFingerprint(g));
  return [...out].sort();
}

/**
 * Checks each string on its own and the whole document as one token stream (a checker that
 * flattens the JSON would see runs that cross field boundaries). `isSeedRun` says whether a run
 * appears in the seed articles.
 */
function findOverlaps(content: unknown, isSeedRun: (run: string) => boolean, n: number): Overlap[] {
  const hits: Overlap[] = [];
  const seen = new Set<string>();
  for (const { path, text } of collectStrings(content)) {
    for (const g of ngrams(tokenize(text), n)) {
      if (!seen.has(g) && isSeedRun(g)) {
        seen.add(g);
        hits.push({ path, run: g });
      }
    }
  }
  for (const g of ngrams(tokenize(JSON.stringify(content)), n)) {
    if (!seen.has(g) && isSeedRun(g)) {
      seen.add(g);
      hits.push({ path: "(across fields)", run: g });
    }
  }
  return hits;
}

/** Runs shared with the seed articles' text. */
export function findSeedOverlaps(content: unknown, seeds: string[], n = DEFAULT_RUN_LENGTH): Overlap[] {
  const seedGrams = new Set<string>();
  for (const s of seeds) for (const g of ngrams(tokenize(s), n)) seedGrams.add(g);
  return findOverlaps(content, (g) => seedGrams.has(g), n);
}

/** Runs whose fingerprint is among the seed articles' fingerprints (the check without the articles). */
export function findFingerprintOverlaps(content: unknown, fingerprints: Iterable<string>, n = DEFAULT_RUN_LENGTH): Overlap[] {
  const known = new Set(fingerprints);
  return findOverlaps(content, (g) => known.has(runFingerprint(g)), n);
}

export interface FingerprintFile {
  runLength: number;
  algorithm: string;
  articles: number;
  fingerprints: string[];
}
