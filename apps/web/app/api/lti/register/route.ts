import { completeDynamicRegistration, DynamicRegistrationError } from "@defuse/api";
import { db } from "../../../../server/db";
import { serverEnv } from "../../../../server/env";
import { escapeHtml, ltiBaseUrl, ltiPage } from "../../../../server/lti";

/**
 * LTI Dynamic Registration: the LMS opens this URL (the one an admin copied from Defuse's
 * Integrations page) in a window with its openid_configuration and registration_token. On success
 * the page tells the LMS to close it (postMessage org.imsglobal.lti.close).
 */
export async function GET(request: Request) {
  const q = new URL(request.url).searchParams;
  const invite = q.get("invite");
  const openidConfiguration = q.get("openid_configuration");
  if (!invite || !openidConfiguration) {
    return ltiPage({ status: 400, title: "Registration link incomplete", body: `<p role="alert">Paste this URL into your LMS's “Register tool” (LTI Advantage dynamic registration) box; opening it directly does nothing.</p>` });
  }
  try {
    const reg = await completeDynamicRegistration(db(), { baseUrl: ltiBaseUrl(request), secret: serverEnv().AUTH_SECRET }, { invite, openidConfiguration, registrationToken: q.get("registration_token") });
    return ltiPage({
      status: 200,
      title: "Defuse is registered",
      body: `<p role="status">${escapeHtml(reg.name)} can now launch Defuse. You can close this window.</p><script>(window.opener||window.parent).postMessage({subject:"org.imsglobal.lti.close"},"*")</script>`,
    });
  } catch (e) {
    if (e instanceof DynamicRegistrationError) return ltiPage({ status: 400, title: "Defuse could not be registered", body: `<p role="alert">${escapeHtml(e.message)}</p>` });
    throw e;
  }
}
