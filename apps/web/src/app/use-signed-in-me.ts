import type { Me } from "../api/types";
import { useMe } from "../api/use-me";

/** The signed-in user inside the app shell (the router only renders once `/api/me` answered with a user). */
export function useSignedInMe(): Me {
  const me = useMe();
  if (!me.data) throw new Error("useSignedInMe outside the signed-in shell");
  return me.data;
}
