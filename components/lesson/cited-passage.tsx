import { PassageBlock } from "./passage-block";
import { citedBlocks, type PassageCitation } from "@/lib/content/passage-citations";

/** A citation to mark: `anchorId` is where the question's "show in passage" link lands, `backHref` returns to it. */
export type MarkedCitation = PassageCitation & { anchorId: string; label: string; backHref: string };

type Props = { text: string; citations: MarkedCitation[]; headingLevel?: 2 | 3 };

/**
 * The passage with each question's cited sentences in <mark>. Each citation begins with a small link back to
 * its question, which also carries the anchor the question links to, so following the link moves focus there;
 * the marked text right after the followed anchor is shown darker, since many citations overlap.
 */
export function CitedPassage({ text, citations, headingLevel = 2 }: Props) {
  const byKey = new Map(citations.map((c) => [c.key, c]));
  return (
    <div className="max-w-prose font-serif text-lg leading-relaxed">
      {citedBlocks(text, citations).map((block, i) => {
        const content = block.segments.map((s, j) => (
          <span key={j}>
            {s.starts.map((key) => {
              const c = byKey.get(key)!;
              return (
                <a
                  key={key}
                  id={c.anchorId}
                  href={c.backHref}
                  aria-label={`Back to ${c.label.toLowerCase()}`}
                  className="mr-1 scroll-mt-4 align-super font-sans text-xs font-semibold target:outline-3 target:outline-amber-600"
                >
                  {c.label.replace(/^Question /, "Q")}
                </a>
              );
            })}
            {s.cited.length > 0 ? (
              <mark className="rounded-sm bg-amber-100 text-inherit [a:target~&]:bg-amber-300">{s.text}</mark>
            ) : (
              s.text
            )}
          </span>
        ));
        return (
          <PassageBlock key={i} kind={block.kind} headingLevel={headingLevel}>
            {content}
          </PassageBlock>
        );
      })}
    </div>
  );
}
