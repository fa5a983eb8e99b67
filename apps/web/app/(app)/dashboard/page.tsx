import type { Metadata } from "next";
import { AdminDashboard } from "@/components/dashboard/admin-dashboard";
import { LearnerDashboard } from "@/components/dashboard/learner-dashboard";
import { TrainerDashboard } from "@/components/dashboard/trainer-dashboard";
import { DASHBOARD, loadPage } from "@/server/page-reads";
import { requireUser } from "@/server/session";

export const metadata: Metadata = { title: "Dashboard" };

export default async function DashboardPage({ searchParams }: { searchParams: Promise<{ scope?: string; denied?: string }> }) {
  const user = await requireUser();
  const sp = await searchParams;
  const { denied } = sp;
  const data = await loadPage(DASHBOARD, {}, sp);
  // requireUser sends people here with ?denied=1 when a page is not for their role: say so.
  const notice =
    denied === "1" ? (
      <p role="alert" className="mb-4 rounded-lg border border-amber-300 bg-amber-50 px-4 py-3 text-sm text-amber-900">
        That page is not available to your role, so you are back on your dashboard. Ask an admin if you need access.
      </p>
    ) : null;
  let body;
  if (data.role === "ADMIN") body = <AdminDashboard data={data.admin} />;
  else if (data.role === "TRAINER") body = <TrainerDashboard data={data.trainer} />;
  else body = <LearnerDashboard data={data.learner} name={user.name} />;
  return (
    <>
      {notice}
      {body}
    </>
  );
}
