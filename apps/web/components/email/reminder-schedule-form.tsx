"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button, Field, inputClass } from "@/components/ui";
import { FormStatus } from "@/components/form-status";
import { fieldErrorsOf } from "@/lib/errors";
import { trpc, useMutation } from "@/trpc/client";

/** Admin, Settings: when Defuse emails "due soon" and "overdue" reminders to learners. */
export function ReminderScheduleForm({ schedule }: { schedule: { remindersEnabled: boolean; reminderDaysBefore: number; overdueRepeatDays: number } }) {
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
      <DaysField
        id="rem-before"
        label="Days before the due date"
        hint="1 sends the reminder the day before; 0 on the day itself."
        max={14}
        value={before}
        onChange={setBefore}
        error={errors.reminderDaysBefore?.[0]}
      />
      <DaysField id="rem-repeat" label="Repeat the overdue email every … days" hint="0 sends it once." max={30} value={repeat} onChange={setRepeat} error={errors.overdueRepeatDays?.[0]} />
      <Button type="submit" disabled={save.isPending}>
        Save reminders
      </Button>
      <FormStatus error={Object.keys(errors).length ? null : save.error} success={success} />
    </form>
  );
}

function DaysField(p: { id: string; label: string; hint: string; max: number; value: string; onChange: (v: string) => void; error?: string }) {
  return (
    <Field id={p.id} label={p.label} hint={p.hint} error={p.error}>
      <input
        id={p.id}
        type="number"
        inputMode="numeric"
        min={0}
        max={p.max}
        className={inputClass}
        value={p.value}
        onChange={(e) => p.onChange(e.target.value)}
        aria-invalid={!!p.error}
        aria-describedby={p.error ? `${p.id}-error` : `${p.id}-hint`}
      />
    </Field>
  );
}
