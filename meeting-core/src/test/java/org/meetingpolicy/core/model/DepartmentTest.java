package org.meetingpolicy.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.meetingpolicy.testkit.SampleDepartment.DEPUTY;
import static org.meetingpolicy.testkit.SampleDepartment.EXTERNAL_GUEST;
import static org.meetingpolicy.testkit.SampleDepartment.HR;
import static org.meetingpolicy.testkit.SampleDepartment.HR_HEAD;
import static org.meetingpolicy.testkit.SampleDepartment.MANAGER;
import static org.meetingpolicy.testkit.SampleDepartment.MARKETING_HEAD;
import static org.meetingpolicy.testkit.SampleDepartment.SALES;
import static org.meetingpolicy.testkit.SampleDepartment.SALES_1;
import static org.meetingpolicy.testkit.SampleDepartment.SALES_2;
import static org.meetingpolicy.testkit.SampleDepartment.SALES_3;
import static org.meetingpolicy.testkit.SampleDepartment.SECRETARY;
import static org.meetingpolicy.testkit.SampleDepartment.SUPERVISOR;
import static org.meetingpolicy.testkit.SampleDepartment.TECHNICIAN;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.meetingpolicy.testkit.SampleDepartment;

class DepartmentTest {

  private static final Department SAMPLE = SampleDepartment.department();

  @Test
  void rosterIsEveryInternalMemberThenEveryRelatedDepartmentHead() {
    assertThat(SAMPLE.roster())
        .containsExactly(
            MANAGER,
            DEPUTY,
            SECRETARY,
            SUPERVISOR,
            SALES_1,
            SALES_2,
            SALES_3,
            MARKETING_HEAD,
            HR_HEAD);
  }

  @Test
  void rosterLeavesOutPeopleOfOtherDepartmentsAndExternals() {
    assertThat(SAMPLE.roster()).doesNotContain(TECHNICIAN, EXTERNAL_GUEST);
  }

  @Test
  void rosterLeavesOutAnExternalPersonFiledUnderTheSalesDepartment() {
    PersonId consultant = PersonId.of("p-consultant");
    List<Person> people = new ArrayList<>(SAMPLE.people());
    people.add(new Person(consultant, "Consultant", SALES, Position.OTHER_STAFF, null, true));

    assertThat(withPeople(people).roster()).doesNotContain(consultant);
  }

  @Test
  void rosterNamesAHeadWhoIsAlsoAMemberOnce() {
    Department department =
        withRelated(
            List.of(
                new RelatedDepartment(
                    HR, "Human Resources", DepartmentFunction.HUMAN_RESOURCES, SALES_1),
                new RelatedDepartment(
                    DepartmentId.of("ops"), "Operations", DepartmentFunction.OTHER, HR_HEAD),
                new RelatedDepartment(
                    DepartmentId.of("ops-2"), "Operations 2", DepartmentFunction.OTHER, HR_HEAD)));

    assertThat(department.roster()).containsOnlyOnce(SALES_1, HR_HEAD).endsWith(HR_HEAD);
  }

  @Test
  void rosterSkipsARelatedDepartmentWithoutHead() {
    Department department =
        withRelated(
            List.of(
                new RelatedDepartment(
                    DepartmentId.of("legal"), "Legal", DepartmentFunction.OTHER, null)));

    assertThat(department.roster())
        .containsExactly(MANAGER, DEPUTY, SECRETARY, SUPERVISOR, SALES_1, SALES_2, SALES_3);
  }

  @Test
  void rosterCannotBeModified() {
    List<PersonId> roster = SAMPLE.roster();

    org.assertj.core.api.Assertions.assertThatThrownBy(() -> roster.add(TECHNICIAN))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void membersAreTheInternalPeopleOfTheDepartment() {
    assertThat(SAMPLE.members())
        .extracting(Person::id)
        .containsExactly(MANAGER, DEPUTY, SECRETARY, SUPERVISOR, SALES_1, SALES_2, SALES_3);
  }

  @Test
  void designationIsInForceFromItsStartUntilItsEnd() {
    Instant from = SampleDepartment.DESIGNATED_FROM;

    assertThat(SAMPLE.isDesignated(SECRETARY, DesignationRole.SECRETARY, from)).isTrue();
    assertThat(SAMPLE.isDesignated(SECRETARY, DesignationRole.SECRETARY, from.minusSeconds(1)))
        .isFalse();
    assertThat(SAMPLE.isDesignated(SECRETARY, DesignationRole.ORGANIZER, from)).isFalse();
    assertThat(SAMPLE.isDesignated(DEPUTY, DesignationRole.ORGANIZER, from.plusSeconds(1)))
        .isTrue();

    Designation ended =
        new Designation(DesignationRole.ORGANIZER, DEPUTY, MANAGER, from, from.plusSeconds(60));
    assertThat(ended.isInForceAt(from.plusSeconds(59))).isTrue();
    assertThat(ended.isInForceAt(from.plusSeconds(60))).isFalse();
  }

  @Test
  void personAndRoomAreLookedUpById() {
    assertThat(SAMPLE.person(SALES_2)).map(Person::name).contains("Yang Fan");
    assertThat(SAMPLE.person(PersonId.of("p-nobody"))).isEmpty();
    assertThat(SAMPLE.room(SampleDepartment.ROOM_SMALL)).map(Room::capacity).contains(4);
    assertThat(SAMPLE.room(RoomId.of("room-nowhere"))).isEmpty();
  }

  private static Department withPeople(List<Person> people) {
    return new Department(
        SAMPLE.id(),
        SAMPLE.name(),
        SAMPLE.manager(),
        people,
        SAMPLE.relatedDepartments(),
        SAMPLE.designations(),
        SAMPLE.rooms());
  }

  private static Department withRelated(List<RelatedDepartment> related) {
    return new Department(
        SAMPLE.id(),
        SAMPLE.name(),
        SAMPLE.manager(),
        SAMPLE.people(),
        related,
        SAMPLE.designations(),
        SAMPLE.rooms());
  }
}
