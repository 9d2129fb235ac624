import { AboutArticle } from "./about-article";
import { Passage } from "./passage";

type Props = { objectives: string[]; passage: string; about?: string | null };

/** The reading column of a student's assignment page (also the teacher's preview of it). */
export function StudentReading({ objectives, passage, about }: Props) {
  return (
    <div>
      <AboutArticle about={about} />
      <section aria-labelledby="reading-heading">
        <h2 id="reading-heading" className="mb-2 text-xl font-semibold">
          Read the passage
        </h2>
        <div className="mb-4 rounded-lg border border-stone-300 bg-white p-4">
          <h3 className="font-semibold">You will learn to</h3>
          <ul className="mt-1 list-disc pl-6">
            {objectives.map((o) => (
              <li key={o}>{o}</li>
            ))}
          </ul>
        </div>
        <Passage text={passage} headingLevel={3} />
      </section>
    </div>
  );
}
