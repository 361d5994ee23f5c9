import { RevenuePage } from "../revenue/RevenuePage";
import { useSignedInMe } from "./use-signed-in-me";

export function RevenueRoute() {
  return <RevenuePage me={useSignedInMe()} />;
}
