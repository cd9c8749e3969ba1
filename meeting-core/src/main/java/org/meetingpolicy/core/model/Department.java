package org.meetingpolicy.core.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.meetingpolicy.core.validation.ValidId;

/**
 * The sales department and everything its meetings refer to: people, the related departments, the
 * manager's standing designations, and the rooms.
 *
 * @param id identifies the sales department; its members carry this id
 * @param name display name
 * @param manager the sales department manager (2.1); null when not recorded
 * @param people everyone who appears in the records: members, heads of related departments, support
 *     staff, guests
 * @param relatedDepartments the departments whose heads take part (2.3)
 * @param designations the manager's designations of a deputy organizer or a secretary (2.1, 2.2)
 * @param rooms the meeting rooms (3.2)
 */
public record Department(
    @NotNull @ValidId DepartmentId id,
    @NotNull String name,
    @ValidId @Nullable PersonId manager,
    @NotNull List<@Valid @NotNull Person> people,
    @NotNull List<@Valid @NotNull RelatedDepartment> relatedDepartments,
    @NotNull List<@Valid @NotNull Designation> designations,
    @NotNull List<@Valid @NotNull Room> rooms) {

  /** Copies every list; null reads as empty. */
  public Department {
    people = Lists.copy(people);
    relatedDepartments = Lists.copy(relatedDepartments);
    designations = Lists.copy(designations);
    rooms = Lists.copy(rooms);
  }

  /** The person with this id, if recorded. */
  public Optional<Person> person(PersonId personId) {
    return people.stream().filter(p -> p.id().equals(personId)).findFirst();
  }

  /** The room with this id, if recorded. */
  public Optional<Room> room(RoomId roomId) {
    return rooms.stream().filter(r -> r.id().equals(roomId)).findFirst();
  }

  /** The internal people whose department is this one: the sales department's members. */
  public List<Person> members() {
    return people.stream().filter(p -> id.equals(p.department()) && !p.external()).toList();
  }

  /**
   * Who must be invited to every meeting (2.3): every member of the sales department and the head
   * of every related department, in that order, without repeats.
   */
  public List<PersonId> roster() {
    List<PersonId> roster = new ArrayList<>();
    for (Person member : members()) {
      roster.add(member.id());
    }
    for (RelatedDepartment related : relatedDepartments) {
      if (related.head() != null && !roster.contains(related.head())) {
        roster.add(related.head());
      }
    }
    return List.copyOf(roster);
  }

  /** Whether {@code person} holds a designation for {@code role} at the instant. */
  public boolean isDesignated(PersonId person, DesignationRole role, Instant at) {
    return designations.stream()
        .anyMatch(d -> d.role() == role && d.person().equals(person) && d.isInForceAt(at));
  }
}
