export { importSuperstore, type SuperstoreReport } from "./import-superstore";
export { type SuperstoreProblem, SuperstoreImportError } from "./read-superstore-files";
