import { NextRequest } from "next/server";
import { handlers } from "@/server/auth";
import { MAX_FORM_BODY_BYTES, withLimitedBody } from "@/server/request-guard";

export const { GET } = handlers;

/** Sign-in and sign-out posts are a few hundred bytes: the body is capped before Auth.js reads it whole. */
export async function POST(request: NextRequest) {
  const limited = await withLimitedBody(request, MAX_FORM_BODY_BYTES);
  if (limited instanceof Response) return limited;
  return handlers.POST(new NextRequest(limited));
}
