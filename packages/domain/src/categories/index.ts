export * from "./category-input.schema";
export * from "./category-access";
export * from "./create-category.service";
export * from "./update-category.service";
export * from "./delete-category.service";
export * from "./list-categories.service";
export * from "./category-rows";
