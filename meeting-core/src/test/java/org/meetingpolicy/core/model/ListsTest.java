package org.meetingpolicy.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.meetingpolicy.testkit.GoldenMeeting;
import org.meetingpolicy.testkit.SampleDepartment;

/** Lists and sets in records are defensive, unmodifiable copies; null reads as empty. */
class ListsTest {

  private static final PersonId A = PersonId.of("a");
  private static final PersonId B = PersonId.of("b");

  @Test
  void copyOfNullIsEmpty() {
    assertThat(Lists.copy((List<String>) null)).isEmpty();
    assertThat(Lists.copy((Set<String>) null)).isEmpty();
  }

  @Test
  void copyDoesNotFollowLaterChangesOfTheCallersList() {
    List<PersonId> mine = new ArrayList<>(List.of(A));
    List<PersonId> copy = Lists.copy(mine);

    mine.add(B);
    mine.set(0, B);

    assertThat(copy).containsExactly(A);
  }

  @Test
  void copyCannotBeModified() {
    List<PersonId> copy = Lists.copy(new ArrayList<>(List.of(A)));

    assertThatThrownBy(() -> copy.add(B)).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> copy.set(0, B)).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void copyKeepsNullElementsForValidationToReportAndStaysUnmodifiable() {
    List<PersonId> mine = new ArrayList<>(Arrays.asList(A, null, B));
    List<PersonId> copy = Lists.copy(mine);

    mine.set(1, A);

    assertThat(copy).containsExactly(A, null, B);
    assertThatThrownBy(() -> copy.set(1, B)).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> copy.remove(1)).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void setCopyDoesNotFollowTheCallersSetAndCannotBeModified() {
    Set<Equipment> mine = EnumSet.of(Equipment.SOUND);
    Set<Equipment> copy = Lists.copy(mine);

    mine.add(Equipment.PROJECTOR);

    assertThat(copy).containsExactly(Equipment.SOUND);
    assertThatThrownBy(() -> copy.add(Equipment.SCREEN))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void setOfComparablesIteratesInNaturalOrderWhateverTheCallersOrder() {
    Set<Equipment> mine = new LinkedHashSet<>(List.of(Equipment.SCREEN, Equipment.PROJECTOR));

    assertThat(Lists.copy(mine)).containsExactly(Equipment.PROJECTOR, Equipment.SCREEN);
  }

  @Test
  void setCopyKeepsANullElementForValidationToReport() {
    Set<DisciplineTopic> mine = new HashSet<>(Arrays.asList(DisciplineTopic.CONDUCT, null));

    assertThat(Lists.copy(mine)).containsExactlyInAnyOrder(DisciplineTopic.CONDUCT, null);
  }

  @Test
  void recordListsCannotBeModified() {
    Meeting golden = GoldenMeeting.GOLDEN;

    assertThatThrownBy(() -> golden.invitations().clear())
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> golden.agenda().items().remove(0))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> golden.minutes().attendees().add(A))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> golden.notices().get(0).recipients().add(A))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> golden.disciplineReminder().topics().clear())
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> SampleDepartment.department().people().clear())
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> GoldenMeeting.records().meetings().clear())
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void recordDoesNotFollowLaterChangesOfTheListItWasBuiltFrom() {
    List<PersonId> recipients = new ArrayList<>(List.of(A, B));
    Notice notice =
        new Notice(
            A,
            GoldenMeeting.GOLDEN.start(),
            NoticeChannel.EMAIL,
            recipients,
            true,
            true,
            true,
            null);

    recipients.clear();

    assertThat(notice.recipients()).containsExactly(A, B);
  }

  @Test
  void recordDoesNotFollowLaterChangesOfTheSetItWasBuiltFrom() {
    Set<Equipment> equipment = EnumSet.of(Equipment.WHITEBOARD);
    Room room = new Room(RoomId.of("r"), "R", RoomKind.MEETING_ROOM, 2, equipment, true);

    equipment.add(Equipment.PROJECTOR);

    assertThat(room.equipment()).containsExactly(Equipment.WHITEBOARD);
  }
}
