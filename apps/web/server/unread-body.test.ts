import { spawn } from "node:child_process";
import net from "node:net";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";

const preload = fileURLToPath(new URL("../../../scripts/unread-body.cjs", import.meta.url));
const fixture = fileURLToPath(new URL("./fixtures/guarded-server.ts", import.meta.url));
const children: ReturnType<typeof spawn>[] = [];
afterAll(() => children.forEach((c) => c.kill()));

/** Starts fixtures/guarded-server.ts in a Node process, with the preload as the workers have it or without; its port. */
async function start(withPreload: boolean, drainMaxBytes = 24 * 1024 * 1024): Promise<number> {
  const args = ["--import", "tsx", ...(withPreload ? ["--require", preload] : []), fixture];
  const child = spawn(process.execPath, args, { stdio: ["ignore", "pipe", "inherit"], env: { ...process.env, DEFUSE_DRAIN_MAX_BYTES: String(drainMaxBytes) } });
  children.push(child);
  return Number(await new Promise<string>((resolve) => child.stdout!.once("data", (d) => resolve(String(d)))));
}

const chunk = Buffer.alloc(1024 * 1024, 97);
const chunked = (c: Buffer) => Buffer.concat([Buffer.from(`${c.length.toString(16)}\r\n`), c, Buffer.from("\r\n")]);

/**
 * Posts `mb` MB with chunked encoding (no Content-Length) and, like most HTTP libraries, reads the
 * answer only once all of it is sent; then sends `then` on the same connection. Returns what was
 * read, with the socket error if there was one.
 */
function post(port: number, mb: number, then = ""): Promise<string> {
  return new Promise((resolve) => {
    const socket = net.connect(port, "127.0.0.1");
    let text = "";
    socket.pause();
    socket.on("data", (d) => (text += d));
    socket.on("error", (e: NodeJS.ErrnoException) => resolve(`${text}<${e.code}>`));
    socket.on("close", () => resolve(text));
    socket.write("POST /api/lti/login HTTP/1.1\r\nHost: x\r\nContent-Type: application/x-www-form-urlencoded\r\nTransfer-Encoding: chunked\r\n\r\n");
    for (let i = 0; i < mb; i++) socket.write(chunked(chunk));
    socket.write("0\r\n\r\n" + then, () => {
      socket.resume();
      setTimeout(() => socket.end(), 1500);
    });
  });
}
const HEALTH = "GET /api/health HTTP/1.1\r\nHost: x\r\n\r\n";

describe("a chunked body over the form limit, as Next.js hands it to the guard", () => {
  it("was answered with a reset instead of its 413 without the preload (the guard's cancel stops the connection being read)", async () => {
    const text = await post(await start(false), 16, HEALTH);
    expect(text).not.toMatch(/HTTP\/1\.1 413/);
    expect(text).toMatch(/<ECONNRESET>|<EPIPE>/);
  }, 30_000);

  it("gets its 413 with the preload, even by a client that reads only after sending it all, and the connection carries the next request", async () => {
    const started = Date.now();
    const text = await post(await start(true), 16, HEALTH);
    expect(text).toMatch(/^HTTP\/1\.1 413 /);
    expect(text).toContain("The request is too large");
    expect(text.match(/HTTP\/1\.1 \d+/g)).toEqual(["HTTP/1.1 413", "HTTP/1.1 200"]);
    expect(Date.now() - started).toBeLessThan(15_000);
  }, 30_000);

  it("is discarded only up to a bound: past it the connection is closed and the server goes on serving", async () => {
    const port = await start(true, 8 * 1024 * 1024);
    expect(await post(port, 32, HEALTH)).not.toMatch(/HTTP\/1\.1 200/);
    expect(await post(port, 0)).toMatch(/^HTTP\/1\.1 200 /);
  }, 30_000);
});
