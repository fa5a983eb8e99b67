import { AppError, buildDeepLinkResponse, deepLinkErrorKey, loadSessionUser } from "@defuse/api";
import { db } from "../../../../server/db";
import { serverEnv } from "../../../../server/env";
import { MAX_FORM_BODY_BYTES, withLimitedBody } from "../../../../server/request-guard";
import { escapeHtml, ltiBaseUrl, ltiPage, postedForm } from "../../../../server/lti";
import { sessionRef } from "../../../../server/session";

/**
 * The picker's submission: signs the LtiDeepLinkingResponse with the registration's key and
 * form-posts it back to the platform's return URL (the only place this page may post to).
 */
export async function POST(request: Request) {
  const origin = request.headers.get("origin");
  if (origin && origin !== new URL(request.url).origin && origin !== ltiBaseUrl(request)) return new Response("Cross-site request refused.", { status: 403 });
  const user = await loadSessionUser(db(), await sessionRef(request.headers));
  if (!user || user.role === "LEARNER") return ltiPage({ status: 403, title: "Only teachers can add Defuse activities", body: `<p role="alert">Sign in again from your course.</p>` });
  // Capped before the form is read, as on the other LTI posts: a few item ids and a context token.
  const limited = await withLimitedBody(request, MAX_FORM_BODY_BYTES);
  if (limited instanceof Response) return limited;
  const form = await postedForm(limited);
  if (form instanceof Response) return form;
  const context = String(form.get("ctx") ?? "");
  const itemIds = form.getAll("itemIds").map(String).slice(0, 100);
  try {
    const { returnUrl, jwt } = await buildDeepLinkResponse(db(), user, { context, itemIds }, { baseUrl: ltiBaseUrl(request), secret: serverEnv().AUTH_SECRET });
    return ltiPage({
      status: 200,
      title: "Adding to your course",
      formAction: new URL(returnUrl).origin,
      body: `<form method="post" action="${escapeHtml(returnUrl)}"><input type="hidden" name="JWT" value="${escapeHtml(jwt)}"><p role="status">Sending your choice to the course…</p><button type="submit">Continue</button></form><script>document.forms[0].submit()</script>`,
    });
  } catch (e) {
    if (!(e instanceof AppError)) throw e;
    const back = new URL("/lti/deep-link", ltiBaseUrl(request));
    back.searchParams.set("ctx", context);
    back.searchParams.set("error", deepLinkErrorKey(e.message));
    return Response.redirect(back, 303);
  }
}
