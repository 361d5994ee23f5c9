import { Anchor, Grid, Skeleton, Stack } from "@mantine/core";
import { Link, useParams } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import { useOpportunity, usePipelineSettings } from "../api/use-pipeline";
import { useSignedInMe } from "../app/use-signed-in-me";
import { ApiError } from "../comp/shared/ApiError";
import { CriteriaPanel } from "./deal/CriteriaPanel";
import { DealEditForm } from "./deal/DealEditForm";
import { DealHeader } from "./deal/DealHeader";
import { DealTimeline } from "./deal/DealTimeline";
import { mayEditDeal } from "./deal/may-edit-deal";

/** One deal: its figures and flags, its history oldest first, its stage's criteria, and (for who may) an edit form. */
export function DealPage() {
  const { t } = useTranslation();
  const me = useSignedInMe();
  const { opportunityId } = useParams({ strict: false }) as { opportunityId: string };
  const detail = useOpportunity(opportunityId);
  const settings = usePipelineSettings();
  const data = detail.data;

  return (
    <Stack gap="md" maw={1280} mx="auto" data-testid="deal-page" data-opportunity-id={opportunityId}>
      <Anchor component={Link} to="/pipeline" size="sm">
        ← {t("pipeline.deal.back")}
      </Anchor>
      {detail.isError ? <ApiError error={detail.error} testId="deal-error" /> : null}
      {!data && !detail.isError ? <Skeleton h={360} /> : null}
      {data ? (
        <>
          <DealHeader deal={data.opportunity} reportingCurrency={me.workspace.reportingCurrency} />
          <Grid gap="md">
            <Grid.Col span={{ base: 12, md: 7 }}>
              <DealTimeline events={data.timeline} currency={data.opportunity.currency} />
            </Grid.Col>
            <Grid.Col span={{ base: 12, md: 5 }}>
              <Stack gap="md">
                <CriteriaPanel
                  criteria={data.criteria}
                  stage={settings.data?.stages.find((s) => s.name === data.criteria.stage)}
                  items={settings.data?.qualification.items ?? []}
                />
                {settings.data && mayEditDeal(me, data.opportunity) ? (
                  <DealEditForm detail={data} settings={settings.data} />
                ) : null}
                {settings.isError ? <ApiError error={settings.error} /> : null}
              </Stack>
            </Grid.Col>
          </Grid>
        </>
      ) : null}
    </Stack>
  );
}
