export { demoCompanyExists } from "./demo-company-exists";
export { DEMO_LOGINS, DEMO_PASSWORD, type DemoLogin, demoLogins } from "./demo-logins";
export {
  type DemoCast,
  type DemoCompany,
  type DemoCompanyOptions,
  generateDemoCompany,
} from "./generate-demo-company";
export { type DemoLoadResult, type LoadDemoOptions, loadDemoCompany } from "./load-demo-company";
