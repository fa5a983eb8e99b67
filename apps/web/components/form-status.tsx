import { messageOf } from "@/lib/errors";

/** A polite live region for a form's outcome: an error alert or a success status. */
export function FormStatus({ error, success }: { error: unknown; success: string | null }) {
  return (
    <div aria-live="polite">
      {error ? (
        <p role="alert" className="text-sm font-medium text-heat">
          {messageOf(error)}
        </p>
      ) : success ? (
        <p role="status" className="text-sm font-medium text-emerald-800">
          {success}
        </p>
      ) : null}
    </div>
  );
}
