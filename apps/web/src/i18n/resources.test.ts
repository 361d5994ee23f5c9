import { describe, expect, it } from "vitest";
import { translations } from "./setup-i18n";

const { en, fr } = translations;

function keys(value: unknown, prefix = ""): string[] {
  if (typeof value !== "object" || value === null) return [prefix];
  return Object.entries(value).flatMap(([key, child]) => keys(child, prefix ? `${prefix}.${key}` : key));
}

function placeholders(text: string): string[] {
  return [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1] ?? "").sort();
}

function lookup(tree: unknown, path: string): unknown {
  return path
    .split(".")
    .reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], tree);
}

describe("translations", () => {
  it("French has exactly the English keys", () => expect(keys(fr).sort()).toEqual(keys(en).sort()));
  it("every French string keeps the English placeholders", () => {
    for (const key of keys(en)) {
      expect(placeholders(String(lookup(fr, key))), key).toEqual(placeholders(String(lookup(en, key))));
    }
  });
  it("no French string is left empty", () => {
    for (const key of keys(fr)) expect(String(lookup(fr, key)).trim(), key).not.toBe("");
  });
});
