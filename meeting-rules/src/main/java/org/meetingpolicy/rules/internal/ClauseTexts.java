package org.meetingpolicy.rules.internal;

import java.time.DayOfWeek;
import java.util.Map;
import org.meetingpolicy.rules.Clause;
import org.meetingpolicy.rules.EvaluationCycle;
import org.meetingpolicy.rules.MeetingPolicy;
import org.meetingpolicy.rules.facts.Format;

/**
 * The clause texts of the policy in force: where the written policy states a parameter (Friday
 * afternoon, one week's notice, two days, ten minutes, every quarter) and the policy in force says
 * otherwise, the status table and reports must say what is in force, not what was first written.
 */
public final class ClauseTexts {

  private static final Map<DayOfWeek, String> ZH_DAYS =
      Map.of(
          DayOfWeek.MONDAY, "一",
          DayOfWeek.TUESDAY, "二",
          DayOfWeek.WEDNESDAY, "三",
          DayOfWeek.THURSDAY, "四",
          DayOfWeek.FRIDAY, "五",
          DayOfWeek.SATURDAY, "六",
          DayOfWeek.SUNDAY, "日");

  private ClauseTexts() {}

  /** The clause as the policy in force words it; unchanged when nothing it states differs. */
  public static Clause inForce(Clause clause, MeetingPolicy policy) {
    MeetingPolicy written = MeetingPolicy.defaults();
    String zh = clause.textZh();
    String en = clause.textEn();
    switch (clause.id()) {
      case "3.1" -> {
        if (policy.regularMeetingDay() != written.regularMeetingDay()) {
          String day = policy.regularMeetingDay().name();
          zh = zh.replace("每周五下午", "每周" + ZH_DAYS.get(policy.regularMeetingDay()) + "下午");
          en =
              en.replace(
                  "Friday afternoon",
                  day.charAt(0) + day.substring(1).toLowerCase() + " afternoon");
        }
      }
      case "3.4" -> {
        if (!policy.noticeLeadTime().equals(written.noticeLeadTime())) {
          String lead = Format.duration(policy.noticeLeadTime());
          zh = zh.replace("至少提前一周", "至少提前 " + lead);
          en = en.replace("at least one week", "at least " + lead);
        }
      }
      case "3.7" -> {
        if (!policy.reconfirmationLeadTime().equals(written.reconfirmationLeadTime())) {
          String lead = Format.duration(policy.reconfirmationLeadTime());
          zh = zh.replace("会议前两天", "会议前 " + lead);
          en = en.replace("Two days before", lead + " before");
        }
      }
      case "5.1" -> {
        if (!policy.expectedArrivalLead().equals(written.expectedArrivalLead())) {
          String lead = Format.duration(policy.expectedArrivalLead());
          zh = zh.replace("提前10分钟", "提前 " + lead);
          en = en.replace("10 minutes", lead);
        }
      }
      case "8.1" -> {
        if (policy.evaluationCycle() == EvaluationCycle.HALF_YEARLY) {
          zh = zh.replace("每季度（或每半年）", "每半年");
          en = en.replace("every quarter (or half-year)", "every half-year");
        }
      }
      default -> {}
    }
    return zh.equals(clause.textZh()) && en.equals(clause.textEn())
        ? clause
        : new Clause(clause.id(), clause.kind(), clause.section(), zh, en);
  }
}
