"use client";

import { useState } from "react";
import { Button, Field, inputClass } from "@/components/ui";
import { FormStatus } from "@/components/form-status";
import { fieldErrorsOf } from "@/lib/errors";
import { trpc, useMutation } from "@/trpc/client";

export function ResetPasswordForm({ token }: { token: string }) {
  const [password, setPassword] = useState("");
  const [confirm, setConfirm] = useState("");
  const [mismatch, setMismatch] = useState(false);
  const redeem = useMutation(trpc.people.redeemResetToken.mutationOptions());
  const errors = fieldErrorsOf(redeem.error);
  if (redeem.isSuccess) {
    return (
      <p role="status" className="mt-4 text-slate-800">
        Your password is set.{" "}
        <a href="/login" className="font-medium text-brand-700 underline">
          Sign in
        </a>{" "}
        with {redeem.data.email}.
      </p>
    );
  }
  return (
    <form
      className="mt-6 space-y-4"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        setMismatch(password !== confirm);
        if (password === confirm) redeem.mutate({ token, password });
      }}
    >
      <Field id="new-password" label="New password" hint="At least 12 characters." error={errors.password?.[0]}>
        <input
          id="new-password"
          type="password"
          autoComplete="new-password"
          className={inputClass}
          value={password}
          onChange={(e) => setPassword(e.target.value)}
          aria-invalid={!!errors.password}
          aria-describedby={errors.password ? "new-password-error" : "new-password-hint"}
        />
      </Field>
      <Field id="confirm-password" label="Repeat the password" error={mismatch ? "The two passwords differ." : undefined}>
        <input
          id="confirm-password"
          type="password"
          autoComplete="new-password"
          className={inputClass}
          value={confirm}
          onChange={(e) => setConfirm(e.target.value)}
          aria-invalid={mismatch}
          aria-describedby={mismatch ? "confirm-password-error" : undefined}
        />
      </Field>
      <Button type="submit" disabled={redeem.isPending}>
        Set password
      </Button>
      <FormStatus error={Object.keys(errors).length ? null : redeem.error} success={null} />
    </form>
  );
}
