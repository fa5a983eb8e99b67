import { LaunchError, isKeySetRefusal, captureContext, captureGradeTarget, launchTarget, launchedAsInstructor, signInFromLaunch, verifyLaunch } from "@defuse/api";
import { db } from "../../../../server/db";
import { MAX_FORM_BODY_BYTES, withLimitedBody } from "../../../../server/request-guard";
import { escapeHtml, ltiBaseUrl, ltiCookieAttributes, ltiPage, sessionCookie, stateCookieName, postedForm } from "../../../../server/lti";
import { deepLinkPickerUrl } from "../../../../server/lti-deep-link";

function cookie(request: Request, name: string): string | null {
  for (const part of (request.headers.get("cookie") ?? "").split(/;\s*/)) {
    const i = part.indexOf("=");
    if (i > 0 && part.slice(0, i) === name) return part.slice(i + 1);
  }
  return null;
}

/**
 * The platform's form post of a signed id_token (LTI 1.3 § 5.1.2). A valid launch signs the person
 * in and moves on with a same-origin navigation (so the fresh cookie is sent even where
 * SameSite=Lax applies); a refused one gets a page saying why and what to do.
 */
export async function POST(incoming: Request) {
  // Anonymous: capped before the form is read (a 200 MB post used to be read whole).
  const request = await withLimitedBody(incoming, MAX_FORM_BODY_BYTES);
  if (request instanceof Response) return request;
  const form = await postedForm(request);
  if (form instanceof Response) return form;
  const idToken = typeof form.get("id_token") === "string" ? (form.get("id_token") as string) : null;
  const state = typeof form.get("state") === "string" ? (form.get("state") as string) : null;
  const cookieState = state && cookie(request, stateCookieName(state)) ? state : null;
  try {
    const launch = await verifyLaunch(db(), { idToken, state, cookieState });
    const { ref, user } = await signInFromLaunch(db(), launch);
    await captureGradeTarget(db(), launch, user.id);
    await captureContext(db(), launch);
    let target = launchTarget(launch);
    if (launch.messageType === "LtiDeepLinkingRequest") {
      if (user.role === "LEARNER") {
        // An LMS Instructor is a Defuse learner unless the organisation's admin lets this platform's Instructors become trainers.
        const why = launchedAsInstructor(launch)
          ? "Your Defuse account is a learner's: your organisation's Defuse admin has not let this learning platform's instructors become trainers. Ask them to make you a trainer (People), or to let instructors become trainers (Integrations)."
          : "Adding activities to a course needs a teacher's role in the course.";
        return ltiPage({ status: 403, title: "Only teachers can add Defuse activities", body: `<p role="alert">${escapeHtml(why)}</p>` });
      }
      target = await deepLinkPickerUrl(launch, user.id);
    }
    const setCookies = [await sessionCookie(request, ref, user), `${stateCookieName(state!)}=; ${ltiCookieAttributes(request, 0)}`];
    const href = escapeHtml(`${ltiBaseUrl(request)}${target}`);
    return ltiPage({
      status: 200,
      title: "Opening Defuse",
      head: `<meta http-equiv="refresh" content="0;url=${href}">`,
      body: `<p role="status">Signed in. <a href="${href}">Continue to Defuse</a>.</p>`,
      setCookies,
    });
  } catch (e) {
    if (!(e instanceof LaunchError)) throw e;
    // Someone who only ever came from the LMS has no Defuse password: their way on is the LMS's own new-window launch.
    const newWindow =
      e.reason === "cookies_blocked"
        ? `<p>Your browser keeps sites shown inside other pages from storing cookies. Go back to the course and open the activity in a new window (your course's teacher or LMS admin can set the activity to always open that way).</p><p>If you also have a Defuse password, you can <a href="${escapeHtml(ltiBaseUrl(request))}/login" target="_blank" rel="noopener">sign in to Defuse in a new window</a> instead.</p>`
        : "";
    // The platform's key server, not the launch, is at fault: a gateway failure, and the page says whom to ask.
    return ltiPage({
      status: e.reason === "cookies_blocked" ? 400 : isKeySetRefusal(e.reason) ? 502 : 401,
      title: "Defuse could not open this activity",
      body: `<p role="alert" data-reason="${e.reason}">${escapeHtml(e.message)}</p>${newWindow}`,
    });
  }
}
