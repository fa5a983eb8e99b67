import type { inferRouterOutputs, AppRouter } from "@defuse/api";
import { Badge, Card, EmptyState, PageHeader } from "@/components/ui";
import { CreateCohortForm, CreateUserForm } from "./admin-forms";

type Data = inferRouterOutputs<AppRouter>["dashboard"]["admin"];

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

export function AdminDashboard({ data }: { data: Data }) {
  return (
    <div className="space-y-6">
      <PageHeader
        title={data.organization.name}
        description={[
          plural(data.totals.learners, "learner"),
          plural(data.totals.trainers, "trainer"),
          plural(data.totals.admins, "admin"),
        ].join(" · ")}
      />
      <div className="grid grid-cols-1 gap-6 *:min-w-0 lg:grid-cols-3">
        <Card className="lg:col-span-2" aria-labelledby="cohorts-heading">
          <h2 id="cohorts-heading" className="mb-3 text-lg font-semibold">
            Cohorts
          </h2>
          {data.cohorts.length === 0 ? (
            <EmptyState>No cohorts yet. Create the first one.</EmptyState>
          ) : (
            <ul className="divide-y divide-slate-100" aria-label="Cohorts">
              {data.cohorts.map((c) => (
                <li key={c.id} className="flex justify-between py-2">
                  <span className="font-medium">{c.name}</span>
                  <span className="text-sm text-slate-700">
                    {c.memberCount} member{c.memberCount === 1 ? "" : "s"}
                  </span>
                </li>
              ))}
            </ul>
          )}
        </Card>
        <Card>
          <CreateCohortForm />
        </Card>
        <Card className="lg:col-span-2" aria-labelledby="people-heading">
          <h2 id="people-heading" className="mb-3 text-lg font-semibold">
            People
          </h2>
          <div className="relative overflow-x-auto" tabIndex={0}>
            <table className="w-full text-left text-sm">
              <thead className="border-b border-slate-200 text-slate-600">
                <tr>
                  <th scope="col" className="py-2 font-medium">Name</th>
                  <th scope="col" className="py-2 font-medium">Email</th>
                  <th scope="col" className="py-2 font-medium">Role</th>
                  <th scope="col" className="py-2 font-medium">Cohorts</th>
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-100">
                {data.people.map((p) => (
                  <tr key={p.id}>
                    <td className="py-2 font-medium">
                      {p.name} {p.active ? null : <Badge tone="warn">Deactivated</Badge>}
                    </td>
                    <td className="py-2">{p.email}</td>
                    <td className="py-2 capitalize">{p.role.toLowerCase()}</td>
                    <td className="py-2">{p.cohorts.map((c) => c.name).join(", ") || "—"}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </Card>
        <Card>
          <CreateUserForm cohorts={data.cohorts} />
        </Card>
      </div>
    </div>
  );
}
