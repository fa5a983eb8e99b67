import type { Metadata } from "next";
import { OrgSettingsForm } from "@/components/admin/org-settings-form";
import { Card, PageHeader } from "@/components/ui";
import { requireUser, serverApi } from "@/server/session";

export const metadata: Metadata = { title: "Organisation settings" };

export default async function SettingsPage() {
  await requireUser(["ADMIN"]);
  const org = await (await serverApi()).org.get();
  return (
    <div className="space-y-6">
      <PageHeader title="Organisation settings" />
      <Card>
        <OrgSettingsForm org={org} />
      </Card>
    </div>
  );
}
