export { listImportEntities, type ImportEntityInfo, type ImportFieldInfo } from "./list-import-entities";
export { runImport } from "./run-import";
export * from "./types";
export { ImportRequestError } from "./validate-request";
