import { type AppLocale, toIntlLocale } from "../../format/locale";
import type { TimelineEvent } from "../../api/pipeline-types";

/**
 * Oldest first, as the API promises; sorted again here so the page never depends on it. Instants compare as time,
 * not text (offsets may differ); equal instants keep the server's order (a stage change before its activity).
 */
export function timelineOldestFirst(events: readonly TimelineEvent[]): TimelineEvent[] {
  return events
    .map((event, index) => ({ event, index, time: Date.parse(event.at) }))
    .sort((a, b) =>
      a.time === b.time || Number.isNaN(a.time - b.time) ? a.index - b.index : a.time - b.time,
    )
    .map((x) => x.event);
}

/** "2026-11-03T09:30:00Z" → "3 Nov 2026, 10:30" (en, Paris time) / "3 nov. 2026, 10:30" (fr): the reader's own clock. */
export function formatInstant(instant: string, locale: AppLocale, timeZone?: string): string {
  const time = Date.parse(instant);
  if (Number.isNaN(time)) return instant;
  return new Intl.DateTimeFormat(toIntlLocale(locale), {
    dateStyle: "medium",
    timeStyle: "short",
    timeZone,
  }).format(time);
}
