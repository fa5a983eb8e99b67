/**
 * Text PostgreSQL cannot store: a NUL character (refused in text and jsonb alike) and half of a
 * UTF-16 surrogate pair (a `\ud83d` escape with nothing after it: jsonb refuses it, so it used to
 * surface as a 500 from deep in a query). Inputs are checked here first so the person gets a 400
 * that names the field, file or line.
 */

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export type Unstorable = "nul" | "surrogate";

export function unstorableIn(s: string): Unstorable | null {
  if (s.includes("\u0000")) return "nul";
  return LONE_SURROGATE.test(s) ? "surrogate" : null;
}

export function unstorableMessage(kind: Unstorable): string {
  return kind === "nul"
    ? "contains a NUL character (\\0), which cannot be stored; remove it (is this a text file?)"
    : "contains half of an emoji or other character (an unpaired \\ud800–\\udfff), which cannot be stored; remove it";
}

export interface JsonProblem {
  /** `scenario.persona.facts[2]`, or "" for the document itself. */
  path: string;
  message: string;
}

/**
 * The first string (or key) in a parsed JSON value that cannot be stored, or the first place it is
 * nested deeper than `maxDepth`; null when it is fine. Iterative, so no nesting overflows the stack.
 */
export function jsonProblem(value: unknown, maxDepth: number): JsonProblem | null {
  const stack: Array<{ v: unknown; path: string; depth: number }> = [{ v: value, path: "", depth: 0 }];
  while (stack.length > 0) {
    const { v, path, depth } = stack.pop()!;
    if (typeof v === "string") {
      const bad = unstorableIn(v);
      if (bad) return { path, message: unstorableMessage(bad) };
      continue;
    }
    if (v === null || typeof v !== "object") continue;
    if (depth >= maxDepth) return { path, message: `nested more than ${maxDepth} levels deep` };
    if (Array.isArray(v)) {
      for (let i = v.length - 1; i >= 0; i--) stack.push({ v: v[i], path: `${path}[${i}]`, depth: depth + 1 });
      continue;
    }
    const entries = Object.entries(v);
    for (let i = entries.length - 1; i >= 0; i--) {
      const [k, child] = entries[i]!;
      const at = path ? `${path}.${k}` : k;
      const bad = unstorableIn(k);
      if (bad) return { path: at, message: unstorableMessage(bad) };
      stack.push({ v: child, path: at, depth: depth + 1 });
    }
  }
  return null;
}
