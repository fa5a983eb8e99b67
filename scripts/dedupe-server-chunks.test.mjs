import { mkdtempSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { dedupeServerChunks } from "./dedupe-server-chunks.mjs";

// A chunk in Turbopack's server format: module ids and factories, padded past the size worth a stub.
const chunk = (id, mapName) => `module.exports=[${id},(a,b,c)=>{b.exports=${JSON.stringify("x".repeat(20_000))}}];\n\n//# sourceMappingURL=${mapName}.js.map\n`;

describe("dedupe-server-chunks", () => {
  it("makes identical chunks load one copy and leaves different ones alone", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "dedupe-chunks-"));
    mkdirSync(path.join(dir, "ssr"));
    writeFileSync(path.join(dir, "ssr/a.js"), chunk(1, "a"));
    writeFileSync(path.join(dir, "ssr/b.js"), chunk(1, "b")); // same code, another name
    writeFileSync(path.join(dir, "ssr/c.js"), chunk(2, "c")); // different code
    writeFileSync(path.join(dir, "package.json"), JSON.stringify({ type: "commonjs" }));

    const rewritten = dedupeServerChunks(dir);

    expect(rewritten.map((r) => path.basename(r.file))).toEqual(["b.js"]);
    expect(readFileSync(path.join(dir, "ssr/c.js"), "utf8")).toBe(chunk(2, "c"));
    const load = createRequire(path.join(dir, "index.js"));
    // The copy is the very same array of factories, so Node holds that code once.
    expect(load("./ssr/b.js")).toBe(load("./ssr/a.js"));
    expect(load("./ssr/b.js")[0]).toBe(1);
    // Running it again changes nothing more.
    expect(dedupeServerChunks(dir)).toEqual([]);
  });
});
