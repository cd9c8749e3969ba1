package org.meetingpolicy.json.internal;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;

/**
 * Valid JSON that the format refuses while it streams in, such as a control character in a string;
 * its message is the problem in the format's words.
 */
public final class RefusedContentException extends JsonParseException {

  private static final long serialVersionUID = 1L;

  /** The problem at {@code location} of {@code parser}'s document. */
  public RefusedContentException(JsonParser parser, String problem, JsonLocation location) {
    super(parser, problem, location);
  }
}
