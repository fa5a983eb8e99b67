import type { Metadata } from "next";
import { Button, ButtonLink, Card, DateRangeFields, EmptyState, PageHeader, inputClass } from "@/components/ui";
import { formatDateTime } from "@/lib/format";
import { AUDIT, AUDIT_PAGE_SIZE as PAGE, loadPage } from "@/server/page-reads";

export const metadata: Metadata = { title: "Audit log" };

type Search = Promise<{ action?: string; person?: string; from?: string; to?: string; cursor?: string }>;

/** A stored value as the log shows it: timestamps in the app's one date style, the rest as given. */
const shown = (v: string | null) => (v === null ? "—" : /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(v) ? formatDateTime(v) : v);

export default async function AuditPage({ searchParams }: { searchParams: Search }) {
  const sp = await searchParams;
  const { log, actions, people } = await loadPage(AUDIT, {}, sp);
  const filters = Object.entries({ action: sp.action, person: sp.person, from: sp.from, to: sp.to }).filter((e): e is [string, string] => !!e[1]);
  const next = new URLSearchParams(filters);
  if (log.nextCursor) next.set("cursor", log.nextCursor);
  return (
    <div className="space-y-6">
      <PageHeader title="Audit log" description="Every admin and trainer action: who did what to whom, when, and what changed." />
      <Card>
        <form method="get" className="grid gap-4 sm:flex sm:flex-wrap sm:items-end" aria-label="Filter the audit log">
          <div>
            <label htmlFor="au-person" className="block text-sm font-medium">
              Person
            </label>
            <select id="au-person" name="person" defaultValue={sp.person ?? ""} className={inputClass}>
              <option value="">Everyone</option>
              {people.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.name}
                </option>
              ))}
            </select>
          </div>
          <div>
            <label htmlFor="au-action" className="block text-sm font-medium">
              Action
            </label>
            <select id="au-action" name="action" defaultValue={sp.action ?? ""} className={inputClass}>
              <option value="">All actions</option>
              {actions.map((a) => (
                <option key={a.action} value={a.action}>
                  {a.name}
                </option>
              ))}
            </select>
          </div>
          <DateRangeFields idPrefix="au" from={sp.from} to={sp.to} />
          <Button type="submit" variant="secondary">
            Filter
          </Button>
          {filters.length ? (
            <ButtonLink variant="ghost" href="/admin/audit">
              Clear filters
            </ButtonLink>
          ) : null}
        </form>
      </Card>
      <Card aria-labelledby="entries-heading">
        <h2 id="entries-heading" className="sr-only">
          Entries
        </h2>
        {log.items.length === 0 ? (
          <EmptyState>{sp.cursor ? "No older entries." : "No entries match these filters."}</EmptyState>
        ) : (
          <ol className="divide-y divide-slate-100" aria-label="Audit entries, newest first">
            {log.items.map((e) => (
              <li key={e.id} className="py-3">
                <p className="text-sm text-slate-600">
                  <time dateTime={new Date(e.createdAt).toISOString()}>{formatDateTime(e.createdAt)}</time> · {e.actionName}
                </p>
                <p className="mt-0.5 break-words font-medium text-slate-900">{e.sentence}</p>
                {e.fields.length ? (
                  <dl className="mt-2 grid gap-x-4 gap-y-1 text-sm sm:grid-cols-[minmax(8rem,max-content)_1fr]">
                    {e.fields.map((f) => (
                      <div key={f.label} className="contents">
                        <dt className="text-slate-600">{f.label}</dt>
                        <dd className="break-words text-slate-900">
                          {f.before !== null ? (
                            <>
                              <span className="sr-only">from </span>
                              <del className="text-slate-600">{shown(f.before)}</del> <span aria-hidden="true">→</span>
                              <span className="sr-only"> to</span>{" "}
                            </>
                          ) : null}
                          <span>{shown(f.after)}</span>
                        </dd>
                      </div>
                    ))}
                  </dl>
                ) : null}
              </li>
            ))}
          </ol>
        )}
        <nav aria-label="Audit log pages" className="mt-4 flex flex-wrap items-center gap-3 text-sm">
          {sp.cursor ? (
            <ButtonLink variant="secondary" href={`/admin/audit?${new URLSearchParams(filters).toString()}`}>
              Newest entries
            </ButtonLink>
          ) : null}
          {log.nextCursor ? (
            <ButtonLink variant="secondary" href={`/admin/audit?${next.toString()}`}>
              Older entries
            </ButtonLink>
          ) : null}
          <span className="text-slate-600">{PAGE} entries a page, newest first.</span>
        </nav>
      </Card>
    </div>
  );
}
