"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button, Field, inputClass } from "@/components/ui";
import { FormStatus } from "@/components/form-status";
import { fieldErrorsOf } from "@/lib/errors";
import { useTRPC } from "@/trpc/client";

/** Admin, Settings: when Defuse emails "due soon" and "overdue" reminders to learners. */
export function ReminderScheduleForm({ schedule }: { schedule: { remindersEnabled: boolean; reminderDaysBefore: number; overdueRepeatDays: number } }) {
  const trpc = useTRPC();
  const router = useRouter();
  const [enabled, setEnabled] = useState(schedule.remindersEnabled);
  const [before, setBefore] = useState(String(schedule.reminderDaysBefore));
  const [repeat, setRepeat] = useState(String(schedule.overdueRepeatDays));
  const [success, setSuccess] = useState<string | null>(null);
  const save = useMutation(trpc.email.setReminderSchedule.mutationOptions({ onSuccess: () => (setSuccess("Reminder schedule saved."), router.refresh()) }));
  const errors = fieldErrorsOf(save.error);
  const num = (v: string) => (v.trim() === "" ? Number.NaN : Number(v));
  return (
    <form
      className="max-w-md space-y-3"
      noValidate
      aria-labelledby="reminders-heading"
      onSubmit={(e) => {
        e.preventDefault();
        setSuccess(null);
        save.mutate({ remindersEnabled: enabled, reminderDaysBefore: num(before), overdueRepeatDays: num(repeat) });
      }}
    >
      <h2 id="reminders-heading" className="font-semibold">
        Reminder emails
      </h2>
      <p className="text-sm text-slate-700">
        Sent each morning (07:00 UTC) to learners with unfinished assigned work that has a due date. People can turn them off for themselves; invitations and password resets always go.
      </p>
      <div className="flex items-start gap-2">
        <input id="rem-enabled" type="checkbox" className="mt-1" checked={enabled} onChange={(e) => setEnabled(e.target.checked)} />
        <label htmlFor="rem-enabled" className="text-sm font-medium text-slate-800">
          Send reminder emails
        </label>
      </div>
      <Field id="rem-before" label="Days before the due date" hint="1 sends the reminder the day before; 0 on the day itself." error={errors.reminderDaysBefore?.[0]}>
        <input
          id="rem-before"
          type="number"
          inputMode="numeric"
          min={0}
          max={14}
          className={inputClass}
          value={before}
          onChange={(e) => setBefore(e.target.value)}
          aria-invalid={!!errors.reminderDaysBefore}
          aria-describedby={errors.reminderDaysBefore ? "rem-before-error" : "rem-before-hint"}
        />
      </Field>
      <Field id="rem-repeat" label="Repeat the overdue email every … days" hint="0 sends it once." error={errors.overdueRepeatDays?.[0]}>
        <input
          id="rem-repeat"
          type="number"
          inputMode="numeric"
          min={0}
          max={30}
          className={inputClass}
          value={repeat}
          onChange={(e) => setRepeat(e.target.value)}
          aria-invalid={!!errors.overdueRepeatDays}
          aria-describedby={errors.overdueRepeatDays ? "rem-repeat-error" : "rem-repeat-hint"}
        />
      </Field>
      <Button type="submit" disabled={save.isPending}>
        Save reminders
      </Button>
      <FormStatus error={Object.keys(errors).length ? null : save.error} success={success} />
    </form>
  );
}
