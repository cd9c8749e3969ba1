/**
 * The facts the rules match: each record in the input wrapped with its department, the policy and
 * the instant it is judged at, plus derived calendar facts (weeks, months, evaluation periods,
 * room-days) that let cross-meeting rules join on equality instead of scanning. Host rules match
 * the same facts and make findings with {@link org.meetingpolicy.rules.facts.Findings}.
 *
 * <p>Every fact carries the {@code scope} of the record set it comes from. Rules that join facts
 * not reached through {@code from} must join on it, because one session may check several record
 * sets at once.
 */
@NullMarked
package org.meetingpolicy.rules.facts;

import org.jspecify.annotations.NullMarked;
