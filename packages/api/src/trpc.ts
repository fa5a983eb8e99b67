import { initTRPC, TRPCError } from "@trpc/server";
import superjson from "superjson";
import { z, ZodError } from "zod";
import type { Context, Role } from "./context";
import { AppError, DATABASE_UNAVAILABLE_MESSAGE, isDatabaseUnavailable, type AppErrorCode } from "./errors";
import { recordAccessDenied } from "./services/account/signInAudit";
import { unstorableIn, type Unstorable } from "./storable";

const TRPC_CODE: Record<AppErrorCode, TRPCError["code"]> = {
  NOT_FOUND: "NOT_FOUND",
  FORBIDDEN: "FORBIDDEN",
  UNAUTHORIZED: "UNAUTHORIZED",
  CONFLICT: "CONFLICT",
  INVALID_INPUT: "BAD_REQUEST",
  PRECONDITION_FAILED: "PRECONDITION_FAILED",
  TOO_MANY_REQUESTS: "TOO_MANY_REQUESTS",
};

export interface ProcedureMeta {
  /** Who may call it; the authorisation matrix test reads this to know what to expect. */
  access: "public" | "signedIn" | "trainer" | "admin";
}

const t = initTRPC
  .context<Context>()
  .meta<ProcedureMeta>()
  .create({
    transformer: superjson,
    errorFormatter({ shape, error }) {
      const cause = error.cause;
      let fieldErrors: Record<string, string[] | undefined> | null = null;
      if (cause instanceof ZodError) fieldErrors = z.flattenError(cause).fieldErrors;
      else if (cause instanceof AppError && cause.field) fieldErrors = { [cause.field]: [cause.message] };
      const message = cause instanceof ZodError ? "Some fields need attention." : error.code === "INTERNAL_SERVER_ERROR" ? "Something went wrong on our side. Please try again." : shape.message;
      return { ...shape, message, data: { ...shape.data, stack: undefined, fieldErrors } };
    },
  });

export const router = t.router;
export const createCallerFactory = t.createCallerFactory;
export const middleware = t.middleware;

/**
 * Maps service AppErrors to tRPC errors in one place, and a database outage to 503 (Service
 * Unavailable) with a message people can act on, instead of a 500 that looks like a bug.
 */
const appErrors = t.middleware(async ({ next }) => {
  const result = await next();
  if (!result.ok && result.error.cause instanceof AppError) {
    const cause = result.error.cause;
    throw new TRPCError({ code: TRPC_CODE[cause.code], message: cause.message, cause });
  }
  if (!result.ok && result.error.code === "INTERNAL_SERVER_ERROR" && isDatabaseUnavailable(result.error.cause)) {
    throw new TRPCError({ code: "SERVICE_UNAVAILABLE", message: DATABASE_UNAVAILABLE_MESSAGE, cause: result.error.cause });
  }
  return result;
});

function unstorable(value: unknown, depth = 0): Unstorable | null {
  if (typeof value === "string") return unstorableIn(value);
  if (depth > 32 || value === null || typeof value !== "object") return null;
  for (const v of Object.values(value)) {
    const bad = unstorable(v, depth + 1);
    if (bad) return bad;
  }
  return null;
}

/**
 * PostgreSQL cannot store a NUL character in text, nor half of a surrogate pair in jsonb, so one
 * used to surface as a 500 from deep in a query. Refused up front, for every procedure, with a
 * message a person can act on.
 */
const refuseNul = t.middleware(async ({ getRawInput, next }) => {
  const bad = unstorable(await getRawInput());
  if (bad === "nul") throw new TRPCError({ code: "BAD_REQUEST", message: "The text contains a NUL character (\\0), which cannot be stored. Remove it and try again." });
  if (bad) throw new TRPCError({ code: "BAD_REQUEST", message: "The text contains half of an emoji or other character, which cannot be stored. Remove it and try again." });
  return next();
});

export const publicProcedure = t.procedure.use(appErrors).use(refuseNul).meta({ access: "public" });

/** What someone still on a temporary password may call: everything else waits for their own password. */
const ALLOWED_BEFORE_PASSWORD_CHANGE = new Set(["me.get", "account.changePassword"]);

function signedIn(ctx: Context, path: string) {
  if (!ctx.user) throw new TRPCError({ code: "UNAUTHORIZED", message: "Please sign in." });
  if (ctx.user.mustChangePassword && !ALLOWED_BEFORE_PASSWORD_CHANGE.has(path)) {
    throw new TRPCError({ code: "FORBIDDEN", message: "Choose your own password first (Account › Change password)." });
  }
  return ctx.user;
}

export const protectedProcedure = publicProcedure.meta({ access: "signedIn" }).use(({ ctx, next, path }) => {
  return next({ ctx: { ...ctx, user: signedIn(ctx, path) } });
});

function requireRole(roles: Role[]) {
  return t.middleware(async ({ ctx, next, path }) => {
    signedIn(ctx, path);
    if (!ctx.user) throw new TRPCError({ code: "UNAUTHORIZED", message: "Please sign in." });
    if (!roles.includes(ctx.user.role)) {
      await recordAccessDenied(ctx.db, ctx.user, `api:${path}`);
      throw new TRPCError({ code: "FORBIDDEN", message: "You do not have permission to do that." });
    }
    return next({ ctx: { ...ctx, user: ctx.user } });
  });
}

/** Trainers and admins: cohort results, assignments, reviews. */
export const trainerProcedure = publicProcedure.meta({ access: "trainer" }).use(requireRole(["TRAINER", "ADMIN"]));
/** Admins only: organisation, people, cohorts. */
export const adminProcedure = publicProcedure.meta({ access: "admin" }).use(requireRole(["ADMIN"]));
