/**
 * `pnpm --filter @defuse/roleplay exec tsx src/eval/heldout-author.ts H [--contempt]`: the analyser on a held-out author's
 * adjudicated lines (`v2/heldout-<X>.jsonl`), aggregates and per-label figures only; its items and errors are
 * never printed. H (fifth round) is an author nobody who trains the model or writes its rules has seen: 400 lines,
 * labelled by the author and by a blind second annotator, disagreements settled by a third session. Every run is a
 * look at it; the README logs them. D keeps its place in `eval` (run.ts).
 */
import { existsSync } from "node:fs";
import { join } from "node:path";
import { labelIds, setContempt } from "../analyser/label";
import { DATA_DIR, readJsonl } from "../model/data";
import { printReport } from "../model/report";
import { evaluate } from "./metrics";

// `--contempt`: with the contempt stage on (analyser round 17; off as shipped)
if (process.argv.includes("--contempt")) setContempt(true);

const author = process.argv[2] ?? "H";
// the dev authors (analyser round 14: M, S, AA; round 28: RJ, an Accra-and-Manchester QA coach's 200 lines rich in subtle
// rudeness, labelled by the author alone; never trained on, read freely) come as v2/final-<X>.jsonl
const DEV_AUTHORS = ["M", "S", "AA", "RJ"];
const file = join(DATA_DIR, "v2", DEV_AUTHORS.includes(author) ? `final-${author}.jsonl` : `heldout-${author}.jsonl`);
if (!/^[A-Z]{1,2}$/.test(author) || !existsSync(file)) {
  console.error(`usage: heldout-author.ts <X>, with v2/heldout-<X>.jsonl present`);
  process.exit(2);
}
const items = readJsonl(file, author);
const r = evaluate(items, (u) => labelIds(u.text, { scenario: u.scenario }));
printReport(DEV_AUTHORS.includes(author) ? `dev author ${author} (never trained on)` : `held-out author ${author} (never trained on; aggregates only)`, r, items.length, true);
