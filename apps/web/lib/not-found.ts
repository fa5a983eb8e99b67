import { notFound } from "next/navigation";
import { TRPCError } from "@trpc/server";

/** For a server page's `.catch`: a procedure's NOT_FOUND becomes the 404 page; anything else is thrown on. */
export function notFoundOnMissing(err: unknown): never {
  if (err instanceof TRPCError && err.code === "NOT_FOUND") notFound();
  throw err;
}
