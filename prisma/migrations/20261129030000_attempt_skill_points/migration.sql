-- AlterTable
ALTER TABLE "Attempt" ADD COLUMN "skillPoints" DOUBLE PRECISION[];

-- Backfill: every submitted attempt's points per skill tag, in the "Skill" enum's order, as
-- lib/attempts/skill-points.ts writes them with every score from now on.
UPDATE "Attempt" a SET "skillPoints" = (
  SELECT array_agg(COALESCE(t.points, 0) ORDER BY s.n)
  FROM unnest(enum_range(NULL::"Skill")) WITH ORDINALITY AS s(skill, n)
  LEFT JOIN (
    SELECT q.skill, sum(r.points)::float8 AS points
    FROM "Response" r
    JOIN "Question" q ON q.id = r."questionId"
    WHERE r."attemptId" = a.id
    GROUP BY q.skill
  ) t ON t.skill = s.skill)
WHERE a.status = 'SUBMITTED';
