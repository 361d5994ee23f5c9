import { useAppLocale } from "../../app/use-app-locale";
import { formatMoney } from "../../format/format-money";

/** `money(amount, currency)` in the UI language, formatted from the decimal string. */
export function useMoney() {
  const locale = useAppLocale();
  return (amount: string, currency: string) => formatMoney(amount, currency, locale);
}
