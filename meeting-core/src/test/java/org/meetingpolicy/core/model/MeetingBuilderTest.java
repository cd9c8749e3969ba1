package org.meetingpolicy.core.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.meetingpolicy.testkit.GoldenMeeting;
import org.meetingpolicy.testkit.SampleDepartment;

class MeetingBuilderTest {

  private static final Meeting GOLDEN = GoldenMeeting.GOLDEN;

  @Test
  void toBuilderRoundTripGivesAnEqualMeeting() {
    Meeting copy = GOLDEN.toBuilder().build();

    assertThat(copy).isEqualTo(GOLDEN).hasSameHashCodeAs(GOLDEN).isNotSameAs(GOLDEN);
  }

  @Test
  void toBuilderRoundTripKeepsEveryComponent() {
    Meeting busy =
        GOLDEN.toBuilder()
            .kind(MeetingKind.EMERGENCY)
            .emergencyReason("key client lost")
            .mode(MeetingMode.HYBRID)
            .onlineReason("travel")
            .video(new VideoConference("https://meet.example.com/x", "Meet", true))
            .confidentiality(Confidentiality.SECRET)
            .addAttendanceNotices(
                new AttendanceNotice(
                    SampleDepartment.SALES_3,
                    AttendanceNoticeKind.ABSENCE,
                    GOLDEN.start().minusSeconds(3600),
                    SampleDepartment.MANAGER,
                    "ill"))
            .build();

    assertThat(busy.toBuilder().build()).isEqualTo(busy);
    assertThat(busy).isNotEqualTo(GOLDEN);
  }

  @Test
  void varyingOneFactChangesOnlyThatFact() {
    Meeting varied = GOLDEN.toBuilder().title("Another title").build();

    assertThat(varied.title()).isEqualTo("Another title");
    assertThat(varied).usingRecursiveComparison().ignoringFields("title").isEqualTo(GOLDEN);
  }

  @Test
  void varyingACopyLeavesTheOriginalUntouched() {
    Meeting varied = GOLDEN.toBuilder().addInvitations(GOLDEN.invitations().get(0)).build();

    assertThat(varied.invitations()).hasSize(10);

    assertThat(GOLDEN.invitations()).hasSize(9);
    assertThat(GoldenMeeting.startingAt(GoldenMeeting.START)).isEqualTo(GOLDEN);
  }

  @Test
  void builderCopiesTheListsItIsGiven() {
    List<Invitation> invitations = new ArrayList<>(GOLDEN.invitations());
    Meeting.Builder builder = GOLDEN.toBuilder().invitations(invitations);

    invitations.clear();

    assertThat(builder.build().invitations()).isEqualTo(GOLDEN.invitations());
  }

  @Test
  void builderGivenNullListBuildsAnEmptyList() {
    assertThat(GOLDEN.toBuilder().notices(null).build().notices()).isEmpty();
  }

  @Test
  void newBuilderStartsAsARegularInternalMeetingInPerson() {
    Meeting bare = Meeting.builder(MeetingId.of("m-bare")).build();

    assertThat(bare.kind()).isEqualTo(MeetingKind.REGULAR);
    assertThat(bare.mode()).isEqualTo(MeetingMode.IN_PERSON);
    assertThat(bare.confidentiality()).isEqualTo(Confidentiality.INTERNAL);
    assertThat(bare.invitations()).isEmpty();
    assertThat(bare.minutes()).isNull();
  }
}
