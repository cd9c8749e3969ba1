package org.meetingpolicy.rules;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The policy's clauses, with their kinds and texts, in clause order. The built-in catalogue ships
 * as data in the jar ({@code clauses.tsv}); a host adds its own clauses with {@link #with}.
 * Immutable and thread-safe.
 */
public final class ClauseCatalogue {

  private static final String RESOURCE = "/org/meetingpolicy/rules/clauses.tsv";
  private static final ClauseCatalogue BUILT_IN = load();

  private final Map<String, Clause> clauses;

  private ClauseCatalogue(Map<String, Clause> clauses) {
    Map<String, Clause> sorted = new TreeMap<>(ClauseIds.ORDER);
    sorted.putAll(clauses);
    this.clauses = Collections.unmodifiableMap(new LinkedHashMap<>(sorted));
  }

  /** The clauses of the built-in policy. */
  public static ClauseCatalogue builtIn() {
    return BUILT_IN;
  }

  /**
   * This catalogue with more clauses.
   *
   * @throws IllegalArgumentException if a clause id is already in the catalogue
   */
  public ClauseCatalogue with(Collection<Clause> more) {
    Map<String, Clause> all = new LinkedHashMap<>(clauses);
    for (Clause clause : more) {
      if (all.putIfAbsent(clause.id(), clause) != null) {
        throw new IllegalArgumentException("clause " + clause.id() + " is already defined");
      }
    }
    return new ClauseCatalogue(all);
  }

  /** The clause with the id, if any. */
  public Optional<Clause> find(String id) {
    return Optional.ofNullable(clauses.get(id));
  }

  /**
   * The clause with the id.
   *
   * @throws IllegalArgumentException if there is none
   */
  public Clause get(String id) {
    return find(id).orElseThrow(() -> new IllegalArgumentException("no clause " + id));
  }

  /** Every clause, in clause order. */
  public List<Clause> all() {
    return List.copyOf(clauses.values());
  }

  /** The clauses of a kind, in clause order. */
  public List<Clause> ofKind(ClauseKind kind) {
    return clauses.values().stream().filter(c -> c.kind() == kind).toList();
  }

  private static ClauseCatalogue load() {
    try (InputStream in = ClauseCatalogue.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("clause catalogue " + RESOURCE + " is missing");
      }
      return new ClauseCatalogue(parse(in));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
  }

  private static Map<String, Clause> parse(InputStream in) throws IOException {
    Map<String, Clause> clauses = new LinkedHashMap<>();
    List<String> lines = new ArrayList<>();
    try (BufferedReader reader =
        new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      reader.lines().forEach(lines::add);
    }
    for (int n = 0; n < lines.size(); n++) {
      String line = lines.get(n);
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] cells = line.split("\t", -1);
      if (cells.length != 5) {
        throw new IllegalStateException(RESOURCE + " line " + (n + 1) + ": expected 5 cells");
      }
      Clause clause =
          new Clause(cells[0], ClauseKind.valueOf(cells[1]), cells[2], cells[3], cells[4]);
      if (clauses.put(clause.id(), clause) != null) {
        throw new IllegalStateException(RESOURCE + " line " + (n + 1) + ": duplicate " + cells[0]);
      }
    }
    return clauses;
  }
}
