export { compileFormula } from "./compile-formula";
export { evaluateFormula } from "./evaluate-formula";
export { explainFormula } from "./explain-formula";
export { formatFormulaValue } from "./format-formula-value";
export { FORMULA_LIMITS } from "./limits";
export { orderFormulas } from "./order-formulas";
export type {
  BinaryOperator,
  CompiledFormula,
  FormulaEnvironment,
  FormulaError,
  FormulaNode,
  FormulaType,
  FormulaValue,
  HostFunction,
} from "./types";
