// Moved to lib/ so exports (CSV) name types as the pages do; kept here for the components that import it.
export { TYPE_LABELS } from "@/lib/content/type-labels";
