package org.meetingpolicy.core.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.meetingpolicy.core.validation.Chronological;
import org.meetingpolicy.core.validation.ConsistentMeeting;
import org.meetingpolicy.core.validation.ValidId;

/**
 * One meeting and everything around it: planning, notices and confirmations, the room, the agenda,
 * attendance, minutes, resolutions and feedback. Parts that did not happen are null or empty, so
 * that a meeting which breaks the policy can be written down and checked.
 *
 * <p>Immutable. Build one with {@link #builder(MeetingId)} or vary one with {@link #toBuilder()}.
 *
 * @param id identifies the meeting, unique in the records
 * @param kind regular or emergency (3.1, 9.1)
 * @param emergencyReason why an emergency meeting was called (9.1); null when not stated
 * @param mode in person, online or hybrid (9.2)
 * @param onlineReason why the meeting is not in person (9.2); null when not stated
 * @param title what the meeting is called
 * @param plannedStart the planned start, with its zone; after a reschedule, the new start
 * @param plannedEnd the planned end, after the start
 * @param room the room (3.2); null for an online meeting or when not chosen
 * @param video the video link (9.2, 9.6); null for a meeting in person
 * @param organizer the organizer and chair (2.1); null when not named
 * @param secretary the secretary (2.2); null when not named
 * @param invitations the invitees and their roles (2.3, 2.4)
 * @param confidentiality how sensitive the meeting is (5.4, 9.6)
 * @param reschedules changes of time, oldest first (3.8)
 * @param notices the notices sent (2.6, 3.4, 3.8)
 * @param responses the invitees' confirmations (2.6)
 * @param reconfirmation the reconfirmation before the meeting (3.7); null when not done
 * @param finalAttendeeList the organizer's final list (2.6); null when not done
 * @param disciplineReminder the discipline reminder (2.9); null when not given
 * @param bookings the room bookings (3.5)
 * @param equipmentChecks the equipment checks (3.6)
 * @param technicalSupport technical support (2.8); null when not recorded
 * @param agenda the agenda (2.5, section 4); null when none was prepared
 * @param agendaChanges changes to the agenda after the notice (9.3)
 * @param attendeeChanges changes in who attends (9.4)
 * @param attendance who was present when (5.1, 5.6)
 * @param attendanceNotices advance notices of absence, lateness or early leave (5.6)
 * @param catchUps catch-ups by those who missed part of it (5.6)
 * @param minutes the minutes (section 6); null when none were written
 * @param resolutions the resolutions passed (4.9, section 7)
 * @param feedbackRequest the invitation to give feedback (2.10); null when none
 * @param feedback feedback received (2.10, 5.10, 6.8)
 * @param nextMeeting the scheduling of the next meeting (3.9); null when not done
 */
@Chronological(start = "plannedStart", end = "plannedEnd", strict = true)
@ConsistentMeeting
public record Meeting(
    @NotNull @ValidId MeetingId id,
    @NotNull MeetingKind kind,
    @Nullable String emergencyReason,
    @NotNull MeetingMode mode,
    @Nullable String onlineReason,
    @NotNull String title,
    @NotNull ZonedDateTime plannedStart,
    @NotNull ZonedDateTime plannedEnd,
    @ValidId @Nullable RoomId room,
    @Valid @Nullable VideoConference video,
    @ValidId @Nullable PersonId organizer,
    @ValidId @Nullable PersonId secretary,
    @NotNull List<@Valid @NotNull Invitation> invitations,
    @NotNull Confidentiality confidentiality,
    @NotNull List<@Valid @NotNull Reschedule> reschedules,
    @NotNull List<@Valid @NotNull Notice> notices,
    @NotNull List<@Valid @NotNull Response> responses,
    @Valid @Nullable Reconfirmation reconfirmation,
    @Valid @Nullable FinalAttendeeList finalAttendeeList,
    @Valid @Nullable DisciplineReminder disciplineReminder,
    @NotNull List<@Valid @NotNull RoomBooking> bookings,
    @NotNull List<@Valid @NotNull EquipmentCheck> equipmentChecks,
    @Valid @Nullable TechnicalSupport technicalSupport,
    @Valid @Nullable Agenda agenda,
    @NotNull List<@Valid @NotNull AgendaChange> agendaChanges,
    @NotNull List<@Valid @NotNull AttendeeChange> attendeeChanges,
    @NotNull List<@Valid @NotNull Attendance> attendance,
    @NotNull List<@Valid @NotNull AttendanceNotice> attendanceNotices,
    @NotNull List<@Valid @NotNull CatchUp> catchUps,
    @Valid @Nullable Minutes minutes,
    @NotNull List<@Valid @NotNull Resolution> resolutions,
    @Valid @Nullable FeedbackRequest feedbackRequest,
    @NotNull List<@Valid @NotNull Feedback> feedback,
    @Valid @Nullable NextMeetingScheduling nextMeeting) {

  /** Copies every list; null reads as empty. */
  public Meeting {
    invitations = Lists.copy(invitations);
    reschedules = Lists.copy(reschedules);
    notices = Lists.copy(notices);
    responses = Lists.copy(responses);
    bookings = Lists.copy(bookings);
    equipmentChecks = Lists.copy(equipmentChecks);
    agendaChanges = Lists.copy(agendaChanges);
    attendeeChanges = Lists.copy(attendeeChanges);
    attendance = Lists.copy(attendance);
    attendanceNotices = Lists.copy(attendanceNotices);
    catchUps = Lists.copy(catchUps);
    resolutions = Lists.copy(resolutions);
    feedback = Lists.copy(feedback);
  }

  /** Starts a builder for a regular in-person meeting with this id and nothing else set. */
  public static Builder builder(MeetingId id) {
    return new Builder()
        .id(id)
        .kind(MeetingKind.REGULAR)
        .mode(MeetingMode.IN_PERSON)
        .confidentiality(Confidentiality.INTERNAL);
  }

  /** A builder holding every value of this meeting, to derive a varied copy. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.id = id;
    b.kind = kind;
    b.emergencyReason = emergencyReason;
    b.mode = mode;
    b.onlineReason = onlineReason;
    b.title = title;
    b.plannedStart = plannedStart;
    b.plannedEnd = plannedEnd;
    b.room = room;
    b.video = video;
    b.organizer = organizer;
    b.secretary = secretary;
    b.invitations = new ArrayList<>(invitations);
    b.confidentiality = confidentiality;
    b.reschedules = new ArrayList<>(reschedules);
    b.notices = new ArrayList<>(notices);
    b.responses = new ArrayList<>(responses);
    b.reconfirmation = reconfirmation;
    b.finalAttendeeList = finalAttendeeList;
    b.disciplineReminder = disciplineReminder;
    b.bookings = new ArrayList<>(bookings);
    b.equipmentChecks = new ArrayList<>(equipmentChecks);
    b.technicalSupport = technicalSupport;
    b.agenda = agenda;
    b.agendaChanges = new ArrayList<>(agendaChanges);
    b.attendeeChanges = new ArrayList<>(attendeeChanges);
    b.attendance = new ArrayList<>(attendance);
    b.attendanceNotices = new ArrayList<>(attendanceNotices);
    b.catchUps = new ArrayList<>(catchUps);
    b.minutes = minutes;
    b.resolutions = new ArrayList<>(resolutions);
    b.feedbackRequest = feedbackRequest;
    b.feedback = new ArrayList<>(feedback);
    b.nextMeeting = nextMeeting;
    return b;
  }

  /** The planned start as an instant. */
  public Instant start() {
    return plannedStart.toInstant();
  }

  /** The planned end as an instant. */
  public Instant end() {
    return plannedEnd.toInstant();
  }

  /** The invited people, in invitation order. */
  public List<PersonId> invitees() {
    return invitations.stream().map(Invitation::person).toList();
  }

  /** Whether the person is invited. */
  public boolean isInvited(PersonId person) {
    return invitations.stream().anyMatch(i -> i.person().equals(person));
  }

  /** The attendance entry of the person, if any. */
  public Optional<Attendance> attendanceOf(PersonId person) {
    return attendance.stream().filter(a -> a.person().equals(person)).findFirst();
  }

  /** The resolution with this id, if passed at this meeting. */
  public Optional<Resolution> resolution(ResolutionId resolutionId) {
    return resolutions.stream().filter(r -> r.id().equals(resolutionId)).findFirst();
  }

  /** Builds {@link Meeting}s; not thread-safe. Lists given to it are copied on {@link #build()}. */
  public static final class Builder {
    private @Nullable MeetingId id;
    private @Nullable MeetingKind kind;
    private @Nullable String emergencyReason;
    private @Nullable MeetingMode mode;
    private @Nullable String onlineReason;
    private @Nullable String title;
    private @Nullable ZonedDateTime plannedStart;
    private @Nullable ZonedDateTime plannedEnd;
    private @Nullable RoomId room;
    private @Nullable VideoConference video;
    private @Nullable PersonId organizer;
    private @Nullable PersonId secretary;
    private List<Invitation> invitations = new ArrayList<>();
    private @Nullable Confidentiality confidentiality;
    private List<Reschedule> reschedules = new ArrayList<>();
    private List<Notice> notices = new ArrayList<>();
    private List<Response> responses = new ArrayList<>();
    private @Nullable Reconfirmation reconfirmation;
    private @Nullable FinalAttendeeList finalAttendeeList;
    private @Nullable DisciplineReminder disciplineReminder;
    private List<RoomBooking> bookings = new ArrayList<>();
    private List<EquipmentCheck> equipmentChecks = new ArrayList<>();
    private @Nullable TechnicalSupport technicalSupport;
    private @Nullable Agenda agenda;
    private List<AgendaChange> agendaChanges = new ArrayList<>();
    private List<AttendeeChange> attendeeChanges = new ArrayList<>();
    private List<Attendance> attendance = new ArrayList<>();
    private List<AttendanceNotice> attendanceNotices = new ArrayList<>();
    private List<CatchUp> catchUps = new ArrayList<>();
    private @Nullable Minutes minutes;
    private List<Resolution> resolutions = new ArrayList<>();
    private @Nullable FeedbackRequest feedbackRequest;
    private List<Feedback> feedback = new ArrayList<>();
    private @Nullable NextMeetingScheduling nextMeeting;

    private Builder() {}

    /** Sets identifies the meeting, unique in the records. */
    public Builder id(@Nullable MeetingId id) {
      this.id = id;
      return this;
    }

    /** Sets regular or emergency (3.1, 9.1). */
    public Builder kind(@Nullable MeetingKind kind) {
      this.kind = kind;
      return this;
    }

    /** Sets why an emergency meeting was called (9.1); null when not stated. */
    public Builder emergencyReason(@Nullable String emergencyReason) {
      this.emergencyReason = emergencyReason;
      return this;
    }

    /** Sets in person, online or hybrid (9.2). */
    public Builder mode(@Nullable MeetingMode mode) {
      this.mode = mode;
      return this;
    }

    /** Sets why the meeting is not in person (9.2); null when not stated. */
    public Builder onlineReason(@Nullable String onlineReason) {
      this.onlineReason = onlineReason;
      return this;
    }

    /** Sets what the meeting is called. */
    public Builder title(@Nullable String title) {
      this.title = title;
      return this;
    }

    /** Sets the planned start, with its zone; after a reschedule, the new start. */
    public Builder plannedStart(@Nullable ZonedDateTime plannedStart) {
      this.plannedStart = plannedStart;
      return this;
    }

    /** Sets the planned end, after the start. */
    public Builder plannedEnd(@Nullable ZonedDateTime plannedEnd) {
      this.plannedEnd = plannedEnd;
      return this;
    }

    /** Sets the room (3.2); null for an online meeting or when not chosen. */
    public Builder room(@Nullable RoomId room) {
      this.room = room;
      return this;
    }

    /** Sets the video link (9.2, 9.6); null for a meeting in person. */
    public Builder video(@Nullable VideoConference video) {
      this.video = video;
      return this;
    }

    /** Sets the organizer and chair (2.1); null when not named. */
    public Builder organizer(@Nullable PersonId organizer) {
      this.organizer = organizer;
      return this;
    }

    /** Sets the secretary (2.2); null when not named. */
    public Builder secretary(@Nullable PersonId secretary) {
      this.secretary = secretary;
      return this;
    }

    /** Sets the invitees and their roles (2.3, 2.4). */
    public Builder invitations(List<Invitation> invitations) {
      this.invitations = invitations == null ? new ArrayList<>() : new ArrayList<>(invitations);
      return this;
    }

    /** Adds to the invitees and their roles (2.3, 2.4). */
    public Builder addInvitations(Invitation... more) {
      this.invitations.addAll(List.of(more));
      return this;
    }

    /** Sets how sensitive the meeting is (5.4, 9.6). */
    public Builder confidentiality(@Nullable Confidentiality confidentiality) {
      this.confidentiality = confidentiality;
      return this;
    }

    /** Sets changes of time, oldest first (3.8). */
    public Builder reschedules(List<Reschedule> reschedules) {
      this.reschedules = reschedules == null ? new ArrayList<>() : new ArrayList<>(reschedules);
      return this;
    }

    /** Adds to changes of time, oldest first (3.8). */
    public Builder addReschedules(Reschedule... more) {
      this.reschedules.addAll(List.of(more));
      return this;
    }

    /** Sets the notices sent (2.6, 3.4, 3.8). */
    public Builder notices(List<Notice> notices) {
      this.notices = notices == null ? new ArrayList<>() : new ArrayList<>(notices);
      return this;
    }

    /** Adds to the notices sent (2.6, 3.4, 3.8). */
    public Builder addNotices(Notice... more) {
      this.notices.addAll(List.of(more));
      return this;
    }

    /** Sets the invitees' confirmations (2.6). */
    public Builder responses(List<Response> responses) {
      this.responses = responses == null ? new ArrayList<>() : new ArrayList<>(responses);
      return this;
    }

    /** Adds to the invitees' confirmations (2.6). */
    public Builder addResponses(Response... more) {
      this.responses.addAll(List.of(more));
      return this;
    }

    /** Sets the reconfirmation before the meeting (3.7); null when not done. */
    public Builder reconfirmation(@Nullable Reconfirmation reconfirmation) {
      this.reconfirmation = reconfirmation;
      return this;
    }

    /** Sets the organizer's final list (2.6); null when not done. */
    public Builder finalAttendeeList(@Nullable FinalAttendeeList finalAttendeeList) {
      this.finalAttendeeList = finalAttendeeList;
      return this;
    }

    /** Sets the discipline reminder (2.9); null when not given. */
    public Builder disciplineReminder(@Nullable DisciplineReminder disciplineReminder) {
      this.disciplineReminder = disciplineReminder;
      return this;
    }

    /** Sets the room bookings (3.5). */
    public Builder bookings(List<RoomBooking> bookings) {
      this.bookings = bookings == null ? new ArrayList<>() : new ArrayList<>(bookings);
      return this;
    }

    /** Adds to the room bookings (3.5). */
    public Builder addBookings(RoomBooking... more) {
      this.bookings.addAll(List.of(more));
      return this;
    }

    /** Sets the equipment checks (3.6). */
    public Builder equipmentChecks(List<EquipmentCheck> equipmentChecks) {
      this.equipmentChecks =
          equipmentChecks == null ? new ArrayList<>() : new ArrayList<>(equipmentChecks);
      return this;
    }

    /** Adds to the equipment checks (3.6). */
    public Builder addEquipmentChecks(EquipmentCheck... more) {
      this.equipmentChecks.addAll(List.of(more));
      return this;
    }

    /** Sets technical support (2.8); null when not recorded. */
    public Builder technicalSupport(@Nullable TechnicalSupport technicalSupport) {
      this.technicalSupport = technicalSupport;
      return this;
    }

    /** Sets the agenda (2.5, section 4); null when none was prepared. */
    public Builder agenda(@Nullable Agenda agenda) {
      this.agenda = agenda;
      return this;
    }

    /** Sets changes to the agenda after the notice (9.3). */
    public Builder agendaChanges(List<AgendaChange> agendaChanges) {
      this.agendaChanges =
          agendaChanges == null ? new ArrayList<>() : new ArrayList<>(agendaChanges);
      return this;
    }

    /** Adds to changes to the agenda after the notice (9.3). */
    public Builder addAgendaChanges(AgendaChange... more) {
      this.agendaChanges.addAll(List.of(more));
      return this;
    }

    /** Sets changes in who attends (9.4). */
    public Builder attendeeChanges(List<AttendeeChange> attendeeChanges) {
      this.attendeeChanges =
          attendeeChanges == null ? new ArrayList<>() : new ArrayList<>(attendeeChanges);
      return this;
    }

    /** Adds to changes in who attends (9.4). */
    public Builder addAttendeeChanges(AttendeeChange... more) {
      this.attendeeChanges.addAll(List.of(more));
      return this;
    }

    /** Sets who was present when (5.1, 5.6). */
    public Builder attendance(List<Attendance> attendance) {
      this.attendance = attendance == null ? new ArrayList<>() : new ArrayList<>(attendance);
      return this;
    }

    /** Adds to who was present when (5.1, 5.6). */
    public Builder addAttendance(Attendance... more) {
      this.attendance.addAll(List.of(more));
      return this;
    }

    /** Sets advance notices of absence, lateness or early leave (5.6). */
    public Builder attendanceNotices(List<AttendanceNotice> attendanceNotices) {
      this.attendanceNotices =
          attendanceNotices == null ? new ArrayList<>() : new ArrayList<>(attendanceNotices);
      return this;
    }

    /** Adds to advance notices of absence, lateness or early leave (5.6). */
    public Builder addAttendanceNotices(AttendanceNotice... more) {
      this.attendanceNotices.addAll(List.of(more));
      return this;
    }

    /** Sets catch-ups by those who missed part of it (5.6). */
    public Builder catchUps(List<CatchUp> catchUps) {
      this.catchUps = catchUps == null ? new ArrayList<>() : new ArrayList<>(catchUps);
      return this;
    }

    /** Adds to catch-ups by those who missed part of it (5.6). */
    public Builder addCatchUps(CatchUp... more) {
      this.catchUps.addAll(List.of(more));
      return this;
    }

    /** Sets the minutes (section 6); null when none were written. */
    public Builder minutes(@Nullable Minutes minutes) {
      this.minutes = minutes;
      return this;
    }

    /** Sets the resolutions passed (4.9, section 7). */
    public Builder resolutions(List<Resolution> resolutions) {
      this.resolutions = resolutions == null ? new ArrayList<>() : new ArrayList<>(resolutions);
      return this;
    }

    /** Adds to the resolutions passed (4.9, section 7). */
    public Builder addResolutions(Resolution... more) {
      this.resolutions.addAll(List.of(more));
      return this;
    }

    /** Sets the invitation to give feedback (2.10); null when none. */
    public Builder feedbackRequest(@Nullable FeedbackRequest feedbackRequest) {
      this.feedbackRequest = feedbackRequest;
      return this;
    }

    /** Sets feedback received (2.10, 5.10, 6.8). */
    public Builder feedback(List<Feedback> feedback) {
      this.feedback = feedback == null ? new ArrayList<>() : new ArrayList<>(feedback);
      return this;
    }

    /** Adds to feedback received (2.10, 5.10, 6.8). */
    public Builder addFeedback(Feedback... more) {
      this.feedback.addAll(List.of(more));
      return this;
    }

    /** Sets the scheduling of the next meeting (3.9); null when not done. */
    public Builder nextMeeting(@Nullable NextMeetingScheduling nextMeeting) {
      this.nextMeeting = nextMeeting;
      return this;
    }

    /** Builds the meeting. Structural problems are left to validation, not thrown here. */
    // A builder may make a malformed record on purpose (a required value left out): validation,
    // not the type system, names what is missing.
    @SuppressWarnings("NullAway")
    public Meeting build() {
      return new Meeting(
          id,
          kind,
          emergencyReason,
          mode,
          onlineReason,
          title,
          plannedStart,
          plannedEnd,
          room,
          video,
          organizer,
          secretary,
          invitations,
          confidentiality,
          reschedules,
          notices,
          responses,
          reconfirmation,
          finalAttendeeList,
          disciplineReminder,
          bookings,
          equipmentChecks,
          technicalSupport,
          agenda,
          agendaChanges,
          attendeeChanges,
          attendance,
          attendanceNotices,
          catchUps,
          minutes,
          resolutions,
          feedbackRequest,
          feedback,
          nextMeeting);
    }
  }
}
