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
const PAGE = Array.from({ length: 400 }, (_, i) => `<li class="py-2 text-sm"><a href="/practice/s-${i % 37}">Scenario ${(i * 7919) % 1000}</a> · ${i % 100}/100</li>`).join("\n");

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
  const url = new URL(req.url, "http://x");
  res.setHeader("content-type", url.searchParams.get("type") ?? "text/html; charset=utf-8");
  if (url.searchParams.has("cache")) res.setHeader("cache-control", url.searchParams.get("cache"));
  if (url.pathname !== "/streamed") return res.end(page);
  // As Next sends a page: the headers flushed before the first chunk, a flush after every chunk.
  res.setHeader("vary", "rsc, next-router-state-tree");
  const third = Math.floor(page.length / 3);
  res.flushHeaders();
  res.write(page.slice(0, third));
  res.flush?.();
  setImmediate(() => {
    res.write(Buffer.from(page.slice(third, 2 * third)));
    res.flush?.();
    setImmediate(() => res.end(page.slice(2 * third)));
  });
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

function gzippedPage(port, path = "/", acceptEncoding = "gzip", method = "GET") {
  return new Promise((resolve, reject) => {
    const headers = acceptEncoding === null ? {} : { "accept-encoding": acceptEncoding };
    http
      .request({ host: "127.0.0.1", port, path, method, headers }, (res) => {
        const chunks = [];
        res.on("data", (c) => chunks.push(c));
        res.on("end", () => {
          const body = Buffer.concat(chunks);
          const encoding = res.headers["content-encoding"];
          const text = encoding === "gzip" ? zlib.gunzipSync(body).toString() : encoding === "deflate" ? zlib.inflateSync(body).toString() : body.toString();
          resolve({ encoding, body, text, length: res.headers["content-length"], chunked: res.headers["transfer-encoding"] === "chunked", vary: res.headers.vary });
        });
      })
      .on("error", reject)
      .end();
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

  it("gzips a page or its RSC payload, which Next streams in chunks, in one piece with its length: what the browser reads is the same", async () => {
    const port = await start({ WEB_GZIP_LEVEL: "" });
    // The RSC payload (text/x-component) is what a client-side navigation fetches instead of the page.
    for (const [path, acceptEncoding] of ["/streamed", "/streamed?type=text/x-component"].flatMap((p) => ["gzip", "gzip, deflate, br, zstd", "deflate, gzip;q=1.0", "br;q=1, gzip, *"].map((e) => [p, e]))) {
      const got = await gzippedPage(port, path, acceptEncoding);
      expect(got.encoding).toBe("gzip");
      expect(got.text).toBe(PAGE);
      expect(got.body.equals(zlib.gzipSync(PAGE, { level: 4 }))).toBe(true);
      expect(got.length).toBe(String(got.body.length));
      expect(got.chunked).toBe(false);
      expect(got.vary).toBe("rsc, next-router-state-tree, Accept-Encoding");
    }
  });

  it("leaves every other answer to the middleware, as with WEB_GZIP_WHOLE_PAGES=off", async () => {
    const [whole, streamed] = await Promise.all([start({ WEB_GZIP_LEVEL: "" }), start({ WEB_GZIP_LEVEL: "", WEB_GZIP_WHOLE_PAGES: "off" })]);
    const cases = [
      ["/streamed", "identity, gzip"],
      ["/streamed", "gzip;q=0.5, identity"],
      ["/streamed", "deflate"],
      ["/streamed", null],
      ["/streamed?cache=no-store,%20no-transform", "gzip"],
      ["/streamed?type=application/json", "gzip"],
      ["/streamed?type=text/plain", "gzip"],
      ["/streamed?type=text/x-component", "deflate"],
      ["/streamed?type=text/x-component", "identity, gzip"],
      ["/", "gzip"],
    ];
    for (const [path, acceptEncoding] of cases) {
      const [a, b] = await Promise.all([gzippedPage(whole, path, acceptEncoding), gzippedPage(streamed, path, acceptEncoding)]);
      expect({ path, acceptEncoding, encoding: a.encoding, text: a.text, vary: a.vary }).toEqual({ path, acceptEncoding, encoding: b.encoding, text: b.text, vary: b.vary });
      expect(a.text).toBe(PAGE);
    }
    const head = await gzippedPage(whole, "/streamed", "gzip", "HEAD");
    expect(head.body.length).toBe(0);
  });

  it("ignores a WEB_GZIP_LEVEL that is not a level", () => {
    expect(gzipLevel({})).toBe(4);
    expect(gzipLevel({ WEB_GZIP_LEVEL: "1" })).toBe(1);
    expect(gzipLevel({ WEB_GZIP_LEVEL: "12" })).toBe(4);
    expect(gzipLevel({ WEB_GZIP_LEVEL: "fast" })).toBe(4);
  });
});
