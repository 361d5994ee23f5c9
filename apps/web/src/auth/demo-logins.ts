/** The demo company's sign-ins, shown as a hint on the sign-in page (same list as the README). */
export const demoPassword = "attain-demo";

export const demoLogins: readonly { email: string; role: string }[] = [
  { email: "admin@demo.attain.dev", role: "admin" },
  { email: "finance@demo.attain.dev", role: "comp_admin" },
  { email: "hr@demo.attain.dev", role: "hr" },
  { email: "director@demo.attain.dev", role: "manager" },
  { email: "manager@demo.attain.dev", role: "manager" },
  { email: "rep@demo.attain.dev", role: "rep" },
  { email: "rep2@demo.attain.dev", role: "rep" },
  { email: "marketing@demo.attain.dev", role: "marketing" },
  { email: "viewer@demo.attain.dev", role: "viewer" },
];
