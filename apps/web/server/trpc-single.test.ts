import { initTRPC, TRPCError, type AnyRouter } from "@trpc/server";
import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import superjson from "superjson";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { appRouter, createContextInner, type SessionUser } from "@defuse/api";
import type { Db } from "@defuse/db";
import { answerSingleMutation } from "./trpc-single";

// answerSingleMutation must answer a mutation called on its own exactly as tRPC's fetch adapter does
// (status, headers, JSON, what the error hook is told), or leave the request to it (null).

type Seen = Array<{ code: string; path: string | undefined; input: unknown; hasCtx: boolean }>;

async function bothWays<TContext>(router: AnyRouter, path: string, body: string, createContext: () => Promise<TContext>) {
  const seenFetch: Seen = [];
  const seenSingle: Seen = [];
  const viaFetch = await fetchRequestHandler({
    endpoint: "/api/trpc",
    req: new Request(`http://localhost/api/trpc/${path}`, { method: "POST", headers: { "content-type": "application/json" }, body }),
    router,
    createContext,
    onError: ({ error, path: p, input, ctx }) => seenFetch.push({ code: error.code, path: p, input, hasCtx: ctx !== undefined }),
  });
  const single = await answerSingleMutation({
    router,
    path,
    body,
    createContext,
    onError: ({ error, path: p, input, ctx }) => seenSingle.push({ code: error.code, path: p, input, hasCtx: ctx !== undefined }),
  });
  const fetchHeaders = Object.fromEntries(viaFetch.headers);
  return {
    fetch: { status: viaFetch.status, headers: fetchHeaders, body: await viaFetch.text(), seen: seenFetch },
    single: single && { status: single.status, headers: Object.fromEntries(single.headers), body: single.body, seen: seenSingle },
  };
}

// (isDev false: no stack traces in error shapes, which differ between the two call paths)
const t = initTRPC.context<{ who: string }>().create({ transformer: superjson, isDev: false });
const edgeCases = t.router({
  echo: t.procedure.input(z.object({ when: z.date(), tags: z.set(z.string()) })).mutation(({ input, ctx }) => ({ ...input, who: ctx.who, at: new Date(0), big: 10n })),
  conflict: t.procedure.mutation(() => {
    throw new TRPCError({ code: "CONFLICT", message: "Taken" });
  }),
  crash: t.procedure.mutation(() => {
    throw new Error("boom");
  }),
  stream: t.procedure.mutation(() => ({ later: Promise.resolve(1) })),
  nothing: t.procedure.mutation(() => undefined),
  read: t.procedure.query(() => "a query"),
  nested: t.router({ deep: t.procedure.input(z.string()).mutation(({ input }) => input.toUpperCase()) }),
});
const ctx = () => Promise.resolve({ who: "ann" });

describe("a mutation called on its own, without the fetch adapter (trpc-single.ts)", () => {
  it("answers as the fetch adapter does: superjson data both ways, thrown errors, failed input and context, a stream-like answer", async () => {
    const cases: Array<[string, string, () => Promise<{ who: string }>]> = [
      ["echo", JSON.stringify(superjson.serialize({ when: new Date(Date.UTC(2026, 11, 5)), tags: new Set(["a", "b"]) })), ctx],
      ["echo", JSON.stringify({ json: { when: "not a date", tags: [] } }), ctx],
      ["echo", JSON.stringify({ json: { when: "2026-12-05T00:00:00.000Z", tags: [] }, meta: { values: { when: ["nonsense"] } } }), ctx],
      ["conflict", "{}", ctx],
      ["crash", "{}", ctx],
      ["stream", "{}", ctx],
      ["nothing", "{}", ctx],
      ["nested.deep", JSON.stringify({ json: "shout" }), ctx],
      ["conflict", "{}", () => Promise.reject(new TRPCError({ code: "UNAUTHORIZED", message: "No session" }))],
      ["echo", "{}", () => Promise.reject(new Error("database down"))],
    ];
    for (const [path, body, context] of cases) {
      const r = await bothWays(edgeCases, path, body, context);
      expect(r.single, `${path} ${body}`).toEqual(r.fetch);
    }
  });

  it("leaves to the fetch adapter what it does not answer the same way: not JSON, not a mutation, no such procedure", async () => {
    for (const [path, body] of [
      ["echo", "{not json"],
      ["echo", ""],
      ["read", "{}"],
      ["missing", "{}"],
      ["nested", "{}"],
    ] as const) {
      const r = await bothWays(edgeCases, path, body, ctx);
      expect(r.single, `${path} ${body}`).toBeNull();
      expect(r.fetch.status).toBeGreaterThanOrEqual(400);
    }
  });

  it("answers the app's own procedures as the fetch adapter does: signed out, invalid input, NUL, too long, a temporary password, a query", async () => {
    // Each of these is refused before the database is touched.
    const db = {} as Db;
    const learner: SessionUser = { id: "u1", email: "l@x.test", name: "L", role: "LEARNER", orgId: "o1" };
    const as = (user: SessionUser | null) => () => Promise.resolve(createContextInner({ db, user, ip: "127.0.0.1", origin: "http://localhost" }));
    const turn = (input: unknown) => JSON.stringify(superjson.serialize(input));
    const cases: Array<[string, string, ReturnType<typeof as>]> = [
      ["learner.takeTurn", turn({ attemptId: "a", clientTurnId: "c", text: "hello" }), as(null)],
      ["learner.takeTurn", turn({ attemptId: "a", clientTurnId: 7, text: "hello" }), as(learner)],
      ["learner.takeTurn", turn({ attemptId: "a", clientTurnId: "c", text: "nul \u0000 here" }), as(learner)],
      ["learner.takeTurn", turn({ attemptId: "a", clientTurnId: "c", text: "x".repeat(5000) }), as(learner)],
      ["learner.takeTurn", turn({ attemptId: "a", clientTurnId: "c", text: "hello" }), as({ ...learner, mustChangePassword: true })],
    ];
    for (const [path, body, context] of cases) {
      const r = await bothWays(appRouter, path, body, context);
      expect(r.single, `${path} ${body.slice(0, 80)}`).toEqual(r.fetch);
      expect(r.fetch.status).toBeGreaterThanOrEqual(400);
    }
    expect((await bothWays(appRouter, "me.get", "{}", as(learner))).single).toBeNull();
  });
});
