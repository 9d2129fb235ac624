// Moved to lib/ so the item-analysis CSV describes discrimination as the report page does.
export { describeDiscrimination } from "@/lib/results/discrimination-label";
