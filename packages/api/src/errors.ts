/**
 * One error vocabulary for services. Services throw AppError without knowing about HTTP or tRPC;
 * trpc.ts maps the codes to tRPC codes in one place and the UI shows `message` to people.
 */
export type AppErrorCode = "NOT_FOUND" | "FORBIDDEN" | "UNAUTHORIZED" | "CONFLICT" | "INVALID_INPUT" | "PRECONDITION_FAILED" | "TOO_MANY_REQUESTS";

export class AppError extends Error {
  readonly code: AppErrorCode;
  /** The form field the message belongs to, so forms can show it next to that field. */
  readonly field?: string;

  constructor(code: AppErrorCode, message: string, opts: { field?: string } = {}) {
    super(message);
    this.name = "AppError";
    this.code = code;
    this.field = opts.field;
  }
}

export const notFound = (what: string) => new AppError("NOT_FOUND", `${what} was not found.`);
export const conflict = (message: string, field?: string) => new AppError("CONFLICT", message, { field });
export const invalid = (message: string, field?: string) => new AppError("INVALID_INPUT", message, { field });
/** The thing exists but is not in a state that allows this (a finished attempt, say). */
export const precondition = (message: string) => new AppError("PRECONDITION_FAILED", message);
export const forbidden = (message = "You do not have permission to do that.") => new AppError("FORBIDDEN", message);

/** True for Prisma's unique-constraint violation (P2002), without importing Prisma here. */
export function isUniqueViolation(err: unknown): boolean {
  if (typeof err !== "object" || err === null) return false;
  const e = err as { code?: unknown; meta?: { driverAdapterError?: { cause?: { originalCode?: unknown } } } };
  // P2002 from model queries; a raw statement reports P2010 with PostgreSQL's own code (23505), and
  // a PREPARED one (sent by @defuse/db straight to pg) pg's error with that code itself.
  return e.code === "P2002" || e.code === "23505" || (e.code === "P2010" && e.meta?.driverAdapterError?.cause?.originalCode === "23505");
}

/** Prisma's codes for "the database cannot be reached": P1001 unreachable, P1002 timed out, P1008 operation timeout, P1017 connection closed, P2024 no pooled connection in time. */
const UNAVAILABLE_PRISMA_CODES = new Set(["P1001", "P1002", "P1008", "P1017", "P2024"]);
/** The driver adapter's kinds of connection failure. */
const UNAVAILABLE_ADAPTER_KINDS = new Set(["DatabaseNotReachable", "ConnectionClosed", "SocketTimeout", "TooManyConnections", "DatabaseUnavailable"]);
/** PostgreSQL SQLSTATEs: connection exceptions (08…), shutting down or starting up (57P01-57P03), too many connections (53300). */
const UNAVAILABLE_SQLSTATE = /^(08\d{3}|57P0[123]|53300)$/;
const UNAVAILABLE_NODE_CODES = new Set(["ECONNREFUSED", "ECONNRESET", "ETIMEDOUT", "EPIPE", "ENOTFOUND"]);

/**
 * True when `err` (or an error it wraps) says the database is down or unreachable, as opposed to a
 * bug: the API answers 503 "try again shortly" for these instead of a 500.
 */
export function isDatabaseUnavailable(err: unknown, depth = 0): boolean {
  if (typeof err !== "object" || err === null || depth > 6) return false;
  const e = err as { code?: unknown; kind?: unknown; originalCode?: unknown; message?: unknown; cause?: unknown; meta?: { driverAdapterError?: { cause?: unknown } } };
  if (typeof e.code === "string" && (UNAVAILABLE_PRISMA_CODES.has(e.code) || UNAVAILABLE_NODE_CODES.has(e.code) || UNAVAILABLE_SQLSTATE.test(e.code))) return true;
  if (typeof e.kind === "string" && UNAVAILABLE_ADAPTER_KINDS.has(e.kind)) return true;
  if (typeof e.originalCode === "string" && UNAVAILABLE_SQLSTATE.test(e.originalCode)) return true;
  if (typeof e.message === "string" && /Connection terminated|Can't reach database server|connect ECONNREFUSED|timeout exceeded when trying to connect/.test(e.message)) return true;
  return isDatabaseUnavailable(e.meta?.driverAdapterError?.cause, depth + 1) || isDatabaseUnavailable(e.cause, depth + 1);
}

export const DATABASE_UNAVAILABLE_MESSAGE = "Defuse cannot reach its database at the moment. Nothing you sent was lost; please try again in a minute.";
