package org.meetingpolicy.importer;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.DateProperty;
import org.jspecify.annotations.Nullable;
import org.meetingpolicy.core.model.AttendeeRole;
import org.meetingpolicy.core.model.Confidentiality;
import org.meetingpolicy.core.model.Invitation;
import org.meetingpolicy.core.model.Meeting;
import org.meetingpolicy.core.model.MeetingId;
import org.meetingpolicy.core.model.MeetingMode;
import org.meetingpolicy.core.model.Notice;
import org.meetingpolicy.core.model.NoticeChannel;
import org.meetingpolicy.core.model.Person;
import org.meetingpolicy.core.model.PersonId;
import org.meetingpolicy.core.model.Reschedule;
import org.meetingpolicy.core.model.Response;
import org.meetingpolicy.core.model.ResponseKind;
import org.meetingpolicy.core.model.Room;
import org.meetingpolicy.core.model.RoomId;
import org.meetingpolicy.core.model.VideoConference;

/**
 * Meetings from iCalendar files (RFC 5545, with iTIP's methods of RFC 5546), read with ical4j.
 *
 * <ul>
 *   <li>{@code METHOD:REQUEST} (or {@code PUBLISH}) events are meetings: UID, SUMMARY, DTSTART and
 *       DTEND, the place (a room attendee {@code CUTYPE=ROOM} or a LOCATION naming a room of the
 *       roster; a video link in LOCATION or URL), the ORGANIZER (its {@code SENT-BY} is the
 *       secretary who sent it), the ATTENDEEs and their ROLE; each request is a notice sent at its
 *       DTSTAMP to the attendees, stating the time, the place when it names one, and the agenda
 *       when its DESCRIPTION holds one.
 *   <li>A later request with a higher SEQUENCE and another DTSTART is a reschedule (3.8) with its
 *       own notice; one with the same DTSTART is a further notice.
 *   <li>{@code METHOD:REPLY} events are responses: PARTSTAT ACCEPTED or DECLINED at the DTSTAMP.
 *       TENTATIVE is not a confirmation (2.6) and is reported, not recorded.
 *   <li>Times in a zone that is not an IANA zone id (Outlook's "China Standard Time", defined by
 *       the file's VTIMEZONE) and floating times are read in the policy zone; each such reading is
 *       reported as a note.
 * </ul>
 *
 * <p>Everything that cannot be imported (people or rooms not on the roster, cancellations, all-day
 * events) is reported as a note with its file and line.
 */
public final class CalendarImport {

  private static final Pattern URL = Pattern.compile("https?://\\S+");
  private static final Pattern AGENDA = Pattern.compile("(?im)(agenda|议程|议题|^\\s*1[.、)])");

  private final Roster roster;
  private final ZoneId zone;
  private final List<ImportNote> notes = new ArrayList<>();
  private final List<ImportNote> problems = new ArrayList<>();
  private final List<Event> requests = new ArrayList<>();
  private final List<Event> replies = new ArrayList<>();
  private final Map<String, int[]> counts = new LinkedHashMap<>();

  private CalendarImport(Roster roster, ZoneId zone) {
    this.roster = roster;
    this.zone = zone;
  }

  /**
   * The meetings the calendar files describe.
   *
   * @param files the .ics files, in the order given
   * @param roster who may be named
   * @param zone the policy zone, in which floating and non-IANA times are read
   * @return the meetings, the notes and a summary per file
   * @throws ImportException naming every malformed event and every conflict between files
   */
  public static Result read(List<Path> files, Roster roster, ZoneId zone)
      throws IOException, ImportException {
    CalendarImport calendar = new CalendarImport(roster, zone);
    for (Path file : files) {
      calendar.parse(file.toString(), TextFiles.read(file, StandardCharsets.UTF_8));
    }
    return calendar.build();
  }

  /** Like {@link #read(List, Roster, ZoneId)}, for texts already in memory, keyed by name. */
  public static Result readTexts(Map<String, String> texts, Roster roster, ZoneId zone)
      throws ImportException {
    CalendarImport calendar = new CalendarImport(roster, zone);
    for (Map.Entry<String, String> text : texts.entrySet()) {
      calendar.parse(text.getKey(), text.getValue());
    }
    return calendar.build();
  }

  /**
   * What the calendars gave.
   *
   * @param meetings the meetings, by start
   * @param origins for each meeting, the file and line of its first request
   * @param notes what was read in a way to know of, or not imported
   * @param summaries one per file
   */
  public record Result(
      List<Meeting> meetings,
      Map<MeetingId, String> origins,
      List<ImportNote> notes,
      List<SourceSummary> summaries) {

    /** Copies everything. */
    public Result {
      meetings = List.copyOf(meetings);
      origins = Map.copyOf(origins);
      notes = List.copyOf(notes);
      summaries = List.copyOf(summaries);
    }
  }

  /** One attendee or organizer as the file names them. */
  private record Address(@Nullable String email, @Nullable String name, int line) {
    String describe() {
      return (name == null ? "" : "'" + name + "' ") + (email == null ? "" : "<" + email + ">");
    }
  }

  /** One VEVENT, read. */
  private record Event(
      String source,
      int line,
      String method,
      String uid,
      int sequence,
      Instant stamp,
      @Nullable ZonedDateTime start,
      @Nullable ZonedDateTime end,
      @Nullable String summary,
      @Nullable String location,
      @Nullable String url,
      @Nullable String description,
      @Nullable String classification,
      @Nullable Address organizer,
      @Nullable Address sentBy,
      List<Attendee> attendees) {

    String where() {
      return source + ":" + line;
    }

    /** The start of a request: one without DTSTART was refused when read. */
    ZonedDateTime requestStart() {
      return Objects.requireNonNull(start, "DTSTART of a request");
    }

    /** The end of a request: one without DTEND was refused when read. */
    ZonedDateTime requestEnd() {
      return Objects.requireNonNull(end, "DTEND of a request");
    }
  }

  private record Attendee(
      Address address, @Nullable String role, @Nullable String cutype, @Nullable String partstat) {}

  private void parse(String source, String text) {
    int[] count = counts.computeIfAbsent(source, s -> new int[3]);
    List<String> lines = text.lines().toList();
    List<Integer> eventLines = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).trim().equalsIgnoreCase("BEGIN:VEVENT")) {
        eventLines.add(i + 1);
      }
    }
    Calendar calendar;
    try {
      calendar = new CalendarBuilder().build(new StringReader(text));
    } catch (ParserException e) {
      problems.add(new ImportNote(source, e.getLineNo(), "not an iCalendar file: " + cause(e)));
      return;
    } catch (IOException | RuntimeException e) {
      problems.add(new ImportNote(source, 0, "not an iCalendar file: " + cause(e)));
      return;
    }
    String method =
        calendar
            .getProperty(Property.METHOD)
            .map(p -> p.getValue().toUpperCase(Locale.ROOT))
            .orElse("");
    List<VEvent> events = calendar.getComponents(Component.VEVENT);
    if (events.isEmpty()) {
      notes.add(new ImportNote(source, 0, "no VEVENT: nothing to import"));
    }
    for (int i = 0; i < events.size(); i++) {
      count[0]++;
      int line = i < eventLines.size() ? eventLines.get(i) : 0;
      int end = i + 1 < eventLines.size() ? eventLines.get(i + 1) : lines.size();
      Optional<Event> event =
          event(source, line, lines.subList(line == 0 ? 0 : line - 1, end), method, events.get(i));
      if (event.isEmpty()) {
        continue;
      }
      switch (method) {
        case "REQUEST", "PUBLISH", "" -> {
          if (!method.equals("REQUEST")) {
            notes.add(
                new ImportNote(
                    source,
                    line,
                    (method.isEmpty() ? "no METHOD" : "METHOD:" + method)
                        + ": event read as an invitation (METHOD:REQUEST)"));
          }
          requests.add(event.get());
        }
        case "REPLY" -> replies.add(event.get());
        default ->
            notes.add(
                new ImportNote(
                    source,
                    line,
                    "METHOD:"
                        + method
                        + " of event "
                        + event.get().uid()
                        + " is not imported (only REQUEST, PUBLISH and REPLY are)"));
      }
    }
  }

  private Optional<Event> event(
      String source, int line, List<String> raw, String method, VEvent event) {
    int before = problems.size();
    String uid = text(event, Property.UID);
    if (uid == null || uid.isBlank()) {
      problems.add(new ImportNote(source, line, "VEVENT without UID: cannot tell which meeting"));
      return Optional.empty();
    }
    String where = "event " + uid + ": ";
    int sequence = 0;
    String seq = text(event, Property.SEQUENCE);
    if (seq != null) {
      try {
        sequence = Integer.parseInt(seq.trim());
      } catch (NumberFormatException e) {
        problems.add(
            new ImportNote(source, line, where + "SEQUENCE '" + seq + "' is not a number"));
      }
    }
    Instant stamp = null;
    ZonedDateTime stampTime = time(event, Property.DTSTAMP, source, line, where);
    if (stampTime != null) {
      stamp = stampTime.toInstant();
    } else if (problems.size() == before) {
      problems.add(new ImportNote(source, line, where + "no DTSTAMP: when it was sent is unknown"));
    }
    ZonedDateTime start = null;
    ZonedDateTime end = null;
    if (!method.equals("REPLY")) {
      start = time(event, Property.DTSTART, source, line, where);
      end = time(event, Property.DTEND, source, line, where);
      if (start == null && problems.size() == before) {
        problems.add(new ImportNote(source, line, where + "no DTSTART"));
      }
      if (start != null && end == null && problems.size() == before) {
        problems.add(new ImportNote(source, line, where + "no DTEND"));
      }
      if (start != null && end != null && !end.isAfter(start)) {
        problems.add(
            new ImportNote(
                source, line, where + "DTEND " + end + " is not after DTSTART " + start));
      }
    }
    if (problems.size() > before) {
      return Optional.empty();
    }
    @Nullable Address organizer = null;
    @Nullable Address sentBy = null;
    Optional<Property> org = event.getProperty(Property.ORGANIZER);
    if (org.isPresent()) {
      organizer = address(org.get(), raw, line);
      Optional<Parameter> sent = org.get().getParameter(Parameter.SENT_BY);
      if (sent.isPresent()) {
        String email = mailto(sent.get().getValue());
        sentBy = new Address(email, null, lineOf(raw, line, email));
      }
    }
    List<Attendee> attendees = new ArrayList<>();
    for (Property p : event.getProperties(Property.ATTENDEE)) {
      attendees.add(
          new Attendee(
              address(p, raw, line),
              param(p, Parameter.ROLE),
              param(p, Parameter.CUTYPE),
              param(p, Parameter.PARTSTAT)));
    }
    return Optional.of(
        new Event(
            source,
            line,
            method,
            uid.trim(),
            sequence,
            // Without a DTSTAMP the event has a problem and was left out above.
            Objects.requireNonNull(stamp, "stamp"),
            start,
            end,
            text(event, Property.SUMMARY),
            text(event, Property.LOCATION),
            text(event, Property.URL),
            text(event, Property.DESCRIPTION),
            text(event, Property.CLASS),
            organizer,
            sentBy,
            attendees));
  }

  private @Nullable ZonedDateTime time(
      VEvent event, String name, String source, int line, String where) {
    Optional<Property> property = event.getProperty(name);
    if (property.isEmpty()) {
      return null;
    }
    Property p = property.get();
    String tzid = param(p, Parameter.TZID);
    Temporal value;
    try {
      value = ((DateProperty<?>) p).getDate();
    } catch (RuntimeException e) {
      problems.add(
          new ImportNote(
              source,
              line,
              where
                  + name
                  + (tzid == null
                      ? ": '" + raw(p) + "' is not a date-time"
                      : ": unknown time zone '"
                          + tzid
                          + "' (neither an IANA zone id nor defined by a VTIMEZONE in the file)")));
      return null;
    }
    if (value instanceof LocalDate) {
      problems.add(
          new ImportNote(
              source,
              line,
              where + name + " is a date without a time: an all-day event is not a meeting"));
      return null;
    }
    if (value instanceof LocalDateTime local) {
      notes.add(
          new ImportNote(
              source,
              line,
              where + name + " " + local + " is a floating time: read in the policy zone " + zone));
      return local.atZone(zone);
    }
    if (value instanceof Instant instant) {
      return instant.atZone(zone);
    }
    if (value instanceof OffsetDateTime offset) {
      return offset.atZoneSameInstant(zone);
    }
    if (value instanceof ZonedDateTime zoned) {
      if (tzid != null && isIana(tzid)) {
        // A VTIMEZONE named like an IANA zone may still be turned into a zone of ical4j's own.
        return zoned.toLocalDateTime().atZone(ZoneId.of(tzid));
      }
      if (tzid == null || tzid.equals("UTC")) {
        return isIana(zoned.getZone().getId()) ? zoned : zoned.withZoneSameInstant(zone);
      }
      ZonedDateTime read = zoned.withZoneSameInstant(zone);
      notes.add(
          new ImportNote(
              source,
              line,
              where
                  + name
                  + ": time zone '"
                  + tzid
                  + "' (UTC"
                  + zoned.getOffset()
                  + ") is not an IANA zone id: read as "
                  + read.toOffsetDateTime()
                  + " in the policy zone "
                  + zone
                  + (read.getOffset().equals(zoned.getOffset())
                      ? ""
                      : " (its offset differs: the instant is kept)")));
      return read;
    }
    problems.add(new ImportNote(source, line, where + name + ": '" + raw(p) + "' not understood"));
    return null;
  }

  private static boolean isIana(String id) {
    return ZoneId.getAvailableZoneIds().contains(id);
  }

  private static String raw(Property p) {
    try {
      return p.getValue();
    } catch (RuntimeException e) {
      return p.getName();
    }
  }

  private Result build() throws ImportException {
    Map<String, List<Event>> byUid = new LinkedHashMap<>();
    requests.stream()
        .sorted(
            Comparator.comparing(Event::uid)
                .thenComparingInt(Event::sequence)
                .thenComparing(Event::stamp))
        .forEach(e -> byUid.computeIfAbsent(e.uid(), u -> new ArrayList<>()).add(e));
    Map<MeetingId, Meeting.Builder> meetings = new LinkedHashMap<>();
    Map<MeetingId, String> origins = new LinkedHashMap<>();
    for (List<Event> versions : byUid.values()) {
      Event first = versions.get(0);
      MeetingId id = MeetingId.of(first.uid());
      Meeting.Builder meeting = meeting(first);
      origins.put(id, first.where());
      counted(first, true);
      Event previous = first;
      for (Event next : versions.subList(1, versions.size())) {
        if (next.sequence() == previous.sequence()) {
          if (next.requestStart().toInstant().equals(previous.requestStart().toInstant())
              && next.requestEnd().toInstant().equals(previous.requestEnd().toInstant())) {
            notes.add(
                new ImportNote(
                    next.source(),
                    next.line(),
                    "event "
                        + next.uid()
                        + " SEQUENCE "
                        + next.sequence()
                        + " repeats "
                        + previous.where()
                        + ": read once"));
            counted(next, true);
            continue;
          }
          problems.add(
              new ImportNote(
                  next.source(),
                  next.line(),
                  "event "
                      + next.uid()
                      + " SEQUENCE "
                      + next.sequence()
                      + " starts "
                      + next.requestStart().toOffsetDateTime()
                      + " but "
                      + previous.where()
                      + " with the same SEQUENCE starts "
                      + previous.requestStart().toOffsetDateTime()
                      + ": conflicting start times"));
          continue;
        }
        counted(next, true);
        update(meeting, previous, next);
        previous = next;
      }
      meetings.put(id, meeting);
    }
    for (Event reply : replies) {
      Meeting.Builder meeting = meetings.get(MeetingId.of(reply.uid()));
      if (meeting == null) {
        notes.add(
            new ImportNote(
                reply.source(),
                reply.line(),
                "REPLY to event "
                    + reply.uid()
                    + " which no invitation (REQUEST) describes: not imported"));
        counted(reply, false);
        continue;
      }
      counted(reply, reply(meeting, reply));
    }
    if (!problems.isEmpty()) {
      throw new ImportException(problems);
    }
    List<Meeting> built =
        meetings.values().stream()
            .map(Meeting.Builder::build)
            .sorted(Comparator.comparing(Meeting::start).thenComparing(Meeting::id))
            .toList();
    List<SourceSummary> summaries = new ArrayList<>();
    counts.forEach(
        (source, c) -> summaries.add(new SourceSummary(source, "calendar", c[0], c[1], c[2])));
    return new Result(built, origins, notes, summaries);
  }

  private void counted(Event event, boolean imported) {
    if (imported) {
      countsOf(event)[1]++;
    }
  }

  private int[] countsOf(Event event) {
    return counts.computeIfAbsent(event.source(), s -> new int[3]);
  }

  private void unmatched(Event event) {
    countsOf(event)[2]++;
  }

  private Meeting.Builder meeting(Event event) {
    Meeting.Builder meeting =
        Meeting.builder(MeetingId.of(event.uid()))
            .title(event.summary() == null ? "" : event.summary())
            .plannedStart(event.requestStart())
            .plannedEnd(event.requestEnd());
    if ("CONFIDENTIAL".equalsIgnoreCase(event.classification())
        || "PRIVATE".equalsIgnoreCase(event.classification())) {
      meeting.confidentiality(Confidentiality.CONFIDENTIAL);
    }
    PersonId organizer = person(event, event.organizer(), "ORGANIZER");
    meeting.organizer(organizer);
    PersonId secretary = event.sentBy() == null ? null : person(event, event.sentBy(), "SENT-BY");
    meeting.secretary(secretary);
    Place place = place(event);
    meeting.room(place.room());
    meeting.video(place.video());
    meeting.mode(place.mode());
    List<Invitation> invitations = invitations(event, organizer, secretary);
    meeting.invitations(invitations);
    notice(event, organizer, secretary, invitations, place).ifPresent(meeting::addNotices);
    return meeting;
  }

  private void update(Meeting.Builder meeting, Event previous, Event next) {
    Meeting current = meeting.build();
    PersonId organizer = person(next, next.organizer(), "ORGANIZER");
    PersonId secretary = next.sentBy() == null ? null : person(next, next.sentBy(), "SENT-BY");
    Place place = place(next);
    List<Invitation> invitations = invitations(next, organizer, secretary);
    if (!current.invitations().equals(invitations)) {
      notes.add(
          new ImportNote(
              next.source(),
              next.line(),
              "event "
                  + next.uid()
                  + " SEQUENCE "
                  + next.sequence()
                  + " invites other people than SEQUENCE "
                  + previous.sequence()
                  + ": the invitations are the latest request's"));
      meeting.invitations(invitations);
    }
    if (!next.requestStart().toInstant().equals(previous.requestStart().toInstant())) {
      PersonId decidedBy = organizer != null ? organizer : current.organizer();
      if (decidedBy == null) {
        notes.add(
            new ImportNote(
                next.source(),
                next.line(),
                "event "
                    + next.uid()
                    + " moved to "
                    + next.requestStart().toOffsetDateTime()
                    + " but its organizer is not on the roster: the reschedule is not recorded"));
      } else {
        meeting.addReschedules(
            new Reschedule(
                previous.requestStart(), next.requestStart(), next.stamp(), decidedBy, null));
      }
    }
    meeting.plannedStart(next.requestStart()).plannedEnd(next.requestEnd());
    if (place.room() != null || place.video() != null) {
      meeting.room(place.room()).video(place.video()).mode(place.mode());
    }
    notice(next, organizer, secretary, invitations, place).ifPresent(meeting::addNotices);
  }

  private boolean reply(Meeting.Builder meeting, Event reply) {
    boolean imported = false;
    if (reply.attendees().isEmpty()) {
      notes.add(
          new ImportNote(
              reply.source(),
              reply.line(),
              "REPLY to event " + reply.uid() + " names no ATTENDEE: not imported"));
    }
    for (Attendee attendee : reply.attendees()) {
      PersonId person = person(reply, attendee.address(), "ATTENDEE");
      if (person == null) {
        continue;
      }
      String status =
          attendee.partstat() == null ? "" : attendee.partstat().toUpperCase(Locale.ROOT);
      ResponseKind kind =
          switch (status) {
            case "ACCEPTED" -> ResponseKind.ACCEPT;
            case "DECLINED" -> ResponseKind.DECLINE;
            default -> null;
          };
      if (kind == null) {
        notes.add(
            new ImportNote(
                reply.source(),
                attendee.address().line(),
                "REPLY of "
                    + person
                    + " to event "
                    + reply.uid()
                    + " is PARTSTAT "
                    + (status.isEmpty() ? "(none)" : status)
                    + ": not a confirmation to attend or not (2.6), not recorded as a response"));
        continue;
      }
      meeting.addResponses(new Response(person, kind, reply.stamp()));
      imported = true;
    }
    return imported;
  }

  private List<Invitation> invitations(
      Event event, @Nullable PersonId organizer, @Nullable PersonId secretary) {
    Map<PersonId, Invitation> invitations = new LinkedHashMap<>();
    for (Attendee attendee : event.attendees()) {
      if (isResource(attendee)) {
        continue;
      }
      String role = attendee.role() == null ? "REQ-PARTICIPANT" : attendee.role();
      if (role.equalsIgnoreCase("NON-PARTICIPANT")) {
        notes.add(
            new ImportNote(
                event.source(),
                attendee.address().line(),
                attendee.address().describe()
                    + " is a NON-PARTICIPANT (for information only): not invited"));
        continue;
      }
      PersonId person = person(event, attendee.address(), "ATTENDEE");
      if (person == null) {
        continue;
      }
      AttendeeRole kind =
          role.equalsIgnoreCase("CHAIR") || person.equals(organizer)
              ? AttendeeRole.CHAIR
              : person.equals(secretary) ? AttendeeRole.SECRETARY : AttendeeRole.PARTICIPANT;
      invitations.putIfAbsent(person, new Invitation(person, kind, null));
    }
    if (organizer != null && !invitations.containsKey(organizer)) {
      // RFC 5546 lets the organizer leave themself out of the ATTENDEEs; they chair it (2.1).
      Map<PersonId, Invitation> withChair = new LinkedHashMap<>();
      withChair.put(organizer, new Invitation(organizer, AttendeeRole.CHAIR, null));
      withChair.putAll(invitations);
      invitations = withChair;
    }
    return List.copyOf(invitations.values());
  }

  private Optional<Notice> notice(
      Event event,
      @Nullable PersonId organizer,
      @Nullable PersonId secretary,
      List<Invitation> invitations,
      Place place) {
    PersonId sender = secretary != null ? secretary : organizer;
    if (sender == null) {
      notes.add(
          new ImportNote(
              event.source(),
              event.line(),
              "event "
                  + event.uid()
                  + ": its sender (ORGANIZER or SENT-BY) is not on the roster: no notice recorded"));
      return Optional.empty();
    }
    List<PersonId> recipients = invitations.stream().map(Invitation::person).toList();
    boolean agenda = event.description() != null && AGENDA.matcher(event.description()).find();
    return Optional.of(
        new Notice(
            sender,
            event.stamp(),
            NoticeChannel.EMAIL,
            recipients,
            true,
            place.room() != null || place.video() != null || event.location() != null,
            agenda,
            event.start()));
  }

  private record Place(@Nullable RoomId room, @Nullable VideoConference video, MeetingMode mode) {}

  private Place place(Event event) {
    RoomId room = null;
    for (Attendee attendee : event.attendees()) {
      if (isResource(attendee)) {
        Optional<Room> found = roomOf(attendee.address());
        if (found.isPresent()) {
          room = found.get().id();
        } else {
          notes.add(
              new ImportNote(
                  event.source(),
                  attendee.address().line(),
                  "room "
                      + attendee.address().describe()
                      + " is not a room of the roster: room not recorded"));
          unmatched(event);
        }
      }
    }
    String url = null;
    String location = event.location() == null ? null : event.location().trim();
    if (location != null) {
      Matcher m = URL.matcher(location);
      if (m.find()) {
        url = m.group();
        location = (location.substring(0, m.start()) + location.substring(m.end())).trim();
        location = location.replaceAll("^[;,\\s]+|[;,\\s]+$", "");
      }
    }
    if (url == null && event.url() != null && URL.matcher(event.url()).find()) {
      url = event.url().trim();
    }
    if (room == null && location != null && !location.isEmpty()) {
      Optional<Room> found = roster.room(location);
      if (found.isPresent()) {
        room = found.get().id();
      } else {
        notes.add(
            new ImportNote(
                event.source(),
                event.line(),
                "event "
                    + event.uid()
                    + ": LOCATION '"
                    + location
                    + "' is not a room of the roster: room not recorded"));
      }
    }
    VideoConference video = url == null ? null : new VideoConference(url, toolOf(url), false);
    MeetingMode mode =
        video == null
            ? MeetingMode.IN_PERSON
            : room == null ? MeetingMode.ONLINE : MeetingMode.HYBRID;
    return new Place(room, video, mode);
  }

  private Optional<Room> roomOf(Address address) {
    Optional<Room> room = roster.room(address.name());
    if (room.isEmpty() && address.email() != null) {
      room = roster.room(address.email().replaceAll("@.*", ""));
    }
    return room;
  }

  private static @Nullable String toolOf(String url) {
    String host;
    try {
      host = URI.create(url).getHost();
    } catch (IllegalArgumentException e) {
      return null;
    }
    if (host == null) {
      return null;
    }
    host = host.toLowerCase(Locale.ROOT);
    if (host.endsWith("zoom.us")) {
      return "Zoom";
    }
    if (host.endsWith("teams.microsoft.com")) {
      return "Microsoft Teams";
    }
    if (host.endsWith("meeting.tencent.com")) {
      return "Tencent Meeting";
    }
    if (host.contains("dingtalk")) {
      return "DingTalk";
    }
    if (host.contains("feishu") || host.contains("larksuite")) {
      return "Feishu";
    }
    return null;
  }

  private static boolean isResource(Attendee attendee) {
    return attendee.cutype() != null
        && (attendee.cutype().equalsIgnoreCase("ROOM")
            || attendee.cutype().equalsIgnoreCase("RESOURCE"));
  }

  private @Nullable PersonId person(Event event, @Nullable Address address, String what) {
    if (address == null) {
      return null;
    }
    try {
      Optional<Person> person = roster.match(address.email(), address.name());
      if (person.isPresent()) {
        return person.get().id();
      }
      notes.add(
          new ImportNote(
              event.source(),
              address.line(),
              what + " " + address.describe() + " is not on the roster: not imported"));
    } catch (Roster.AmbiguousPersonException e) {
      problems.add(new ImportNote(event.source(), address.line(), what + " " + e.getMessage()));
    }
    unmatched(event);
    return null;
  }

  private static Address address(Property p, List<String> raw, int eventLine) {
    String email = mailto(p.getValue());
    String name = param(p, Parameter.CN);
    String needle = email != null ? email : name;
    return new Address(email, name, lineOf(raw, eventLine, needle));
  }

  private static @Nullable String mailto(@Nullable String value) {
    if (value == null) {
      return null;
    }
    String v = value.trim();
    if (v.regionMatches(true, 0, "mailto:", 0, 7)) {
      v = v.substring(7);
    }
    return v.contains("@") ? v : null;
  }

  // The line where the property naming this address starts: the event's raw lines are searched,
  // as ical4j's model keeps no line numbers. Folded lines may split the address; then the event's
  // line is used.
  private static int lineOf(List<String> raw, int eventLine, @Nullable String needle) {
    if (needle == null || eventLine == 0) {
      return eventLine;
    }
    String lower = needle.toLowerCase(Locale.ROOT);
    for (int i = 0; i < raw.size(); i++) {
      if (raw.get(i).toLowerCase(Locale.ROOT).contains(lower)) {
        int line = i;
        while (line > 0 && (raw.get(line).startsWith(" ") || raw.get(line).startsWith("\t"))) {
          line--;
        }
        return eventLine + line;
      }
    }
    return eventLine;
  }

  private static @Nullable String text(Component component, String name) {
    return component.getProperty(name).map(Property::getValue).orElse(null);
  }

  private static @Nullable String param(Property property, String name) {
    return property.getParameter(name).map(Parameter::getValue).orElse(null);
  }

  private static String cause(Exception e) {
    String message = e.getMessage();
    return Objects.requireNonNullElse(message, e.getClass().getSimpleName());
  }
}
