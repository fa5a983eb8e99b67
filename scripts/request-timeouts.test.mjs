import { spawn } from "node:child_process";
import { createRequire } from "node:module";
import net from "node:net";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";

const require = createRequire(import.meta.url);
const { requestTimeouts, DEFAULT_REQUEST_TIMEOUT_MS } = require("./request-timeouts.cjs");
const preload = fileURLToPath(new URL("./request-timeouts.cjs", import.meta.url));

// A server in a child process (so that this process's timers cannot stall it), created the way
// `next start` creates its own: http.createServer(listener), then listen. It answers a POST once
// its whole body has arrived, GET /slow after 2.5 s, anything else at once.
const SERVER = `
const http = require("node:http");
const server = http.createServer((req, res) => {
  if (req.method === "POST") {
    let n = 0;
    req.on("data", (c) => (n += c.length));
    req.on("end", () => res.end("got " + n));
  } else if (req.url === "/slow") setTimeout(() => res.end("slow ok"), 2500);
  else res.end("ok");
});
server.listen(0, "127.0.0.1", () => console.log(server.address().port));
`;

const children = [];
afterAll(() => children.forEach((c) => c.kill()));

async function start(env) {
  const child = spawn(process.execPath, ["--require", preload, "-e", SERVER], { stdio: ["ignore", "pipe", "inherit"], env: { ...process.env, ...env } });
  children.push(child);
  return Number(await new Promise((resolve) => child.stdout.once("data", (d) => resolve(String(d)))));
}

/**
 * Declares a 100-byte body and sends it one byte every `everyMs`, as a slow-loris client does.
 * Resolves with what was read and when the server closed the connection (or `waitMs` passed).
 */
function trickle(port, everyMs, waitMs) {
  return new Promise((resolve) => {
    const started = Date.now();
    const socket = net.connect(port, "127.0.0.1");
    let text = "";
    let sent = 0;
    const done = (how) => {
      clearInterval(timer);
      clearTimeout(deadline);
      socket.destroy();
      resolve({ text, how, ms: Date.now() - started, sent });
    };
    socket.on("data", (d) => {
      text += d;
      if (/got \d+$/.test(text)) done("answered");
    });
    socket.on("error", () => done("error"));
    socket.on("close", () => done("closed"));
    socket.write("POST /upload HTTP/1.1\r\nHost: x\r\nContent-Type: text/plain\r\nContent-Length: 100\r\n\r\n");
    const timer = setInterval(() => {
      if (sent < 100 && !socket.destroyed) {
        socket.write("a", () => {});
        sent++;
      }
    }, everyMs);
    const deadline = setTimeout(() => done("still open"), waitMs);
  });
}

async function get(port, path = "/") {
  const res = await fetch(`http://127.0.0.1:${port}${path}`);
  return `${res.status} ${await res.text()}`;
}

describe("request timeouts (scripts/request-timeouts.cjs)", () => {
  it("defaults to 30 s for the whole request, headers within 20 s, checked every second; WEB_REQUEST_TIMEOUT_MS overrides", () => {
    expect(DEFAULT_REQUEST_TIMEOUT_MS).toBe(30_000);
    expect(requestTimeouts({})).toEqual({ requestTimeout: 30_000, headersTimeout: 20_000, connectionsCheckingInterval: 1_000 });
    expect(requestTimeouts({ WEB_REQUEST_TIMEOUT_MS: "1500" })).toEqual({ requestTimeout: 1_500, headersTimeout: 1_000, connectionsCheckingInterval: 1_000 });
    expect(requestTimeouts({ WEB_REQUEST_TIMEOUT_MS: "nonsense" }).requestTimeout).toBe(30_000);
  });

  it("without it, Node lets a body that trickles in keep its connection (its request timeout is 300 s, checked every 30 s)", async () => {
    const port = await start({ DEFUSE_REQUEST_TIMEOUTS_PRELOAD: "off" });
    const r = await trickle(port, 100, 4_000);
    expect(r.how).toBe("still open");
    expect(r.text).toBe("");
  }, 15_000);

  it("cuts a body that trickles in past the bound with a 408, and the server keeps answering", async () => {
    const port = await start({ WEB_REQUEST_TIMEOUT_MS: "1500" });
    const r = await trickle(port, 100, 8_000);
    expect(r.how).not.toBe("still open");
    expect(r.text).toMatch(/^HTTP\/1\.1 408 /);
    expect(r.sent).toBeLessThan(100);
    // The bound (1.5 s) plus at most one check interval (1 s), with slack for a loaded machine.
    expect(r.ms).toBeGreaterThanOrEqual(1_400);
    expect(r.ms).toBeLessThan(5_000);
    expect(await get(port)).toBe("200 ok");
  }, 20_000);

  it("does not cut a body that arrives within the bound, nor an answer that takes longer than it", async () => {
    const port = await start({ WEB_REQUEST_TIMEOUT_MS: "1500" });
    const r = await trickle(port, 5, 8_000); // 100 bytes in about 0.5 s
    expect(r.how).toBe("answered");
    expect(r.text).toMatch(/^HTTP\/1\.1 200 [\s\S]*got 100$/);
    expect(await get(port, "/slow")).toBe("200 slow ok");
  }, 20_000);
});
