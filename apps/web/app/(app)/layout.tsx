import type { ReactNode } from "react";
import { AppHeader } from "@/components/app-header";
import { PlainLinkNavigation } from "@/components/plain-link-navigation";
import { requireUser } from "@/server/session";

/** Every page under (app) needs a signed-in, active user; checked here on the server. */
export default async function AppLayout({ children }: { children: ReactNode }) {
  const user = await requireUser();
  return (
    <>
      <AppHeader user={user} />
      <PlainLinkNavigation />
      <main id="main" className="mx-auto max-w-6xl px-4 py-8">
        {children}
      </main>
    </>
  );
}
