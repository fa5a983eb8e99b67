import { AppError, certificatePdf } from "@defuse/api";
import { db } from "@/server/db";
import { currentUser } from "@/server/session";

export const dynamic = "force-dynamic";

/**
 * The certificate PDF, for its holder or a trainer or admin of the same organisation. Rendered per
 * request from the stored certificate, so a revoked one is never served.
 */
export async function GET(request: Request, { params }: { params: Promise<{ code: string }> }) {
  const user = await currentUser();
  if (!user || user.mustChangePassword) return new Response("Sign in to download certificates.", { status: 401 });
  const { code } = await params;
  if (!/^[A-Za-z0-9-]{4,40}$/.test(code)) return new Response("Not found", { status: 404 });
  const origin = new URL(request.url).origin;
  try {
    const pdf = await certificatePdf(db(), user, code, (c) => `${origin}/verify/${c}`);
    return new Response(Buffer.from(pdf.bytes), {
      headers: {
        "Content-Type": "application/pdf",
        "Content-Disposition": `attachment; filename="defuse-certificate-${pdf.code}.pdf"`,
        "Cache-Control": "private, no-store",
      },
    });
  } catch (err) {
    if (err instanceof AppError) return new Response(err.message, { status: err.code === "NOT_FOUND" ? 404 : 409 });
    throw err;
  }
}
