"use client";

import { Button } from "../ui/button";

/** Opens the browser's print dialog; the page's print stylesheet leaves only the lesson on paper. */
export function PrintButton() {
  return <Button onClick={() => window.print()}>Print</Button>;
}
