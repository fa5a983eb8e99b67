"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import type { AppRouter, inferRouterOutputs } from "@defuse/api";
import { FormStatus } from "@/components/form-status";
import { Button, Card, cx, inputClass } from "@/components/ui";
import { trpc, useMutation } from "@/trpc/client";
import { EditorHeader } from "./editor-header";
import { useDraftAutosave } from "./use-draft-autosave";
import { branchingCheck } from "./branching-check";
import { usePlaytest } from "./playtest-again";
import { getIn, pathKey, Section, SelectField, setIn, TextField, type Path } from "./editor-fields";

type Loaded = inferRouterOutputs<AppRouter>["authoring"]["get"];
/* eslint-disable @typescript-eslint/no-explicit-any -- the draft is whatever the author typed, validated on the server */
type Doc = { scenario: any; rubric?: any; rubricVersion?: number | "draft" };

const LINE_GROUPS = ["calmer", "same", "angrier", "resolved", "escalated", "closing", "ended", "cutOff"] as const;
const GROUP_LABEL: Record<(typeof LINE_GROUPS)[number], string> = {
  calmer: "Calmer (tension falling)",
  same: "Same (no change)",
  angrier: "Angrier (tension rising)",
  resolved: "Resolved",
  escalated: "Escalated",
  closing: "Closing (after resolving)",
  ended: "Ended properly (abusive calls)",
  cutOff: "Cut off (abusive calls)",
};

/**
 * The scenario editor: forms for the parts trainers change most, "Edit as JSON" for the rest.
 * Every change autosaves (debounced) as typed; the server answers with field errors, shown next to
 * their fields by path. A save that fails keeps everything on the page and retries on the next change.
 */
export function ScenarioEditor({ initial }: { initial: Loaded }) {
  const router = useRouter();
  const unparsed = typeof (initial.draft as any)?.$unparsed === "string" ? ((initial.draft as any).$unparsed as string) : null;
  const [doc, setDoc] = useState<Doc | null>(unparsed === null ? (initial.draft as unknown as Doc) : null);
  const [jsonText, setJsonText] = useState<string>(unparsed ?? JSON.stringify(initial.draft, null, 2));
  const [jsonMode, setJsonMode] = useState(unparsed !== null);
  const [status, setStatus] = useState(initial.status);
  const [publishedVersion, setPublishedVersion] = useState(initial.publishedVersion);

  const save = useMutation(trpc.authoring.saveDraft.mutationOptions());
  const { errors, state, saveError, flush, queue } = useDraftAutosave(initial, (revision, text) => save.mutateAsync({ id: initial.id, revision, text }));

  const change = (p: Path, value: unknown) => changeMany([[p, value]]);
  const changeMany = (edits: Array<[Path, unknown]>) => {
    setDoc((d) => {
      const next = edits.reduce((acc, [p, value]) => setIn(acc, p, value), d) as Doc;
      queue(JSON.stringify(next));
      setJsonText(JSON.stringify(next, null, 2));
      return next;
    });
  };

  // A draft the engine could not finish may still be play-tested, to see why; only schema errors block it.
  const blocksPlaytest = errors.some((e) => e.kind !== "finishability");
  const byPath = new Map<string, string[]>();
  for (const e of errors) byPath.set(e.path, [...(byPath.get(e.path) ?? []), e.message]);
  const shown = new Set<string>();
  const errorAt = (p: Path) => {
    const k = pathKey(p);
    const found = byPath.get(k);
    if (found) shown.add(k);
    return found?.join("; ");
  };

  const publish = useMutation(
    trpc.authoring.publish.mutationOptions({
      onSuccess: (r) => {
        setPublishedVersion(r.version);
        if (status === "DRAFT") setStatus("PUBLISHED");
        router.refresh();
      },
    }),
  );
  const playtest = usePlaytest(initial.id);
  const archive = useMutation(
    trpc.authoring.setArchived.mutationOptions({
      onSuccess: (r) => {
        setStatus(r.status);
        router.refresh();
      },
    }),
  );

  const s = doc?.scenario;
  const text = (p: Path, label: string, opts: { multiline?: boolean; hint?: string } = {}) => (
    <TextField key={pathKey(p)} path={p} label={label} value={getIn(doc, p) ?? ""} error={errorAt(p)} hint={opts.hint} multiline={opts.multiline} onChange={(v) => change(p, v)} />
  );
  const num = (p: Path, label: string, hint?: string) => (
    <TextField key={pathKey(p)} path={p} label={label} type="number" value={String(getIn(doc, p) ?? "")} error={errorAt(p)} hint={hint} onChange={(v) => change(p, v === "" ? undefined : Number(v))} />
  );
  const list = (p: Path, label: string, hint?: string) => (
    <TextField
      key={pathKey(p)}
      path={p}
      label={label}
      hint={hint ?? "Separate with commas."}
      value={((getIn(doc, p) as string[] | undefined) ?? []).join(", ")}
      error={errorAt(p)}
      onChange={(v) =>
        change(
          p,
          v
            .split(",")
            .map((x) => x.trim())
            .filter(Boolean),
        )
      }
    />
  );

  const check = s ? branchingCheck(s.branching) : null;
  const forms = s && !jsonMode;
  const body = forms ? (
    <div className="space-y-6">
      <Section title="About the call">
        {text(["scenario", "title"], "Title")}
        {text(["scenario", "summary"], "Summary", { multiline: true })}
        <SelectField
          path={["scenario", "rubricId"]}
          label="Rubric it is scored with"
          value={rubricValue(initial.rubrics, s.rubricId, doc?.rubricVersion)}
          error={[errorAt(["scenario", "rubricId"]), errorAt(["rubricVersion"])].filter(Boolean).join("; ") || undefined}
          hint="Built-in rubrics and your organisation's published rubric versions. Each published version of this scenario keeps the rubric version chosen here."
          options={initial.rubrics.map((r) => ({ value: r.value, label: r.label }))}
          onChange={(v) => {
            const chosen = initial.rubrics.find((r) => r.value === v);
            if (chosen)
              changeMany([
                [["scenario", "rubricId"], chosen.id],
                [["rubricVersion"], v.includes("@") ? chosen.version : undefined],
              ]);
          }}
        />
        <p className="text-sm">
          <a href="/trainer/rubrics" className="font-medium text-brand-700 underline">
            Write or change your organisation&apos;s rubrics
          </a>
        </p>
      </Section>
      <Section title="Persona and facts">
        {text(["scenario", "persona", "name"], "Customer's name")}
        {text(["scenario", "persona", "situation"], "Situation", { multiline: true })}
        {text(["scenario", "persona", "wants"], "What they want", { multiline: true })}
        {text(["scenario", "persona", "emotionalState"], "How they feel", { multiline: true })}
        {(s.persona?.facts ?? []).map((_: unknown, i: number) => (
          <fieldset key={i} className="space-y-3 rounded-lg border border-slate-200 p-3">
            <legend className="px-1 text-sm font-medium">Fact {i + 1}</legend>
            {text(["scenario", "persona", "facts", i, "fact"], "What the agent learns", { multiline: true })}
            {list(["scenario", "persona", "facts", i, "askedAbout"], "Words in a question that reveal it")}
            {text(["scenario", "persona", "facts", i, "customerLine"], "How the customer says it", { multiline: true })}
          </fieldset>
        ))}
      </Section>
      <Section title="Opening">
        {text(["scenario", "openingLine"], "Opening line", { multiline: true })}
        {num(["scenario", "startTension"], "Start tension (0–100)")}
      </Section>
      <Section title="Customer lines by state">
        <p className="text-sm text-slate-700">Lines with preconditions or triggers show them below the text; change those with Edit as JSON.</p>
        {LINE_GROUPS.map((g) => {
          const lines = (s.lines?.[g] ?? []) as Array<string | { text: string; when?: unknown }>;
          return (
            <fieldset key={g} className="space-y-3 rounded-lg border border-slate-200 p-3">
              <legend className="px-1 text-sm font-medium">{GROUP_LABEL[g]}</legend>
              {errorAt(["scenario", "lines", g]) ? <p className="text-sm font-medium text-heat">{errorAt(["scenario", "lines", g])}</p> : null}
              {lines.map((line, i) => {
                const isObj = typeof line === "object" && line !== null;
                const p: Path = isObj ? ["scenario", "lines", g, i, "text"] : ["scenario", "lines", g, i];
                return (
                  <div key={i} className="space-y-1">
                    {text(p, `${GROUP_LABEL[g]} line ${i + 1}`, { multiline: true })}
                    {isObj && line.when ? <p className="text-xs break-all text-slate-600">When: {JSON.stringify(line.when).replace(/,/g, ", ")}</p> : null}
                    <Button
                      type="button"
                      variant="ghost"
                      className="min-h-8 px-2 py-1"
                      onClick={() =>
                        change(
                          ["scenario", "lines", g],
                          lines.filter((_, j) => j !== i),
                        )
                      }
                    >
                      Remove line {i + 1}
                    </Button>
                  </div>
                );
              })}
              <Button type="button" variant="secondary" onClick={() => change(["scenario", "lines", g], [...lines, ""])}>
                Add a {g} line
              </Button>
            </fieldset>
          );
        })}
      </Section>
      <Section title="Policy">
        {(s.policy?.allowed ?? []).map((r: any, i: number) => (
          <fieldset key={r.id ?? i} className="space-y-3 rounded-lg border border-slate-200 p-3">
            <legend className="px-1 text-sm font-medium">Allowed remedy: {r.id}</legend>
            {text(["scenario", "policy", "allowed", i, "description"], "Description", { multiline: true })}
            {r.amount?.max !== undefined ? num(["scenario", "policy", "allowed", i, "amount", "max", "amount"], `Most the agent may give (${r.amount.max.currency})`) : null}
            {r.amount?.exact !== undefined ? num(["scenario", "policy", "allowed", i, "amount", "exact", "amount"], `Exact amount (${r.amount.exact.currency})`) : null}
          </fieldset>
        ))}
        {(s.policy?.forbidden ?? []).map((r: any, i: number) => (
          <fieldset key={r.id ?? i} className="space-y-3 rounded-lg border border-slate-200 p-3">
            <legend className="px-1 text-sm font-medium">Forbidden: {r.id}</legend>
            {text(["scenario", "policy", "forbidden", i, "description"], "Description", { multiline: true })}
            {(r.breachWhen ?? []).map((b: any, j: number) =>
              b.amountAbove !== undefined ? num(["scenario", "policy", "forbidden", i, "breachWhen", j, "amountAbove", "amount"], `Broken above this amount (${b.amountAbove.currency})`) : null,
            )}
          </fieldset>
        ))}
      </Section>
      <Section title="Needs and resolving">
        {(s.engine?.needs ?? []).map((_: unknown, i: number) =>
          list(["scenario", "engine", "needs", i], `Need ${i + 1}: any of these techniques`, "Technique ids, separated by commas (e.g. empathy, apology)."),
        )}
        {num(["scenario", "engine", "resolveAtOrBelow"], "Resolved at or below this tension")}
        {num(["scenario", "engine", "maxDropPerTurn"], "Largest fall in tension per turn")}
      </Section>
      <Section title="Branching version">
        {check ? (
          <div role="status" className={cx("rounded-lg p-3 text-sm", check.problems.length ? "bg-amber-50 text-amber-900" : "bg-emerald-50 text-emerald-900")}>
            {check.problems.length === 0 ? (
              <p>
                Every node is reachable and every path ends; {check.resolvedEnds} end{check.resolvedEnds === 1 ? "" : "s"} resolve the call.
              </p>
            ) : (
              <ul className="list-disc space-y-1 pl-5">
                {check.problems.map((p) => (
                  <li key={p}>{p}</li>
                ))}
              </ul>
            )}
          </div>
        ) : null}
        {(s.branching?.nodes ?? []).map((n: any, i: number) => (
          <fieldset key={i} className="space-y-3 rounded-lg border border-slate-200 p-3">
            <legend className="px-1 text-sm font-medium">Node {n.id}</legend>
            {text(["scenario", "branching", "nodes", i, "customerLine"], "Customer says", { multiline: true })}
            <SelectField
              path={["scenario", "branching", "nodes", i, "outcome"]}
              label="Outcome (end nodes only)"
              value={n.outcome ?? ""}
              error={errorAt(["scenario", "branching", "nodes", i, "outcome"])}
              options={[
                { value: "", label: "None (a decision)" },
                { value: "resolved", label: "Resolved" },
                { value: "escalated", label: "Escalated" },
                { value: "ongoing", label: "Ongoing" },
              ]}
              onChange={(v) => change(["scenario", "branching", "nodes", i, "outcome"], v || undefined)}
            />
            {(n.choices ?? []).map((_: any, j: number) => (
              <div key={j} className="space-y-2 border-l-4 border-slate-200 pl-3">
                {text(["scenario", "branching", "nodes", i, "choices", j, "text"], `Choice ${j + 1}: agent says`, { multiline: true })}
                {text(["scenario", "branching", "nodes", i, "choices", j, "feedback"], `Choice ${j + 1}: feedback`, { multiline: true })}
                <SelectField
                  path={["scenario", "branching", "nodes", i, "choices", j, "next"]}
                  label={`Choice ${j + 1}: goes to`}
                  value={n.choices[j].next ?? ""}
                  error={errorAt(["scenario", "branching", "nodes", i, "choices", j, "next"])}
                  options={(s.branching.nodes as any[]).map((x) => ({ value: x.id, label: x.id }))}
                  onChange={(v) => change(["scenario", "branching", "nodes", i, "choices", j, "next"], v)}
                />
                {num(["scenario", "branching", "nodes", i, "choices", j, "tensionDelta"], `Choice ${j + 1}: tension change`)}
              </div>
            ))}
          </fieldset>
        ))}
      </Section>
    </div>
  ) : (
    <Card>
      <label htmlFor="json-editor" className="block text-sm font-medium text-slate-800">
        The whole document as JSON
      </label>
      <textarea
        id="json-editor"
        value={jsonText}
        rows={30}
        spellCheck={false}
        className={cx(inputClass, "font-mono text-xs")}
        aria-describedby="json-editor-hint"
        onChange={(e) => {
          setJsonText(e.target.value);
          queue(e.target.value);
          try {
            const parsed = JSON.parse(e.target.value);
            if (parsed && typeof parsed === "object" && parsed.scenario) setDoc(parsed);
          } catch {
            /* kept as typed; the server says what is wrong */
          }
        }}
      />
      <p id="json-editor-hint" className="mt-1 text-sm text-slate-600">
        Everything the forms do not cover (line conditions, topics, concerns, effects, remedy kinds and timing). Saved as you type, even while it is not valid yet.
      </p>
    </Card>
  );

  // errors no form field shows (cross-references, parts only the JSON covers)
  const rest = errors.filter((e) => !shown.has(e.path));
  const download = () => {
    const blob = new Blob([jsonText], { type: "application/json" });
    const url = URL.createObjectURL(blob);
    const a = document.createElement("a");
    a.href = url;
    a.download = `${initial.key}.json`;
    a.click();
    URL.revokeObjectURL(url);
  };

  return (
    <div className="space-y-6">
      <EditorHeader title={s?.title ?? initial.title} status={status} publishedVersion={publishedVersion ?? null} latestIs="is live" itemKey={initial.key} state={state} saveError={saveError} />
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
        {(["freeText", "branching"] as const).map((mode) => (
          <Button
            key={mode}
            type="button"
            variant="secondary"
            onClick={async () => {
              await flush();
              playtest.mutate({ id: initial.id, mode });
            }}
            disabled={playtest.isPending || blocksPlaytest || state !== "saved"}
          >
            {mode === "freeText" ? "Play-test (free text)" : "Play-test (branching)"}
          </Button>
        ))}
        <Button type="button" variant="secondary" onClick={() => setJsonMode((m) => !m)} disabled={!doc}>
          {jsonMode ? "Back to the forms" : "Edit as JSON"}
        </Button>
        <Button type="button" variant="secondary" onClick={download}>
          Download JSON
        </Button>
        <Button type="button" variant="secondary" onClick={() => archive.mutate({ id: initial.id, archived: status !== "ARCHIVED" })} disabled={archive.isPending}>
          {status === "ARCHIVED" ? "Unarchive" : "Archive"}
        </Button>
      </div>
      <FormStatus
        error={publish.error ?? archive.error ?? playtest.error}
        success={
          publish.data
            ? publish.data.created
              ? `Published version ${publish.data.version}. Assign it to a cohort from the cohort's page.`
              : `Version ${publish.data.version} already has these changes.`
            : null
        }
      />
      {errors.length > 0 ? (
        <div role="alert" className="rounded-lg border border-heat bg-red-50 p-3 text-sm text-red-900">
          <p className="font-medium">
            {errors.length} problem{errors.length === 1 ? "" : "s"} to fix before publishing{rest.length && !jsonMode ? "; these ones are not next to a field above:" : ""}
          </p>
          {!blocksPlaytest ? <p className="mt-1">The engine could not finish this draft. You can still play-test it to see why.</p> : null}
          {rest.length > 0 || jsonMode ? (
            <ul className="mt-1 list-disc space-y-1 pl-5 break-words">
              {(jsonMode ? errors : rest).map((e, i) => (
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

/**
 * The rubric choice's value: `<id>` for a built-in rubric, `<id>@<version>` (or `@draft`) for one
 * of the organisation's; a draft naming an organisation rubric without a version means its latest.
 */
function rubricValue(options: Loaded["rubrics"], id: string, version: number | "draft" | undefined): string {
  const own = options.filter((o) => o.id === id);
  const found = own.find((o) => (version === undefined ? !o.value.includes("@") : o.version === version)) ?? own.find((o) => o.version !== "draft");
  return found?.value ?? id;
}
