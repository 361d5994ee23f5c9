export {
  addDays,
  addMonths,
  daysBetween,
  firstDayOfMonth,
  isValidDate,
  isValidMonth,
  lastDayOfMonth,
  monthOf,
  monthsInRange,
  shiftMonth,
} from "./dates";
export {
  type FiscalQuarter,
  fiscalQuarterOf,
  fiscalQuarterRange,
  formatFiscalQuarter,
  parseFiscalQuarter,
} from "./fiscal-quarter";
export { type FiscalCalendar, fiscalYearOf, fiscalYearRange } from "./fiscal-year";
