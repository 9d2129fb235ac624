"use client";

import { DisplaySettings } from "./display-settings";
import { ReadAloud } from "./read-aloud";

/** The reading tools above the passage: listen, and adjust the page. Inside a ReadingSurface. */
export function ReadingTools() {
  return (
    <div data-reading-tools className="mb-3 flex flex-wrap items-start gap-2">
      <ReadAloud />
      <DisplaySettings />
    </div>
  );
}
