"use client";

import { useState } from "react";
import { Button } from "@/components/ui";
import { FormStatus } from "@/components/form-status";
import { trpc, useMutation } from "@/trpc/client";

/** The signed-in person's own choice about reminder emails. */
export function NotificationSettingsForm({ emailReminders }: { emailReminders: boolean }) {
  const [on, setOn] = useState(emailReminders);
  const [success, setSuccess] = useState<string | null>(null);
  const save = useMutation(
    trpc.email.setNotificationSettings.mutationOptions({
      onSuccess: (r) => setSuccess(r.emailReminders ? "Reminder emails are on." : "Reminder emails are off."),
    }),
  );
  return (
    <form
      className="space-y-3"
      onSubmit={(e) => {
        e.preventDefault();
        setSuccess(null);
        save.mutate({ emailReminders: on });
      }}
    >
      <div className="flex items-start gap-2">
        <input id="notify-reminders" type="checkbox" className="mt-1" checked={on} onChange={(e) => setOn(e.target.checked)} aria-describedby="notify-reminders-hint" />
        <div>
          <label htmlFor="notify-reminders" className="font-medium text-slate-800">
            Email me reminders about due and overdue work
          </label>
          <p id="notify-reminders-hint" className="text-sm text-slate-600">
            Invitations, password resets, new assignments and released reviews still reach you.
          </p>
        </div>
      </div>
      <Button type="submit" disabled={save.isPending}>
        Save
      </Button>
      <FormStatus error={save.error} success={success} />
    </form>
  );
}
