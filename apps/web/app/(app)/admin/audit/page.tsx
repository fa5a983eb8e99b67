import type { Metadata } from "next";
import { Button, ButtonLink, Card, DateRangeFields, EmptyState, PageHeader, inputClass } from "@/components/ui";
import { formatDateTime } from "@/lib/format";
import { requireUser, serverApi } from "@/server/session";

export const metadata: Metadata = { title: "Audit log" };

type Search = Promise<{ action?: string; from?: string; to?: string; cursor?: string }>;
const day = (s?: string) => (s && /^\d{4}-\d{2}-\d{2}$/.test(s) ? new Date(`${s}T00:00:00Z`) : null);

function Json({ value }: { value: unknown }) {
  if (value === null || value === undefined) return <span className="text-slate-500">—</span>;
  return <code className="block max-w-md overflow-x-auto whitespace-pre-wrap break-all text-xs">{JSON.stringify(value)}</code>;
}

export default async function AuditPage({ searchParams }: { searchParams: Search }) {
  await requireUser(["ADMIN"]);
  const sp = await searchParams;
  const api = await serverApi();
  const to = day(sp.to);
  const [log, actions] = await Promise.all([
    api.audit.list({ action: sp.action || null, from: day(sp.from), to: to ? new Date(to.getTime() + 86_400_000) : null, cursor: sp.cursor || null, limit: 50 }),
    api.audit.actions(),
  ]);
  const next = new URLSearchParams(Object.entries({ action: sp.action, from: sp.from, to: sp.to }).filter((e): e is [string, string] => !!e[1]));
  if (log.nextCursor) next.set("cursor", log.nextCursor);
  return (
    <div className="space-y-6">
      <PageHeader title="Audit log" description="Every admin and trainer action: who, what, when, and the values before and after." />
      <Card>
        <form method="get" className="flex flex-wrap items-end gap-4" aria-label="Filter the audit log">
          <div>
            <label htmlFor="au-action" className="block text-sm font-medium">Action</label>
            <select id="au-action" name="action" defaultValue={sp.action ?? ""} className={inputClass}>
              <option value="">All actions</option>
              {actions.map((a) => <option key={a} value={a}>{a}</option>)}
            </select>
          </div>
          <DateRangeFields idPrefix="au" from={sp.from} to={sp.to} />
          <Button type="submit" variant="secondary">Filter</Button>
        </form>
      </Card>
      <Card>
        {log.items.length === 0 ? (
          <EmptyState>No entries.</EmptyState>
        ) : (
          <div className="overflow-x-auto">
            <table className="w-full text-left text-sm">
              <thead className="border-b border-slate-200 text-slate-600">
                <tr>
                  <th scope="col" className="py-2 font-medium">When</th>
                  <th scope="col" className="py-2 font-medium">Who</th>
                  <th scope="col" className="py-2 font-medium">What</th>
                  <th scope="col" className="py-2 font-medium">Before</th>
                  <th scope="col" className="py-2 font-medium">After</th>
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-100 align-top">
                {log.items.map((e) => (
                  <tr key={e.id}>
                    <td className="py-2 whitespace-nowrap">{formatDateTime(e.createdAt)}</td>
                    <td className="py-2">{e.actor?.name ?? "—"}</td>
                    <td className="py-2">
                      <span className="font-medium">{e.action}</span>
                      <span className="block text-xs text-slate-600">{e.targetType} {e.targetId}</span>
                    </td>
                    <td className="py-2"><Json value={e.before} /></td>
                    <td className="py-2"><Json value={e.after} /></td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        {log.nextCursor ? (
          <div className="mt-4">
            <ButtonLink variant="secondary" href={`/admin/audit?${next.toString()}`}>Older entries</ButtonLink>
          </div>
        ) : null}
      </Card>
    </div>
  );
}
