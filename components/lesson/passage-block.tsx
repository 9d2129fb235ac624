import type { ReactNode } from "react";

type Props = { kind: "heading" | "paragraph"; headingLevel: 2 | 3; children: ReactNode };

/** One block of a passage as every passage view sets it: a heading at the page's level, or a paragraph. */
export function PassageBlock({ kind, headingLevel, children }: Props) {
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return kind === "heading" ? (
    <Heading className="mt-6 mb-2 font-sans text-xl font-semibold">{children}</Heading>
  ) : (
    <p className="mb-4">{children}</p>
  );
}
