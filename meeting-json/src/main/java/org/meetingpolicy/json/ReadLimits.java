package org.meetingpolicy.json;

/**
 * Bounds on a records document, checked while it streams in so that a hostile or broken file cannot
 * exhaust memory or the stack. Immutable.
 *
 * @param maxDocumentLength the longest document, in bytes (or characters for text input)
 * @param maxNestingDepth the deepest nesting of objects and arrays; the format itself needs 8
 * @param maxStringLength the longest string value, in characters
 * @param maxNumberLength the longest number, in characters
 * @param maxArrayLength the most elements of any one array
 * @param maxMeetings the most meetings in one document
 */
public record ReadLimits(
    long maxDocumentLength,
    int maxNestingDepth,
    int maxStringLength,
    int maxNumberLength,
    int maxArrayLength,
    int maxMeetings) {

  /**
   * The defaults: 16 MiB, depth 16, strings of 64 Ki characters, numbers of 32 digits, 10,000
   * elements per array and 5,000 meetings (about a century of weekly meetings).
   */
  public static final ReadLimits DEFAULT = new ReadLimits(16L << 20, 16, 65_536, 32, 10_000, 5_000);

  /** Rejects limits that are not positive. */
  public ReadLimits {
    requirePositive(maxDocumentLength, "maxDocumentLength");
    requirePositive(maxNestingDepth, "maxNestingDepth");
    requirePositive(maxStringLength, "maxStringLength");
    requirePositive(maxNumberLength, "maxNumberLength");
    requirePositive(maxArrayLength, "maxArrayLength");
    requirePositive(maxMeetings, "maxMeetings");
  }

  /** A copy with another document length limit. */
  public ReadLimits withMaxDocumentLength(long bytes) {
    return new ReadLimits(
        bytes, maxNestingDepth, maxStringLength, maxNumberLength, maxArrayLength, maxMeetings);
  }

  /** A copy with another nesting limit. */
  public ReadLimits withMaxNestingDepth(int depth) {
    return new ReadLimits(
        maxDocumentLength, depth, maxStringLength, maxNumberLength, maxArrayLength, maxMeetings);
  }

  /** A copy with another meetings limit. */
  public ReadLimits withMaxMeetings(int meetings) {
    return new ReadLimits(
        maxDocumentLength,
        maxNestingDepth,
        maxStringLength,
        maxNumberLength,
        maxArrayLength,
        meetings);
  }

  private static void requirePositive(long value, String name) {
    if (value < 1) {
      throw new IllegalArgumentException(name + " must be positive: " + value);
    }
  }
}
