import { createReadStream } from "node:fs";
import { Readable } from "node:stream";

export type FileFormat = "csv" | "xlsx";

export type OpenedSource = {
  format: FileFormat;
  /** The first bytes, already read; `body` yields them again followed by the rest. */
  head: Buffer;
  body: Readable;
};

export class FileFormatError extends Error {}

const HEAD_BYTES = 64 * 1024;

/**
 * Opens the file and decides its format from its first bytes, never from its name: XLSX is a ZIP archive
 * ("PK\x03\x04"), CSV is text. A name that says otherwise, binary content or an empty file is refused.
 */
export async function openSource(
  source: NodeJS.ReadableStream | Readable | string,
  fileName: string,
): Promise<OpenedSource> {
  const stream: Readable =
    typeof source === "string"
      ? createReadStream(source)
      : source instanceof Readable
        ? source
        : Readable.from(source as AsyncIterable<Buffer>);
  const iterator = stream[Symbol.asyncIterator]() as AsyncIterator<Buffer | string>;
  const chunks: Buffer[] = [];
  let length = 0;
  let done = false;
  while (length < HEAD_BYTES) {
    const next = await iterator.next();
    if (next.done) {
      done = true;
      break;
    }
    const chunk = typeof next.value === "string" ? Buffer.from(next.value) : next.value;
    chunks.push(chunk);
    length += chunk.length;
  }
  const head = Buffer.concat(chunks);
  const format = detectFormat(head, fileName);
  async function* replay() {
    yield head;
    if (done) return;
    for (;;) {
      const next = await iterator.next();
      if (next.done) return;
      yield typeof next.value === "string" ? Buffer.from(next.value) : next.value;
    }
  }
  return { format, head, body: Readable.from(replay(), { objectMode: false }) };
}

export function detectFormat(head: Buffer, fileName: string): FileFormat {
  const extension = /\.([a-z0-9]+)$/i.exec(fileName)?.[1]?.toLowerCase();
  const withoutBom = head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf ? head.subarray(3) : head;
  if (withoutBom.toString("utf8").trim() === "") throw new FileFormatError("The file is empty.");
  const isZip = head[0] === 0x50 && head[1] === 0x4b && head[2] === 0x03 && head[3] === 0x04;
  if (isZip) {
    if (extension && extension !== "xlsx")
      throw new FileFormatError(
        `"${fileName}" is named .${extension} but is a ZIP archive (an XLSX workbook?); rename it .xlsx or export it as CSV.`,
      );
    return "xlsx";
  }
  if (head[0] === 0xd0 && head[1] === 0xcf && head[2] === 0x11 && head[3] === 0xe0)
    throw new FileFormatError("This is an old Excel .xls workbook; save it as .xlsx or CSV.");
  if (looksBinary(head))
    throw new FileFormatError(`"${fileName}" is not a text (CSV) file nor an XLSX workbook.`);
  if (extension === "xlsx" || extension === "xlsm")
    throw new FileFormatError(
      `"${fileName}" is named .${extension} but contains text, not a workbook; name it .csv.`,
    );
  return "csv";
}

/** NUL bytes or many control characters: not text. */
function looksBinary(head: Buffer): boolean {
  let control = 0;
  const sample = head.subarray(0, 8192);
  for (const byte of sample) {
    if (byte === 0) return true;
    if (byte < 9 || (byte > 13 && byte < 32)) control++;
  }
  return control > sample.length * 0.01;
}
