import { spawn } from "node:child_process";
import http from "node:http";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { KEEP_ALIVE_TIMEOUT_MS, keepAliveTimeoutMs } from "./keep-alive.mjs";

// Two servers in a child process (so that stalling this process does not stall them): one with
// Node's default keep-alive timeout, one with the workers' (`next start --keepAliveTimeout`). Each
// answers a POST with a 413 without reading its body, as the capped routes do.
const SERVERS = `
import http from "node:http";
import { keepAliveTimeoutMs } from ${JSON.stringify(fileURLToPath(new URL("./keep-alive.mjs", import.meta.url)))};
const handler = (req, res) => {
  if (req.method === "POST") res.writeHead(413, { "content-type": "application/json" }).end('{"error":"too large"}');
  else res.end("ok");
};
const listen = (server) => new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve(server.address().port)));
const nodeDefault = http.createServer(handler);
const ours = http.createServer(handler);
ours.keepAliveTimeout = keepAliveTimeoutMs({});
console.log(JSON.stringify({ nodeDefault: await listen(nodeDefault), ours: await listen(ours) }));
`;

const children = [];
afterAll(() => children.forEach((c) => c.kill()));

async function startServers() {
  const child = spawn(process.execPath, ["--input-type=module", "-e", SERVERS], { stdio: ["ignore", "pipe", "inherit"] });
  children.push(child);
  const line = await new Promise((resolve) => child.stdout.once("data", (d) => resolve(String(d))));
  return JSON.parse(line);
}

/** A client that pools connections like Playwright's request client: a keep-alive agent; a socket error before the answer fails the request. */
function client(port) {
  const agent = new http.Agent({ keepAlive: true });
  const base = `http://127.0.0.1:${port}`;
  return {
    get: () => new Promise((resolve, reject) => http.get(`${base}/api/health`, { agent }, (r) => r.resume().on("end", () => resolve(r.statusCode))).on("error", reject)),
    post: (body) =>
      new Promise((resolve) => {
        let answered = false;
        const req = http.request(`${base}/api/lti/login`, { method: "POST", agent, headers: { "content-type": "application/x-www-form-urlencoded", "content-length": body.length } }, (res) => {
          answered = true;
          res.resume().on("end", () => resolve({ status: res.statusCode }));
        });
        const failed = (e) => answered || resolve({ error: e.code ?? e.message });
        req.on("error", failed);
        req.on("socket", (s) => s.on("error", failed));
        req.end(body);
      }),
    close: () => agent.destroy(),
  };
}

describe("keep-alive connections of the web workers", () => {
  it("outlive Node's default, so a pooled connection the client reuses after a long stall is still open", async () => {
    expect(keepAliveTimeoutMs({})).toBe(KEEP_ALIVE_TIMEOUT_MS);
    expect(keepAliveTimeoutMs({ WEB_KEEP_ALIVE_MS: "90000" })).toBe(90_000);
    expect(keepAliveTimeoutMs({ WEB_KEEP_ALIVE_MS: "soon" })).toBe(KEEP_ALIVE_TIMEOUT_MS);

    const ports = await startServers();
    const nodeDefault = client(ports.nodeDefault);
    const ours = client(ports.ours);
    expect(await nodeDefault.get()).toBe(200);
    expect(await ours.get()).toBe(200);
    // The client's thread is busy for 7 s (in CI: Playwright building and sending a 100 MB body on a
    // loaded machine), so its own idle timer cannot drop the pooled connection first. Atomics.wait
    // blocks without using CPU.
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 7_000);
    const body = Buffer.alloc(16 * 1024 * 1024, 97);
    const [before, after] = await Promise.all([nodeDefault.post(body), ours.post(body)]);
    // The CI failure: Node's default server closed the idle connection after 6 s; the post is written
    // into a closed connection and fails before any answer.
    expect(before.error).toMatch(/EPIPE|ECONNRESET/);
    expect(after).toEqual({ status: 413 });
    nodeDefault.close();
    ours.close();
  }, 30_000);
});
