import { useCallback } from "react";
import { useTranslation } from "react-i18next";

/** A job role's name in the UI language ("sdr" → "SDR"); an unknown one in capitals. */
export function useRoleName(): (role: string) => string {
  const { t } = useTranslation();
  return useCallback((role: string) => t(`jobRoles.${role}`, { defaultValue: role.toUpperCase() }), [t]);
}
