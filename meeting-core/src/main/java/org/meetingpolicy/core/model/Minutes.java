package org.meetingpolicy.core.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.meetingpolicy.core.validation.Chronological;
import org.meetingpolicy.core.validation.ValidId;

/**
 * The minutes of a meeting (3.10, 4.10, section 6). Every part of the fixed form (6.2) may be
 * missing, because minutes with gaps are exactly what the rules report.
 *
 * @param recorder who recorded the meeting (6.1: the secretary); null when not recorded
 * @param actualStart when the meeting actually started (3.10); null when not recorded
 * @param actualEnd when it actually ended (3.10); null when not recorded
 * @param place where it took place; null when not recorded
 * @param attendees who attended, as recorded in the minutes
 * @param chair who chaired (6.2); null when not recorded
 * @param agenda the agenda items as recorded, in words
 * @param resolutions the resolutions passed, by id (see {@link Meeting#resolutions()})
 * @param actionPlansRecorded whether the minutes carry the resolutions' action plans (6.2)
 * @param speakerNotes speakers, key points and outcomes (6.1)
 * @param keyContent the substance: market analysis, strategy, solutions (6.3); null when missing
 * @param versions the versions written, first to last (6.6)
 * @param approvals the approvals (6.4)
 * @param distributions the distributions (6.5)
 * @param archive where it was archived (6.7); null when not archived
 * @param classification how sensitive the minutes are (6.9); null means as the meeting
 */
@Chronological(start = "actualStart", end = "actualEnd")
public record Minutes(
    @ValidId PersonId recorder,
    Instant actualStart,
    Instant actualEnd,
    String place,
    @NotNull List<@NotNull @ValidId PersonId> attendees,
    @ValidId PersonId chair,
    @NotNull List<@NotNull String> agenda,
    @NotNull List<@NotNull @ValidId ResolutionId> resolutions,
    boolean actionPlansRecorded,
    @NotNull List<@Valid @NotNull SpeakerNote> speakerNotes,
    String keyContent,
    @NotNull List<@Valid @NotNull MinutesVersion> versions,
    @NotNull List<@Valid @NotNull Approval> approvals,
    @NotNull List<@Valid @NotNull Distribution> distributions,
    @Valid Archive archive,
    Confidentiality classification) {

  /** Copies every list; null reads as empty. */
  public Minutes {
    attendees = Lists.copy(attendees);
    agenda = Lists.copy(agenda);
    resolutions = Lists.copy(resolutions);
    speakerNotes = Lists.copy(speakerNotes);
    versions = Lists.copy(versions);
    approvals = Lists.copy(approvals);
    distributions = Lists.copy(distributions);
  }

  /** The latest version, if any was recorded. */
  public Optional<MinutesVersion> latestVersion() {
    return versions.stream().max(Comparator.comparingInt(MinutesVersion::number));
  }

  /** The first approval of the given version, if any. */
  public Optional<Approval> approvalOf(int version) {
    return approvals.stream()
        .filter(a -> a.version() == version)
        .min(Comparator.comparing(Approval::at));
  }
}
