import type { Metadata } from "next";
import { Card, PageHeader } from "@/components/ui";
import { CHANGE_PASSWORD, loadPage } from "@/server/page-reads";
import { ChangePasswordForm } from "./change-password-form";

export const metadata: Metadata = { title: "Change your password" };

export default async function ChangePasswordPage() {
  const { email, forced } = await loadPage(CHANGE_PASSWORD);
  return (
    <div className="max-w-lg">
      <PageHeader
        title={forced ? "Choose your own password" : "Change your password"}
        description={
          forced
            ? "Your admin gave you a temporary password. Choose a password only you know before you continue."
            : "Use at least 12 characters, not a well-known password. A short phrase is easier to remember than a jumble of symbols."
        }
      />
      <Card>
        <ChangePasswordForm email={email} />
      </Card>
    </div>
  );
}
