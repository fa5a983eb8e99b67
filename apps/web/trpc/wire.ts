/**
 * The browser's side of superjson, the tRPC transformer the API uses (packages/api/src/trpc.ts),
 * without the superjson library (4 kB gzipped that every page with a form used to load).
 *
 * `encode` writes what `superjson.serialize` writes for the values forms send: plain objects and
 * arrays of strings, numbers, booleans and null, plus Dates, undefined, bigints and the numbers
 * JSON cannot hold (NaN, ±Infinity, -0). Anything else (a Map, a File, a class instance) throws
 * rather than arrive changed. `decode` reads what `superjson.serialize` writes, including the
 * Dates, Maps and Sets of procedure outputs; it throws on a type it does not know (a registered
 * class or a custom transformer, which the API does not use). trpc/wire.test.ts checks both against
 * the real superjson.
 */

type Tree = [string | string[], Record<string, Tree>?] | { [path: string]: Tree };
export interface Wire {
  json: unknown;
  meta?: { values?: Tree; v?: number };
}

const escapeKey = (key: string) => key.replace(/\\/g, "\\\\").replace(/\./g, "\\.");

function parsePath(path: string): string[] {
  const out: string[] = [];
  let segment = "";
  for (let i = 0; i < path.length; i++) {
    const c = path[i];
    if (c === "\\") segment += path[++i];
    else if (c === ".") {
      out.push(segment);
      segment = "";
    } else segment += c;
  }
  out.push(segment);
  return out;
}

const isPlain = (v: object) => Array.isArray(v) || [Object.prototype, null].includes(Object.getPrototypeOf(v));

export function encode(input: unknown): Wire {
  const values: Record<string, Tree> = {};
  let root: Tree | undefined;
  const walk = (v: unknown, path: string[]): unknown => {
    const annotate = (type: string, out: unknown) => {
      if (path.length) values[path.map(escapeKey).join(".")] = [type];
      else root = [type];
      return out;
    };
    if (v === undefined) return annotate("undefined", null);
    if (typeof v === "bigint") return annotate("bigint", String(v));
    if (typeof v === "number" && (!Number.isFinite(v) || Object.is(v, -0))) return annotate("number", Object.is(v, -0) ? "-0" : String(v));
    if (v instanceof Date) return annotate("Date", v.toISOString());
    if (typeof v === "function" || typeof v === "symbol") throw new TypeError(`The API client does not send ${typeof v} values.`);
    if (v === null || typeof v !== "object") return v;
    if (!isPlain(v)) throw new TypeError(`The API client does not send ${Object.prototype.toString.call(v)} values.`);
    const copy = (Array.isArray(v) ? [] : {}) as Record<string, unknown>;
    for (const [k, x] of Object.entries(v)) copy[k] = walk(x, [...path, k]);
    return copy;
  };
  const json = walk(input, []);
  const tree = root ?? (Object.keys(values).length ? values : undefined);
  return tree ? { json, meta: { values: tree, v: 1 } } : { json };
}

const untransform: Record<string, ((v: never) => unknown) | undefined> = {
  undefined: () => undefined,
  bigint: (v: string) => BigInt(v),
  Date: (v: string) => new Date(v),
  number: Number,
  URL: (v: string) => new URL(v),
  regexp: (v: string) => new RegExp(v.slice(1, v.lastIndexOf("/")), v.slice(v.lastIndexOf("/") + 1)),
  set: (v: unknown[]) => new Set(v),
  map: (v: [unknown, unknown][]) => new Map(v),
};

/** Sets `fn(value at path)` at `path` inside `root`, and returns the (possibly replaced) root. */
function setDeep(root: unknown, path: string[], fn: (v: never) => unknown): unknown {
  if (!path.length) return fn(root as never);
  let parent = root as Record<string, unknown>;
  for (const key of path.slice(0, -1)) parent = parent[key] as Record<string, unknown>;
  const last = path[path.length - 1]!;
  parent[last] = fn(parent[last] as never);
  return root;
}

/** Reads a freshly parsed answer, in place. */
export function decode(wire: Wire): unknown {
  let value = wire.json;
  // Version 0 paths had no escapes; the server's superjson writes version 1.
  const parse = (key: string) => (wire.meta?.v ? parsePath(key) : key.split("."));
  const apply = (tree: Tree, origin: string[]) => {
    if (!Array.isArray(tree)) {
      for (const [key, sub] of Object.entries(tree)) apply(sub, [...origin, ...parse(key)]);
      return;
    }
    const [type, children] = tree;
    // A registered class, symbol or custom type is an array annotation: none of them is read here.
    const fn = typeof type === "string" && Object.hasOwn(untransform, type) ? untransform[type] : undefined;
    if (!fn) throw new TypeError(`The API answered with a value of type ${JSON.stringify(type)}, which this client cannot read.`);
    // A Map's or Set's own entries first, while it is still an array, then the container itself.
    if (children) for (const [key, sub] of Object.entries(children)) apply(sub, [...origin, ...parse(key)]);
    value = setDeep(value, origin, fn);
  };
  if (wire.meta?.values) apply(wire.meta.values, []);
  // meta.referentialEqualities only says two places held one object; both already hold equal copies.
  return value;
}
