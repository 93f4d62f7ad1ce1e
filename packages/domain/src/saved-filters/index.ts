export * from "./saved-filter-input.schema";
export * from "./saved-filter-rows";
export * from "./create-saved-filter.service";
export * from "./update-saved-filter.service";
export * from "./delete-saved-filter.service";
export * from "./list-saved-filters.service";
