import type { ReactNode } from "react";
import { TRPCReactProvider } from "./client";

/**
 * The layout of every route segment whose client components call the API from the browser
 * (`useTRPC`): such a segment's layout.tsx is `export { default } from "@/trpc/layout"`.
 *
 * The tRPC client, React Query and superjson are about 20 kB gzipped. In the root layout they were
 * part of every page's first-load JavaScript; here only the pages with such forms load them.
 * A client component that calls `useTRPC()` outside one of these segments fails with tRPC's
 * "useTRPC() can only be used inside of a <TRPCProvider>": add the layout to its segment.
 */
export default function TRPCLayout({ children }: { children: ReactNode }) {
  return <TRPCReactProvider>{children}</TRPCReactProvider>;
}
