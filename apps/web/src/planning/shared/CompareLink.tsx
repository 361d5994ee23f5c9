import { Anchor } from "@mantine/core";
import { useNavigate } from "@tanstack/react-router";
import type { ReactNode } from "react";
import { compareHref } from "./compare-href";

type Props = { base?: string; other?: string; children: ReactNode; testId?: string };

/** A real link (it can be opened in a new tab) that stays in the app when clicked. */
export function CompareLink({ base, other, children, testId }: Props) {
  const navigate = useNavigate();
  return (
    <Anchor
      href={compareHref({ base, other })}
      size="sm"
      data-testid={testId}
      onClick={(event) => {
        if (event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return;
        event.preventDefault();
        void navigate({ to: "/planning/compare", search: { base, other } });
      }}
    >
      {children}
    </Anchor>
  );
}
