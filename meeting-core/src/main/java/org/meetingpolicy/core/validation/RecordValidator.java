package org.meetingpolicy.core.validation;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.MessageInterpolator;
import jakarta.validation.Path;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.meetingpolicy.core.model.Department;
import org.meetingpolicy.core.model.DepartmentRecords;
import org.meetingpolicy.core.model.Evaluation;
import org.meetingpolicy.core.model.Meeting;
import org.meetingpolicy.core.model.Person;
import org.meetingpolicy.core.model.PolicyRevision;

/**
 * Checks that records are well-formed: required values present, ids valid and unique, references
 * resolvable, intervals in order. It never judges the policy: a late notice is valid data.
 *
 * <p>Backed by Jakarta Bean Validation (Hibernate Validator at run time). Immutable and
 * thread-safe; create one per language and reuse it, since creating one costs a few hundred
 * milliseconds.
 */
public final class RecordValidator implements AutoCloseable {

  /**
   * Hibernate Validator logs its version at INFO when it starts (HV000001). A host without a
   * logging framework gets that line on stderr through java.util.logging; this library prints
   * nothing by itself, so that one logger is set to WARNING unless the host set it. A host with
   * Logback or Log4j 2 (which Hibernate Validator's jboss-logging then uses) decides for itself.
   * The field keeps the logger, and so its level, from being collected.
   */
  private static final java.util.logging.Logger VERSION_LOGGER =
      java.util.logging.Logger.getLogger("org.hibernate.validator.internal.util.Version");

  static {
    if (VERSION_LOGGER.getLevel() == null) {
      VERSION_LOGGER.setLevel(java.util.logging.Level.WARNING);
    }
  }

  private final ValidatorFactory factory;
  private final Validator validator;

  private RecordValidator(Locale locale) {
    var configuration = Validation.byDefaultProvider().configure();
    MessageInterpolator interpolator = configuration.getDefaultMessageInterpolator();
    this.factory =
        configuration
            .messageInterpolator(new FixedLocaleInterpolator(interpolator, locale))
            .buildValidatorFactory();
    this.validator = factory.getValidator();
  }

  /** A validator with English messages. */
  public static RecordValidator create() {
    return create(Locale.ENGLISH);
  }

  /** A validator with messages in the locale's language (English and Chinese are provided). */
  public static RecordValidator create(Locale locale) {
    return new RecordValidator(Objects.requireNonNull(locale, "locale"));
  }

  /** Every structural problem of the records. */
  public ValidationResult validate(DepartmentRecords records) {
    Objects.requireNonNull(records, "records");
    Set<ConstraintViolation<DepartmentRecords>> violations = validator.validate(records);
    return new ValidationResult(violations.stream().map(v -> problem(records, v)).toList());
  }

  /** Every structural problem of one meeting in its department. */
  public ValidationResult validate(Department department, Meeting meeting) {
    return validate(DepartmentRecords.of(department, meeting));
  }

  /**
   * Returns the records if they are well-formed.
   *
   * @throws InvalidRecordException naming every problem, if they are not
   */
  public DepartmentRecords requireValid(DepartmentRecords records) {
    ValidationResult result = validate(records);
    if (!result.isValid()) {
      throw new InvalidRecordException(describe(records), result);
    }
    return records;
  }

  /** A short name for the records in messages: the department id, or its meeting's id. */
  public static String describe(DepartmentRecords records) {
    return describe(records, false);
  }

  /** {@link #describe} in Chinese: {@code 部门 'sales' 的记录}, {@code 部门 'sales' 的会议 m-1}. */
  public static String describeZh(DepartmentRecords records) {
    return describe(records, true);
  }

  private static String describe(DepartmentRecords records, boolean zh) {
    String department =
        (zh ? "部门 " : "department ")
            + (records.department() == null || records.department().id() == null
                ? "?"
                : "'" + records.department().id().value() + "'");
    if (records.meetings().size() == 1 && records.meetings().get(0) != null) {
      String meeting = idOf(records.meetings().get(0));
      return zh ? department + " 的会议 " + meeting : "meeting " + meeting + " of " + department;
    }
    return zh ? department + " 的记录" : "records of " + department;
  }

  @Override
  public void close() {
    factory.close();
  }

  private static Problem problem(DepartmentRecords records, ConstraintViolation<?> violation) {
    return new Problem(
        recordOf(records, violation.getPropertyPath()),
        format(violation.getPropertyPath()),
        violation.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName(),
        violation.getMessage());
  }

  /**
   * Formats a path as {@code meetings[3].notices[0].recipients[2]}, without container nodes. An
   * element of a set, which has no position, is {@code topics[]}.
   */
  static String format(Path path) {
    StringBuilder text = new StringBuilder();
    for (Path.Node node : path) {
      if (node.isInIterable()) {
        Object position = node.getIndex() != null ? node.getIndex() : node.getKey();
        text.append('[').append(position == null ? "" : position).append(']');
      }
      String name = node.getName();
      if (name != null && !name.startsWith("<")) {
        if (text.length() > 0) {
          text.append('.');
        }
        text.append(name);
      }
    }
    return text.toString();
  }

  /** Names the top-level record a path lies in, such as {@code meeting m-12}. */
  private static String recordOf(DepartmentRecords records, Path path) {
    var nodes = path.iterator();
    if (!nodes.hasNext()) {
      return "records";
    }
    String top = nodes.next().getName();
    Integer index = nodes.hasNext() ? nodes.next().getIndex() : null;
    if ("department".equals(top)) {
      return departmentRecord(records.department(), path);
    }
    if (index == null || top == null) {
      return "records";
    }
    return switch (top) {
      case "meetings" -> "meeting " + idAt(records.meetings(), index, RecordValidator::idOf);
      case "evaluations" ->
          "evaluation " + idAt(records.evaluations(), index, (Evaluation e) -> text(e.id()));
      case "revisions" ->
          "revision " + idAt(records.revisions(), index, (PolicyRevision r) -> text(r.id()));
      default -> "records";
    };
  }

  private static String departmentRecord(Department department, Path path) {
    List<Path.Node> nodes = new java.util.ArrayList<>();
    path.forEach(nodes::add);
    if (nodes.size() >= 3 && "people".equals(nodes.get(1).getName())) {
      Integer index = nodes.get(2).getIndex();
      if (index != null && department != null) {
        return "person " + idAt(department.people(), index, (Person p) -> text(p.id()));
      }
    }
    return department == null || department.id() == null
        ? "department"
        : "department " + text(department.id());
  }

  private static <T> String idAt(
      List<T> list, int index, java.util.function.Function<T, String> id) {
    T item = index < list.size() ? list.get(index) : null;
    return item == null ? "#" + index : id.apply(item);
  }

  private static String idOf(Meeting meeting) {
    return text(meeting.id());
  }

  private static String text(Object id) {
    return id == null ? "(no id)" : "'" + id + "'";
  }

  /** Interpolates every message in one locale, whatever the JVM default. */
  private record FixedLocaleInterpolator(MessageInterpolator delegate, Locale locale)
      implements MessageInterpolator {

    @Override
    public String interpolate(String template, Context context) {
      return delegate.interpolate(template, context, locale);
    }

    @Override
    public String interpolate(String template, Context context, Locale ignored) {
      return delegate.interpolate(template, context, locale);
    }
  }
}
