import { LaunchError, startLogin } from "@defuse/api";
import { db } from "../../../../server/db";
import { MAX_FORM_BODY_BYTES, withLimitedBody } from "../../../../server/request-guard";
import { escapeHtml, ltiBaseUrl, ltiCookieAttributes, ltiPage, stateCookieName, postedForm } from "../../../../server/lti";

/**
 * OIDC third-party login initiation (LTI 1.3 § 5.1.1): platforms call it by GET or form POST. The
 * state goes into a cookie named after it, so the launch can check it came back to this browser.
 */
async function handle(request: Request, params: URLSearchParams) {
  const get = (k: string) => params.get(k);
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
    if (e instanceof LaunchError) return ltiPage({ status: 400, title: "Defuse could not start this launch", body: `<p role="alert">${escapeHtml(e.message)}</p>` });
    throw e;
  }
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
