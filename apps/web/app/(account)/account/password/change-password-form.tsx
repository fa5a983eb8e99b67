"use client";

import { useState } from "react";
import { FormStatus } from "@/components/form-status";
import { Button, Field, inputClass } from "@/components/ui";
import { fieldErrorsOf } from "@/lib/errors";
import { trpc, useMutation } from "@/trpc/client";
import { signInWithNewPassword } from "./actions";

type FieldName = "currentPassword" | "newPassword" | "confirmPassword";
const MIN_LENGTH = 12; // as passwordSchema in @defuse/api/schemas

/** Checked again on the server; checking here too puts the message beside the field at once. */
function check(v: Record<FieldName, string>): Partial<Record<FieldName, string>> {
  const errors: Partial<Record<FieldName, string>> = {};
  if (!v.currentPassword) errors.currentPassword = "Enter your current password.";
  if (v.newPassword.length < MIN_LENGTH) errors.newPassword = `Use at least ${MIN_LENGTH} characters.`;
  else if (v.newPassword === v.currentPassword) errors.newPassword = "Choose a new password, different from your current one.";
  if (!errors.newPassword && v.confirmPassword !== v.newPassword) errors.confirmPassword = "The two new passwords differ. Type the same password twice.";
  return errors;
}

export function ChangePasswordForm({ email }: { email: string }) {
  const [values, setValues] = useState<Record<FieldName, string>>({ currentPassword: "", newPassword: "", confirmPassword: "" });
  const [clientErrors, setClientErrors] = useState<Partial<Record<FieldName, string>>>({});
  const [resignError, setResignError] = useState<string | null>(null);
  const change = useMutation(
    trpc.account.changePassword.mutationOptions({
      // The change ended every session, this one too; sign straight back in with the new password.
      onSuccess: async () => {
        const r = await signInWithNewPassword(email, values.newPassword);
        if (r?.error) {
          setResignError(r.error);
          window.location.assign("/login");
        }
      },
    }),
  );
  const serverErrors = fieldErrorsOf(change.error);
  const errorOf = (f: FieldName) => clientErrors[f] ?? serverErrors[f]?.[0];
  const set = (f: FieldName) => (e: React.ChangeEvent<HTMLInputElement>) => setValues((v) => ({ ...v, [f]: e.target.value }));
  const input = (f: FieldName, autoComplete: string, hint?: boolean) => ({
    id: f,
    name: f,
    type: "password",
    autoComplete,
    className: inputClass,
    value: values[f],
    onChange: set(f),
    "aria-invalid": !!errorOf(f),
    "aria-describedby": errorOf(f) ? `${f}-error` : hint ? `${f}-hint` : undefined,
  });

  return (
    <form
      className="space-y-4"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        const errors = check(values);
        setClientErrors(errors);
        change.reset();
        if (Object.keys(errors).length === 0) change.mutate(values);
        else document.getElementById(Object.keys(errors)[0]!)?.focus();
      }}
    >
      {/* Lets password managers file the new password under the right account. */}
      <input type="text" name="username" autoComplete="username" value={email} readOnly hidden />
      <Field id="currentPassword" label="Current password" hint="The temporary password from your admin, if you were given one." error={errorOf("currentPassword")}>
        <input {...input("currentPassword", "current-password", true)} />
      </Field>
      <Field id="newPassword" label="New password" hint={`At least ${MIN_LENGTH} characters.`} error={errorOf("newPassword")}>
        <input {...input("newPassword", "new-password", true)} />
      </Field>
      <Field id="confirmPassword" label="New password again" error={errorOf("confirmPassword")}>
        <input {...input("confirmPassword", "new-password")} />
      </Field>
      <Button type="submit" disabled={change.isPending || change.isSuccess}>
        {change.isPending ? "Saving…" : "Change password"}
      </Button>
      <FormStatus error={Object.keys(serverErrors).length ? null : change.error} success={change.isSuccess ? (resignError ?? "Password changed. Taking you to your dashboard…") : null} />
    </form>
  );
}
