package org.meetingpolicy.rules.versions;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The versions of the policy in the order they took effect: no two with one label, each taking
 * effect after the one before. A version is in force from its {@code effectiveFrom} until the next
 * one's; records from before the first version are judged by the first.
 *
 * @param versions the versions, oldest first; at least one
 */
public record PolicyHistory(List<PolicyVersion> versions) {

  /**
   * Checks the order and the labels.
   *
   * @throws IllegalArgumentException naming the version at fault
   */
  public PolicyHistory {
    versions = List.copyOf(Objects.requireNonNull(versions, "versions"));
    if (versions.isEmpty()) {
      throw new IllegalArgumentException("a policy history needs at least one version");
    }
    Set<String> labels = new HashSet<>();
    for (int i = 0; i < versions.size(); i++) {
      PolicyVersion version = versions.get(i);
      if (!labels.add(version.version())) {
        throw new IllegalArgumentException("version " + version.version() + " is listed twice");
      }
      if (i > 0 && !version.effectiveFrom().isAfter(versions.get(i - 1).effectiveFrom())) {
        throw new IllegalArgumentException(
            "version "
                + version.version()
                + " takes effect "
                + version.effectiveFrom()
                + ", not after version "
                + versions.get(i - 1).version()
                + " ("
                + versions.get(i - 1).effectiveFrom()
                + "): list versions in the order they take effect");
      }
    }
  }

  /**
   * A history of one version, in force for all time: judging with it is judging with its policy.
   */
  public static PolicyHistory single(PolicyVersion version) {
    return new PolicyHistory(List.of(version));
  }

  /** The version in force at the instant (the first for an instant before every version). */
  public PolicyVersion inForceAt(Instant instant) {
    PolicyVersion found = versions.get(0);
    for (PolicyVersion version : versions) {
      if (!version.effectiveFrom().isAfter(instant)) {
        found = version;
      }
    }
    return found;
  }
}
