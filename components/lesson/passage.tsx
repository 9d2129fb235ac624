import { passageBlocks } from "@/lib/content/passage-blocks";

export function Passage({ text, headingLevel = 2 }: { text: string; headingLevel?: 2 | 3 }) {
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <div className="max-w-prose font-serif text-lg leading-relaxed">
      {passageBlocks(text).map((block, i) =>
        block.kind === "heading" ? (
          <Heading key={i} className="mt-6 mb-2 font-sans text-xl font-semibold">
            {block.text}
          </Heading>
        ) : (
          <p key={i} className="mb-4">
            {block.text}
          </p>
        ),
      )}
    </div>
  );
}
