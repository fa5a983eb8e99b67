"use client";

import type { TRPCClient } from "@trpc/client";
import { useCallback, useEffect, useRef, useState } from "react";
import type { AppRouter } from "@defuse/api";
import { decode, encode, type Wire } from "./wire";

/**
 * The browser's tRPC client: one fetch per call to `/api/trpc/<procedure>` in tRPC's own HTTP
 * format (superjson on the wire through ./wire), so every call goes through the same procedures,
 * rungs and checks as before. It replaces `@trpc/client`'s links, React Query and tRPC's React
 * Query integration (about 20 kB gzipped on every page with a form) with the two hooks the forms
 * use. No provider is needed: a client component imports `trpc` and `useMutation` (or `useQuery`)
 * from "@/trpc/client".
 *
 *   const save = useMutation(trpc.org.update.mutationOptions({ onSuccess: () => router.refresh() }));
 *   save.mutate(input); save.isPending; fieldErrorsOf(save.error)
 *   await trpc.learner.attempt.query({ attemptId })
 */

/** A failed call: the message and `data` (with `fieldErrors`) from the API's error formatter. */
export class TRPCClientError extends Error {
  constructor(
    message: string,
    readonly data: { code?: string; httpStatus?: number; fieldErrors?: Record<string, string[] | undefined> | null } | null = null,
  ) {
    super(message);
    this.name = "TRPCClientError";
  }
}

/** How often a call the server turned away as busy (503 with code BUSY: nothing was done) is sent again. */
export const BUSY_RETRIES = 5;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
/** The wait before sending again: the server's Retry-After (at most 10 s), one more second per try, and a little jitter so clients spread out. */
export function busyDelayMs(retryAfter: string | null, attempt: number, random = Math.random): number {
  const s = Math.min(10, Math.max(0, Number(retryAfter) || 1));
  return Math.round((s + attempt) * 1000 * (0.75 + 0.5 * random()));
}

async function call(type: "query" | "mutation", path: string, input: unknown): Promise<unknown> {
  const body = JSON.stringify(encode(input));
  let res: Response;
  for (let attempt = 0; ; attempt++) {
    res = type === "query" ? await fetch(`/api/trpc/${path}?input=${encodeURIComponent(body)}`) : await fetch(`/api/trpc/${path}`, { method: "POST", headers: { "content-type": "application/json" }, body });
    // A busy server did nothing with the call (server/trpc-direct.ts), so sending it again is safe for any mutation.
    if (res.status !== 503 || res.headers.get("x-defuse-busy") !== "1" || attempt >= BUSY_RETRIES) break;
    await sleep(busyDelayMs(res.headers.get("retry-after"), attempt));
  }
  let answer: { result?: { data: Wire }; error?: Wire | { message: string } };
  try {
    answer = await res.json();
  } catch {
    throw new TRPCClientError(`Defuse answered with an error (${res.status}). Please try again; nothing you typed was lost.`, { httpStatus: res.status });
  }
  if (answer.error) {
    // tRPC's errors come through the transformer; the route's own refusals (413, 415) are plain JSON.
    const shape = ("json" in answer.error ? decode(answer.error) : answer.error) as { message: string; data?: TRPCClientError["data"] };
    throw new TRPCClientError(shape.message, shape.data ?? { httpStatus: res.status });
  }
  return decode(answer.result!.data);
}

type Callbacks<I, O> = {
  onSuccess?: (data: O, input: I) => unknown;
  onError?: (error: TRPCClientError, input: I) => unknown;
  onSettled?: (data: O | undefined, error: TRPCClientError | null, input: I) => unknown;
};
export type MutationOptions<I, O> = Callbacks<I, O> & { mutationFn: (input: I) => Promise<O> };
export type QueryOptions<O> = { queryKey: string; queryFn: () => Promise<O> };
/** An argument that may be left out when the procedure takes no input. */
type Args<I> = undefined extends I ? [input?: I] : [input: I];

type Decorated<T> = {
  [K in keyof T]: T[K] extends { mutate: (input: infer I, ...rest: never[]) => PromiseLike<infer O> }
    ? { mutate: (...args: Args<I>) => Promise<O>; mutationOptions: (callbacks?: Callbacks<I, O>) => MutationOptions<I, O> }
    : T[K] extends { query: (input: infer I, ...rest: never[]) => PromiseLike<infer O> }
      ? { query: (...args: Args<I>) => Promise<O>; queryOptions: (...args: Args<I>) => QueryOptions<O> }
      : Decorated<T[K]>;
};

function proxy(path: string[]): unknown {
  return new Proxy(() => undefined, {
    get: (_, key) => (typeof key === "string" && key !== "then" ? proxy([...path, key]) : undefined),
    apply: (_, __, [arg]: unknown[]) => {
      const procedure = path.slice(0, -1).join(".");
      switch (path[path.length - 1]) {
        case "mutate":
          return call("mutation", procedure, arg);
        case "query":
          return call("query", procedure, arg);
        case "mutationOptions":
          return { ...(arg as object), mutationFn: (input: unknown) => call("mutation", procedure, input) };
        case "queryOptions":
          return { queryKey: `${procedure}:${JSON.stringify(arg ?? null)}`, queryFn: () => call("query", procedure, arg) };
      }
      throw new TypeError(`trpc.${path.join(".")} is not a function`);
    },
  });
}

/** `trpc.<router>.<procedure>`: `.mutate` / `.query` call it, `.mutationOptions` / `.queryOptions` feed the hooks. */
export const trpc = proxy([]) as Decorated<TRPCClient<AppRouter>>;

const toError = (e: unknown) => (e instanceof TRPCClientError ? e : new TRPCClientError(e instanceof Error ? e.message : String(e)));

type MutationState<I, O> = { status: "idle" | "pending" | "success" | "error"; data?: O; error: TRPCClientError | null; variables?: I; isPaused?: boolean };
type MutationResult<I, O> = {
  mutate: (...args: Args<I>) => void;
  mutateAsync: (...args: Args<I>) => Promise<O>;
  reset: () => void;
  variables?: I;
  error: TRPCClientError | null;
  isIdle: boolean;
  isPending: boolean;
  isError: boolean;
  /** Offline when the call was made: it waits, and goes out when the browser is back online. */
  isPaused: boolean;
} & ({ status: "success"; isSuccess: true; data: O } | { status: "idle" | "pending" | "error"; isSuccess: false; data?: undefined });

const online = () => (navigator.onLine ? Promise.resolve() : new Promise<void>((resolve) => window.addEventListener("online", () => resolve(), { once: true })));

/**
 * A form's call: `mutate` sends it (errors land in `error`, never thrown), `mutateAsync` returns
 * or throws, `isPending` is true until it answers. As with React Query, the options' callbacks run
 * for every call, the state follows the latest one, nothing is retried, and a call made offline
 * waits (`isPaused`) until the browser is online again.
 */
export function useMutation<I, O>(options: MutationOptions<I, O>): MutationResult<I, O> {
  const [state, setState] = useState<MutationState<I, O>>({ status: "idle", error: null });
  const latest = useRef(0);
  const opts = useRef(options);
  useEffect(() => {
    opts.current = options;
  });
  const mutateAsync = useCallback(async (...[input]: Args<I>): Promise<O> => {
    const id = ++latest.current;
    const o = opts.current;
    const vars = input as I;
    const mine = (next: MutationState<I, O>) => id === latest.current && setState(next);
    mine({ status: "pending", error: null, variables: vars, isPaused: !navigator.onLine });
    try {
      if (!navigator.onLine) {
        await online();
        mine({ status: "pending", error: null, variables: vars });
      }
      const data = await o.mutationFn(vars);
      await o.onSuccess?.(data, vars);
      await o.onSettled?.(data, null, vars);
      mine({ status: "success", data, error: null, variables: vars });
      return data;
    } catch (e) {
      const error = toError(e);
      mine({ status: "error", error, variables: vars });
      await o.onError?.(error, vars);
      await o.onSettled?.(undefined, error, vars);
      throw error;
    }
  }, []);
  const mutate = useCallback((...args: Args<I>) => void mutateAsync(...args).catch(() => undefined), [mutateAsync]);
  const reset = useCallback(() => {
    latest.current++;
    setState({ status: "idle", error: null });
  }, []);
  return {
    ...state,
    mutate,
    mutateAsync,
    reset,
    isIdle: state.status === "idle",
    isPending: state.status === "pending",
    isSuccess: state.status === "success",
    isError: state.status === "error",
    isPaused: !!state.isPaused,
  } as MutationResult<I, O>;
}

/** Data read from the browser: fetched when the component mounts and again whenever the input changes. */
export function useQuery<O>({ queryKey, queryFn }: QueryOptions<O>) {
  const [state, setState] = useState<{ key?: string; data?: O; error: TRPCClientError | null }>({ error: null });
  const fn = useRef(queryFn);
  useEffect(() => {
    fn.current = queryFn;
  });
  useEffect(() => {
    let live = true;
    fn.current().then(
      (data) => live && setState({ key: queryKey, data, error: null }),
      (e) => live && setState({ key: queryKey, error: toError(e) }),
    );
    return () => {
      live = false;
    };
  }, [queryKey]);
  const current = state.key === queryKey ? state : { data: undefined, error: null };
  return { data: current.data, error: current.error, isPending: state.key !== queryKey, isSuccess: state.key === queryKey && !state.error, isError: !!current.error };
}
