export { chainOfCommand, managerOf } from "./manager-of";
export { isLineActive, type ReportingLine } from "./reporting-line";
export { directReportsAsOf, reportingTreeAsOf } from "./reporting-tree-as-of";
export { type ReportingLineProblem, validateReportingLines } from "./validate-reporting-lines";
