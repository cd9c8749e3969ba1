package org.meetingpolicy.examples.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.meetingpolicy.json.PolicyFile;
import org.meetingpolicy.json.PolicyFileException;
import org.meetingpolicy.rules.MeetingPolicy;

/**
 * What the commands read the same way: the {@code INPUT} arguments (files, directories and {@code
 * -}) and the {@code --policy} file.
 */
final class Inputs {

  private Inputs() {}

  /**
   * An input the command cannot use. The message names it and says why, on one line; it is null
   * when the problems have been written already, one line each.
   */
  static final class InvalidInputException extends Exception {
    private static final long serialVersionUID = 1L;

    InvalidInputException(String message) {
      super(message);
    }

    /** The problems are written already. */
    static InvalidInputException reported() {
      return new InvalidInputException(null);
    }
  }

  /**
   * One input: a file, or standard input when {@code path} is null; or an entry of a directory that
   * cannot be a records file, with the reason.
   *
   * @param name its name in messages and reports
   * @param path the file; null for standard input
   * @param problem why the entry cannot be read, such as {@code dangling symbolic link}; null for a
   *     file to read
   */
  record Source(String name, Path path, String problem) {

    /** A file to read, or standard input when {@code path} is null. */
    Source(String name, Path path) {
      this(name, path, null);
    }

    /**
     * The bytes, at most {@code limit} plus one so that the reader can refuse the excess: a huge
     * file or {@code /dev/zero} is never read whole.
     */
    byte[] read(InputStream stdin, long limit) throws IOException {
      if (problem != null) {
        throw new IOException(problem);
      }
      int max = (int) Math.min(Integer.MAX_VALUE - 8, limit + 1);
      if (path != null) {
        try (InputStream in = Files.newInputStream(path)) {
          return in.readNBytes(max);
        }
      }
      return stdin.readNBytes(max);
    }
  }

  /**
   * The sources of every input, in order.
   *
   * @throws InvalidInputException naming an input that cannot be listed, or when none holds a
   *     record file
   */
  static List<Source> allSourcesOf(List<String> inputs) throws InvalidInputException {
    List<Source> sources = new ArrayList<>();
    for (String input : inputs) {
      try {
        sources.addAll(sourcesOf(input));
      } catch (IOException e) {
        throw new InvalidInputException(shown(input) + ": " + describe(e));
      }
    }
    if (sources.isEmpty()) {
      throw new InvalidInputException(
          "no records in " + String.join(", ", inputs) + ": no *.json file");
    }
    return sources;
  }

  /**
   * The sources an argument names: {@code -} for standard input, every {@code *.json} entry
   * directly in a directory sorted by name, or the file itself. Of a directory's {@code *.json}
   * entries, subdirectories are passed over; a dangling symbolic link, a loop of links, a named
   * pipe, a device or a socket comes back as a source with its problem, to be reported and counted,
   * never opened (a named pipe would block). A file named on its own is read whatever it is, within
   * the document limit: a pipe from the shell ({@code <(zcat a.json.gz)}) is one.
   *
   * @throws IOException if it is empty, names nothing, a directory without {@code *.json} entries,
   *     or the directory cannot be listed
   */
  static List<Source> sourcesOf(String input) throws IOException {
    if (input.isEmpty()) {
      throw new IOException("an empty name is not a file; name . for the current directory");
    }
    if (input.equals("-")) {
      return List.of(new Source("<stdin>", null));
    }
    Path path = Path.of(input);
    if (Files.isDirectory(path)) {
      List<Source> sources = new ArrayList<>();
      try (Stream<Path> files = Files.list(path)) {
        for (Path file :
            files
                .filter(f -> f.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json"))
                .sorted()
                .toList()) {
          String problem = problemOf(file);
          if (!IS_DIRECTORY.equals(problem)) {
            sources.add(new Source(file.toString(), file, problem));
          }
        }
      }
      if (sources.isEmpty()) {
        throw new IOException("no *.json files in the directory");
      }
      return sources;
    }
    if (!Files.exists(path)) {
      throw new NoSuchFileException(input);
    }
    // Named on the command line, a pipe is meant: meeting-check <(zcat november.json.gz).
    return List.of(new Source(input, path));
  }

  private static final String IS_DIRECTORY = "is a directory";

  /** Why the entry is not a file to read, or null when it is one. */
  private static String problemOf(Path file) {
    BasicFileAttributes attributes;
    try {
      attributes = Files.readAttributes(file, BasicFileAttributes.class);
    } catch (NoSuchFileException e) {
      return Files.isSymbolicLink(file)
          ? "dangling symbolic link: its target does not exist"
          : "no such file or directory";
    } catch (FileSystemException e) {
      String reason = e.getReason() == null ? "" : e.getReason();
      // The JDK says "Too many levels of symbolic links or unable to access attributes of
      // symbolic link" for ELOOP.
      return reason.contains("levels of symbolic links")
          ? "symbolic link loop: too many levels of symbolic links"
          : (reason.isEmpty() ? describe(e) : reason);
    } catch (IOException e) {
      return describe(e);
    }
    if (attributes.isDirectory()) {
      return IS_DIRECTORY;
    }
    if (!attributes.isRegularFile()) {
      return "not a regular file (a named pipe, a device or a socket): not read";
    }
    return null;
  }

  /**
   * The policy: the defaults, or those a {@code --policy} file overrides.
   *
   * @throws InvalidInputException if the file cannot be read or sets a parameter wrongly
   */
  static MeetingPolicy policy(Path file) throws InvalidInputException {
    if (file == null) {
      return MeetingPolicy.defaults();
    }
    try {
      return PolicyFile.read(file);
    } catch (PolicyFileException e) {
      throw new InvalidInputException(e.getMessage());
    } catch (IOException e) {
      throw new InvalidInputException("cannot read policy file " + file + ": " + describe(e));
    }
  }

  /** The input as named in a message: {@code ''} for an empty name. */
  static String shown(String input) {
    return input.isEmpty() ? "''" : input;
  }

  /** Why an input or output could not be used, in a few words. */
  static String describe(IOException e) {
    if (e instanceof NoSuchFileException) {
      return "no such file or directory";
    }
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    return e.getMessage() == null ? e.toString() : e.getMessage();
  }
}
