export { evaluateGoalProgress } from "./evaluate-goal-progress";
export type { GoalProgress, GoalProgressInput } from "./evaluate-goal-progress";
export type { GoalExplanationCode } from "./explain-goal-progress";
