import type { Metadata } from "next";
import { NotificationSettingsForm } from "@/components/email/notification-settings-form";
import { Card, PageHeader } from "@/components/ui";
import { loadPage, NOTIFICATIONS } from "@/server/page-reads";

export const metadata: Metadata = { title: "Email reminders" };

export default async function NotificationsPage() {
  const settings = await loadPage(NOTIFICATIONS);
  return (
    <div className="max-w-lg">
      <PageHeader title="Email reminders" description="Defuse can remind you by email the day before assigned work is due, and when it is overdue." />
      <Card>
        <NotificationSettingsForm emailReminders={settings.emailReminders} />
      </Card>
    </div>
  );
}
