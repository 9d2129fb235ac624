-- The seed compares it with the shipped file to install rewritten demo lessons as a new version.
ALTER TABLE "Article" ADD COLUMN "shippedVersion" TEXT;
