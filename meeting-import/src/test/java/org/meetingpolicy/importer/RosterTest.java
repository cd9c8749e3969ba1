package org.meetingpolicy.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import org.junit.jupiter.api.Test;
import org.meetingpolicy.core.model.Confidentiality;
import org.meetingpolicy.core.model.DepartmentFunction;
import org.meetingpolicy.core.model.DepartmentId;
import org.meetingpolicy.core.model.Person;
import org.meetingpolicy.core.model.PersonId;
import org.meetingpolicy.core.model.Position;

class RosterTest {

  @Test
  void everyColumnOfTheCsvIsRead() {
    Roster roster = Inputs.roster();

    assertThat(roster.byId("p-li-na"))
        .contains(
            new Person(
                PersonId.of("p-li-na"),
                "Li Na",
                DepartmentId.of("sales"),
                Position.DEPUTY_MANAGER,
                null,
                false));
    assertThat(roster.byId("p-huang-li").orElseThrow().clearance())
        .isEqualTo(Confidentiality.CONFIDENTIAL);
  }

  @Test
  void theManagersDepartmentIsTheSalesDepartmentAndTheOthersAreRelatedWithTheirHeads() {
    Roster roster = Inputs.roster();

    assertThat(roster.department().id()).isEqualTo(DepartmentId.of("sales"));
    assertThat(roster.department().manager()).isEqualTo(PersonId.of("p-wang-wei"));
    assertThat(roster.department().relatedDepartments())
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.id()).isEqualTo(DepartmentId.of("marketing"));
              assertThat(d.head()).isEqualTo(PersonId.of("p-huang-li"));
              assertThat(d.function()).isEqualTo(DepartmentFunction.MARKETING);
            });
    assertThat(roster.notes()).singleElement().asString().contains("'marketing'", "Huang Li");
  }

  @Test
  void matchesByEmailFirstInAnyCaseThenByExactName() throws Exception {
    Roster roster = Inputs.roster();

    assertThat(roster.match("LI.NA@example.com", "Someone Else").map(Person::id))
        .contains(PersonId.of("p-li-na"));
    assertThat(roster.match("unknown@example.com", "Chen Jie").map(Person::id))
        .contains(PersonId.of("p-chen-jie"));
    assertThat(roster.match(null, "chen jie")).isEmpty();
    assertThat(roster.match("", "")).isEmpty();
  }

  @Test
  void aNameTwoPeopleShareIsAnErrorNamingBoth() throws Exception {
    Roster roster =
        Roster.readCsv(
            new StringReader(
                """
                id,name,email,position,department,clearance
                p-wang-wei,Wang Wei,wang.wei@example.com,MANAGER,sales,
                p-li-na-1,Li Na,li.na@example.com,SALES_STAFF,sales,
                p-li-na-2,Li Na,li.na2@example.com,SALES_STAFF,sales,
                """),
            "roster.csv");

    assertThatThrownBy(() -> roster.match(null, "Li Na"))
        .hasMessageContaining("p-li-na-1")
        .hasMessageContaining("p-li-na-2");
    assertThat(roster.match("li.na2@example.com", "Li Na").map(Person::id))
        .contains(PersonId.of("p-li-na-2"));
  }

  @Test
  void malformedRowsAreNamedByLineAllAtOnce() {
    String csv =
        """
        id,name,email,position,department,clearance
        p-wang-wei,Wang Wei,wang.wei@example.com,MANAGER,sales,
        p-x,X,x@example.com,BOSS,sales,
        p-y,Y,wang.wei@example.com,SALES_STAFF,sales,TOP
        p-z,Z,z@example.com,SALES_STAFF
        """;

    assertThatThrownBy(() -> Roster.readCsv(new StringReader(csv), "people.csv"))
        .isInstanceOfSatisfying(
            ImportException.class,
            e ->
                assertThat(e.problems())
                    .extracting(ImportNote::toString)
                    .containsExactly(
                        "people.csv:3: position: 'BOSS' is not one of MANAGER, DEPUTY_MANAGER,"
                            + " SUPERVISOR, SALES_STAFF, DEPARTMENT_HEAD, OTHER_STAFF",
                        "people.csv:4: clearance: 'TOP' is not one of INTERNAL, CONFIDENTIAL,"
                            + " SECRET",
                        "people.csv:5: expected 6 columns, found 4"));
  }

  @Test
  void aRepeatedEmailIsAnErrorNamingBothLines() {
    String csv =
        """
        id,name,email,position,department,clearance
        p-wang-wei,Wang Wei,wang.wei@example.com,MANAGER,sales,
        p-wang-2,Wang Er,Wang.Wei@example.com,SALES_STAFF,sales,
        """;

    assertThatThrownBy(() -> Roster.readCsv(new StringReader(csv), "people.csv"))
        .isInstanceOfSatisfying(
            ImportException.class,
            e ->
                assertThat(e.problems())
                    .singleElement()
                    .asString()
                    .isEqualTo(
                        "people.csv:3: e-mail 'wang.wei@example.com' of Wang Er is also on line 2"
                            + " (Wang Wei): ambiguous"));
  }

  @Test
  void anotherHeaderIsRefusedNamingTheExpectedColumns() {
    assertThatThrownBy(
            () -> Roster.readCsv(new StringReader("name,email\nWang Wei,w@x\n"), "people.csv"))
        .hasMessage(
            "people.csv:1: roster header is name,email; expected"
                + " id,name,email,position,department,clearance");
  }

  @Test
  void aRosterWithoutExactlyOneManagerCannotTellTheSalesDepartment() {
    String csv =
        """
        id,name,email,position,department,clearance
        p-a,A,a@example.com,SALES_STAFF,sales,
        """;

    assertThatThrownBy(() -> Roster.readCsv(new StringReader(csv), "people.csv"))
        .hasMessageContaining("found 0 people with position MANAGER");
  }
}
