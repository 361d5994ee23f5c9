/** A refusal the server gave for one field, in its words. */
export type ServerFieldErrors = Partial<Record<string, string>>;

/**
 * The API's 422 paths by the builder's field path: "config.tiers[1].share" and "body.config.tiers.1.share" both
 * become "tiers[1].share"; "validFrom" and "name" stay as they are. Several messages for one field are joined.
 */
export function toServerFieldErrors(errors: readonly { path: string; message: string }[]): ServerFieldErrors {
  const byField: ServerFieldErrors = {};
  for (const { path, message } of errors) {
    const field = path
      .replace(/^(body\.)?(config\.)?/, "")
      .replace(/\.(\d+)(?=\.|$)/g, "[$1]")
      .replace(/^(\d+)/, "[$1]");
    byField[field] = byField[field] ? `${byField[field]}; ${message}` : message;
  }
  return byField;
}

/** The server's messages no field of the form shows (`shown`: `formFieldPaths`); they go above the form. */
export function unplacedErrors(errors: ServerFieldErrors, shown: readonly string[]): string[] {
  return Object.entries(errors).flatMap(([field, message]) =>
    message && !shown.includes(field) ? [`${field}: ${message}`] : [],
  );
}
