import { LaunchError, startLogin } from "@defuse/api";
import { clientIp } from "../../../../server/client-ip";
import { db } from "../../../../server/db";
import { ltiLoginWaitFor } from "../../../../server/lti-login-throttle";
import { MAX_FORM_BODY_BYTES, withLimitedBody } from "../../../../server/request-guard";
import { escapeHtml, ltiBaseUrl, ltiCookieAttributes, ltiPage, stateCookieName, postedForm } from "../../../../server/lti";

/**
 * OIDC third-party login initiation (LTI 1.3 § 5.1.1): platforms call it by GET or form POST. The
 * state goes into a cookie named after it, so the launch can check it came back to this browser.
 * Anonymous and storing a state per call, so it is rate-limited per client address and capped per
 * registration; either answers 429 with a page saying to wait.
 */
async function handle(request: Request, params: URLSearchParams) {
  const get = (k: string) => params.get(k);
  const wait = await ltiLoginWaitFor(clientIp(request.headers));
  if (wait > 0) return tooMany(wait, "Too many launches have come from your network in the last few minutes, so Defuse is not starting more for now.");
  try {
    const { redirectUrl, state } = await startLogin(
      db(),
      { baseUrl: ltiBaseUrl(request) },
      {
        iss: get("iss"),
        login_hint: get("login_hint"),
        target_link_uri: get("target_link_uri"),
        lti_message_hint: get("lti_message_hint"),
        client_id: get("client_id"),
        lti_deployment_id: get("lti_deployment_id"),
      },
    );
    const headers = new Headers({ location: redirectUrl, "cache-control": "no-store" });
    headers.append("set-cookie", `${stateCookieName(state)}=1; ${ltiCookieAttributes(request, 600)}`);
    return new Response(null, { status: 302, headers });
  } catch (e) {
    if (e instanceof LaunchError && e.reason === "too_many_logins") return tooMany(60, e.message);
    if (e instanceof LaunchError) return ltiPage({ status: 400, title: "Defuse could not start this launch", body: `<p role="alert">${escapeHtml(e.message)}</p>` });
    throw e;
  }
}

function tooMany(retryAfterS: number, why: string) {
  const minutes = Math.ceil(retryAfterS / 60);
  return ltiPage({
    status: 429,
    title: "Defuse is busy: try again shortly",
    headers: { "retry-after": String(retryAfterS) },
    body: `<p role="alert">${escapeHtml(why)}</p><p>Wait ${minutes === 1 ? "a minute" : `${minutes} minutes`}, then go back to the course and open the activity again. If it keeps happening, tell whoever looks after Defuse or your learning platform.</p>`,
  });
}

export async function GET(request: Request) {
  return handle(request, new URL(request.url).searchParams);
}

export async function POST(incoming: Request) {
  // Anonymous: capped before the form is read (a 100 MB post used to be read whole).
  const request = await withLimitedBody(incoming, MAX_FORM_BODY_BYTES);
  if (request instanceof Response) return request;
  const form = await postedForm(request);
  if (form instanceof Response) return form;
  const params = new URLSearchParams();
  for (const [k, v] of form) if (typeof v === "string") params.set(k, v);
  return handle(request, params);
}
