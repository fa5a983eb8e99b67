/** Reads the field errors and message our tRPC error formatter puts on every failed call. */
export function fieldErrorsOf(error: unknown): Record<string, string[] | undefined> {
  const data = (error as { data?: { fieldErrors?: Record<string, string[] | undefined> | null } } | null)?.data;
  return data?.fieldErrors ?? {};
}

export function messageOf(error: unknown): string {
  if (!error) return "";
  const msg = (error as { message?: string }).message;
  if (!msg || /fetch|network/i.test(msg)) return "We could not reach Defuse. Check your connection and try again; nothing you typed was lost.";
  return msg;
}
