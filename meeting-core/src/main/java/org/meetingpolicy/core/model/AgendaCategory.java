package org.meetingpolicy.core.model;

import org.jspecify.annotations.Nullable;

/** The kinds of agenda item the policy names (4.1–4.8), each tied to its clause. */
public enum AgendaCategory {
  /** Company and department policy, industry news, priorities (4.1). */
  POLICY_AND_PRIORITIES("4.1"),
  /** Success stories by top performers (4.2). */
  SUCCESS_STORIES("4.2"),
  /** Market analysis (4.3). */
  MARKET_ANALYSIS("4.3"),
  /** Practical problems raised by sales staff (4.4). */
  PRACTICAL_PROBLEMS("4.4"),
  /** Next-period sales strategy (4.5). */
  SALES_STRATEGY("4.5"),
  /** Team building and incentives (4.6). */
  TEAM_BUILDING("4.6"),
  /** Personal development plans (4.7). */
  PERSONAL_DEVELOPMENT("4.7"),
  /** Summary and feedback, the last item (4.8). */
  SUMMARY_AND_FEEDBACK("4.8"),
  /** Anything else. */
  OTHER(null);

  private final @Nullable String clause;

  AgendaCategory(@Nullable String clause) {
    this.clause = clause;
  }

  /** The policy clause that asks for this item, or null for {@link #OTHER}. */
  public @Nullable String clause() {
    return clause;
  }
}
