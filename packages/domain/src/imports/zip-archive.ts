import { strFromU8, unzipSync } from "fflate";
import { UnreadableImport } from "./import-plan";

/** What a zip may hold before it is refused: a small archive that inflates to gigabytes is an attack. */
export interface ZipLimits {
  maxEntries: number;
  maxTotalBytes: number;
}

export const DEFAULT_ZIP_LIMITS: ZipLimits = { maxEntries: 2_000, maxTotalBytes: 50 * 1024 * 1024 };

/**
 * The text files of a base64 zip, by path. The entry count and the sizes the entries declare are checked
 * before anything is inflated, and each entry inflates into a buffer of its declared size, so a lying
 * header cannot make it grow past the limit either.
 */
export function readZipTextFiles(
  base64: string,
  limits: ZipLimits = DEFAULT_ZIP_LIMITS,
): Map<string, string> {
  const bytes = Buffer.from(base64, "base64");
  let entries = 0;
  let declared = 0;
  let unzipped: Record<string, Uint8Array>;
  try {
    unzipped = unzipSync(bytes, {
      filter: (file) => {
        entries += 1;
        declared += file.originalSize;
        if (entries > limits.maxEntries)
          throw new UnreadableImport(`the zip holds more than ${limits.maxEntries} files`);
        if (declared > limits.maxTotalBytes) {
          throw new UnreadableImport(`the zip inflates to more than ${limits.maxTotalBytes} bytes`);
        }
        return !file.name.endsWith("/");
      },
    });
  } catch (error) {
    if (error instanceof UnreadableImport) throw error;
    throw new UnreadableImport("the content is not a zip file (base64)");
  }
  const files = new Map<string, string>();
  for (const [name, content] of Object.entries(unzipped)) files.set(name, strFromU8(content));
  return files;
}
