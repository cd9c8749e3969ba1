package org.meetingpolicy.examples.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
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
   * One input: a file, or standard input when {@code path} is null.
   *
   * @param name its name in messages and reports
   * @param path the file; null for standard input
   */
  record Source(String name, Path path) {

    /**
     * The bytes, at most {@code limit} plus one so that the reader can refuse the excess: a huge
     * file or {@code /dev/zero} is never read whole.
     */
    byte[] read(InputStream stdin, long limit) throws IOException {
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
   * The sources an argument names: {@code -} for standard input, every {@code *.json} file directly
   * in a directory sorted by name, or the file itself.
   *
   * @throws IOException if it names nothing, a directory without {@code *.json} files, or the
   *     directory cannot be listed
   */
  static List<Source> sourcesOf(String input) throws IOException {
    if (input.equals("-")) {
      return List.of(new Source("<stdin>", null));
    }
    Path path = Path.of(input);
    if (Files.isDirectory(path)) {
      List<Source> sources;
      try (Stream<Path> files = Files.list(path)) {
        sources =
            files
                .filter(f -> f.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json"))
                .filter(Files::isRegularFile)
                .sorted()
                .map(f -> new Source(f.toString(), f))
                .toList();
      }
      if (sources.isEmpty()) {
        throw new IOException("no *.json files in the directory");
      }
      return sources;
    }
    if (!Files.exists(path)) {
      throw new NoSuchFileException(input);
    }
    return List.of(new Source(input, path));
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
