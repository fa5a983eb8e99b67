import type { Metadata } from "next";
import { OrgSettingsForm } from "@/components/admin/org-settings-form";
import { ReminderScheduleForm } from "@/components/email/reminder-schedule-form";
import { TranscriptRetentionForm } from "@/components/admin/transcript-retention-form";
import Link from "next/link";
import { Card, PageHeader } from "@/components/ui";
import { loadPage, ORG_SETTINGS } from "@/server/page-reads";

export const metadata: Metadata = { title: "Organisation settings" };

export default async function SettingsPage() {
  const { org, reminders, retention } = await loadPage(ORG_SETTINGS);
  return (
    <div className="space-y-6">
      <PageHeader title="Organisation settings" />
      <Card>
        <OrgSettingsForm org={org} />
      </Card>
      <Card>
        <ReminderScheduleForm schedule={reminders} />
        <p className="mt-4 text-slate-700">
          Every email Defuse writes (invitations, resets, assignments, reminders, reviews) is listed in the{" "}
          <Link href="/admin/outbox" className="text-brand-700 underline">
            Outbox
          </Link>
          .
        </p>
      </Card>
      <Card>
        <TranscriptRetentionForm days={retention.days} />
      </Card>
      <Card>
        <h2 className="font-semibold">Final assessments and certificates</h2>
        <p className="mt-1 text-slate-700">
          Set each course&apos;s{" "}
          <Link href="/admin/assessments" className="text-brand-700 underline">
            assessment rules
          </Link>
          , or see and revoke the{" "}
          <Link href="/trainer/certificates" className="text-brand-700 underline">
            certificates
          </Link>{" "}
          your learners hold.
        </p>
      </Card>
      <Card>
        <h2 className="font-semibold">Your learning management system</h2>
        <p className="mt-1 text-slate-700">
          Connect Moodle, Canvas or another LMS over LTI 1.3, rotate Defuse&apos;s keys and see grades not yet delivered, under{" "}
          <Link href="/admin/integrations" className="text-brand-700 underline">
            Integrations
          </Link>
          .
        </p>
      </Card>
    </div>
  );
}
