import { initTRPC } from "@trpc/server";
import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import superjson from "superjson";
import { afterEach, describe, expect, it, vi } from "vitest";
import { z, ZodError } from "zod";
import { BUSY_RETRIES, busyDelayMs, trpc, TRPCClientError } from "./client";
import { decode, encode } from "./wire";

// What procedures answer the browser with: Dates from Prisma rows, optional fields left undefined,
// counts, maps and sets, odd keys. The real superjson is the oracle for both directions.
const outputs: unknown[] = [
  { id: "c1", name: "Ann", archivedAt: new Date("2026-12-04T10:00:00.000Z"), note: undefined },
  [
    { at: new Date(0), n: 1 },
    { at: null, n: Number.NaN },
    { at: new Date("2099-01-01"), n: -0, big: 10n ** 20n },
  ],
  { "dotted.key": { "back\\slash": new Date(5) }, list: [undefined, 1, new Date(7)] },
  {
    byId: new Map<string, unknown>([
      ["a", { at: new Date(1) }],
      ["b.c", 2],
    ]),
    tags: new Set(["x", new Date(2)]),
  },
  { link: new URL("https://example.com/a?b=1"), re: /a.b/gi, inf: [Infinity, -Infinity] },
  new Date("2026-01-02T03:04:05.006Z"),
  undefined,
  null,
  "plain",
  { deep: { deeper: [{ deepest: [new Date(9)] }] } },
];

describe("the browser's superjson reader and writer", () => {
  it("reads every output exactly as superjson does", () => {
    for (const value of outputs) {
      const sent = JSON.stringify(superjson.serialize(value));
      const read = decode(JSON.parse(sent)); // as the client does: in place, on a freshly parsed answer
      expect(read).toEqual(superjson.deserialize(JSON.parse(sent)));
      expect(read).toEqual(value);
    }
  });

  it("reads an object that appears twice in an answer (superjson notes the shared reference)", () => {
    const shared = { at: new Date(3) };
    const value = { a: shared, b: [shared, shared] };
    const wire = JSON.parse(JSON.stringify(superjson.serialize(value)));
    expect(wire.meta.referentialEqualities).toBeDefined();
    expect(decode(wire)).toEqual(value);
  });

  it("writes form inputs that superjson reads back unchanged, Dates, NaN and left-out fields included", () => {
    const inputs: unknown[] = [
      { cohortId: "c1", dueAt: new Date("2026-12-31T23:59:59.999Z"), passMark: null },
      { name: "Org", defaultPassMark: Number.NaN, trainersSeeAllCohorts: true },
      { comment: undefined, levels: [0, 4, -0], "a.b": { "c\\d": new Date(1) }, big: 12n },
      undefined,
      new Date(4),
      ["x", { y: [new Date(6)] }],
    ];
    for (const input of inputs) {
      const sent = JSON.parse(JSON.stringify(encode(input)));
      expect(sent).toEqual(JSON.parse(JSON.stringify(superjson.serialize(input))));
      expect(superjson.deserialize(sent)).toEqual(input);
    }
  });

  it("refuses to send a value it would change", () => {
    expect(() => encode({ files: new Map() })).toThrow(TypeError);
    expect(() => encode({ when: new (class Moment {})() })).toThrow(TypeError);
  });

  it("refuses to read a type it does not know rather than hand back something else", () => {
    expect(() => decode({ json: { x: "1.5" }, meta: { values: { x: [["custom", "Decimal"]] }, v: 1 } })).toThrow(/cannot read/);
    expect(() => decode({ json: { x: {} }, meta: { values: { x: ["Error"] }, v: 1 } })).toThrow(/cannot read/);
    expect(() => decode({ json: { x: {} }, meta: { values: { x: ["toString"] }, v: 1 } })).toThrow(/cannot read/);
  });
});

// A router built like the API's (superjson, the same error formatter) behind tRPC's own fetch handler.
const t = initTRPC.create({
  transformer: superjson,
  errorFormatter({ shape, error }) {
    const fieldErrors = error.cause instanceof ZodError ? z.flattenError(error.cause).fieldErrors : null;
    return { ...shape, message: error.cause instanceof ZodError ? "Some fields need attention." : shape.message, data: { ...shape.data, stack: undefined, fieldErrors } };
  },
});
const seen: Request[] = [];
const router = t.router({
  cohort: t.router({
    rename: t.procedure
      .input(z.object({ cohortId: z.string(), name: z.string().trim().min(1, "Enter a name."), dueAt: z.date().optional() }))
      .mutation(({ input }) => ({ ...input, archivedAt: new Date("2026-12-04T00:00:00Z") })),
    find: t.procedure.input(z.object({ q: z.string() })).query(({ input }) => [{ name: `${input.q}!`, since: new Date(0) }]),
    ping: t.procedure.mutation(() => "pong"),
  }),
});
type Api = {
  cohort: {
    rename: { mutate(i: { cohortId: string; name: string; dueAt?: Date }): Promise<{ cohortId: string; name: string; dueAt?: Date; archivedAt: Date }> };
    find: { query(i: { q: string }): Promise<{ name: string; since: Date }[]> };
    ping: { mutate(): Promise<string> };
  };
};
const api = trpc as unknown as Api;

function serve(answer?: (req: Request) => Response | Promise<Response>) {
  vi.stubGlobal("fetch", async (url: string, init?: RequestInit) => {
    const req = new Request(new URL(url, "http://defuse.test"), init);
    seen.push(req.clone());
    return answer ? answer(req) : fetchRequestHandler({ endpoint: "/api/trpc", req, router, createContext: () => ({}) });
  });
}
afterEach(() => {
  vi.unstubAllGlobals();
  seen.length = 0;
});

describe("the browser's tRPC client against tRPC's fetch handler", () => {
  it("posts a mutation as JSON and gets its Dates back as Dates", async () => {
    serve();
    const dueAt = new Date("2026-12-31T23:59:59.999Z");
    const out = await api.cohort.rename.mutate({ cohortId: "c1", name: " Northwind ", dueAt });
    expect(out).toEqual({ cohortId: "c1", name: "Northwind", dueAt, archivedAt: new Date("2026-12-04T00:00:00Z") });
    expect(seen[0]!.method).toBe("POST");
    expect(new URL(seen[0]!.url).pathname).toBe("/api/trpc/cohort.rename");
    expect(seen[0]!.headers.get("content-type")).toBe("application/json");
    expect(await api.cohort.ping.mutate()).toBe("pong");
  });

  it("reads a query with GET", async () => {
    serve();
    expect(await api.cohort.find.query({ q: "Ann" })).toEqual([{ name: "Ann!", since: new Date(0) }]);
    expect(seen[0]!.method).toBe("GET");
  });

  it("gives a refused input's message and field errors, the shape the forms read", async () => {
    serve();
    const err = await api.cohort.rename.mutate({ cohortId: "c1", name: "  " }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(TRPCClientError);
    expect((err as TRPCClientError).message).toBe("Some fields need attention.");
    expect((err as TRPCClientError).data).toMatchObject({ code: "BAD_REQUEST", httpStatus: 400, fieldErrors: { name: ["Enter a name."] } });
  });

  it("passes on the route's own refusals (a body over the limit) and says so when the answer is not JSON", async () => {
    serve(() => new Response(JSON.stringify({ error: { message: "The request is too large (the limit is 512 KB)." } }), { status: 413 }));
    await expect(api.cohort.ping.mutate()).rejects.toThrow("The request is too large (the limit is 512 KB).");
    serve(() => new Response("<html>Bad gateway</html>", { status: 502 }));
    await expect(api.cohort.ping.mutate()).rejects.toThrow(/answered with an error \(502\).*nothing you typed was lost/);
  });

  it("sends a call again when the server turned it away as busy (nothing done), and gives up with the server's message after a few tries", async () => {
    vi.useFakeTimers();
    try {
      const busy = () =>
        new Response(JSON.stringify({ error: { message: "Defuse is very busy right now, so nothing was done with this request.", data: { code: "BUSY", httpStatus: 503 } } }), {
          status: 503,
          headers: { "content-type": "application/json", "retry-after": "1", "x-defuse-busy": "1" },
        });
      let n = 0;
      serve((req) => (++n <= 2 ? busy() : fetchRequestHandler({ endpoint: "/api/trpc", req, router, createContext: () => ({}) })));
      const out = api.cohort.rename.mutate({ cohortId: "c1", name: "Ann" });
      await vi.runAllTimersAsync();
      expect((await out).name).toBe("Ann");
      // The same call each time: the same path and body.
      expect(seen.map((r) => new URL(r.url).pathname)).toEqual(Array(3).fill("/api/trpc/cohort.rename"));
      expect(new Set(await Promise.all(seen.map((r) => r.text()))).size).toBe(1);

      seen.length = 0;
      serve(busy);
      const failed = api.cohort.ping.mutate().catch((e: unknown) => e);
      await vi.runAllTimersAsync();
      const err = (await failed) as TRPCClientError;
      expect(err).toBeInstanceOf(TRPCClientError);
      expect(err.message).toMatch(/very busy.*nothing was done/);
      expect(err.data).toMatchObject({ code: "BUSY", httpStatus: 503 });
      expect(seen).toHaveLength(BUSY_RETRIES + 1);

      // A 503 that is not the busy answer (the database is down: something may have been done) is not sent again.
      seen.length = 0;
      serve(() => new Response(JSON.stringify({ error: { message: "Defuse cannot reach its database at the moment." } }), { status: 503, headers: { "retry-after": "1" } }));
      await expect(api.cohort.ping.mutate()).rejects.toThrow(/cannot reach its database/);
      expect(seen).toHaveLength(1);
    } finally {
      vi.useRealTimers();
    }
  });

  it("waits the server's Retry-After, a second more per try, spread by jitter, never more than 10 s plus the tries", () => {
    expect(busyDelayMs("1", 0, () => 0.5)).toBe(1000);
    expect(busyDelayMs("1", 2, () => 0.5)).toBe(3000);
    expect(busyDelayMs("1", 0, () => 0)).toBe(750);
    expect(busyDelayMs("1", 0, () => 1)).toBe(1250);
    expect(busyDelayMs(null, 0, () => 0.5)).toBe(1000);
    expect(busyDelayMs("3600", 0, () => 0.5)).toBe(10_000);
  });
});
