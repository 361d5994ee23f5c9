import { Matrix, solve } from "ml-matrix";

/**
 * Least squares with a ridge penalty per column: β = (XᵀX + diag(λ))⁻¹ Xᵀy. The intercept column gets λ = 0; a
 * small λ on the level effects keeps the fit stable when a level has few customers or the levels are collinear
 * with the intercept, and shrinks a level seen a handful of times toward the all-level average.
 */
export function fitRidge(
  rows: readonly number[][],
  targets: readonly number[],
  penalties: readonly number[],
): number[] {
  const x = new Matrix(rows as number[][]);
  const xt = x.transpose();
  const gram = xt.mmul(x);
  penalties.forEach((penalty, j) => {
    gram.set(j, j, gram.get(j, j) + penalty);
  });
  const right = xt.mmul(Matrix.columnVector(targets as number[]));
  return solve(gram, right).getColumn(0);
}
