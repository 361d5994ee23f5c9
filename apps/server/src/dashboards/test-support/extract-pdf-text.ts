import { inflateSync } from "node:zlib";

/**
 * The text drawn by a pdfkit file with the standard fonts: inflates each content stream and decodes the hex strings
 * of its `TJ` arrays (Windows-1252), one entry per text-showing operator. Enough to check what a PDF says in tests.
 */
export function extractPdfText(pdf: Buffer): string[] {
  const source = pdf.toString("latin1");
  const pieces: string[] = [];
  const streamPattern = /stream\r?\n/g;
  for (let match = streamPattern.exec(source); match; match = streamPattern.exec(source)) {
    const start = match.index + match[0].length;
    const end = source.indexOf("endstream", start);
    if (end < 0) break;
    let content: string;
    try {
      content = inflateSync(pdf.subarray(start, end)).toString("latin1");
    } catch {
      continue;
    }
    for (const array of content.matchAll(/\[([^\]]*)\]\s*TJ/g)) {
      const hex = [...array[1]!.matchAll(/<([0-9a-fA-F]*)>/g)].map((m) => m[1]).join("");
      pieces.push(decodeWindows1252(Buffer.from(hex, "hex")));
    }
    streamPattern.lastIndex = end;
  }
  return pieces;
}

// Windows-1252 differs from Latin-1 in 0x80–0x9f (Node's TextDecoder may treat the label as Latin-1).
const high = "€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ";

function decodeWindows1252(bytes: Buffer): string {
  return [...bytes].map((b) => (b >= 0x80 && b <= 0x9f ? high[b - 0x80]! : String.fromCharCode(b))).join("");
}
