package org.meetingpolicy.benchmarks;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.meetingpolicy.core.model.DepartmentRecords;
import org.meetingpolicy.core.model.Invitation;
import org.meetingpolicy.core.model.Meeting;
import org.meetingpolicy.core.model.MeetingKind;
import org.meetingpolicy.core.model.Notice;
import org.meetingpolicy.core.model.PersonId;
import org.meetingpolicy.core.model.Reconfirmation;
import org.meetingpolicy.core.model.RecordSnapshot;
import org.meetingpolicy.core.model.Response;
import org.meetingpolicy.core.model.ResponseKind;
import org.meetingpolicy.rules.Evidence;
import org.meetingpolicy.rules.Finding;
import org.meetingpolicy.rules.Language;
import org.meetingpolicy.rules.MeetingPolicy;
import org.meetingpolicy.rules.Severity;
import org.meetingpolicy.rules.Subject;
import org.meetingpolicy.rules.facts.Format;
import org.meetingpolicy.rules.facts.NoticeFact;

/**
 * The baseline: clauses 3.4 (notice) and 3.7 (reconfirmation) of {@code schedule.drl} — its 14
 * finding rules — written in plain Java with the same semantics, evidence and messages. {@link
 * #SUBSET_CLAUSES} names the subset; an engine with every other rule disabled must give exactly
 * these findings ({@code PlainJavaNoticeRulesTest}). Each method below cites the rule it mirrors.
 */
public final class PlainJavaNoticeRules {

  /** The clauses whose rules this class mirrors: every rule citing them, and no other. */
  public static final Set<String> SUBSET_CLAUSES = Set.of("3.4", "3.7");

  private final MeetingPolicy policy;
  private final ZoneId zone;

  /** Rules for the policy's parameters. */
  public PlainJavaNoticeRules(MeetingPolicy policy) {
    this.policy = policy;
    this.zone = policy.zone();
  }

  /**
   * The findings of every meeting of the records as of the instant, sorted and without repeats.
   * Like the engine, it judges what was known at the instant: a notice sent later is not seen.
   */
  public List<Finding> findings(DepartmentRecords records, Instant asOf) {
    List<Finding> out = new ArrayList<>();
    for (Meeting meeting : RecordSnapshot.at(records, asOf).meetings()) {
      if (meeting.kind() == MeetingKind.REGULAR) {
        notice(meeting, asOf, out);
        reconfirmation(meeting, asOf, out);
      }
    }
    return out.stream().distinct().sorted(Finding.ORDER).toList();
  }

  private void notice(Meeting m, Instant asOf, List<Finding> out) {
    Duration lead = policy.noticeLeadTime();
    Instant deadline = m.start().minus(lead);
    boolean past = !asOf.isBefore(deadline);
    List<Notice> notices = m.notices();
    Subject meeting = Subject.meeting(m.id());
    if (notices.isEmpty()) {
      // schedule.notice-due / schedule.notice-missing
      out.add(
          finding(
              past ? "schedule.notice-missing" : "schedule.notice-due",
              past ? Severity.VIOLATION : Severity.DUE,
              meeting,
              deadline,
              ev("deadline", deadline, "required", lead)));
    }
    Instant first = null;
    boolean anyOnTime = false;
    for (Notice n : notices) {
      if (first == null || n.sentAt().isBefore(first)) {
        first = n.sentAt();
      }
      anyOnTime |= !n.sentAt().isAfter(deadline);
    }
    if (!anyOnTime && first != null) {
      // schedule.notice-too-late: every notice after the deadline; the earliest.
      out.add(
          finding(
              "schedule.notice-too-late",
              Severity.VIOLATION,
              meeting,
              deadline,
              ev(
                  "sentAt",
                  first,
                  "lead",
                  Duration.between(first, m.start()),
                  "required",
                  lead,
                  "deadline",
                  deadline)));
    }
    for (Notice n : notices) {
      if (!policy.noticeChannels().contains(n.channel())) {
        // schedule.notice-channel
        out.add(
            finding(
                "schedule.notice-channel",
                Severity.VIOLATION,
                meeting,
                n.sentAt(),
                ev(
                    "sentAt",
                    n.sentAt(),
                    "channel",
                    n.channel(),
                    "allowed",
                    policy.noticeChannels())));
      }
      if (m.secretary() != null && !n.sentBy().equals(m.secretary())) {
        // schedule.notice-sender
        out.add(
            finding(
                "schedule.notice-sender",
                Severity.VIOLATION,
                meeting,
                n.sentAt(),
                ev("sentAt", n.sentAt(), "sentBy", n.sentBy(), "secretary", m.secretary())));
      }
    }
    if (first != null) {
      // schedule.notice-incomplete: no complete notice that counts (a timely one, or any one when
      // the first was late); reported on each earliest notice.
      boolean firstLate = first.isAfter(deadline);
      boolean completeCounts = false;
      for (Notice n : notices) {
        completeCounts |= n.isComplete() && (!n.sentAt().isAfter(deadline) || firstLate);
      }
      if (!completeCounts) {
        for (Notice n : notices) {
          if (n.sentAt().equals(first)) {
            out.add(
                finding(
                    "schedule.notice-incomplete",
                    Severity.VIOLATION,
                    meeting,
                    first,
                    ev(
                        "sentAt",
                        first,
                        "missing",
                        NoticeFact.missingParts(n),
                        "deadline",
                        deadline)));
          }
        }
      }
    }
    if (!past && !notices.isEmpty()) {
      // schedule.notice-recipient-due
      for (Invitation invitation : m.invitations()) {
        PersonId p = invitation.person();
        if (!notified(notices, p, null)) {
          out.add(
              finding(
                  "schedule.notice-recipient-due",
                  Severity.DUE,
                  Subject.person(m.id(), p),
                  deadline,
                  ev("person", p, "deadline", deadline, "required", lead)));
        }
      }
    }
    if (past && anyOnTime) {
      // schedule.notice-recipient-missing
      for (Invitation invitation : m.invitations()) {
        PersonId p = invitation.person();
        if (!notified(notices, p, deadline)) {
          out.add(
              finding(
                  "schedule.notice-recipient-missing",
                  Severity.VIOLATION,
                  Subject.person(m.id(), p),
                  deadline,
                  ev(
                      "person",
                      p,
                      "deadline",
                      deadline,
                      "required",
                      lead,
                      "firstNotified",
                      firstSentTo(notices, p))));
        }
      }
    }
  }

  private void reconfirmation(Meeting m, Instant asOf, List<Finding> out) {
    Duration lead = policy.reconfirmationLeadTime();
    Instant deadline = m.start().minus(lead);
    boolean past = !asOf.isBefore(deadline);
    Subject meeting = Subject.meeting(m.id());
    Reconfirmation r = m.reconfirmation();
    if (r == null) {
      // schedule.reconfirmation-due / schedule.reconfirmation-missing
      out.add(
          finding(
              past ? "schedule.reconfirmation-missing" : "schedule.reconfirmation-due",
              past ? Severity.VIOLATION : Severity.DUE,
              meeting,
              deadline,
              ev("deadline", deadline, "required", lead)));
      return;
    }
    if (r.at().isAfter(deadline)) {
      // schedule.reconfirmation-late
      out.add(
          finding(
              "schedule.reconfirmation-late",
              Severity.VIOLATION,
              meeting,
              deadline,
              ev(
                  "at",
                  r.at(),
                  "lead",
                  Duration.between(r.at(), m.start()),
                  "required",
                  lead,
                  "deadline",
                  deadline)));
    }
    if (m.secretary() != null && !r.by().equals(m.secretary())) {
      // schedule.reconfirmation-by
      out.add(
          finding(
              "schedule.reconfirmation-by",
              Severity.VIOLATION,
              meeting,
              r.at(),
              ev("by", r.by(), "secretary", m.secretary())));
    }
    // schedule.reconfirmation-invitee-due / schedule.reconfirmation-invitee-missing
    for (Invitation invitation : m.invitations()) {
      PersonId p = invitation.person();
      if (!p.equals(r.by()) && !lastRespondedDecline(m, p) && !r.confirmed().contains(p)) {
        out.add(
            finding(
                past
                    ? "schedule.reconfirmation-invitee-missing"
                    : "schedule.reconfirmation-invitee-due",
                past ? Severity.VIOLATION : Severity.DUE,
                Subject.person(m.id(), p),
                deadline,
                ev("person", p, "at", r.at(), "deadline", deadline)));
      }
    }
  }

  /** Whether a notice (sent by {@code by}, when not null) went to the person or came from them. */
  private static boolean notified(List<Notice> notices, PersonId p, Instant by) {
    for (Notice n : notices) {
      if ((by == null || !n.sentAt().isAfter(by))
          && (n.recipients().contains(p) || n.sentBy().equals(p))) {
        return true;
      }
    }
    return false;
  }

  private static Instant firstSentTo(List<Notice> notices, PersonId p) {
    Instant first = null;
    for (Notice n : notices) {
      if (n.recipients().contains(p) && (first == null || n.sentAt().isBefore(first))) {
        first = n.sentAt();
      }
    }
    return first;
  }

  private static boolean lastRespondedDecline(Meeting m, PersonId p) {
    Response latest = null;
    for (Response r : m.responses()) {
      if (r.person().equals(p) && (latest == null || r.at().isAfter(latest.at()))) {
        latest = r;
      }
    }
    return latest != null && latest.kind() == ResponseKind.DECLINE;
  }

  /**
   * Evidence in the order given, rendered in both languages like {@code Findings.Builder.with},
   * with the words its durations take in a message ({@code Format.prose}).
   */
  private Evidenced ev(Object... namesAndValues) {
    List<Evidence> evidence = new ArrayList<>();
    Map<String, String[]> prose = new HashMap<>();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      String name = (String) namesAndValues[i];
      Object value = namesAndValues[i + 1];
      evidence.add(Evidence.of(name, value, zone));
      if (value instanceof Duration d) {
        prose.put(name, new String[] {Format.prose(d, Language.EN), Format.prose(d, Language.ZH)});
      }
    }
    return new Evidenced(evidence, prose);
  }

  private record Evidenced(List<Evidence> evidence, Map<String, String[]> prose) {
    String inMessage(String name, Language language) {
      if (prose.containsKey(name)) {
        return prose.get(name)[language == Language.ZH ? 1 : 0];
      }
      return evidence.stream()
          .filter(e -> e.name().equals(name))
          .findFirst()
          .orElseThrow()
          .value(language);
    }
  }

  private static Finding finding(
      String ruleId, Severity severity, Subject subject, Instant at, Evidenced evidence) {
    String clause = ruleId.startsWith("schedule.notice") ? "3.4" : "3.7";
    String[] messages = MESSAGES.get(ruleId);
    return new Finding(
        clause,
        ruleId,
        severity,
        subject,
        at,
        evidence.evidence(),
        fill(messages[1], evidence, Language.ZH),
        fill(messages[0], evidence, Language.EN));
  }

  private static String fill(String template, Evidenced evidence, Language language) {
    StringBuilder text = new StringBuilder();
    int from = 0;
    while (true) {
      int open = template.indexOf('{', from);
      if (open < 0) {
        return text.append(template, from, template.length()).toString();
      }
      int close = template.indexOf('}', open);
      String name = template.substring(open + 1, close);
      text.append(template, from, open).append(evidence.inMessage(name, language));
      from = close + 1;
    }
  }

  /** English and Chinese message templates, copied from schedule.drl. */
  private static final Map<String, String[]> MESSAGES =
      Map.ofEntries(
          Map.entry(
              "schedule.notice-due",
              new String[] {
                "Send the notice of the meeting by {deadline}, {required} before the start.",
                "须在 {deadline} 前发出会议通知（会议开始前至少 {required}）。"
              }),
          Map.entry(
              "schedule.notice-missing",
              new String[] {
                "No notice was sent by {deadline}, {required} before the start.",
                "截至 {deadline}（会议开始前 {required}）仍未发出会议通知。"
              }),
          Map.entry(
              "schedule.notice-too-late",
              new String[] {
                "The notice went out at {sentAt}, {lead} before the start; the policy requires"
                    + " {required} (by {deadline}).",
                "会议通知于 {sentAt} 发出，仅提前 {lead}；制度要求至少提前 {required}（即 {deadline} 前）。"
              }),
          Map.entry(
              "schedule.notice-channel",
              new String[] {
                "The notice of {sentAt} went out by {channel}; notices go out by {allowed}.",
                "{sentAt} 的会议通知通过 {channel} 发出；制度规定通过 {allowed} 发出。"
              }),
          Map.entry(
              "schedule.notice-sender",
              new String[] {
                "The notice of {sentAt} was sent by {sentBy}; notices are sent by the secretary"
                    + " {secretary}.",
                "{sentAt} 的会议通知由 {sentBy} 发出；会议通知应由秘书 {secretary} 发出。"
              }),
          Map.entry(
              "schedule.notice-incomplete",
              new String[] {
                "The notice of {sentAt} does not state {missing}; the notice must state time, place"
                    + " and agenda.",
                "{sentAt} 的会议通知未写明 {missing}；会议通知须写明时间、地点和议程。"
              }),
          Map.entry(
              "schedule.notice-recipient-due",
              new String[] {
                "Invitee {person} has not been sent the notice; send it by {deadline}, {required}"
                    + " before the start.",
                "受邀人 {person} 尚未收到会议通知；须在 {deadline} 前发出（会议开始前至少 {required}）。"
              }),
          Map.entry(
              "schedule.notice-recipient-missing",
              new String[] {
                "Invitee {person} was not among the recipients of the notice by {deadline}"
                    + " ({required} before the start); first notified: {firstNotified}.",
                "截至 {deadline}（会议开始前 {required}），受邀人 {person} 不在会议通知的收件人之列；首次收到通知：{firstNotified}。"
              }),
          Map.entry(
              "schedule.reconfirmation-due",
              new String[] {
                "The secretary must reconfirm the attendee list by {deadline}, {required} before the"
                    + " start.",
                "秘书须在 {deadline} 前（会议开始前 {required}）再次确认参会名单。"
              }),
          Map.entry(
              "schedule.reconfirmation-missing",
              new String[] {
                "The attendee list was not reconfirmed by {deadline}, {required} before the start.",
                "截至 {deadline}（会议开始前 {required}）未再次确认参会名单。"
              }),
          Map.entry(
              "schedule.reconfirmation-late",
              new String[] {
                "The attendee list was reconfirmed at {at}, only {lead} before the start; the policy"
                    + " requires {required} (by {deadline}).",
                "参会名单于 {at} 才再次确认，仅提前 {lead}；制度要求至少提前 {required}（即 {deadline} 前）。"
              }),
          Map.entry(
              "schedule.reconfirmation-by",
              new String[] {
                "The attendee list was reconfirmed by {by}; the secretary {secretary} reconfirms it.",
                "参会名单由 {by} 再次确认；应由秘书 {secretary} 确认。"
              }),
          Map.entry(
              "schedule.reconfirmation-invitee-due",
              new String[] {
                "Invitee {person} is not on the reconfirmed list of {at}; reconfirm them by"
                    + " {deadline}.",
                "受邀人 {person} 不在 {at} 的再次确认名单中；须在 {deadline} 前确认。"
              }),
          Map.entry(
              "schedule.reconfirmation-invitee-missing",
              new String[] {
                "Invitee {person} is not on the attendee list reconfirmed at {at} and has not"
                    + " declined; everyone must be reconfirmed by {deadline}.",
                "受邀人 {person} 不在 {at} 再次确认的参会名单中，也未回复不参加；须在 {deadline} 前确认全部人员。"
              }));
}
