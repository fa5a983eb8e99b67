import type { ComponentProps, ReactNode } from "react";

export function cx(...parts: Array<string | false | null | undefined>) {
  return parts.filter(Boolean).join(" ");
}

export const CARD_CLASS = "rounded-xl border border-slate-200 bg-white p-5 shadow-sm";

export function Card({ className, ...props }: ComponentProps<"section">) {
  return <section className={cx(CARD_CLASS, className)} {...props} />;
}

export function PageHeader({ title, description, actions }: { title: string; description?: ReactNode; actions?: ReactNode }) {
  return (
    <div className="mb-6 flex flex-wrap items-end justify-between gap-4">
      <div>
        <h1 className="text-2xl font-semibold tracking-tight text-slate-900">{title}</h1>
        {description ? <p className="mt-1 text-slate-600">{description}</p> : null}
      </div>
      {actions}
    </div>
  );
}

const buttonStyles = {
  primary: "bg-brand-700 text-white hover:bg-brand-800 disabled:bg-slate-400",
  secondary: "border border-slate-300 bg-white text-slate-800 hover:bg-slate-100 disabled:text-slate-500",
  danger: "bg-heat text-white hover:bg-red-800 disabled:bg-slate-400",
  ghost: "text-brand-700 hover:bg-brand-50",
} as const;

export function Button({
  variant = "primary",
  className,
  ...props
}: ComponentProps<"button"> & { variant?: keyof typeof buttonStyles }) {
  return (
    <button
      className={cx(
        "inline-flex min-h-10 items-center justify-center gap-2 rounded-lg px-4 py-2 text-sm font-medium transition-colors motion-reduce:transition-none disabled:cursor-not-allowed",
        buttonStyles[variant],
        className,
      )}
      {...props}
    />
  );
}

export function ButtonLink({ variant = "primary", className, ...props }: ComponentProps<"a"> & { variant?: keyof typeof buttonStyles }) {
  return (
    <a
      className={cx(
        "inline-flex min-h-10 items-center justify-center gap-2 rounded-lg px-4 py-2 text-sm font-medium transition-colors motion-reduce:transition-none",
        buttonStyles[variant],
        className,
      )}
      {...props}
    />
  );
}

/** A labelled form field with its error message tied to the input for screen readers. */
export function Field({
  id,
  label,
  error,
  hint,
  children,
}: {
  id: string;
  label: string;
  error?: string;
  hint?: string;
  children: ReactNode;
}) {
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block text-sm font-medium text-slate-800">
        {label}
      </label>
      {children}
      {hint && !error ? (
        <p id={`${id}-hint`} className="text-sm text-slate-600">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={`${id}-error`} className="text-sm font-medium text-heat">
          {error}
        </p>
      ) : null}
    </div>
  );
}

export const inputClass =
  "block w-full rounded-lg border border-slate-400 bg-white px-3 py-2 text-slate-900 placeholder:text-slate-500 aria-[invalid=true]:border-heat";

export const PROGRESS_CLASS = "h-2 w-full overflow-hidden rounded-full bg-slate-200";
export const PROGRESS_FILL_CLASS = "h-full rounded-full bg-brand-600";

export function ProgressBar({ value, label }: { value: number; label: string }) {
  const v = Math.max(0, Math.min(100, Math.round(value)));
  return (
    <div
      role="progressbar"
      aria-label={label}
      aria-valuenow={v}
      aria-valuemin={0}
      aria-valuemax={100}
      className={PROGRESS_CLASS}
    >
      <div className={PROGRESS_FILL_CLASS} style={{ width: `${v}%` }} />
    </div>
  );
}

export const BADGE_CLASS = "inline-flex items-center rounded-full px-2.5 py-0.5 text-xs font-medium";
export const BADGE_TONES = {
  neutral: "bg-slate-100 text-slate-800",
  good: "bg-emerald-100 text-emerald-900",
  bad: "bg-red-100 text-red-900",
  warn: "bg-amber-100 text-amber-900",
  info: "bg-brand-100 text-brand-800",
} as const;
export type BadgeTone = keyof typeof BADGE_TONES;

export function Badge({ tone = "neutral", children }: { tone?: BadgeTone; children: ReactNode }) {
  return <span className={cx(BADGE_CLASS, BADGE_TONES[tone])}>{children}</span>;
}

export function EmptyState({ children }: { children: ReactNode }) {
  return <p className="rounded-lg border border-dashed border-slate-300 p-6 text-center text-slate-600">{children}</p>;
}

/** The "From" and "To" date inputs of a GET filter form (query parameters `from` and `to`). */
export function DateRangeFields({ idPrefix, from, to }: { idPrefix: string; from?: string; to?: string }) {
  return (
    <>
      <div>
        <label htmlFor={`${idPrefix}-from`} className="block text-sm font-medium">From</label>
        <input id={`${idPrefix}-from`} type="date" name="from" defaultValue={from ?? ""} className={inputClass} />
      </div>
      <div>
        <label htmlFor={`${idPrefix}-to`} className="block text-sm font-medium">To</label>
        <input id={`${idPrefix}-to`} type="date" name="to" defaultValue={to ?? ""} className={inputClass} />
      </div>
    </>
  );
}
