/** Known marketing channels and what files call them; other labels are kept in snake case. */
export const channelLabels: Readonly<Record<string, readonly string[]>> = {
  organic_search: ["organic", "seo", "organic search", "recherche organique"],
  paid_search: ["sea", "ppc", "adwords", "google ads", "paid search", "cpc"],
  social: ["social media", "organic social", "paid social", "réseaux sociaux"],
  referral: ["referrals", "partner", "recommandation"],
  direct: ["direct traffic", "typed", "direct"],
  email: ["e-mail", "newsletter", "mail", "emailing"],
  events: ["event", "trade show", "webinar", "salon", "événement"],
  abm: ["account based marketing", "abm list", "target accounts"],
  display: ["banner", "display ads"],
};
