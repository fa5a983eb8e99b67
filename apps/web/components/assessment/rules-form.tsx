"use client";

import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { Button, Field, inputClass } from "@/components/ui";
import { fieldErrorsOf, messageOf } from "@/lib/errors";
import { trpc, useMutation } from "@/trpc/client";

interface Rules {
  questionCount: number;
  knowledgePassMark: number;
  scenarioId: string;
  roleplayPassMark: number;
  maxAttempts: number;
  cooldownSeconds: number;
}

const NUMBERS: Array<[keyof Rules, string, string]> = [
  ["questionCount", "Knowledge questions", "Drawn from the module's question banks"],
  ["knowledgePassMark", "Knowledge pass mark (%)", "50 to 100"],
  ["roleplayPassMark", "Role-play pass mark (%)", "Rubric score needed, with no critical failure"],
  ["maxAttempts", "Attempts allowed", "1 to 10"],
];

/** An admin sets one module's final-assessment rules; the cool-down is entered in minutes. */
export function RulesForm({ moduleId, moduleTitle, rules, scenarios }: { moduleId: string; moduleTitle: string; rules: Rules; scenarios: Array<{ id: string; title: string }> }) {
  const router = useRouter();
  const [values, setValues] = useState({ ...rules, cooldownMinutes: String(Math.round(rules.cooldownSeconds / 60)) });
  const save = useMutation(trpc.assessment.setRules.mutationOptions({ onSuccess: () => router.refresh() }));
  const errors = Object.fromEntries(Object.entries(fieldErrorsOf(save.error)).map(([k, v]) => [k, v?.[0]]));
  const id = (k: string) => `${moduleId}-${k}`;
  function onSubmit(e: FormEvent) {
    e.preventDefault();
    save.mutate({
      moduleId,
      questionCount: Number(values.questionCount),
      knowledgePassMark: Number(values.knowledgePassMark),
      roleplayPassMark: Number(values.roleplayPassMark),
      maxAttempts: Number(values.maxAttempts),
      scenarioId: values.scenarioId,
      cooldownSeconds: Math.round(Number(values.cooldownMinutes) * 60),
    });
  }
  return (
    <form onSubmit={onSubmit} aria-label={`Assessment rules for ${moduleTitle}`} className="grid gap-4 sm:grid-cols-3">
      {NUMBERS.map(([k, label, hint]) => (
        <Field key={k} id={id(k)} label={label} hint={hint} error={errors[k]}>
          <input
            id={id(k)}
            type="number"
            inputMode="numeric"
            className={inputClass}
            value={String(values[k])}
            onChange={(e) => setValues((v) => ({ ...v, [k]: e.target.value }))}
            aria-invalid={!!errors[k]}
            aria-describedby={errors[k] ? `${id(k)}-error` : `${id(k)}-hint`}
          />
        </Field>
      ))}
      <Field id={id("cooldown")} label="Cool-down after a failed attempt (minutes)" hint="0 for none" error={errors.cooldownSeconds}>
        <input
          id={id("cooldown")}
          type="number"
          inputMode="numeric"
          className={inputClass}
          value={values.cooldownMinutes}
          onChange={(e) => setValues((v) => ({ ...v, cooldownMinutes: e.target.value }))}
          aria-invalid={!!errors.cooldownSeconds}
          aria-describedby={errors.cooldownSeconds ? `${id("cooldown")}-error` : `${id("cooldown")}-hint`}
        />
      </Field>
      <Field id={id("scenario")} label="Assessed role-play" error={errors.scenarioId}>
        <select id={id("scenario")} className={inputClass} value={values.scenarioId} onChange={(e) => setValues((v) => ({ ...v, scenarioId: e.target.value }))}>
          {scenarios.map((s) => (
            <option key={s.id} value={s.id}>
              {s.title}
            </option>
          ))}
        </select>
      </Field>
      <div className="flex items-end gap-3 sm:col-span-3">
        <Button type="submit" disabled={save.isPending}>
          {save.isPending ? "Saving…" : "Save rules"}
        </Button>
        {save.isSuccess ? <p role="status">Saved.</p> : null}
        {save.error && Object.keys(errors).length === 0 ? (
          <p role="alert" className="font-medium text-heat">
            {messageOf(save.error)}
          </p>
        ) : null}
      </div>
    </form>
  );
}
