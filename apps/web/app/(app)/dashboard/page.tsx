import type { Metadata } from "next";
import { AdminDashboard } from "@/components/dashboard/admin-dashboard";
import { LearnerDashboard } from "@/components/dashboard/learner-dashboard";
import { TrainerDashboard } from "@/components/dashboard/trainer-dashboard";
import { requireUser, serverApi } from "@/server/session";

export const metadata: Metadata = { title: "Dashboard" };

export default async function DashboardPage({ searchParams }: { searchParams: Promise<{ scope?: string }> }) {
  const user = await requireUser();
  const api = await serverApi();
  if (user.role === "ADMIN") return <AdminDashboard data={await api.dashboard.admin()} />;
  if (user.role === "TRAINER") {
    const { scope } = await searchParams;
    return <TrainerDashboard data={await api.dashboard.trainer({ scope: scope === "all" ? "all" : "mine" })} />;
  }
  return <LearnerDashboard data={await api.dashboard.learner()} name={user.name} />;
}
