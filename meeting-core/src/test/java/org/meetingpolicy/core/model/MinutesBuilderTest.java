package org.meetingpolicy.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.meetingpolicy.testkit.GoldenMeeting.GOLDEN;

import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class MinutesBuilderTest {

  private static final Minutes GOLDEN_MINUTES = GOLDEN.minutes();

  @Test
  void toBuilderRoundTripGivesEqualMinutes() {
    Minutes copy = GOLDEN_MINUTES.toBuilder().build();

    assertThat(copy).isEqualTo(GOLDEN_MINUTES).isNotSameAs(GOLDEN_MINUTES);
  }

  @Test
  void varyingOnePartChangesOnlyThatPart() throws ReflectiveOperationException {
    Instant later = GOLDEN_MINUTES.actualEnd().plusSeconds(60);

    Minutes varied = GOLDEN_MINUTES.toBuilder().actualEnd(later).chair(null).build();

    for (RecordComponent rc : Minutes.class.getRecordComponents()) {
      Object value = rc.getAccessor().invoke(varied);
      switch (rc.getName()) {
        case "actualEnd" -> assertThat(value).isEqualTo(later);
        case "chair" -> assertThat(value).isNull();
        default ->
            assertThat(value).as(rc.getName()).isEqualTo(rc.getAccessor().invoke(GOLDEN_MINUTES));
      }
    }
  }

  @Test
  void anEmptyBuilderGivesMinutesWithEveryPartMissingAndListsEmpty() {
    Minutes empty = Minutes.builder().build();

    assertThat(empty.recorder()).isNull();
    assertThat(empty.attendees()).isEmpty();
    assertThat(empty.distributions()).isEmpty();
    assertThat(empty.actionPlansRecorded()).isFalse();
  }

  @Test
  void listsGivenToTheBuilderAreCopied() {
    List<PersonId> attendees = new ArrayList<>(GOLDEN_MINUTES.attendees());
    Minutes built = GOLDEN_MINUTES.toBuilder().attendees(attendees).build();

    attendees.clear();

    assertThat(built.attendees()).isEqualTo(GOLDEN_MINUTES.attendees()).isNotEmpty();
  }
}
