"use client";

import { useState, type FormEvent } from "react";
import { Button, Field, inputClass } from "@/components/ui";
import { fieldErrorsOf, messageOf } from "@/lib/errors";
import { trpc, useMutation } from "@/trpc/client";

interface Values {
  wentWell: string;
  doDifferently: string;
  feeling: string;
  afterCall: string;
}

/** The reflection journal, and for the abusive-caller scenario a short wellbeing debrief. */
export function ReflectionForm({ attemptId, initial, debrief }: { attemptId: string; initial: Partial<Values> | null; debrief: boolean }) {
  const [values, setValues] = useState<Values>({
    wentWell: initial?.wentWell ?? "",
    doDifferently: initial?.doDifferently ?? "",
    feeling: initial?.feeling ?? "",
    afterCall: initial?.afterCall ?? "",
  });
  const [saved, setSaved] = useState<string | null>(null);
  const save = useMutation(trpc.learner.saveReflection.mutationOptions({ onSuccess: () => setSaved("Reflection saved.") }));
  const errors = fieldErrorsOf(save.error);
  const set = (k: keyof Values) => (e: { target: { value: string } }) => {
    setSaved(null);
    setValues((v) => ({ ...v, [k]: e.target.value }));
  };
  function submit(e: FormEvent) {
    e.preventDefault();
    setSaved(null);
    save.mutate({ attemptId, ...values, ...(debrief ? {} : { feeling: undefined, afterCall: undefined }) });
  }
  const area = (id: keyof Values, label: string, hint: string) => (
    <Field id={`r-${id}`} label={label} error={errors[id]?.[0]} hint={hint}>
      <textarea id={`r-${id}`} rows={3} value={values[id]} onChange={set(id)} className={inputClass} aria-invalid={!!errors[id]} aria-describedby={errors[id] ? `r-${id}-error` : `r-${id}-hint`} />
    </Field>
  );
  return (
    <form onSubmit={submit} noValidate className="space-y-4" aria-labelledby="reflect-heading">
      <h2 id="reflect-heading" className="text-lg font-semibold">
        {debrief ? "Debrief and reflection" : "Reflection journal"}
      </h2>
      {debrief ? (
        <>
          <p className="text-slate-700">That was a hard call to sit through. Calls like this are about the caller’s state, not your worth. Take a minute before the next one.</p>
          {area("feeling", "How did that feel?", "A word or two is enough, e.g. tense, calm, shaken.")}
          {area("afterCall", "What will you do after a call like that?", "For example: a glass of water, a short walk, telling your team leader.")}
        </>
      ) : null}
      {area("wentWell", "What went well?", "Which line helped the customer most?")}
      {area("doDifferently", "What would you do differently?", "One thing you will try next time.")}
      <Button type="submit" disabled={save.isPending}>
        {save.isPending ? "Saving…" : "Save reflection"}
      </Button>
      <div aria-live="polite">
        {saved ? (
          <p role="status" className="text-sm font-medium text-emerald-800">
            {saved}
          </p>
        ) : save.error && Object.keys(errors).length === 0 ? (
          <p role="alert" className="text-sm font-medium text-heat">
            {messageOf(save.error)}
          </p>
        ) : null}
      </div>
    </form>
  );
}
