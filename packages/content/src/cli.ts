import { readFileSync, readdirSync, existsSync, writeFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { rawCatalogue } from "./data";
import { validateCatalogue } from "./integrity";
import { documentJsonSchema, validateDocument } from "./document";
import {
  DEFAULT_RUN_LENGTH,
  FINGERPRINT_ALGORITHM,
  findFingerprintOverlaps,
  findSeedOverlaps,
  seedFingerprints,
  type FingerprintFile,
} from "./originality";
import { contentStats } from "./stats";
import { trainerPack } from "./trainer-pack";

const USAGE = `Usage: content <command>
  export                 print the validated catalogue as JSON on stdout
  export <scenario-id>   print one built-in scenario as a scenario document (add --with-rubric for
                         {"scenario", "rubric"}, the bundle the app imports and exports)
  export --rubric <id>   print one built-in rubric as a rubric document
  schema scenario|rubric|bundle   print the JSON Schema of that document
  stats    print word counts and item counts
  check    validate and check the content against the seed articles (or their fingerprints)
  check <file>           validate a scenario, rubric or bundle document; every problem names its field
  fingerprints  rewrite originality/seed-fingerprints.json from the seed articles`;

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
const fingerprintsFile = resolve(dirname(fileURLToPath(import.meta.url)), "../originality/seed-fingerprints.json");
const readSeeds = () =>
  readdirSync(seedsDir)
    .filter((f) => f.endsWith(".txt"))
    .sort()
    .map((f) => readFileSync(resolve(seedsDir, f), "utf8"));

// A closed pipe (e.g. `| head`) is the reader's choice, not an error.
process.stdout.on("error", (e: NodeJS.ErrnoException) => {
  if (e.code === "EPIPE") process.exit(0);
  throw e;
});

const [command, ...rest] = process.argv.slice(2);
const fail = (message: string): never => {
  process.stderr.write(`${message}\n`);
  process.exit(1);
};
switch (command) {
  case "export": {
    const cat = validated();
    const ids = rest.filter((a) => !a.startsWith("--"));
    if (rest.includes("--rubric")) {
      const rubric = cat.rubrics.find((r) => r.id === ids[0]) ?? fail(`unknown rubric ${JSON.stringify(ids[0] ?? "")}; built-in: ${cat.rubrics.map((r) => r.id).join(", ")}`);
      process.stdout.write(`${JSON.stringify(rubric, null, 2)}\n`);
    } else if (ids[0]) {
      const scenario = cat.scenarios.find((x) => x.id === ids[0]) ?? fail(`unknown scenario ${JSON.stringify(ids[0])}; built-in: ${cat.scenarios.map((x) => x.id).join(", ")}`);
      const doc = rest.includes("--with-rubric") ? { scenario, rubric: cat.rubrics.find((r) => r.id === scenario.rubricId) } : scenario;
      process.stdout.write(`${JSON.stringify(doc, null, 2)}\n`);
    } else {
      process.stdout.write(`${JSON.stringify(cat, null, 2)}\n`);
    }
    break;
  }
  case "schema": {
    const kind = rest[0];
    if (kind !== "scenario" && kind !== "rubric" && kind !== "bundle") fail("usage: content schema scenario|rubric|bundle");
    process.stdout.write(`${JSON.stringify(documentJsonSchema(kind as "scenario" | "rubric" | "bundle"), null, 2)}\n`);
    break;
  }
  case "stats": {
    process.stdout.write(`${JSON.stringify(contentStats(validated()), null, 2)}\n`);
    break;
  }
  case "check": {
    if (rest[0]) {
      // One document from a file: a scenario, a rubric, or a bundle of both.
      let raw: unknown;
      try {
        raw = JSON.parse(readFileSync(rest[0], "utf8"));
      } catch (e) {
        fail(`${rest[0]}: ${(e as Error).message}`);
      }
      const result = validateDocument(raw, { knownRubricIds: (rawCatalogue.rubrics as { id: string }[]).map((r) => r.id) });
      if (!result.ok) {
        for (const e of result.errors) process.stderr.write(`${e}\n`);
        fail(`${rest[0]}: ${result.errors.length} problem(s)`);
      } else {
        process.stdout.write(`valid ${result.value.kind} document\n`);
      }
      break;
    }
    // The curriculum and the team-leader pack: everything trainers and learners read.
    const content = { ...validated(), trainerPack };
    const hits = existsSync(seedsDir)
      ? findSeedOverlaps(content, readSeeds())
      : findFingerprintOverlaps(content, (JSON.parse(readFileSync(fingerprintsFile, "utf8")) as FingerprintFile).fingerprints);
    const against = existsSync(seedsDir) ? "the seed articles" : "the seed articles' fingerprints";
    if (hits.length > 0) {
      for (const h of hits) process.stderr.write(`  - ${h.path}: "${h.run}"\n`);
      process.stderr.write(`${hits.length} eight-word run(s) match ${against}\n`);
      process.exit(1);
    }
    process.stdout.write(`valid; no eight-word runs shared with ${against}\n`);
    break;
  }
  case "fingerprints": {
    if (!existsSync(seedsDir)) {
      process.stderr.write(`seed articles not found at ${seedsDir}\n`);
      process.exit(1);
    }
    const seeds = readSeeds();
    const file: FingerprintFile = { runLength: DEFAULT_RUN_LENGTH, algorithm: FINGERPRINT_ALGORITHM, articles: seeds.length, fingerprints: seedFingerprints(seeds) };
    writeFileSync(fingerprintsFile, `${JSON.stringify(file, null, 2)}\n`);
    process.stdout.write(`wrote ${file.fingerprints.length} fingerprints of ${seeds.length} articles to ${fingerprintsFile}\n`);
    break;
  }
  default:
    process.stderr.write(`${command ? `Unknown command '${command}'\n` : ""}${USAGE}\n`);
    process.exit(2);
}
