import { useMutation } from "@tanstack/react-query";
import { ApiProblem } from "./api-fetch";
import type { QuotaSheetPreview } from "./planning-types";
import { scenarioPath } from "./use-planning";

/** Where the browser downloads a scenario's quota sheet (the session cookie goes with a plain link). */
export function quotaSheetUrl(scenarioId: string): string {
  return `${scenarioPath(scenarioId)}/quota-sheet.xlsx`;
}

type ProblemBody = { title?: unknown; detail?: unknown; errors?: unknown };

// apiFetch speaks JSON only; an upload is multipart, so it has its own call with the same error type.
async function previewQuotaSheet(scenarioId: string, file: File): Promise<QuotaSheetPreview> {
  const form = new FormData();
  form.set("file", file);
  let response: Response;
  try {
    response = await fetch(`${scenarioPath(scenarioId)}/quota-sheet/preview`, {
      method: "POST",
      credentials: "same-origin",
      body: form,
    });
  } catch {
    throw new ApiProblem(0, "Network error", undefined);
  }
  if (!response.ok) {
    const body = (await response.json().catch(() => ({}))) as ProblemBody;
    const errors = Array.isArray(body.errors)
      ? body.errors.filter(
          (e): e is { path: string; message: string } =>
            typeof e === "object" &&
            e !== null &&
            typeof e.path === "string" &&
            typeof e.message === "string",
        )
      : [];
    throw new ApiProblem(
      response.status,
      typeof body.title === "string" ? body.title : response.statusText,
      typeof body.detail === "string" ? body.detail : undefined,
      errors,
    );
  }
  return (await response.json()) as QuotaSheetPreview;
}

/** Reads an edited quota sheet and says what it would change; nothing is written. */
export function useQuotaSheetPreview(scenarioId: string) {
  return useMutation({ mutationFn: (file: File) => previewQuotaSheet(scenarioId, file) });
}
