package org.meetingpolicy.rules.facts;

import java.time.Instant;
import java.time.LocalDate;
import org.meetingpolicy.core.model.MeetingId;
import org.meetingpolicy.core.model.RoomBooking;
import org.meetingpolicy.core.model.RoomId;
import org.meetingpolicy.rules.MeetingPolicy;
import org.meetingpolicy.rules.Subject;

/**
 * One local day a room booking touches (3.5). A clash rule joins two of these on room and day
 * before comparing intervals, so it compares only bookings of the same room on the same day.
 *
 * @param scope the record set it comes from
 * @param room the room
 * @param day a local day the booking touches, in the policy's zone
 * @param meeting the meeting the booking is for
 * @param ordinal the booking's position in the record set, to report each clashing pair once
 * @param booking the booking
 * @param policy the policy
 * @param asOf the instant of judgement
 */
public record RoomDayBooking(
    int scope,
    RoomId room,
    LocalDate day,
    MeetingId meeting,
    int ordinal,
    RoomBooking booking,
    MeetingPolicy policy,
    Instant asOf)
    implements RuleFact {

  @Override
  public Subject subject() {
    return Subject.meeting(meeting);
  }

  /**
   * Whether this is the day, in the policy's zone, on which the overlap with the other booking
   * starts: a clash across midnight is reported once, on its first day (3.5).
   */
  public boolean overlapStartsOn(RoomDayBooking other) {
    Instant from =
        booking.from().isAfter(other.booking.from()) ? booking.from() : other.booking.from();
    return day.equals(policy.local(from).toLocalDate());
  }

  /** Whether the two bookings' spans overlap (touching ends do not). */
  public boolean overlaps(RoomDayBooking other) {
    return booking.overlaps(other.booking);
  }
}
