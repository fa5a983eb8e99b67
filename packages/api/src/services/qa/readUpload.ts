import { Inflate } from "fflate";

/**
 * Turns an upload (one file, or a zip of many) into named text files, refusing oversized input before
 * anything is inflated or parsed. Sizes are read from the zip's directory, so a zip bomb is refused
 * on what it claims, and no entry is inflated past what it claims.
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

interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  /** What the central directory claims the entry inflates to. */
  size: number;
  dataStart: number;
}

class ZipError extends Error {}

/**
 * The central directory's entries. Zip64 archives (entries or offsets past 4 GB) are refused: an
 * upload is at most MAX_UPLOAD_BYTES.
 */
function zipEntries(bytes: Uint8Array): ZipEntry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let end = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 0xffff); i--) {
    if (view.getUint32(i, true) === 0x06054b50) {
      end = i;
      break;
    }
  }
  if (end < 0) throw new ZipError("no zip directory");
  const count = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  if (count === 0xffff || at === 0xffffffff) throw new ZipError("zip64 archives are not supported");
  const entries: ZipEntry[] = [];
  for (let i = 0; i < count; i++) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== 0x02014b50) throw new ZipError("damaged zip directory");
    const flags = view.getUint16(at + 8, true);
    const nameLength = view.getUint16(at + 28, true);
    const local = view.getUint32(at + 42, true);
    const name = new TextDecoder(flags & 0x800 ? "utf-8" : "latin1").decode(bytes.subarray(at + 46, at + 46 + nameLength));
    if (local + 30 > bytes.length || view.getUint32(local, true) !== 0x04034b50) throw new ZipError(`damaged entry ${name}`);
    const dataStart = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
    const compressedSize = view.getUint32(at + 20, true);
    if (dataStart + compressedSize > bytes.length) throw new ZipError(`damaged entry ${name}`);
    entries.push({ name, method: view.getUint16(at + 10, true), compressedSize, size: view.getUint32(at + 24, true), dataStart });
    at += 46 + nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return entries;
}

class Overflow extends Error {}

/**
 * One entry's bytes, inflating no further than the size the directory claims: a deflate stream can
 * expand a thousandfold, so an entry that lies about its size is refused after at most one
 * chunk's worth past the claim instead of being inflated whole (fflate's unzipSync inflates it all
 * and truncates, which let a 3 MB upload burn a minute of CPU).
 */
function inflateEntry(bytes: Uint8Array, e: ZipEntry): Uint8Array {
  const data = bytes.subarray(e.dataStart, e.dataStart + e.compressedSize);
  if (e.method === 0) {
    if (data.length !== e.size) throw new Overflow();
    return data;
  }
  if (e.method !== 8) throw new ZipError(`${e.name} uses an unsupported compression method`);
  const out = new Uint8Array(e.size);
  let size = 0;
  const inflater = new Inflate((chunk) => {
    if (size + chunk.length > e.size) throw new Overflow();
    out.set(chunk, size);
    size += chunk.length;
  });
  const CHUNK = 1024;
  for (let i = 0; i < data.length; i += CHUNK) inflater.push(data.subarray(i, i + CHUNK), i + CHUNK >= data.length);
  if (data.length === 0) inflater.push(new Uint8Array(0), true);
  if (size !== e.size) throw new ZipError(`${e.name} is damaged`);
  return out;
}

export function readUpload(fileName: string, bytes: Uint8Array): UploadResult {
  if (bytes.length > MAX_UPLOAD_BYTES) return { ok: false, problem: `The upload is larger than ${MAX_UPLOAD_BYTES / 1024 / 1024} MB.` };
  if (!isZip(bytes)) {
    if (bytes.length > MAX_FILE_BYTES) return { ok: false, problem: `${fileName} is larger than ${MAX_FILE_BYTES / 1024} KB.` };
    return { ok: true, files: [{ name: fileName, content: new TextDecoder("utf-8").decode(bytes) }] };
  }
  let entries: ZipEntry[];
  try {
    entries = zipEntries(bytes).filter((f) => !(f.name.endsWith("/") || f.name.startsWith("__MACOSX/") || /(?:^|\/)\./.test(f.name)));
  } catch (e) {
    return { ok: false, problem: `${fileName} could not be opened as a zip (${(e as Error).message}).` };
  }
  // Refused on what the directory claims before anything is inflated.
  if (entries.length > MAX_ZIP_FILES) return { ok: false, problem: `${fileName} holds ${entries.length} files; import at most ${MAX_ZIP_FILES} at a time.` };
  if (entries.reduce((sum, f) => sum + f.size, 0) > MAX_UNZIPPED_BYTES) return { ok: false, problem: `${fileName} unpacks to more than ${MAX_UNZIPPED_BYTES / 1024 / 1024} MB.` };
  const tooBig = entries.find((f) => f.size > MAX_FILE_BYTES);
  if (tooBig) return { ok: false, problem: `${tooBig.name} is larger than ${MAX_FILE_BYTES / 1024} KB.` };
  const other = entries.find((f) => !TEXTUAL.test(f.name));
  if (other) return { ok: false, problem: `${other.name}: only .txt, .json and .csv transcripts can be imported.` };
  const files: UploadFile[] = [];
  for (const entry of [...entries].sort((a, b) => a.name.localeCompare(b.name))) {
    let data: Uint8Array;
    try {
      data = inflateEntry(bytes, entry);
    } catch (e) {
      if (e instanceof Overflow) return { ok: false, problem: `${fileName} unpacks to more than it claims.` };
      return { ok: false, problem: `${fileName} could not be opened as a zip (${(e as Error).message}).` };
    }
    files.push({ name: entry.name, content: new TextDecoder("utf-8").decode(data) });
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
