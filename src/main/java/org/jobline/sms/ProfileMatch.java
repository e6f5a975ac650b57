package org.jobline.sms;

import java.util.List;
import org.jobline.refdata.Named;
import org.jobline.refdata.Region;
import org.jobline.refdata.Trade;

/**
 * What the words of an INSCRIRE text name: trades (in order, distinct), regions, "all regions",
 * and the words that name nothing or more than one thing, each with the closest choices.
 */
public record ProfileMatch(List<Trade> trades, List<Region> regions, boolean allRegions, List<Problem> problems) {

  /** A word we could not place: unknown (choices = the closest entries) or ambiguous (choices = the tied entries). */
  public record Problem(String word, boolean ambiguous, List<Named> choices) {}

  public boolean clean() {
    return problems.isEmpty();
  }
}
