import { CholeskyDecomposition, Matrix } from "ml-matrix";
import { EngineInputError } from "../../errors";

/**
 * L2-regularised logistic regression by Newton's method (IRLS): β ← β + (XᵀWX + λI′)⁻¹ (Xᵀ(y − μ) − λI′β), where
 * I′ is the identity without the intercept (column 0 is never penalised). The p × p system is solved by Cholesky
 * (ml-matrix); XᵀWX is accumulated row by row so an n × p matrix is never materialised twice.
 */
export function fitLogisticRegression(
  rows: readonly number[][],
  labels: readonly boolean[],
  options: { lambda?: number; maxIterations?: number; tolerance?: number } = {},
): { coefficients: number[]; iterations: number; converged: boolean } {
  const lambda = options.lambda ?? 1;
  const maxIterations = options.maxIterations ?? 50;
  const tolerance = options.tolerance ?? 1e-8;
  if (rows.length === 0 || rows.length !== labels.length)
    throw new EngineInputError(
      "Logistic regression needs as many labels as rows, and at least one row",
      rows.length,
    );
  const p = (rows[0] as number[]).length;
  let beta = new Array<number>(p).fill(0);
  for (let iteration = 1; iteration <= maxIterations; iteration++) {
    const hessian = new Matrix(p, p);
    const gradient = new Array<number>(p).fill(0);
    for (let i = 0; i < rows.length; i++) {
      const x = rows[i] as number[];
      const mu = sigmoid(dot(x, beta));
      const w = Math.max(mu * (1 - mu), 1e-10);
      const residual = (labels[i] ? 1 : 0) - mu;
      for (let j = 0; j < p; j++) {
        const xj = x[j] as number;
        if (xj === 0) continue;
        gradient[j] = (gradient[j] as number) + xj * residual;
        const wxj = w * xj;
        for (let k = j; k < p; k++) {
          const xk = x[k] as number;
          if (xk !== 0) hessian.set(j, k, hessian.get(j, k) + wxj * xk);
        }
      }
    }
    for (let j = 0; j < p; j++) {
      for (let k = 0; k < j; k++) hessian.set(j, k, hessian.get(k, j));
      if (j > 0) {
        hessian.set(j, j, hessian.get(j, j) + lambda);
        gradient[j] = (gradient[j] as number) - lambda * (beta[j] as number);
      }
    }
    // A column that is all zeros (and the unpenalised intercept with no rows) gets a tiny ridge to stay solvable.
    for (let j = 0; j < p; j++) hessian.set(j, j, hessian.get(j, j) + 1e-9);
    const step = new CholeskyDecomposition(hessian).solve(Matrix.columnVector(gradient)).to1DArray();
    beta = beta.map((value, j) => value + (step[j] as number));
    const size = Math.max(...step.map(Math.abs));
    if (size < tolerance) return { coefficients: beta, iterations: iteration, converged: true };
  }
  return { coefficients: beta, iterations: maxIterations, converged: false };
}

export function sigmoid(z: number): number {
  return z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z));
}

export function dot(x: readonly number[], beta: readonly number[]): number {
  let sum = 0;
  for (let j = 0; j < x.length; j++) sum += (x[j] as number) * (beta[j] as number);
  return sum;
}
