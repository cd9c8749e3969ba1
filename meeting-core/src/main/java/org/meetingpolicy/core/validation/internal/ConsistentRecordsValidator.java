package org.meetingpolicy.core.validation.internal;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.meetingpolicy.core.model.Department;
import org.meetingpolicy.core.model.DepartmentRecords;
import org.meetingpolicy.core.model.Evaluation;
import org.meetingpolicy.core.model.Identifier;
import org.meetingpolicy.core.model.Meeting;
import org.meetingpolicy.core.model.Person;
import org.meetingpolicy.core.model.RelatedDepartment;
import org.meetingpolicy.core.model.Resolution;
import org.meetingpolicy.core.model.Room;
import org.meetingpolicy.core.validation.ConsistentRecords;

/** Checks {@link ConsistentRecords}: unique ids and resolvable references. */
public final class ConsistentRecordsValidator
    implements ConstraintValidator<ConsistentRecords, DepartmentRecords> {

  @Override
  public boolean isValid(DepartmentRecords records, ConstraintValidatorContext context) {
    if (records == null || records.department() == null) {
      return true;
    }
    Reporter reporter = new Reporter(context);
    checkDuplicates(records, reporter);
    Known known = Known.of(records);
    ReferenceWalker.walk(
        records,
        (path, kind, id) -> {
          if (!known.contains(kind, id)) {
            reporter.report(path, Templates.withValue(kind.messageKey(), id.value()));
          }
        });
    return reporter.isValid();
  }

  private static void checkDuplicates(DepartmentRecords records, Reporter reporter) {
    PropertyPath root = PropertyPath.root();
    PropertyPath department = root.property("department");
    Department d = records.department();
    reporter.duplicates(d.people(), department, "people", "id", Person::id);
    reporter.duplicates(d.rooms(), department, "rooms", "id", Room::id);
    reporter.duplicates(
        d.relatedDepartments(), department, "relatedDepartments", "id", RelatedDepartment::id);
    reporter.duplicates(records.meetings(), root, "meetings", "id", Meeting::id);
    reporter.duplicates(records.evaluations(), root, "evaluations", "id", Evaluation::id);
    reporter.duplicates(records.revisions(), root, "revisions", "id", r -> r.id());

    // Resolution ids are unique across all meetings: progress is tracked by them.
    Set<Object> resolutions = new HashSet<>();
    for (int m = 0; m < records.meetings().size(); m++) {
      Meeting meeting = records.meetings().get(m);
      if (meeting == null) {
        continue;
      }
      List<Resolution> list = meeting.resolutions();
      for (int r = 0; r < list.size(); r++) {
        Resolution resolution = list.get(r);
        if (resolution != null && resolution.id() != null && !resolutions.add(resolution.id())) {
          reporter.report(
              root.element("meetings", m).element("resolutions", r).property("id"),
              Templates.withValue("duplicate", resolution.id()));
        }
      }
    }
    for (int e = 0; e < records.evaluations().size(); e++) {
      Evaluation evaluation = records.evaluations().get(e);
      if (evaluation != null) {
        reporter.duplicates(
            evaluation.measures(), root.element("evaluations", e), "measures", "id", x -> x.id());
      }
    }
  }

  /** The ids that references may name. */
  private record Known(Map<ReferenceKind, Set<String>> ids) {

    static Known of(DepartmentRecords records) {
      Map<ReferenceKind, Set<String>> ids = new HashMap<>();
      Department d = records.department();
      add(ids, ReferenceKind.PERSON, d.people(), Person::id);
      add(ids, ReferenceKind.ROOM, d.rooms(), Room::id);
      add(ids, ReferenceKind.DEPARTMENT, d.relatedDepartments(), RelatedDepartment::id);
      add(ids, ReferenceKind.DEPARTMENT, List.of(d), Department::id);
      add(ids, ReferenceKind.MEETING, records.meetings(), Meeting::id);
      add(ids, ReferenceKind.EVALUATION, records.evaluations(), Evaluation::id);
      return new Known(ids);
    }

    private static <T> void add(
        Map<ReferenceKind, Set<String>> ids,
        ReferenceKind kind,
        List<T> items,
        Function<T, ? extends Identifier> id) {
      Set<String> set = ids.computeIfAbsent(kind, k -> new HashSet<>());
      for (T item : items) {
        Identifier identifier = item == null ? null : id.apply(item);
        if (identifier != null) {
          set.add(identifier.value());
        }
      }
    }

    boolean contains(ReferenceKind kind, Identifier id) {
      return ids.getOrDefault(kind, Set.of()).contains(id.value());
    }
  }
}
