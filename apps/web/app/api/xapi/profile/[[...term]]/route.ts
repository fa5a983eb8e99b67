import { activityProfile, ltiConfig } from "@defuse/api";

/**
 * Defuse's xAPI activity profile: the document at /api/xapi/profile, and each term's own IRI
 * (/api/xapi/profile/extensions/tension, …) answers with the term's entry. Public, like any
 * vocabulary its statements point at.
 */
export function GET(_request: Request, { params }: { params: Promise<{ term?: string[] }> }) {
  return params.then(({ term }) => {
    const profile = activityProfile(ltiConfig().baseUrl);
    const headers = { "content-type": "application/ld+json; charset=utf-8", "cache-control": "public, max-age=3600" };
    if (!term?.length) return new Response(JSON.stringify(profile, null, 2), { headers });
    const id = `${profile.id}/${term.join("/")}`;
    const entry = profile.concepts.find((c) => c.id === id);
    return entry ? new Response(JSON.stringify(entry, null, 2), { headers }) : new Response("Not a term of this profile.", { status: 404 });
  });
}
