import { createWriteStream } from "node:fs";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import busboy from "busboy";
import { ApiError } from "./problem";

/** Streams a multipart field `file`, or a raw body, to `path`; returns the client's file name. */
export async function receiveUpload(
  request: Request,
  path: string,
  rawFileName: string | undefined,
  maxBytes: number,
): Promise<string> {
  const length = Number(request.headers.get("content-length") ?? "0");
  if (length > maxBytes)
    throw new ApiError(413, "File too large", `Uploads are limited to ${sizeText(maxBytes)}.`);
  if (!request.body)
    throw new ApiError(400, "No file", "Send the file as multipart field `file` or as the request body.");
  const body = Readable.fromWeb(request.body as import("node:stream/web").ReadableStream<Uint8Array>);
  const contentType = request.headers.get("content-type") ?? "";
  if (!contentType.startsWith("multipart/form-data")) {
    await pipeline(body, limitBytes(maxBytes), createWriteStream(path));
    return rawFileName ?? "upload";
  }
  let parser: busboy.Busboy;
  try {
    parser = busboy({
      headers: { "content-type": contentType },
      limits: { files: 1, fileSize: maxBytes },
    });
  } catch {
    // busboy throws synchronously on a multipart content type without a boundary.
    throw new ApiError(400, "Malformed upload", "The multipart content type has no boundary.");
  }
  return new Promise<string>((resolve, reject) => {
    let fileName: string | undefined;
    let writing: Promise<void> | undefined;
    parser.on("file", (field, stream, info) => {
      if (field !== "file") {
        stream.resume();
        return;
      }
      fileName = info.filename;
      stream.on("limit", () =>
        reject(new ApiError(413, "File too large", "The upload exceeds the size limit.")),
      );
      writing = pipeline(stream, createWriteStream(path));
    });
    parser.on("error", () =>
      reject(new ApiError(400, "Malformed upload", "The multipart body could not be read.")),
    );
    parser.on("close", () => {
      if (!writing || !fileName) {
        reject(new ApiError(400, "No file", "The multipart body has no field named `file`."));
        return;
      }
      writing.then(() => resolve(fileName ?? "upload"), reject);
    });
    body.pipe(parser);
  });
}

function limitBytes(maxBytes: number) {
  let seen = 0;
  return async function* (source: AsyncIterable<Buffer>) {
    for await (const chunk of source) {
      seen += chunk.length;
      if (seen > maxBytes) throw new ApiError(413, "File too large", "The upload exceeds the size limit.");
      yield chunk;
    }
  };
}

function sizeText(bytes: number): string {
  return bytes >= 1024 ** 3 ? `${bytes / 1024 ** 3} GiB` : `${Math.round(bytes / 1024 ** 2)} MiB`;
}
