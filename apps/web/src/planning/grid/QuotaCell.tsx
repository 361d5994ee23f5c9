import { TextInput, UnstyledButton } from "@mantine/core";
import { type KeyboardEvent, useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { useAppLocale } from "../../app/use-app-locale";
import { compareDecimalStrings } from "../../format/decimal-string";
import { formatPlanAmount } from "../shared/format-plan-amount";
import { parseAmountInput } from "./parse-amount-input";

type Props = {
  amount: string;
  /** "Ann Smith, March 2027": names the cell for screen readers and the editor. */
  label: string;
  editable: boolean;
  row: number;
  col: number;
  onCommit: (amount: string) => void;
  /** An arrow key pressed on the cell (not while editing): the grid moves the focus. */
  onArrow: (key: string, row: number, col: number) => void;
};

/**
 * One amount of the grid. Editable cells are buttons: Enter, F2, a digit or a double click opens the editor;
 * Enter saves (only a decimal ≥ 0 with at most two decimals, else the reason shows under the field), Escape
 * cancels, leaving the field saves what is valid.
 */
export function QuotaCell({ amount, label, editable, row, col, onCommit, onArrow }: Props) {
  const { t } = useTranslation();
  const locale = useAppLocale();
  const [text, setText] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const shown = formatPlanAmount(amount, locale);
  const button = useRef<HTMLButtonElement>(null);
  // After Enter or Escape the focus goes back to the cell, so the keyboard user carries on from there.
  const refocus = useRef(false);
  useEffect(() => {
    if (text === null && refocus.current) {
      refocus.current = false;
      button.current?.focus();
    }
  });

  if (!editable)
    return (
      <span className="num" data-cell-amount={amount}>
        {shown}
      </span>
    );

  const open = (initial: string) => {
    setError(null);
    setText(initial);
  };
  const close = () => {
    setText(null);
    setError(null);
  };
  const save = (leaving: boolean) => {
    if (text === null) return;
    const parsed = parseAmountInput(text, locale);
    if (!parsed.ok) {
      if (leaving) close();
      else {
        refocus.current = false;
        setError(t(`planning.input.${parsed.reason}`));
      }
      return;
    }
    close();
    if (compareDecimalStrings(parsed.amount, amount) !== 0) onCommit(parsed.amount);
  };

  if (text !== null)
    return (
      <TextInput
        size="xs"
        autoFocus
        aria-label={t("planning.grid.editLabel", { cell: label })}
        value={text}
        error={error}
        onChange={(e) => {
          setText(e.currentTarget.value);
          setError(null);
        }}
        onFocus={(e) => e.currentTarget.select()}
        onBlur={() => save(true)}
        onKeyDown={(e) => {
          if (e.key === "Enter") {
            e.preventDefault();
            refocus.current = true;
            save(false);
          } else if (e.key === "Escape") {
            e.preventDefault();
            refocus.current = true;
            close();
          }
        }}
        styles={{ input: { textAlign: "right", fontVariantNumeric: "tabular-nums", minWidth: 96 } }}
        data-testid="cell-editor"
      />
    );

  const onKeyDown = (e: KeyboardEvent<HTMLButtonElement>) => {
    if (e.key === "Enter" || e.key === "F2") {
      e.preventDefault();
      open(locale === "fr" ? amount.replace(".", ",") : amount);
    } else if (/^[0-9]$/.test(e.key) && !e.ctrlKey && !e.metaKey) {
      e.preventDefault();
      open(e.key);
    } else if (e.key.startsWith("Arrow")) {
      e.preventDefault();
      onArrow(e.key, row, col);
    }
  };

  return (
    <UnstyledButton
      ref={button}
      className="plan-cell num"
      aria-label={t("planning.grid.cellLabel", { cell: label, amount: shown })}
      data-cell-row={row}
      data-cell-col={col}
      data-cell-amount={amount}
      onDoubleClick={() => open(locale === "fr" ? amount.replace(".", ",") : amount)}
      onKeyDown={onKeyDown}
      onClick={(e) => e.currentTarget.focus()}
    >
      {shown}
    </UnstyledButton>
  );
}
