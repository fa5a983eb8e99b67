"use client";

import type { ReactNode } from "react";
import { Card, Field, inputClass } from "@/components/ui";

/*
 * The form parts both authoring editors (scenarios and rubrics) use: paths into the draft document,
 * the ids fields get from them (the server's error paths), and labelled fields. Kept apart from the
 * scenario editor so the rubric editor's route does not ship the scenario editor's code.
 */
/* eslint-disable @typescript-eslint/no-explicit-any -- the draft is whatever the author typed, validated on the server */
export type Path = Array<string | number>;

/** `["scenario", "lines", "calmer", 3]` → `scenario.lines.calmer[3]`, the server's error paths. */
export const pathKey = (p: Path) => p.reduce<string>((acc, k) => (typeof k === "number" ? `${acc}[${k}]` : acc ? `${acc}.${k}` : k), "");
export const fieldId = (p: Path) => `f-${pathKey(p).replace(/[^a-zA-Z0-9]+/g, "-")}`;

export function getIn(obj: any, p: Path): any {
  return p.reduce((o, k) => (o == null ? undefined : o[k]), obj);
}
export function setIn(obj: any, p: Path, value: unknown): any {
  if (p.length === 0) return value;
  const [k, ...rest] = p;
  const copy = Array.isArray(obj) ? [...obj] : { ...(obj ?? {}) };
  copy[k as any] = setIn(copy[k as any], rest, value);
  return copy;
}

export function Section({ title, children }: { title: string; children: ReactNode }) {
  const id = `sec-${title.replace(/[^a-zA-Z]+/g, "-").toLowerCase()}`;
  return (
    <Card aria-labelledby={id} className="space-y-4">
      <h2 id={id} className="text-lg font-semibold">
        {title}
      </h2>
      {children}
    </Card>
  );
}

export function TextField({
  path,
  label,
  value,
  error,
  hint,
  multiline,
  type = "text",
  onChange,
}: {
  path: Path;
  label: string;
  value: string;
  error?: string;
  hint?: string;
  multiline?: boolean;
  type?: string;
  onChange: (v: string) => void;
}) {
  const id = fieldId(path);
  const describedBy = error ? `${id}-error` : hint ? `${id}-hint` : undefined;
  const common = { id, value, "aria-invalid": !!error, "aria-describedby": describedBy, className: inputClass };
  return (
    <Field id={id} label={label} error={error} hint={hint}>
      {multiline ? <textarea {...common} rows={2} onChange={(e) => onChange(e.target.value)} /> : <input {...common} type={type} onChange={(e) => onChange(e.target.value)} />}
    </Field>
  );
}

export function SelectField({
  path,
  label,
  value,
  error,
  hint,
  options,
  onChange,
}: {
  path: Path;
  label: string;
  value: string;
  error?: string;
  hint?: string;
  options: Array<{ value: string; label: string }>;
  onChange: (v: string) => void;
}) {
  const id = fieldId(path);
  return (
    <Field id={id} label={label} error={error} hint={hint}>
      <select id={id} value={value} aria-invalid={!!error} aria-describedby={error ? `${id}-error` : hint ? `${id}-hint` : undefined} className={inputClass} onChange={(e) => onChange(e.target.value)}>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </Field>
  );
}
