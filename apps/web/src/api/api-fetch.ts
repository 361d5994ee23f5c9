/** An RFC 9457 problem returned by the API (or synthesised for network failures). */
export class ApiProblem extends Error {
  constructor(
    readonly status: number,
    readonly title: string,
    readonly detail: string | undefined,
    readonly errors: { path: string; message: string }[] = [],
  ) {
    super(detail ?? title);
  }
}

type ProblemBody = { title?: unknown; detail?: unknown; errors?: unknown };

async function readProblem(response: Response): Promise<ApiProblem> {
  let body: ProblemBody = {};
  try {
    body = (await response.json()) as ProblemBody;
  } catch {
    // not JSON (e.g. a proxy error page): fall back to the status text
  }
  const errors = Array.isArray(body.errors)
    ? body.errors.filter(
        (e): e is { path: string; message: string } =>
          typeof e === "object" && e !== null && typeof e.path === "string" && typeof e.message === "string",
      )
    : [];
  return new ApiProblem(
    response.status,
    typeof body.title === "string" ? body.title : response.statusText,
    typeof body.detail === "string" ? body.detail : undefined,
    errors,
  );
}

/** Same-origin JSON call; throws ApiProblem for any non-2xx answer. */
export async function apiFetch<T>(path: string, init: { method?: string; body?: unknown } = {}): Promise<T> {
  let response: Response;
  try {
    response = await fetch(path, {
      method: init.method ?? "GET",
      credentials: "same-origin",
      headers:
        init.body === undefined ? { accept: "application/json" } : { "content-type": "application/json" },
      body: init.body === undefined ? undefined : JSON.stringify(init.body),
    });
  } catch {
    throw new ApiProblem(0, "Network error", undefined);
  }
  if (!response.ok) throw await readProblem(response);
  if (response.status === 204) return undefined as T;
  return (await response.json()) as T;
}

export function toQueryString(params: Record<string, string | undefined>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) if (value) search.set(key, value);
  const text = search.toString();
  return text ? `?${text}` : "";
}
