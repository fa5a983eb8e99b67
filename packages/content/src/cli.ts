import { readFileSync, readdirSync, existsSync, writeFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { rawCatalogue } from "./data";
import { validateCatalogue } from "./integrity";
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
  export   print the validated catalogue as JSON on stdout
  stats    print word counts and item counts
  check    validate and check the content against the seed articles (or their fingerprints)
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
