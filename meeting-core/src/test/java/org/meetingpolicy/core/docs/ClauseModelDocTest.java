package org.meetingpolicy.core.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code docs/clause-model.md} gives every R and D clause of the policy a home in the model, and
 * names only model elements that exist. POLICY.md is not available in CI, so the clause ids are
 * copied here.
 */
class ClauseModelDocTest {

  /** The R (rule) clauses of POLICY.md. */
  static final String[] RULE_CLAUSES = {
    "2.1", "2.2", "2.3", "2.4", "2.5", "2.6", "2.7", "2.10", //
    "3.1", "3.2", "3.4", "3.5", "3.6", "3.7", "3.8", "3.9", "3.10", //
    "4.1", "4.2", "4.3", "4.4", "4.5", "4.6", "4.7", "4.8", "4.9", "4.10", //
    "5.1", "5.4", "5.6", //
    "6.2", "6.4", "6.5", "6.6", "6.7", "6.9", //
    "7.1", "7.2", "7.3", "7.5", "7.8", "7.10", //
    "8.1", "8.2", "8.3", "8.4", "8.5", "8.8", "8.9", "8.10", //
    "9.1", "9.2", "9.3", "9.4", "9.6", //
    "10.2"
  };

  /** The D (data) clauses of POLICY.md. */
  static final String[] DATA_CLAUSES = {
    "2.8", "2.9", "5.10", "6.1", "6.3", "6.8", "7.4", "7.6", "7.7", "7.9", "8.6", "8.7", "9.5",
    "9.7", "9.8", "10.1"
  };

  private static final Path DOC = Path.of("../docs/clause-model.md");
  private static final String MODEL_PACKAGE = "org.meetingpolicy.core.model.";
  private static final Pattern ROW = Pattern.compile("^\\|\\s*(\\d+\\.\\d+)\\s*\\|(.*)$");
  private static final Pattern ELEMENT =
      Pattern.compile("`([A-Z][A-Za-z]*)\\.([A-Za-z_]+)(\\(\\))?`");

  /** The table rows by clause id: the text after the id cell. */
  private static Map<String, String> rows;

  private static List<String> duplicateRows;

  @BeforeAll
  static void readDoc() throws IOException {
    rows = new LinkedHashMap<>();
    duplicateRows = new ArrayList<>();
    for (String line : Files.readAllLines(DOC, StandardCharsets.UTF_8)) {
      Matcher row = ROW.matcher(line);
      if (row.matches() && rows.put(row.group(1), row.group(2)) != null) {
        duplicateRows.add(row.group(1));
      }
    }
  }

  @Test
  void clauseListsMatchThePolicyCounts() {
    assertThat(RULE_CLAUSES).hasSize(56).doesNotHaveDuplicates();
    assertThat(DATA_CLAUSES).hasSize(16).doesNotHaveDuplicates();
    assertThat(RULE_CLAUSES).doesNotContainAnyElementsOf(Arrays.asList(DATA_CLAUSES));
  }

  @Test
  void everyRuleAndDataClauseHasARow() {
    assertThat(rows.keySet()).contains(RULE_CLAUSES).contains(DATA_CLAUSES);
  }

  @Test
  void noClauseHasTwoRowsAndNoRowNamesAnUnknownClause() {
    List<String> known = new ArrayList<>(Arrays.asList(RULE_CLAUSES));
    known.addAll(Arrays.asList(DATA_CLAUSES));

    assertThat(duplicateRows).isEmpty();
    assertThat(rows.keySet()).containsExactlyInAnyOrderElementsOf(known);
  }

  @Test
  void everyRowStatesTheClauseKind() {
    rows.forEach(
        (id, rest) -> {
          String kind = Arrays.asList(RULE_CLAUSES).contains(id) ? "R" : "D";
          assertThat(rest.split("\\|")[0].strip()).as("kind of %s", id).isEqualTo(kind);
        });
  }

  @Test
  void everyClauseNamesAtLeastOneModelElement() {
    rows.forEach(
        (id, rest) -> assertThat(ELEMENT.matcher(rest).find()).as("home of %s", id).isTrue());
  }

  @Test
  void everyNamedModelElementExists() {
    List<String> missing = new ArrayList<>();
    rows.forEach(
        (id, rest) -> {
          Matcher element = ELEMENT.matcher(rest);
          while (element.find()) {
            if (!exists(element.group(1), element.group(2), element.group(3) != null)) {
              missing.add(id + ": " + element.group());
            }
          }
        });

    assertThat(missing).isEmpty();
  }

  private static boolean exists(String type, String member, boolean method) {
    Class<?> model;
    try {
      model = Class.forName(MODEL_PACKAGE + type);
    } catch (ClassNotFoundException e) {
      return false;
    }
    if (method) {
      return Arrays.stream(model.getMethods())
          .anyMatch(m -> m.getName().equals(member) && m.getParameterCount() == 0 && isPublic(m));
    }
    if (model.isRecord()) {
      return Arrays.stream(model.getRecordComponents())
          .map(RecordComponent::getName)
          .anyMatch(member::equals);
    }
    if (model.isEnum()) {
      return Arrays.stream(model.getEnumConstants())
          .anyMatch(c -> ((Enum<?>) c).name().equals(member));
    }
    return false;
  }

  private static boolean isPublic(Method method) {
    return Modifier.isPublic(method.getModifiers());
  }
}
