import type { SqlSession } from "@attain/db";
import { divideAmount, type ExchangeRate } from "@attain/engine";

/**
 * Monthly rates into each plan currency, as the crediting engine takes them (`from` → `to`, valid from the 1st).
 * The workspace stores rates into its reporting currency; into another plan currency the cross rate
 * rate(from) ÷ rate(plan) is rounded to 10 decimal places (half-even, exactly), and the reporting currency itself converts at
 * 1 ÷ rate(plan), rounded the same way.
 */
export async function loadExchangeRates(
  sql: SqlSession,
  params: { workspaceId: string; reportingCurrency: string; planCurrencies: readonly string[]; to: string },
): Promise<ExchangeRate[]> {
  const rows = await sql.query<{ currency: string; month: string; rate: string }>(
    `select currency, month, rate::text as rate from exchange_rates
     where workspace_id = $1 and month <= $2::date order by currency, month`,
    [params.workspaceId, params.to],
  );
  const rates: ExchangeRate[] = [];
  for (const planCurrency of params.planCurrencies) {
    if (planCurrency === params.reportingCurrency) {
      for (const r of rows)
        rates.push({ from: r.currency, to: planCurrency, validFrom: r.month, rate: r.rate });
      continue;
    }
    const planRates = new Map(rows.filter((r) => r.currency === planCurrency).map((r) => [r.month, r.rate]));
    for (const r of rows) {
      const divisor = planRates.get(r.month);
      if (!divisor || r.currency === planCurrency) continue;
      rates.push({
        from: r.currency,
        to: planCurrency,
        validFrom: r.month,
        rate: crossRate(r.rate, divisor),
      });
    }
    for (const [month, divisor] of planRates)
      rates.push({
        from: params.reportingCurrency,
        to: planCurrency,
        validFrom: month,
        rate: crossRate("1", divisor),
      });
  }
  return rates;
}

function crossRate(rate: string, divisor: string): string {
  return divideAmount(rate, divisor, 10, "half_even");
}
