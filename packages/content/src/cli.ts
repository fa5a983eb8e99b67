import { readFileSync, readdirSync, existsSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { rawCatalogue } from "./data";
import { validateCatalogue } from "./integrity";
import { findSeedOverlaps } from "./originality";
import { contentStats } from "./stats";

const USAGE = `Usage: content <command>
  export   print the validated catalogue as JSON on stdout
  stats    print word counts and item counts
  check    validate and check the content against the seed articles`;

function validated() {
  const result = validateCatalogue(rawCatalogue);
  if (!result.ok) {
    process.stderr.write(`Content is invalid (${result.errors.length} problem(s)):\n`);
    for (const e of result.errors) process.stderr.write(`  - ${e}\n`);
    process.exit(1);
  }
  return result.catalogue;
}

const seedsDir = resolve(dirname(fileURLToPath(import.meta.url)), "../../../../shared/seeds");

// A closed pipe (e.g. `| head`) is the reader's choice, not an error.
process.stdout.on("error", (e: NodeJS.ErrnoException) => {
  if (e.code === "EPIPE") process.exit(0);
  throw e;
});

const [command] = process.argv.slice(2);
switch (command) {
  case "export": {
    process.stdout.write(`${JSON.stringify(validated(), null, 2)}\n`);
    break;
  }
  case "stats": {
    process.stdout.write(`${JSON.stringify(contentStats(validated()), null, 2)}\n`);
    break;
  }
  case "check": {
    const catalogue = validated();
    if (!existsSync(seedsDir)) {
      process.stdout.write(`valid; seed articles not found at ${seedsDir}, originality not checked\n`);
      break;
    }
    const seeds = readdirSync(seedsDir)
      .filter((f) => f.endsWith(".txt"))
      .map((f) => readFileSync(resolve(seedsDir, f), "utf8"));
    const hits = findSeedOverlaps(catalogue, seeds);
    if (hits.length > 0) {
      for (const h of hits) process.stderr.write(`  - ${h.path}: "${h.run}"\n`);
      process.stderr.write(`${hits.length} eight-word run(s) match the seed articles\n`);
      process.exit(1);
    }
    process.stdout.write("valid; no eight-word runs shared with the seed articles\n");
    break;
  }
  default:
    process.stderr.write(`${command ? `Unknown command '${command}'\n` : ""}${USAGE}\n`);
    process.exit(2);
}
