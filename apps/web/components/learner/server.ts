import "server-only";
import { notFound } from "next/navigation";
import { TRPCError } from "@trpc/server";

/** Runs a procedure for a page; a NOT_FOUND (unknown id, or someone else's row) becomes the 404 page. */
export async function orNotFound<T>(p: Promise<T>): Promise<T> {
  try {
    return await p;
  } catch (err) {
    if (err instanceof TRPCError && (err.code === "NOT_FOUND" || err.code === "BAD_REQUEST")) notFound();
    throw err;
  }
}

export { minutes } from "./curriculum-html";
