/**
 * `pnpm exec tsx src/model/relabel.ts <decisions.jsonl> [--label rude] [--round "analyser round 18"] [--record <file>] [--dry]`
 *
 * Applies an adjudicator's decisions on one label to the training authors' files (analyser round 18: `rude`, by the
 * taxonomy's definition, over the natural-rate authors' mild forms of contempt). Each decision is
 * {"key": "<author>:<id>", "<label>": true|false, "reason": "..."}; a line whose label already agrees is left as it is.
 * Only that label moves; the line gains a `relabelled` note (appended to an earlier one) and the record file gets
 * {"key", "before", "after", "reason"} per change. The file edited is the one whose labels training reads
 * (data.ts, authorItems): v2/final-<X>.jsonl where it holds the id, else v2/author<X>.jsonl or v2/heldout-<X>.jsonl.
 * Every other line is kept byte for byte, and a changed line keeps its file's JSON style. The held-out authors and
 * the dev authors are refused.
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { LABEL_IDS } from "@defuse/content";
import { DATA_DIR, TRAINING_AUTHORS } from "./data";

const args = process.argv.slice(2);
const opt = (name: string, d: string) => (args.includes(name) ? args[args.indexOf(name) + 1]! : d);
const decisionsFile = args[0];
const label = opt("--label", "rude");
const round = opt("--round", "analyser round 18");
const V2 = join(DATA_DIR, "v2");
const recordFile = opt("--record", join(V2, "relabel-r18.jsonl"));
const dry = args.includes("--dry");
if (!decisionsFile || !existsSync(decisionsFile) || !(LABEL_IDS as readonly string[]).includes(label)) {
  console.error("usage: relabel.ts <decisions.jsonl> [--label rude] [--round <name>] [--record <file>] [--dry]");
  process.exit(2);
}

interface Decision {
  key: string;
  reason?: string;
  [k: string]: unknown;
}
const decisions = readFileSync(decisionsFile, "utf8")
  .split("\n")
  .filter((l) => l.trim())
  .map((l) => JSON.parse(l) as Decision);

/** A file's lines and how its JSON is written (compact or spaced separators, \u escapes or raw characters). */
interface FileState {
  path: string;
  lines: string[];
  compact: boolean;
  ascii: boolean;
  byId: Map<string, number>;
  changed: boolean;
}
const files = new Map<string, FileState>();
function load(path: string): FileState | null {
  if (!existsSync(path)) return null;
  let f = files.get(path);
  if (f) return f;
  const text = readFileSync(path, "utf8");
  const lines = text.split("\n");
  const byId = new Map<string, number>();
  lines.forEach((l, i) => {
    if (l.trim()) byId.set((JSON.parse(l) as { id: string }).id, i);
  });
  f = { path, lines, compact: /^\{"\w+":\S/.test(lines[0] ?? ""), ascii: /\\u[0-9a-fA-F]{4}/.test(text), byId, changed: false };
  files.set(path, f);
  return f;
}
/** Python's json.dumps styles: ", " / ": " or "," / ":", and ensure_ascii. */
function dump(o: unknown, f: FileState): string {
  let s = JSON.stringify(o);
  if (!f.compact) s = respace(s);
  if (f.ascii) s = s.replace(/[\u0080-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
  return s;
}
/** Adds Python's spaces after the separators outside strings. */
function respace(s: string): string {
  let out = "", inStr = false;
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!;
    out += c;
    if (inStr) {
      if (c === "\\") out += s[++i]!;
      else if (c === '"') inStr = false;
    } else if (c === '"') inStr = true;
    else if (c === "," || c === ":") out += " ";
  }
  return out;
}

const NOT_TRAINING = new Set(["T", "K", "L", "O", "Z", "RE", "RG", "M", "S", "AA"]);
const record: string[] = [];
let added = 0, removed = 0, same = 0;
const byAuthor = new Map<string, [number, number]>();
for (const d of decisions) {
  const want = d[label];
  if (typeof want !== "boolean") throw new Error(`decision ${d.key}: "${label}" must be true or false`);
  const [author, id] = d.key.split(":") as [string, string];
  if (NOT_TRAINING.has(author) || !TRAINING_AUTHORS.includes(author)) throw new Error(`decision ${d.key}: ${author} is not a training author`);
  const f = [`final-${author}.jsonl`, `author${author}.jsonl`, `heldout-${author}.jsonl`].map((n) => load(join(V2, n))).find((x) => x?.byId.has(id));
  if (!f) throw new Error(`decision ${d.key}: no training file holds ${id}`);
  const i = f.byId.get(id)!;
  const o = JSON.parse(f.lines[i]!) as { labels: string[]; relabelled?: string };
  const before = [...o.labels];
  if (o.labels.includes(label) === want) {
    same++;
    continue;
  }
  o.labels = want ? [...o.labels, label] : o.labels.filter((l) => l !== label);
  const note = `${round}: ${label} ${want ? "added" : "removed"}; ${d.reason ?? "by the taxonomy's definition (independent adjudicator)"}`;
  o.relabelled = o.relabelled ? `${o.relabelled}; ${note}` : note;
  f.lines[i] = dump(o, f);
  f.changed = true;
  if (want) added++;
  else removed++;
  const c = byAuthor.get(author) ?? [0, 0];
  c[want ? 0 : 1]++;
  byAuthor.set(author, c);
  record.push(JSON.stringify({ key: d.key, before, after: o.labels, reason: d.reason ?? "" }));
}
console.log(`${decisions.length} decisions: ${label} added to ${added}, removed from ${removed}, ${same} already agreed`);
console.log(`by author (added / removed): ${[...byAuthor].sort().map(([a, [p, m]]) => `${a} +${p}/-${m}`).join(", ")}`);
if (!dry) {
  for (const f of files.values()) if (f.changed) writeFileSync(f.path, f.lines.join("\n"));
  writeFileSync(recordFile, record.join("\n") + (record.length ? "\n" : ""));
  console.log(`written: ${[...files.values()].filter((f) => f.changed).map((f) => f.path.slice(V2.length + 1)).join(", ")}; record ${recordFile}`);
}
