import { AsyncLocalStorage } from "node:async_hooks";
import { describe, expect, it } from "vitest";
import { DetachedPool } from "../src";
import { DEFAULT_TEST_SERVER_URL, isPostgresReachable } from "../src/testing";

const serverUrl = process.env.TEST_DATABASE_URL || DEFAULT_TEST_SERVER_URL;
const hasPostgres = await isPostgresReachable(serverUrl);

// Next.js keeps each request's state (its response, its render) in AsyncLocalStorage stores, and
// Node gives every socket and timer the stores of the code that created it. A connection or idle
// timer made for a page view must not carry that page view's store, or the finished request stays
// in memory for as long as the connection lives.
describe.skipIf(!hasPostgres)("the database pool", () => {
  it("opens connections and arms idle timers outside the request that needed them", async () => {
    const pool = new DetachedPool({ connectionString: serverUrl, max: 1, idleTimeoutMillis: 50 });
    const requestState = new AsyncLocalStorage<{ request: string }>();
    const seen: Record<string, unknown> = {};
    const connected = new Promise<void>((resolve) => pool.once("connect", () => resolve(void (seen.connect = requestState.getStore() ?? null))));
    const removed = new Promise<void>((resolve) => pool.once("remove", () => resolve(void (seen.idleTimer = requestState.getStore() ?? null))));
    try {
      const answer = await requestState.run({ request: "page view 1" }, async () => {
        const { rows } = await pool.query("select 1 as one");
        // The query itself still resumes inside its request.
        expect(requestState.getStore()).toEqual({ request: "page view 1" });
        return rows[0].one;
      });
      expect(answer).toBe(1);
      await connected;
      await removed; // the idle timer fired and closed the connection
      expect(seen).toEqual({ connect: null, idleTimer: null });
    } finally {
      await pool.end();
    }
  });
});
