import { spawn } from "node:child_process";
import http from "node:http";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import zlib from "node:zlib";
import { afterAll, describe, expect, it } from "vitest";

const require = createRequire(import.meta.url);
const { gzipLevel } = require("./compression-level.cjs");
const preload = fileURLToPath(new URL("./compression-level.cjs", import.meta.url));
const webDir = fileURLToPath(new URL("../apps/web", import.meta.url));

// A page of the size and kind Next sends (markup and an inlined payload), the same every time.
const PAGE = Array.from({ length: 400 }, (_, i) => `<li class="py-2 text-sm"><a href="/practice/s-${i % 37}">Scenario ${i * 7919 % 1000}</a> · ${i % 100}/100</li>`).join("\n");

// A worker as `next start` runs one: cwd the web app, the preload required first, then Next's own
// copy of the compression middleware loaded the way its router server loads it and put in front
// of every answer.
const SERVER = `
const http = require("node:http");
const compression = require(require("node:module").createRequire(process.cwd() + "/package.json").resolve("next/dist/compiled/compression"));
const compress = (compression.__esModule ? compression.default : compression)();
const page = ${JSON.stringify(PAGE)};
const server = http.createServer((req, res) => {
  compress(req, res, () => {});
  res.setHeader("content-type", "text/html; charset=utf-8");
  res.end(page);
});
server.listen(0, "127.0.0.1", () => console.log(server.address().port));
`;

const children = [];
afterAll(() => children.forEach((c) => c.kill()));

async function start(env) {
  const child = spawn(process.execPath, ["--require", preload, "-e", SERVER], { cwd: webDir, env: { ...process.env, ...env }, stdio: ["ignore", "pipe", "inherit"] });
  children.push(child);
  const port = await new Promise((resolve, reject) => {
    child.stdout.once("data", (d) => resolve(Number(String(d).trim())));
    child.once("exit", (code) => reject(new Error(`server exited with ${code}`)));
  });
  return port;
}

function gzippedPage(port) {
  return new Promise((resolve, reject) => {
    http
      .get({ host: "127.0.0.1", port, path: "/", headers: { "accept-encoding": "gzip" } }, (res) => {
        const chunks = [];
        res.on("data", (c) => chunks.push(c));
        res.on("end", () => resolve({ encoding: res.headers["content-encoding"], body: Buffer.concat(chunks) }));
      })
      .on("error", reject);
  });
}

describe("the gzip level of Next's compression middleware (scripts/compression-level.cjs)", () => {
  it("gzips a page at level 4 by default: what a browser gets is zlib's level-4 output, smaller work than level 6", async () => {
    const { encoding, body } = await gzippedPage(await start({ WEB_GZIP_LEVEL: "" }));
    expect(encoding).toBe("gzip");
    expect(zlib.gunzipSync(body).toString()).toBe(PAGE);
    expect(body.equals(zlib.gzipSync(PAGE, { level: 4 }))).toBe(true);
    expect(body.equals(zlib.gzipSync(PAGE, { level: 6 }))).toBe(false);
  });

  it("takes another level from WEB_GZIP_LEVEL", async () => {
    const { body } = await gzippedPage(await start({ WEB_GZIP_LEVEL: "6" }));
    expect(body.equals(zlib.gzipSync(PAGE, { level: 6 }))).toBe(true);
  });

  it("ignores a WEB_GZIP_LEVEL that is not a level", () => {
    expect(gzipLevel({})).toBe(4);
    expect(gzipLevel({ WEB_GZIP_LEVEL: "1" })).toBe(1);
    expect(gzipLevel({ WEB_GZIP_LEVEL: "12" })).toBe(4);
    expect(gzipLevel({ WEB_GZIP_LEVEL: "fast" })).toBe(4);
  });
});
