"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import type { AppRouter, inferRouterOutputs } from "@defuse/api";
import { FormStatus } from "@/components/form-status";
import { Button, cx } from "@/components/ui";
import { trpc, useMutation } from "@/trpc/client";
import { EditorHeader } from "./editor-header";
import { useDraftAutosave } from "./use-draft-autosave";
import { fieldId, getIn, pathKey, Section, SelectField, setIn, TextField, type Path } from "./editor-fields";

type Loaded = inferRouterOutputs<AppRouter>["authoring"]["rubric"];
/* eslint-disable @typescript-eslint/no-explicit-any -- the draft is whatever the author typed, validated on the server */
type Doc = Record<string, any>;
const LEVELS = ["Level 0 (not shown)", "Level 1", "Level 2", "Level 3", "Level 4 (excellent)"];

/**
 * The rubric editor: criteria (title, description, weight, five level descriptors, evidence labels,
 * who scores it), critical behaviours and the pass mark. Every change autosaves as typed (debounced,
 * with the revision it edited); the server answers with field errors, shown next to their fields by
 * path, and the weights' running total sits next to the weights. Text is shown as text, never HTML.
 */
export function RubricEditor({ initial }: { initial: Loaded }) {
  const router = useRouter();
  const unparsed = typeof (initial.draft as any)?.$unparsed === "string";
  const [doc, setDoc] = useState<Doc | null>(unparsed ? null : (initial.draft as Doc));
  const [status, setStatus] = useState(initial.status);
  const [publishedVersion, setPublishedVersion] = useState(initial.publishedVersion);

  const save = useMutation(trpc.authoring.saveRubricDraft.mutationOptions());
  const { errors, state, saveError, flush, queue } = useDraftAutosave(initial, (revision, text) => save.mutateAsync({ id: initial.id, revision, text }));

  const change = (p: Path, value: unknown) => {
    setDoc((d) => {
      const next = setIn(d, p, value) as Doc;
      queue(JSON.stringify(next));
      return next;
    });
  };

  const publish = useMutation(
    trpc.authoring.publishRubric.mutationOptions({
      onSuccess: (r) => {
        setPublishedVersion(r.version);
        if (status === "DRAFT") setStatus("PUBLISHED");
        router.refresh();
      },
    }),
  );
  const archive = useMutation(
    trpc.authoring.setRubricArchived.mutationOptions({
      onSuccess: (r) => {
        setStatus(r.status);
        router.refresh();
      },
    }),
  );

  const byPath = new Map<string, string[]>();
  for (const e of errors) byPath.set(e.path, [...(byPath.get(e.path) ?? []), e.message]);
  const shown = new Set<string>();
  const errorAt = (p: Path) => {
    const k = pathKey(p);
    const found = byPath.get(k);
    if (found) shown.add(k);
    return found?.join("; ");
  };
  // the weights' sum is computed here as the author types, so it never lags behind a save
  shown.add("criteria");
  const criteria = (Array.isArray(doc?.criteria) ? doc.criteria : []) as any[];
  const critical = (Array.isArray(doc?.critical) ? doc.critical : []) as any[];
  const total = criteria.reduce((sum, c) => sum + (typeof c?.weight === "number" && Number.isFinite(c.weight) ? c.weight : 0), 0);
  const countError = byPath.get("criteria")?.find((m) => m.startsWith("at most"));

  const text = (p: Path, label: string, opts: { multiline?: boolean; hint?: string } = {}) => (
    <TextField key={pathKey(p)} path={p} label={label} value={String(getIn(doc, p) ?? "")} error={errorAt(p)} hint={opts.hint} multiline={opts.multiline} onChange={(v) => change(p, v)} />
  );
  const num = (p: Path, label: string, hint?: string) => (
    <TextField key={pathKey(p)} path={p} label={label} type="number" value={String(getIn(doc, p) ?? "")} error={errorAt(p)} hint={hint} onChange={(v) => change(p, v === "" ? undefined : Number(v))} />
  );
  const labels = (p: Path, legend: string, options: Array<{ id: string; name: string }>) => {
    const chosen = new Set<string>((getIn(doc, p) as string[] | undefined) ?? []);
    const err =
      errorAt(p) ??
      errors
        .filter((e) => e.path.startsWith(`${pathKey(p)}[`))
        .map((e) => (shown.add(e.path), e.message))
        .join("; ");
    const id = fieldId(p);
    return (
      <fieldset key={pathKey(p)} className="space-y-2" aria-describedby={err ? `${id}-error` : undefined}>
        <legend className="text-sm font-medium text-slate-800">{legend}</legend>
        <div className="flex flex-wrap gap-x-4 gap-y-1">
          {options.map((o) => (
            <label key={o.id} className="flex items-center gap-2 text-sm text-slate-800">
              <input type="checkbox" checked={chosen.has(o.id)} onChange={(e) => change(p, e.target.checked ? [...chosen, o.id] : [...chosen].filter((x) => x !== o.id))} className="h-4 w-4" />
              {o.name}
            </label>
          ))}
        </div>
        {err ? (
          <p id={`${id}-error`} className="text-sm font-medium text-heat">
            {err}
          </p>
        ) : null}
      </fieldset>
    );
  };

  const newCriterion = () => ({
    id: `criterion-${Date.now().toString(36)}`,
    title: "New criterion",
    description: "What this criterion looks for.",
    weight: 0,
    levels: ["Not shown.", "Shown once, weakly.", "Shown, with gaps.", "Shown well.", "Shown consistently and well."],
    evidenceFor: ["empathy"],
    evidenceAgainst: [],
    scoredBy: "engine",
  });
  const newCritical = () => ({ id: `critical-${Date.now().toString(36)}`, description: "What must never happen.", trigger: "rude" });

  const body = doc ? (
    <div className="space-y-6">
      <Section title="About the rubric">
        {text(["title"], "Title")}
        {num(["passMark"], "Pass mark (0–100)", "A score at or above this passes, unless a critical behaviour stands. An assignment's own pass mark still comes first.")}
      </Section>
      <Section title="Criteria">
        <div role="status" aria-live="polite" id="weight-total" className={cx("rounded-lg p-3 text-sm font-medium", total === 100 ? "bg-emerald-50 text-emerald-900" : "bg-red-50 text-red-900")}>
          Weights total {total} of 100.{total === 100 ? "" : ` They must add up to exactly 100 (${total > 100 ? `${total - 100} too many` : `${100 - total} to place`}).`}
        </div>
        {countError ? <p className="text-sm font-medium text-heat">{countError}</p> : null}
        {criteria.map((c, i) => (
          <fieldset key={i} className="min-w-0 space-y-3 rounded-lg border border-slate-200 p-3">
            <legend className="px-1 text-sm font-medium break-words">
              Criterion {i + 1}: {String(c?.title ?? "")}
            </legend>
            {text(["criteria", i, "title"], `Criterion ${i + 1}: title`)}
            {text(["criteria", i, "description"], `Criterion ${i + 1}: description`, { multiline: true })}
            <TextField
              path={["criteria", i, "weight"]}
              label={`Criterion ${i + 1}: weight`}
              type="number"
              value={String(c?.weight ?? "")}
              error={errorAt(["criteria", i, "weight"])}
              hint={`Points out of 100. Running total: ${total}.`}
              onChange={(v) => change(["criteria", i, "weight"], v === "" ? undefined : Number(v))}
            />
            <SelectField
              path={["criteria", i, "scoredBy"]}
              label={`Criterion ${i + 1}: scored by`}
              value={String(c?.scoredBy ?? "engine")}
              error={errorAt(["criteria", i, "scoredBy"])}
              options={[
                { value: "engine", label: "The engine, from the labels below" },
                { value: "trainer", label: "The trainer, on review" },
              ]}
              onChange={(v) => change(["criteria", i, "scoredBy"], v)}
            />
            {errorAt(["criteria", i, "levels"]) ? <p className="text-sm font-medium text-heat">Level descriptors: {errorAt(["criteria", i, "levels"])}</p> : null}
            {LEVELS.map((l, level) => text(["criteria", i, "levels", level], `Criterion ${i + 1}: ${l}`, { multiline: true }))}
            {labels(["criteria", i, "evidenceFor"], `Criterion ${i + 1}: evidence for (labels that raise it)`, initial.labels)}
            {labels(["criteria", i, "evidenceAgainst"], `Criterion ${i + 1}: evidence against (labels that lower it)`, initial.labels)}
            {errorAt(["criteria", i, "id"]) ? <p className="text-sm font-medium text-heat">{errorAt(["criteria", i, "id"])}</p> : null}
            <Button
              type="button"
              variant="ghost"
              className="min-h-8 px-2 py-1"
              disabled={criteria.length <= 3}
              onClick={() =>
                change(
                  ["criteria"],
                  criteria.filter((_, j) => j !== i),
                )
              }
            >
              Remove criterion {i + 1}
            </Button>
          </fieldset>
        ))}
        <Button type="button" variant="secondary" disabled={criteria.length >= initial.limits.criteria} onClick={() => change(["criteria"], [...criteria, newCriterion()])}>
          Add a criterion
        </Button>
        <p className="text-sm text-slate-600">At least 3 and at most {initial.limits.criteria} criteria; texts up to 1,000 characters.</p>
      </Section>
      <Section title="Critical behaviours">
        <p className="text-sm text-slate-700">Any one of these fails the attempt whatever the score, until a trainer clears it on review.</p>
        {critical.map((c, i) => (
          <fieldset key={i} className="min-w-0 space-y-3 rounded-lg border border-slate-200 p-3">
            <legend className="px-1 text-sm font-medium">Critical behaviour {i + 1}</legend>
            {text(["critical", i, "description"], `Critical behaviour ${i + 1}: description`, { multiline: true })}
            <SelectField
              path={["critical", i, "trigger"]}
              label={`Critical behaviour ${i + 1}: triggered by`}
              value={String(c?.trigger ?? "")}
              error={errorAt(["critical", i, "trigger"])}
              options={initial.triggers.map((t) => ({ value: t.id, label: t.name }))}
              onChange={(v) => change(["critical", i, "trigger"], v)}
            />
            <Button
              type="button"
              variant="ghost"
              className="min-h-8 px-2 py-1"
              disabled={critical.length <= 1}
              onClick={() =>
                change(
                  ["critical"],
                  critical.filter((_, j) => j !== i),
                )
              }
            >
              Remove critical behaviour {i + 1}
            </Button>
          </fieldset>
        ))}
        <Button type="button" variant="secondary" disabled={critical.length >= initial.limits.critical} onClick={() => change(["critical"], [...critical, newCritical()])}>
          Add a critical behaviour
        </Button>
      </Section>
    </div>
  ) : (
    <p role="alert" className="text-heat">
      This draft is not valid JSON. Duplicate the rubric again to start over.
    </p>
  );

  const rest = errors.filter((e) => !shown.has(e.path));
  return (
    <div className="space-y-6">
      <EditorHeader
        title={String(doc?.title ?? initial.title)}
        status={status}
        publishedVersion={publishedVersion ?? null}
        latestIs="is the latest published"
        itemKey={initial.key}
        state={state}
        saveError={saveError}
      />
      <div className="flex flex-wrap gap-2">
        <Button
          type="button"
          onClick={async () => {
            await flush();
            publish.mutate({ id: initial.id });
          }}
          disabled={publish.isPending || errors.length > 0 || state !== "saved"}
        >
          {publish.isPending ? "Publishing…" : publishedVersion ? "Publish a new version" : "Publish"}
        </Button>
        <Button type="button" variant="secondary" onClick={() => archive.mutate({ id: initial.id, archived: status !== "ARCHIVED" })} disabled={archive.isPending}>
          {status === "ARCHIVED" ? "Unarchive" : "Archive"}
        </Button>
      </div>
      <FormStatus
        error={publish.error ?? archive.error}
        success={
          publish.data
            ? publish.data.created
              ? `Published version ${publish.data.version}. Choose it in a scenario's editor; scenarios keep the version they name.`
              : `Version ${publish.data.version} already has these changes.`
            : null
        }
      />
      {errors.length > 0 ? (
        <div role="alert" className="rounded-lg border border-heat bg-red-50 p-3 text-sm text-red-900">
          <p className="font-medium">
            {errors.length} problem{errors.length === 1 ? "" : "s"} to fix before publishing{rest.length ? "; these ones are not next to a field below:" : "."}
          </p>
          {rest.length > 0 ? (
            <ul className="mt-1 list-disc space-y-1 pl-5 break-words">
              {rest.map((e, i) => (
                <li key={i}>
                  <code>{e.path}</code>: {e.message}
                </li>
              ))}
            </ul>
          ) : null}
        </div>
      ) : null}
      {body}
    </div>
  );
}
