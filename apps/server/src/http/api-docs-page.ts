/**
 * A self-contained, readable page of the OpenAPI document (no CDN: Attain must work on a closed network).
 * It renders the document client-side from /api/openapi.json with a few lines of inline script.
 */
export const apiDocsPage = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Attain API</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>
 body{font:15px/1.5 system-ui,sans-serif;margin:0;color:#1f2933;background:#f7f8fa}
 header{background:#1c2541;color:#fff;padding:16px 32px} main{max-width:1100px;margin:0 auto;padding:16px 32px}
 section{background:#fff;border:1px solid #e1e4e8;border-radius:8px;margin:12px 0;padding:12px 16px}
 .m{display:inline-block;min-width:58px;font-weight:700;text-transform:uppercase;font-size:12px;padding:2px 6px;border-radius:4px;color:#fff;text-align:center}
 .get{background:#2f855a}.post{background:#2b6cb0}.patch{background:#b7791f}.put{background:#6b46c1}.delete{background:#c53030}
 code,pre{font-family:ui-monospace,monospace;font-size:13px} pre{background:#f1f3f5;padding:8px;border-radius:6px;overflow:auto;max-height:320px}
 table{border-collapse:collapse;width:100%} td,th{border-bottom:1px solid #eee;padding:4px 8px;text-align:left;vertical-align:top}
 h2{font-size:18px;margin-top:28px} summary{cursor:pointer}
</style></head>
<body><header><h1 style="margin:0;font-size:22px">Attain API</h1>
<div>Machine-readable document: <a style="color:#9ad" href="/api/openapi.json">/api/openapi.json</a> (OpenAPI 3.1).
Errors are <code>application/problem+json</code>; lists are paginated with <code>cursor</code> / <code>nextCursor</code>.</div></header>
<main id="docs">Loading…</main>
<script>
const esc = (s) => String(s ?? "").replace(/[&<>"]/g, (c) => ({"&":"&amp;","<":"&lt;",">":"&gt;","\\"":"&quot;"}[c]));
fetch("/api/openapi.json").then((r) => r.json()).then((doc) => {
  const byTag = {};
  for (const [path, ops] of Object.entries(doc.paths ?? {})) for (const [method, op] of Object.entries(ops)) {
    const tag = (op.tags ?? ["Other"])[0]; (byTag[tag] ??= []).push({ path, method, op });
  }
  let html = "";
  for (const [tag, ops] of Object.entries(byTag)) {
    html += "<h2>" + esc(tag) + "</h2>";
    for (const { path, method, op } of ops) {
      html += '<section><div><span class="m ' + method + '">' + method + "</span> <code>" + esc(path) + "</code> — " + esc(op.summary) + "</div>";
      if (op.description) html += "<p>" + esc(op.description) + "</p>";
      if (op.parameters?.length) html += "<table><tr><th>Parameter</th><th>In</th><th>Required</th><th>Description</th></tr>" +
        op.parameters.map((p) => "<tr><td><code>" + esc(p.name) + "</code></td><td>" + esc(p.in) + "</td><td>" + (p.required ? "yes" : "no") + "</td><td>" + esc(p.description ?? p.schema?.description ?? "") + "</td></tr>").join("") + "</table>";
      const body = op.requestBody?.content && Object.entries(op.requestBody.content)[0];
      if (body) html += "<details><summary>Request body (" + esc(body[0]) + ")</summary><pre>" + esc(JSON.stringify(body[1].schema, null, 2)) + "</pre></details>";
      html += "<details><summary>Responses: " + Object.keys(op.responses ?? {}).map(esc).join(", ") + "</summary>" +
        Object.entries(op.responses ?? {}).map(([code, r]) => "<p><b>" + esc(code) + "</b> " + esc(r.description) + "</p>" +
          (r.content ? "<pre>" + esc(JSON.stringify(Object.values(r.content)[0].schema, null, 2)) + "</pre>" : "")).join("") + "</details></section>";
    }
  }
  const schemas = doc.components?.schemas ?? {};
  if (Object.keys(schemas).length) html += "<h2>Schemas</h2>" + Object.entries(schemas).map(([n, s]) =>
    "<section><details><summary><code>" + esc(n) + "</code></summary><pre>" + esc(JSON.stringify(s, null, 2)) + "</pre></details></section>").join("");
  document.getElementById("docs").innerHTML = html;
});
</script></body></html>`;
