/**
 * One error vocabulary for services. Services throw AppError without knowing about HTTP or tRPC;
 * trpc.ts maps the codes to tRPC codes in one place and the UI shows `message` to people.
 */
export type AppErrorCode =
  | "NOT_FOUND"
  | "FORBIDDEN"
  | "UNAUTHORIZED"
  | "CONFLICT"
  | "INVALID_INPUT"
  | "PRECONDITION_FAILED"
  | "TOO_MANY_REQUESTS";

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
export const forbidden = (message = "You do not have permission to do that.") =>
  new AppError("FORBIDDEN", message);

/** True for Prisma's unique-constraint violation (P2002), without importing Prisma here. */
export function isUniqueViolation(err: unknown): boolean {
  if (typeof err !== "object" || err === null) return false;
  const e = err as { code?: unknown; meta?: { driverAdapterError?: { cause?: { originalCode?: unknown } } } };
  // P2002 from model queries; a raw statement reports P2010 with PostgreSQL's own code (23505).
  return e.code === "P2002" || (e.code === "P2010" && e.meta?.driverAdapterError?.cause?.originalCode === "23505");
}
