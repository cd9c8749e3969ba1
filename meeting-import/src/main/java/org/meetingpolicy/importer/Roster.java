package org.meetingpolicy.importer;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;
import org.meetingpolicy.core.model.Confidentiality;
import org.meetingpolicy.core.model.Department;
import org.meetingpolicy.core.model.DepartmentFunction;
import org.meetingpolicy.core.model.DepartmentId;
import org.meetingpolicy.core.model.Person;
import org.meetingpolicy.core.model.PersonId;
import org.meetingpolicy.core.model.Position;
import org.meetingpolicy.core.model.RelatedDepartment;
import org.meetingpolicy.core.model.Room;

/**
 * The people the imported sources may name, with their e-mail addresses, and the department they
 * make up. People are matched by e-mail first, then by exact name; a name two people share is an
 * error naming both. Immutable.
 */
public final class Roster {

  /** The columns of a roster CSV, in this order. */
  public static final List<String> CSV_COLUMNS =
      List.of("id", "name", "email", "position", "department", "clearance");

  private final Department department;
  private final Map<String, Person> byEmail;
  private final Map<String, List<Person>> byName;
  private final List<ImportNote> notes;

  private Roster(Department department, Map<String, Person> byEmail, List<ImportNote> notes) {
    this.department = department;
    this.byEmail = Map.copyOf(byEmail);
    Map<String, List<Person>> names = new LinkedHashMap<>();
    for (Person person : department.people()) {
      names.computeIfAbsent(person.name(), n -> new ArrayList<>()).add(person);
    }
    this.byName = Map.copyOf(names);
    this.notes = List.copyOf(notes);
  }

  /**
   * A roster of a department's people (as the records' department file has them) with their e-mail
   * addresses where known.
   *
   * @param department the department, its people and rooms
   * @param emails e-mail addresses by person; people without one are matched by name only
   */
  public static Roster of(Department department, Map<PersonId, String> emails) {
    Map<String, Person> byEmail = new LinkedHashMap<>();
    emails.forEach(
        (id, email) ->
            department.person(id).ifPresent(p -> byEmail.put(email.toLowerCase(Locale.ROOT), p)));
    return new Roster(department, byEmail, List.of());
  }

  /**
   * Reads a roster CSV with the header {@code id,name,email,position,department,clearance}. The
   * sales department is the department of the one person whose position is {@code MANAGER}; every
   * other department is a related department, headed by its {@code DEPARTMENT_HEAD}. Positions and
   * clearances are the record format's constants (any case); a clearance may be empty.
   *
   * @param reader the CSV text
   * @param source the file name for messages
   * @throws ImportException naming every malformed row by line, repeated ids or e-mail addresses
   *     with both lines, or a roster without exactly one manager
   */
  public static Roster readCsv(Reader reader, String source) throws IOException, ImportException {
    List<ImportNote> problems = new ArrayList<>();
    List<ImportNote> notes = new ArrayList<>();
    List<Person> people = new ArrayList<>();
    Map<String, Person> byEmail = new LinkedHashMap<>();
    Map<String, Integer> idLines = new LinkedHashMap<>();
    Map<String, Integer> emailLines = new LinkedHashMap<>();
    Map<PersonId, String> departments = new LinkedHashMap<>();
    CSVFormat format = CSVFormat.DEFAULT.builder().setTrim(true).get();
    try (CSVParser parser = CSVParser.parse(reader, format)) {
      boolean header = true;
      for (CSVRecord row : parser) {
        int line = (int) parser.getCurrentLineNumber();
        if (header) {
          header = false;
          List<String> names = row.toList().stream().map(s -> stripBom(s).trim()).toList();
          if (!names.equals(CSV_COLUMNS)) {
            throw new ImportException(
                List.of(
                    new ImportNote(
                        source,
                        line,
                        "roster header is "
                            + String.join(",", names)
                            + "; expected "
                            + String.join(",", CSV_COLUMNS))));
          }
          continue;
        }
        if (row.size() == 1 && row.get(0).isEmpty()) {
          continue;
        }
        if (row.size() != CSV_COLUMNS.size()) {
          problems.add(
              new ImportNote(
                  source,
                  line,
                  "expected " + CSV_COLUMNS.size() + " columns, found " + row.size()));
          continue;
        }
        Optional<Person> person = person(row, source, line, problems);
        if (person.isEmpty()) {
          continue;
        }
        Person p = person.get();
        Integer previous = idLines.putIfAbsent(p.id().value(), line);
        if (previous != null) {
          problems.add(
              new ImportNote(
                  source, line, "id '" + p.id() + "' is also on line " + previous + ": ambiguous"));
          continue;
        }
        String email = row.get(2).toLowerCase(Locale.ROOT);
        if (!email.isEmpty()) {
          Integer other = emailLines.putIfAbsent(email, line);
          if (other != null) {
            problems.add(
                new ImportNote(
                    source,
                    line,
                    "e-mail '"
                        + email
                        + "' of "
                        + p.name()
                        + " is also on line "
                        + other
                        + " ("
                        + Objects.requireNonNull(byEmail.get(email)).name()
                        + "): ambiguous"));
            continue;
          }
          byEmail.put(email, p);
        }
        people.add(p);
        departments.put(p.id(), p.department().value());
      }
    } catch (java.io.UncheckedIOException e) {
      // Commons CSV reports a broken quote as an unchecked IOException.
      throw new ImportException(List.of(new ImportNote(source, 0, "not CSV: " + e.getMessage())));
    }
    if (!problems.isEmpty()) {
      throw new ImportException(problems);
    }
    List<Person> managers = people.stream().filter(p -> p.position() == Position.MANAGER).toList();
    if (managers.size() != 1) {
      throw new ImportException(
          List.of(
              new ImportNote(
                  source,
                  0,
                  "the sales department is the department of its MANAGER: found "
                      + managers.size()
                      + " people with position MANAGER"
                      + (managers.isEmpty()
                          ? ""
                          : " ("
                              + String.join(", ", managers.stream().map(Person::name).toList())
                              + ")"))));
    }
    Person manager = managers.get(0);
    DepartmentId sales = manager.department();
    List<RelatedDepartment> related = new ArrayList<>();
    Set<String> others = new LinkedHashSet<>(departments.values());
    others.remove(sales.value());
    for (String other : others) {
      List<Person> heads =
          people.stream()
              .filter(p -> p.department().value().equals(other))
              .filter(p -> p.position() == Position.DEPARTMENT_HEAD)
              .toList();
      DepartmentFunction function = functionOf(other);
      PersonId head = heads.size() == 1 ? heads.get(0).id() : null;
      related.add(new RelatedDepartment(DepartmentId.of(other), other, function, head));
      notes.add(
          new ImportNote(
              source,
              0,
              "department '"
                  + other
                  + "' read as a related department (function "
                  + function
                  + (head == null
                      ? ", no single DEPARTMENT_HEAD: head not recorded)"
                      : ", head " + heads.get(0).name() + ")")));
    }
    Department department =
        new Department(
            sales, sales.value(), manager.id(), people, related, List.of(), List.<Room>of());
    return new Roster(department, byEmail, notes);
  }

  private static Optional<Person> person(
      CSVRecord row, String source, int line, List<ImportNote> problems) {
    int before = problems.size();
    String id = row.get(0);
    String name = row.get(1);
    if (id.isEmpty()) {
      problems.add(new ImportNote(source, line, "id: empty"));
    }
    if (name.isEmpty()) {
      problems.add(new ImportNote(source, line, "name: empty"));
    }
    Position position = constant(Position.class, row.get(3), "position", source, line, problems);
    String department = row.get(4);
    if (department.isEmpty()) {
      problems.add(new ImportNote(source, line, "department: empty"));
    }
    Confidentiality clearance =
        row.get(5).isEmpty()
            ? null
            : constant(Confidentiality.class, row.get(5), "clearance", source, line, problems);
    if (problems.size() > before || position == null) {
      return Optional.empty(); // a position that is not one was noted as a problem
    }
    return Optional.of(
        new Person(PersonId.of(id), name, DepartmentId.of(department), position, clearance, false));
  }

  private static <E extends Enum<E>> @Nullable E constant(
      Class<E> type, String value, String column, String source, int line, List<ImportNote> out) {
    try {
      return Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
    } catch (IllegalArgumentException e) {
      List<String> choices =
          java.util.Arrays.stream(type.getEnumConstants()).map(Enum::name).toList();
      out.add(
          new ImportNote(
              source,
              line,
              column + ": '" + value + "' is not one of " + String.join(", ", choices)));
      return null;
    }
  }

  // What a related department contributes can only be guessed from its id; the guess is noted.
  private static DepartmentFunction functionOf(String id) {
    String key = id.toLowerCase(Locale.ROOT);
    if (key.contains("market")) {
      return DepartmentFunction.MARKETING;
    }
    if (key.equals("hr") || key.contains("human")) {
      return DepartmentFunction.HUMAN_RESOURCES;
    }
    if (key.startsWith("admin")) {
      return DepartmentFunction.ADMINISTRATION;
    }
    if (key.equals("it") || key.contains("tech")) {
      return DepartmentFunction.TECHNICAL_SUPPORT;
    }
    return DepartmentFunction.OTHER;
  }

  private static String stripBom(String s) {
    return s.startsWith("\uFEFF") ? s.substring(1) : s;
  }

  /** Reads a roster CSV file (UTF-8, an optional byte order mark skipped). */
  public static Roster readCsv(Path file) throws IOException, ImportException {
    try (Reader reader = TextFiles.reader(file, java.nio.charset.StandardCharsets.UTF_8)) {
      return readCsv(reader, file.toString());
    }
  }

  /** The department: its people, related departments and rooms. */
  public Department department() {
    return department;
  }

  /** Remarks made while reading the roster (the related departments it guessed). */
  public List<ImportNote> notes() {
    return notes;
  }

  /** The person with this id, if on the roster. */
  public Optional<Person> byId(String id) {
    return department.person(PersonId.of(id));
  }

  /**
   * The person an input names: by e-mail address (any case) if given and known, else by exact name.
   *
   * @param email the e-mail address; null or empty when the input has none
   * @param name the display name; null or empty when the input has none
   * @return the person, or empty when nobody on the roster has that address or name
   * @throws AmbiguousPersonException when two people on the roster have that name
   */
  public Optional<Person> match(@Nullable String email, @Nullable String name)
      throws AmbiguousPersonException {
    if (email != null && !email.isBlank()) {
      Person person = byEmail.get(email.trim().toLowerCase(Locale.ROOT));
      if (person != null) {
        return Optional.of(person);
      }
    }
    if (name == null || name.isBlank()) {
      return Optional.empty();
    }
    List<Person> named = byName.getOrDefault(name.trim(), List.of());
    if (named.size() > 1) {
      throw new AmbiguousPersonException(name.trim(), named.get(0), named.get(1));
    }
    return named.stream().findFirst();
  }

  /** A room of the department whose id or name is this text (any case). */
  public Optional<Room> room(@Nullable String text) {
    if (text == null) {
      return Optional.empty();
    }
    String key = text.trim();
    return department.rooms().stream()
        .filter(r -> r.id().value().equalsIgnoreCase(key) || r.name().equalsIgnoreCase(key))
        .findFirst();
  }

  /** A name that two people on the roster share, with no e-mail address to tell them apart. */
  public static final class AmbiguousPersonException extends Exception {
    private static final long serialVersionUID = 1L;

    AmbiguousPersonException(String name, Person first, Person second) {
      super(
          "'"
              + name
              + "' is ambiguous: both "
              + first.id()
              + " and "
              + Objects.requireNonNull(second).id()
              + " on the roster have that name");
    }
  }
}
