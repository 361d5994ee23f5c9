import { ApiError, type FieldProblem } from "../../http/problem";

/** 422: a well-formed request that names records that do not exist or breaks a rule across fields. */
export function unprocessable(
  errors: FieldProblem[],
  detail = "The request cannot be applied; see `errors`.",
): ApiError {
  return new ApiError(422, "Unprocessable request", detail, errors);
}
