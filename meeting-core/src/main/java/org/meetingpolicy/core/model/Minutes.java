package org.meetingpolicy.core.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.meetingpolicy.core.validation.Chronological;
import org.meetingpolicy.core.validation.ValidId;

/**
 * The minutes of a meeting (3.10, 4.10, section 6). Every part of the fixed form (6.2) may be
 * missing, because minutes with gaps are exactly what the rules report. Build them with {@link
 * #builder()} or vary them with {@link #toBuilder()}.
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
    @ValidId @Nullable PersonId recorder,
    @Nullable Instant actualStart,
    @Nullable Instant actualEnd,
    @Nullable String place,
    @NotNull List<@NotNull @ValidId PersonId> attendees,
    @ValidId @Nullable PersonId chair,
    @NotNull List<@NotNull String> agenda,
    @NotNull List<@NotNull @ValidId ResolutionId> resolutions,
    boolean actionPlansRecorded,
    @NotNull List<@Valid @NotNull SpeakerNote> speakerNotes,
    @Nullable String keyContent,
    @NotNull List<@Valid @NotNull MinutesVersion> versions,
    @NotNull List<@Valid @NotNull Approval> approvals,
    @NotNull List<@Valid @NotNull Distribution> distributions,
    @Valid @Nullable Archive archive,
    @Nullable Confidentiality classification) {

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

  /** An empty builder: every part missing, every list empty. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding every value of these minutes, to derive a varied copy. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.recorder = recorder;
    b.actualStart = actualStart;
    b.actualEnd = actualEnd;
    b.place = place;
    b.attendees = attendees;
    b.chair = chair;
    b.agenda = agenda;
    b.resolutions = resolutions;
    b.actionPlansRecorded = actionPlansRecorded;
    b.speakerNotes = speakerNotes;
    b.keyContent = keyContent;
    b.versions = versions;
    b.approvals = approvals;
    b.distributions = distributions;
    b.archive = archive;
    b.classification = classification;
    return b;
  }

  /** Builds {@link Minutes}; not thread-safe. Lists given to it are copied on {@link #build()}. */
  public static final class Builder {
    private @Nullable PersonId recorder;
    private @Nullable Instant actualStart;
    private @Nullable Instant actualEnd;
    private @Nullable String place;
    private @Nullable List<PersonId> attendees;
    private @Nullable PersonId chair;
    private @Nullable List<String> agenda;
    private @Nullable List<ResolutionId> resolutions;
    private boolean actionPlansRecorded;
    private @Nullable List<SpeakerNote> speakerNotes;
    private @Nullable String keyContent;
    private @Nullable List<MinutesVersion> versions;
    private @Nullable List<Approval> approvals;
    private @Nullable List<Distribution> distributions;
    private @Nullable Archive archive;
    private @Nullable Confidentiality classification;

    private Builder() {}

    /** Sets who recorded the meeting (6.1). */
    public Builder recorder(@Nullable PersonId recorder) {
      this.recorder = recorder;
      return this;
    }

    /** Sets when the meeting actually started (3.10). */
    public Builder actualStart(@Nullable Instant actualStart) {
      this.actualStart = actualStart;
      return this;
    }

    /** Sets when it actually ended (3.10). */
    public Builder actualEnd(@Nullable Instant actualEnd) {
      this.actualEnd = actualEnd;
      return this;
    }

    /** Sets where it took place. */
    public Builder place(@Nullable String place) {
      this.place = place;
      return this;
    }

    /** Sets who attended, as recorded. */
    public Builder attendees(@Nullable List<PersonId> attendees) {
      this.attendees = attendees;
      return this;
    }

    /** Sets who chaired (6.2). */
    public Builder chair(@Nullable PersonId chair) {
      this.chair = chair;
      return this;
    }

    /** Sets the agenda items as recorded, in words. */
    public Builder agenda(@Nullable List<String> agenda) {
      this.agenda = agenda;
      return this;
    }

    /** Sets the resolutions passed, by id. */
    public Builder resolutions(@Nullable List<ResolutionId> resolutions) {
      this.resolutions = resolutions;
      return this;
    }

    /** Sets whether the minutes carry the resolutions' action plans (6.2). */
    public Builder actionPlansRecorded(boolean actionPlansRecorded) {
      this.actionPlansRecorded = actionPlansRecorded;
      return this;
    }

    /** Sets speakers, key points and outcomes (6.1). */
    public Builder speakerNotes(@Nullable List<SpeakerNote> speakerNotes) {
      this.speakerNotes = speakerNotes;
      return this;
    }

    /** Sets the substance (6.3). */
    public Builder keyContent(@Nullable String keyContent) {
      this.keyContent = keyContent;
      return this;
    }

    /** Sets the versions written, first to last (6.6). */
    public Builder versions(@Nullable List<MinutesVersion> versions) {
      this.versions = versions;
      return this;
    }

    /** Sets the approvals (6.4). */
    public Builder approvals(@Nullable List<Approval> approvals) {
      this.approvals = approvals;
      return this;
    }

    /** Sets the distributions (6.5). */
    public Builder distributions(@Nullable List<Distribution> distributions) {
      this.distributions = distributions;
      return this;
    }

    /** Sets where it was archived (6.7). */
    public Builder archive(@Nullable Archive archive) {
      this.archive = archive;
      return this;
    }

    /** Sets how sensitive the minutes are (6.9). */
    public Builder classification(@Nullable Confidentiality classification) {
      this.classification = classification;
      return this;
    }

    /** The minutes; the record's constructor copies the lists. */
    // A builder may make a malformed record on purpose (a required value left out): validation,
    // not the type system, names what is missing.
    @SuppressWarnings("NullAway")
    public Minutes build() {
      return new Minutes(
          recorder,
          actualStart,
          actualEnd,
          place,
          attendees,
          chair,
          agenda,
          resolutions,
          actionPlansRecorded,
          speakerNotes,
          keyContent,
          versions,
          approvals,
          distributions,
          archive,
          classification);
    }
  }
}
