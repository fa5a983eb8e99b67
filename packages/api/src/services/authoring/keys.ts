/**
 * The key an authored scenario or rubric is known by (in attempts, assignments, exports): derived from
 * its title, `"The Bill That Tripled (copy)"` → `the-bill-that-tripled-copy`, then `-2`, `-3`… until it
 * is neither taken in the organisation nor a built-in id.
 */
export function keyFromTitle(title: string, fallback: string, taken: ReadonlySet<string>, builtIn: (key: string) => boolean): string {
  const base =
    title
      .toLowerCase()
      .normalize("NFKD")
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-+|-+$/g, "")
      .slice(0, 50)
      .replace(/-+$/, "") || fallback;
  for (let n = 1; ; n++) {
    const key = n === 1 ? base : `${base}-${n}`;
    if (!taken.has(key) && !builtIn(key)) return key;
  }
}

/** The part of `keyFromTitle` that a look-up of taken keys can start from (`startsWith`). */
export function keyBase(title: string, fallback: string): string {
  return keyFromTitle(title, fallback, new Set(), () => false);
}
