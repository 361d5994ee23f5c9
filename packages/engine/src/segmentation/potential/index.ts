// Account potential (docs/calculations/account-potential.md): a log-linear model of what an account could buy.
export { checkPotentialConfig } from "./check-potential-config";
export { estimatePotential, MIN_CUSTOMERS as MIN_POTENTIAL_CUSTOMERS } from "./estimate-potential";
