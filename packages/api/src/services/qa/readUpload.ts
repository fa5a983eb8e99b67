import { unzipSync } from "fflate";

/**
 * Turns an upload (one file, or a zip of many) into named text files, refusing oversized input before
 * anything is inflated or parsed. Sizes are read from the zip's directory, so a zip bomb is refused
 * on what it claims, and the inflated total is checked again afterwards.
 */

export const MAX_UPLOAD_BYTES = 8 * 1024 * 1024;
export const MAX_ZIP_FILES = 200;
export const MAX_UNZIPPED_BYTES = 40 * 1024 * 1024;
export const MAX_FILE_BYTES = 512 * 1024;

export interface UploadFile {
  name: string;
  content: string;
}
export type UploadResult = { ok: true; files: UploadFile[] } | { ok: false; problem: string };

const TEXTUAL = /\.(?:txt|text|log|json|csv)$/i;

export function isZip(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

export function readUpload(fileName: string, bytes: Uint8Array): UploadResult {
  if (bytes.length > MAX_UPLOAD_BYTES) return { ok: false, problem: `The upload is larger than ${MAX_UPLOAD_BYTES / 1024 / 1024} MB.` };
  if (!isZip(bytes)) {
    if (bytes.length > MAX_FILE_BYTES) return { ok: false, problem: `${fileName} is larger than ${MAX_FILE_BYTES / 1024} KB.` };
    return { ok: true, files: [{ name: fileName, content: new TextDecoder("utf-8").decode(bytes) }] };
  }
  let count = 0;
  let claimed = 0;
  let tooBig: string | null = null;
  let entries: Record<string, Uint8Array>;
  try {
    entries = unzipSync(bytes, {
      filter: (f) => {
        if (f.name.endsWith("/") || f.name.startsWith("__MACOSX/") || /(?:^|\/)\./.test(f.name)) return false;
        count++;
        claimed += f.originalSize;
        if (f.originalSize > MAX_FILE_BYTES && !tooBig) tooBig = f.name;
        return count <= MAX_ZIP_FILES && claimed <= MAX_UNZIPPED_BYTES && f.originalSize <= MAX_FILE_BYTES;
      },
    });
  } catch (e) {
    return { ok: false, problem: `${fileName} could not be opened as a zip (${(e as Error).message}).` };
  }
  if (count > MAX_ZIP_FILES) return { ok: false, problem: `${fileName} holds ${count} files; import at most ${MAX_ZIP_FILES} at a time.` };
  if (claimed > MAX_UNZIPPED_BYTES) return { ok: false, problem: `${fileName} unpacks to more than ${MAX_UNZIPPED_BYTES / 1024 / 1024} MB.` };
  if (tooBig) return { ok: false, problem: `${tooBig} is larger than ${MAX_FILE_BYTES / 1024} KB.` };
  const files: UploadFile[] = [];
  let total = 0;
  for (const [name, data] of Object.entries(entries).sort(([a], [b]) => a.localeCompare(b))) {
    total += data.length;
    if (total > MAX_UNZIPPED_BYTES || data.length > MAX_FILE_BYTES) return { ok: false, problem: `${fileName} unpacks to more than it claims.` };
    if (!TEXTUAL.test(name)) return { ok: false, problem: `${name}: only .txt, .json and .csv transcripts can be imported.` };
    files.push({ name, content: new TextDecoder("utf-8").decode(data) });
  }
  if (files.length === 0) return { ok: false, problem: `${fileName} holds no transcripts.` };
  return { ok: true, files };
}

const EMAIL_IN_NAME = /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/;

/**
 * The agent a file belongs to by its name: an email anywhere in the path, before the extension
 * ("sam@example.com/call-1.txt", "sam@example.com__2026-03-14.csv").
 */
export function emailFromFileName(name: string): string | null {
  const m = EMAIL_IN_NAME.exec(name.replace(/\.(?:txt|text|log|json|csv)$/i, ""));
  return m ? m[0].toLowerCase() : null;
}
