package org.meetingpolicy.rules.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.meetingpolicy.core.model.Agenda;
import org.meetingpolicy.core.model.AgendaCategory;
import org.meetingpolicy.core.model.AgendaItem;
import org.meetingpolicy.core.model.Department;
import org.meetingpolicy.core.model.DepartmentFunction;
import org.meetingpolicy.core.model.DepartmentId;
import org.meetingpolicy.core.model.Designation;
import org.meetingpolicy.core.model.DesignationRole;
import org.meetingpolicy.core.model.Meeting;
import org.meetingpolicy.core.model.MinutesVersion;
import org.meetingpolicy.core.model.Person;
import org.meetingpolicy.core.model.PersonId;
import org.meetingpolicy.core.model.Position;
import org.meetingpolicy.core.model.RelatedDepartment;
import org.meetingpolicy.rules.MeetingPolicy;
import org.meetingpolicy.testkit.GoldenMeeting;
import org.meetingpolicy.testkit.SampleDepartment;

/** What the agenda rules (section 4) compute beyond a comparison, in Java. */
class AgendaComputationsTest {

  private static final MeetingPolicy POLICY = MeetingPolicy.defaults();
  private static final Department SAMPLE = SampleDepartment.department();
  private static final Meeting GOLDEN = GoldenMeeting.GOLDEN;
  private static final PersonId UNKNOWN = PersonId.of("p-nobody");
  private static final RelatedDepartment MARKETING = SAMPLE.relatedDepartments().get(0);
  private static final RelatedDepartment HR = SAMPLE.relatedDepartments().get(1);

  // ---- the agenda's items and their order (4.8) ------------------------------------------------

  @Test
  void theAgendasItemsAreInOrderAndNoneWithoutAnAgenda() {
    List<AgendaItem> golden = GOLDEN.agenda().items();

    assertThat(meeting(GOLDEN).agendaItems()).isEqualTo(golden).hasSize(8);
    assertThat(meeting(withAgendaItems(null)).agendaItems()).isEmpty();
    assertThat(meeting(withAgendaItems(List.of())).agendaItems()).isEmpty();
  }

  @Test
  void theAgendaEndsWithTheCategoryOfItsLastItemOnly() {
    List<AgendaItem> golden = GOLDEN.agenda().items();
    List<AgendaItem> summaryFirst = new ArrayList<>(golden);
    summaryFirst.add(0, summaryFirst.remove(golden.size() - 1));

    assertThat(meeting(GOLDEN).agendaEndsWith(AgendaCategory.SUMMARY_AND_FEEDBACK)).isTrue();
    assertThat(meeting(GOLDEN).agendaEndsWith(AgendaCategory.POLICY_AND_PRIORITIES)).isFalse();
    assertThat(
            meeting(withAgendaItems(summaryFirst))
                .agendaEndsWith(AgendaCategory.SUMMARY_AND_FEEDBACK))
        .isFalse();
    assertThat(
            meeting(withAgendaItems(summaryFirst))
                .agendaEndsWith(AgendaCategory.PERSONAL_DEVELOPMENT))
        .isTrue();
    // Without items nothing is last: an empty agenda never "ends with the summary".
    assertThat(meeting(withAgendaItems(null)).agendaEndsWith(AgendaCategory.SUMMARY_AND_FEEDBACK))
        .isFalse();
    assertThat(
            meeting(withAgendaItems(List.of())).agendaEndsWith(AgendaCategory.SUMMARY_AND_FEEDBACK))
        .isFalse();
  }

  @Test
  void anItemsPlaceOnTheAgendaCountsFromOneAndIsZeroOffIt() {
    List<AgendaItem> golden = GOLDEN.agenda().items();
    MeetingFact m = meeting(GOLDEN);

    assertThat(m.agendaPosition(golden.get(0))).isEqualTo(1);
    assertThat(m.agendaPosition(golden.get(7))).isEqualTo(8);
    assertThat(meeting(withAgendaItems(golden.subList(1, 8))).agendaPosition(golden.get(0)))
        .isZero();
    assertThat(meeting(withAgendaItems(null)).agendaPosition(golden.get(0))).isZero();
  }

  // ---- who may present (4.1, 4.3, 4.4) ---------------------------------------------------------

  @Test
  void thePolicyItemIsTheManagersOrADesignatedOrganizersFromTheDesignationsStart() {
    MeetingFact golden = meeting(GOLDEN);
    Instant start = GOLDEN.start();
    PersonId deputy = SampleDepartment.DEPUTY;

    assertThat(golden.isManagerOrDesignee(SampleDepartment.MANAGER)).isTrue();
    assertThat(golden.isManagerOrDesignee(deputy)).isTrue();
    assertThat(golden.isManagerOrDesignee(SampleDepartment.SUPERVISOR)).isFalse();
    assertThat(golden.isManagerOrDesignee(UNKNOWN)).isFalse();
    // Without a recorded manager, the position still counts.
    assertThat(
            meeting(GOLDEN, department(null, SAMPLE.relatedDepartments(), List.of()))
                .isManagerOrDesignee(SampleDepartment.MANAGER))
        .isTrue();
    // A designation counts from its first instant and not at its end.
    assertThat(meeting(GOLDEN, designating(deputy, start, null)).isManagerOrDesignee(deputy))
        .isTrue();
    assertThat(
            meeting(GOLDEN, designating(deputy, start.plusSeconds(1), null))
                .isManagerOrDesignee(deputy))
        .isFalse();
    assertThat(
            meeting(GOLDEN, designating(deputy, start.minusSeconds(60), start))
                .isManagerOrDesignee(deputy))
        .isFalse();
  }

  @Test
  void aPersonHeadsTheRelatedDepartmentThatNamesThemOrTheOneTheyHeadInternally() {
    MeetingFact golden = meeting(GOLDEN);

    assertThat(golden.relatedDepartmentHeadedBy(SampleDepartment.MARKETING_HEAD))
        .isEqualTo(MARKETING);
    assertThat(golden.relatedDepartmentHeadedBy(SampleDepartment.HR_HEAD)).isEqualTo(HR);
    assertThat(golden.relatedDepartmentHeadedBy(SampleDepartment.MANAGER)).isNull();
    assertThat(golden.relatedDepartmentHeadedBy(UNKNOWN)).isNull();

    // Marketing records no head: its internal DEPARTMENT_HEAD still heads it.
    RelatedDepartment headless =
        new RelatedDepartment(MARKETING.id(), MARKETING.name(), MARKETING.function(), null);
    assertThat(
            meeting(GOLDEN, department(SAMPLE.manager(), List.of(headless, HR), List.of()))
                .relatedDepartmentHeadedBy(SampleDepartment.MARKETING_HEAD))
        .isEqualTo(headless);

    // An external department head, or the head of a department that takes no part, heads none.
    PersonId externalHead = PersonId.of("p-external-head");
    PersonId itHead = PersonId.of("p-it-head");
    List<Person> people = new ArrayList<>(SAMPLE.people());
    people.add(new Person(externalHead, "Ext", HR.id(), Position.DEPARTMENT_HEAD, null, true));
    people.add(
        new Person(itHead, "It", DepartmentId.of("it"), Position.DEPARTMENT_HEAD, null, false));
    RelatedDepartment hrHeadless = new RelatedDepartment(HR.id(), HR.name(), HR.function(), null);
    MeetingFact others =
        meeting(
            GOLDEN,
            new Department(
                SAMPLE.id(),
                SAMPLE.name(),
                SAMPLE.manager(),
                people,
                List.of(MARKETING, hrHeadless),
                SAMPLE.designations(),
                SAMPLE.rooms()));
    assertThat(others.relatedDepartmentHeadedBy(externalHead)).isNull();
    assertThat(others.relatedDepartmentHeadedBy(itHead)).isNull();
  }

  @Test
  void theMarketingHeadIsTheFirstRecordedHeadOfAMarketingDepartment() {
    RelatedDepartment headless =
        new RelatedDepartment(MARKETING.id(), MARKETING.name(), MARKETING.function(), null);
    RelatedDepartment secondMarketing =
        new RelatedDepartment(
            DepartmentId.of("marketing-2"),
            "Marketing East",
            DepartmentFunction.MARKETING,
            SampleDepartment.HR_HEAD);

    assertThat(meeting(GOLDEN).marketingHead()).isEqualTo(SampleDepartment.MARKETING_HEAD);
    assertThat(
            meeting(GOLDEN, department(SAMPLE.manager(), List.of(headless, HR), List.of()))
                .marketingHead())
        .isNull();
    assertThat(
            meeting(
                    GOLDEN,
                    department(SAMPLE.manager(), List.of(headless, secondMarketing), List.of()))
                .marketingHead())
        .isEqualTo(SampleDepartment.HR_HEAD);
    assertThat(meeting(GOLDEN, department(SAMPLE.manager(), List.of(), List.of())).marketingHead())
        .isNull();
  }

  @Test
  void salesStaffIncludesSupervisorsButNotManagersOrUnknownPeople() {
    MeetingFact golden = meeting(GOLDEN);

    assertThat(golden.isSalesStaff(SampleDepartment.SALES_1)).isTrue();
    assertThat(golden.isSalesStaff(SampleDepartment.SUPERVISOR)).isTrue();
    assertThat(golden.isSalesStaff(SampleDepartment.MANAGER)).isFalse();
    assertThat(golden.isSalesStaff(SampleDepartment.MARKETING_HEAD)).isFalse();
    assertThat(golden.isSalesStaff(UNKNOWN)).isFalse();
  }

  // ---- who wrote the minutes (4.10) ------------------------------------------------------------

  @Test
  void theMinutesWriterIsTheRecorderElseTheAuthorOfTheFirstVersion() {
    Instant end = GOLDEN.end();
    MinutesVersion second =
        new MinutesVersion(2, end.plusSeconds(7200), SampleDepartment.SALES_1, "typos");
    MinutesVersion first =
        new MinutesVersion(1, end.plusSeconds(3600), SampleDepartment.SALES_2, null);

    assertThat(meeting(GOLDEN).minutesWriter()).isEqualTo(SampleDepartment.SECRETARY);
    assertThat(meeting(withMinutes(SampleDepartment.SALES_3, List.of(first))).minutesWriter())
        .isEqualTo(SampleDepartment.SALES_3);
    // Versions out of order: the lowest number is the first version.
    assertThat(meeting(withMinutes(null, List.of(second, first))).minutesWriter())
        .isEqualTo(SampleDepartment.SALES_2);
    assertThat(meeting(withMinutes(null, List.of())).minutesWriter()).isNull();
    assertThat(meeting(GOLDEN.toBuilder().minutes(null).build()).minutesWriter()).isNull();
  }

  @Test
  void minutesAreNotTheSecretarysOnlyWhenBothWriterAndSecretaryAreKnownAndDiffer() {
    MinutesVersion first =
        new MinutesVersion(1, GOLDEN.end().plusSeconds(3600), SampleDepartment.SALES_2, null);

    assertThat(meeting(GOLDEN).minutesNotBySecretary()).isFalse();
    assertThat(meeting(withMinutes(null, List.of(first))).minutesNotBySecretary()).isTrue();
    assertThat(
            meeting(withMinutes(null, List.of(first)).toBuilder().secretary(null).build())
                .minutesNotBySecretary())
        .isFalse();
    assertThat(meeting(withMinutes(null, List.of())).minutesNotBySecretary()).isFalse();
    assertThat(meeting(GOLDEN.toBuilder().minutes(null).build()).minutesNotBySecretary()).isFalse();
  }

  // ---- helpers ---------------------------------------------------------------------------------

  private static MeetingFact meeting(Meeting meeting) {
    return meeting(meeting, SAMPLE);
  }

  private static MeetingFact meeting(Meeting meeting, Department department) {
    return new MeetingFact(0, meeting, department, POLICY, GoldenMeeting.AS_OF);
  }

  /** The golden meeting with these agenda items; without an agenda for null. */
  private static Meeting withAgendaItems(List<AgendaItem> items) {
    Agenda agenda = GOLDEN.agenda();
    return GOLDEN.toBuilder()
        .agenda(
            items == null
                ? null
                : new Agenda(agenda.preparedBy(), agenda.preparedAt(), agenda.consulted(), items))
        .build();
  }

  private static Meeting withMinutes(PersonId recorder, List<MinutesVersion> versions) {
    return GOLDEN.toBuilder()
        .minutes(GOLDEN.minutes().toBuilder().recorder(recorder).versions(versions).build())
        .build();
  }

  private static Department department(
      PersonId manager, List<RelatedDepartment> related, List<Designation> designations) {
    return new Department(
        SAMPLE.id(),
        SAMPLE.name(),
        manager,
        SAMPLE.people(),
        related,
        designations,
        SAMPLE.rooms());
  }

  private static Department designating(PersonId person, Instant from, Instant until) {
    return department(
        SAMPLE.manager(),
        SAMPLE.relatedDepartments(),
        List.of(
            new Designation(
                DesignationRole.ORGANIZER, person, SampleDepartment.MANAGER, from, until)));
  }
}
