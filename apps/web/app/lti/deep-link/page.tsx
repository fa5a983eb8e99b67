import { DEEP_LINK_ERRORS, deepLinkItems, type DeepLinkItem } from "@defuse/api";
import { db } from "../../../server/db";
import { requireUser } from "../../../server/session";

export const metadata = { title: "Add Defuse activities to your course" };

const GROUPS: { kind: DeepLinkItem["kind"]; label: string }[] = [
  { kind: "scenario", label: "Role-play scenarios (scored)" },
  { kind: "knowledgeCheck", label: "Knowledge checks (scored)" },
  { kind: "module", label: "Modules" },
  { kind: "lesson", label: "Lessons" },
];

/**
 * The deep-linking picker a teacher sees inside the LMS: choose activities, and Defuse answers the
 * LMS with a signed response (POST /api/lti/deep-link). Scored items come with a gradebook column.
 */
export default async function DeepLinkPicker({ searchParams }: { searchParams: Promise<{ ctx?: string; error?: string }> }) {
  const user = await requireUser(["TRAINER", "ADMIN"]);
  const { ctx, error: errorKey } = await searchParams;
  // Only Defuse's own texts, by key: a crafted `?error=` cannot put words on this page.
  const error = errorKey && Object.hasOwn(DEEP_LINK_ERRORS, errorKey) ? DEEP_LINK_ERRORS[errorKey as keyof typeof DEEP_LINK_ERRORS] : null;
  const items = ctx ? await deepLinkItems(db(), user.orgId) : [];
  return (
    <main className="mx-auto max-w-3xl p-6">
      <h1 className="text-2xl font-semibold">Add Defuse activities to your course</h1>
      {!ctx ? (
        <p role="alert" className="mt-4">
          Start from your course: choose “Add an activity”, then Defuse.
        </p>
      ) : (
        <form method="post" action="/api/lti/deep-link" className="mt-4 space-y-6">
          <input type="hidden" name="ctx" value={ctx} />
          {error ? (
            <p role="alert" className="rounded border border-red-300 bg-red-50 p-3 text-red-900">
              {error}
            </p>
          ) : null}
          {GROUPS.map((g) => (
            <fieldset key={g.kind} className="space-y-1">
              <legend className="text-lg font-medium">{g.label}</legend>
              {items
                .filter((i) => i.kind === g.kind)
                .map((i) => (
                  <div key={i.id}>
                    <label className="inline-flex items-center gap-2">
                      <input type="checkbox" name="itemIds" value={i.id} />
                      {i.title}
                    </label>
                  </div>
                ))}
            </fieldset>
          ))}
          <button type="submit" className="rounded bg-blue-700 px-4 py-2 font-medium text-white">
            Add to course
          </button>
        </form>
      )}
    </main>
  );
}
