import { PDFDocument, StandardFonts, rgb } from "pdf-lib";
import type { Db } from "@defuse/db";
import type { SessionUser } from "../../context";
import { AppError, notFound } from "../../errors";
import { recordAudit } from "../audit/recordAudit";

/** Who holds which certificates in the organisation, newest first (trainers and admins). */
export async function listCertificates(db: Db, actor: SessionUser, input: { moduleId?: string | null } = {}) {
  const rows = await db.certificate.findMany({
    where: { orgId: actor.orgId, ...(input.moduleId ? { moduleId: input.moduleId } : {}) },
    orderBy: [{ issuedAt: "desc" }, { id: "asc" }],
    take: 500,
    select: { id: true, userId: true, moduleId: true, code: true, learnerName: true, moduleTitle: true, score: true, issuedAt: true, revokedAt: true, revokeReason: true },
  });
  return rows;
}

/** The signed-in learner's own certificates. */
export async function myCertificates(db: Db, user: SessionUser) {
  return db.certificate.findMany({
    where: { orgId: user.orgId, userId: user.id },
    orderBy: { issuedAt: "desc" },
    select: { code: true, moduleId: true, moduleTitle: true, score: true, issuedAt: true, revokedAt: true },
  });
}

/** An admin revokes a certificate; the verification page then says so. Audited; repeating is a no-op. */
export async function revokeCertificate(db: Db, actor: SessionUser, input: { certificateId: string; reason: string }, now = new Date()) {
  return db.$transaction(async (tx) => {
    const cert = await tx.certificate.findFirst({ where: { id: input.certificateId, orgId: actor.orgId } });
    if (!cert) throw notFound("That certificate");
    if (cert.revokedAt) return { id: cert.id, revokedAt: cert.revokedAt };
    const updated = await tx.certificate.update({
      where: { id: cert.id },
      data: { revokedAt: now, revokedById: actor.id, revokeReason: input.reason },
      select: { id: true, revokedAt: true },
    });
    await recordAudit(tx, {
      orgId: actor.orgId,
      actorId: actor.id,
      action: "certificate.revoke",
      targetType: "certificate",
      targetId: cert.id,
      before: { code: cert.code, learnerName: cert.learnerName, moduleTitle: cert.moduleTitle, revokedAt: null },
      after: { revokedAt: now, reason: input.reason },
    });
    return updated;
  });
}

/**
 * The public verification of a code: exactly what the certificate states, and whether it still
 * stands. Nothing else about the learner or the organisation.
 */
export async function verifyCertificate(db: Db, code: string) {
  const cert = await db.certificate.findUnique({
    where: { code: code.trim().toUpperCase() },
    select: { code: true, learnerName: true, orgName: true, moduleTitle: true, score: true, issuedAt: true, revokedAt: true },
  });
  if (!cert) return null;
  return {
    code: cert.code,
    learnerName: cert.learnerName,
    orgName: cert.orgName,
    moduleTitle: cert.moduleTitle,
    score: cert.score,
    issuedAt: cert.issuedAt,
    valid: cert.revokedAt === null,
  };
}

/** Text the standard PDF fonts can draw (WinAnsi): accents kept where they exist, others spelled plainly. */
function winAnsi(text: string, encodable: (s: string) => boolean): string {
  return [...text].map((ch) => (encodable(ch) ? ch : ch.normalize("NFKD").replace(/[^\x20-\x7e]/g, "") || "?")).join("");
}

/** The certificate as a one-page PDF (pdf-lib, standard fonts only: nothing is fetched at run time). */
export async function renderCertificatePdf(cert: { code: string; learnerName: string; orgName: string; moduleTitle: string; score: number; issuedAt: Date }, verifyUrl: string) {
  const pdf = await PDFDocument.create();
  pdf.setTitle(`Certificate ${cert.code}`);
  pdf.setAuthor("Defuse");
  pdf.setCreationDate(cert.issuedAt);
  const page = pdf.addPage([842, 595]); // A4 landscape, in points
  const regular = await pdf.embedFont(StandardFonts.Helvetica);
  const bold = await pdf.embedFont(StandardFonts.HelveticaBold);
  const can = (font: typeof regular) => (s: string) => {
    try {
      font.encodeText(s);
      return true;
    } catch {
      return false;
    }
  };
  const ink = rgb(0.1, 0.14, 0.22);
  const centre = (text: string, y: number, size: number, font = regular) => {
    const safe = winAnsi(text, can(font));
    page.drawText(safe, { x: (842 - font.widthOfTextAtSize(safe, size)) / 2, y, size, font, color: ink });
  };
  page.drawRectangle({ x: 24, y: 24, width: 794, height: 547, borderWidth: 2, borderColor: rgb(0.2, 0.35, 0.6) });
  centre("Certificate of completion", 480, 30, bold);
  centre("This certifies that", 430, 14);
  centre(cert.learnerName, 395, 26, bold);
  centre(`of ${cert.orgName}`, 365, 14);
  centre("passed the final assessment of the module", 325, 14);
  centre(cert.moduleTitle, 292, 22, bold);
  centre(`with a score of ${cert.score}%`, 255, 14);
  centre(`Issued on ${cert.issuedAt.toISOString().slice(0, 10)}`, 225, 14);
  centre(`Verification code: ${cert.code}`, 120, 13, bold);
  centre(`Check it at ${verifyUrl}`, 100, 11);
  return pdf.save();
}

/** The PDF of a certificate for its holder, or for a trainer or admin of the same organisation. */
export async function certificatePdf(db: Db, user: SessionUser, code: string, verifyUrl: (code: string) => string) {
  const cert = await db.certificate.findFirst({ where: { code: code.trim().toUpperCase(), orgId: user.orgId } });
  if (!cert || (cert.userId !== user.id && user.role === "LEARNER")) throw notFound("That certificate");
  if (cert.revokedAt) throw new AppError("PRECONDITION_FAILED", "This certificate has been revoked.");
  return { code: cert.code, bytes: await renderCertificatePdf(cert, verifyUrl(cert.code)) };
}
