#!/usr/bin/env node
// `pnpm format` / `pnpm format:check`: Prettier on the files this branch changes (committed since
// it left main, staged, unstaged or new), not on the whole repository, so that branches worked on
// side by side do not conflict over whitespace (CODE_STYLE.md). Pass paths to format those
// instead, or --all for every file Prettier knows (a one-off, once the branches have merged).
//
//   node scripts/format.mjs [--check] [--all | paths…]
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const argv = process.argv.slice(2);
const check = argv.includes("--check");
const all = argv.includes("--all");
const given = argv.filter((a) => !a.startsWith("--"));
const git = (...args) => execFileSync("git", args, { cwd: root, encoding: "utf8" }).split("\n").filter(Boolean);

function changedFiles() {
  const base = process.env.FORMAT_BASE ?? "main";
  let since = [];
  try {
    since = git("diff", "--name-only", "--diff-filter=ACMR", `${git("merge-base", "HEAD", base)[0]}`, "HEAD");
  } catch {
    console.warn(`format: no branch ${base} to compare with; only uncommitted changes are formatted (set FORMAT_BASE).`);
  }
  const local = [...git("diff", "--name-only", "--diff-filter=ACMR", "HEAD"), ...git("ls-files", "--others", "--exclude-standard")];
  return [...new Set([...since, ...local])].filter((f) => existsSync(path.join(root, f)));
}

const targets = all ? ["."] : given.length ? given : changedFiles();
// Markdown is left as written: Prettier re-wraps list items and code spans across lines badly.
const FORMATTED = /\.(c|m)?(j|t)sx?$|\.(json|css|ya?ml)$/;
const files = all || given.length ? targets : targets.filter((f) => FORMATTED.test(f));
if (files.length === 0) {
  console.log("format: no changed files to format.");
  process.exit(0);
}
const prettier = path.join(root, "node_modules/prettier/bin/prettier.cjs");
const r = spawnSync(process.execPath, [prettier, check ? "--check" : "--write", "--ignore-unknown", ...files], { cwd: root, stdio: "inherit" });
process.exit(r.status ?? 1);
