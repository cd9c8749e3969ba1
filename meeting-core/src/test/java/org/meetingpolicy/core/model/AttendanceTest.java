package org.meetingpolicy.core.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.meetingpolicy.testkit.SampleDepartment;

class AttendanceTest {

  private static final Instant T0 = Instant.parse("2026-11-13T05:45:00Z");

  private static Instant at(int minutes) {
    return T0.plusSeconds(60L * minutes);
  }

  private static Attendance attendance(Presence... presences) {
    return new Attendance(SampleDepartment.SALES_1, List.of(presences));
  }

  @Test
  void nobodyWhoNeverCameHasNeitherArrivalNorDeparture() {
    Attendance absent = attendance();

    assertThat(absent.arrival()).isEmpty();
    assertThat(absent.departure()).isEmpty();
  }

  @Test
  void arrivalIsTheEarliestJoinWhateverTheOrderOfPresences() {
    Attendance twice = attendance(new Presence(at(60), at(90)), new Presence(at(5), at(30)));

    assertThat(twice.arrival()).contains(at(5));
  }

  @Test
  void departureIsTheLatestLeaveWhateverTheOrderOfPresences() {
    Attendance twice = attendance(new Presence(at(60), at(90)), new Presence(at(5), at(120)));

    assertThat(twice.departure()).contains(at(120));
  }

  @Test
  void departureIsUnknownWhenSomePresenceHasNoRecordedLeaving() {
    Attendance stayed = attendance(new Presence(at(5), at(30)), new Presence(at(60), null));

    assertThat(stayed.arrival()).contains(at(5));
    assertThat(stayed.departure()).isEmpty();
  }

  @Test
  void nullPresencesReadAsNeverPresent() {
    Attendance attendance = new Attendance(SampleDepartment.SALES_1, null);

    assertThat(attendance.presences()).isEmpty();
    assertThat(attendance.arrival()).isEmpty();
  }
}
