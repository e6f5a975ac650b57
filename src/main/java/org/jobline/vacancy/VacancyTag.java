package org.jobline.vacancy;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jobline.profile.ProfileAnswers;
import org.jobline.profile.ProfileQuestion;

/**
 * The tags staff or a partner put on a vacancy, each with the people it is for: the optional profile answer that
 * makes a person targeted (firstJob: age band 15-24, since Jobline asks no experience question; accessible:
 * disability yes; womenEncouraged: sex woman). The daily cap gives a person's targeted vacancies precedence.
 */
public enum VacancyTag {
  FIRST_JOB("firstJob", ProfileQuestion.AGE, "15-24"),
  ACCESSIBLE("accessible", ProfileQuestion.DISABILITY, "yes"),
  WOMEN_ENCOURAGED("womenEncouraged", ProfileQuestion.SEX, "woman");

  private static final org.jobline.i18n.Messages TEXTS = new org.jobline.i18n.Messages("common");

  private final String code;
  private final ProfileQuestion question;
  private final String answer;

  VacancyTag(String code, ProfileQuestion question, String answer) {
    this.code = code;
    this.question = question;
    this.answer = answer;
  }

  public String code() {
    return code;
  }

  /** The codes, in the order stored and shown. */
  public static List<String> codes() {
    return java.util.Arrays.stream(values()).map(VacancyTag::code).toList();
  }

  public static Optional<VacancyTag> byCode(String raw) {
    String s = raw == null ? "" : raw.strip();
    for (VacancyTag t : values()) {
      if (t.code.equalsIgnoreCase(s)) {
        return Optional.of(t);
      }
    }
    return Optional.empty();
  }

  /** The tags of a stored value ("firstJob,accessible"); unknown or blank parts are ignored. */
  public static Set<VacancyTag> parse(String stored) {
    Set<VacancyTag> out = EnumSet.noneOf(VacancyTag.class);
    if (stored != null) {
      for (String part : stored.split("[,;\\s]+")) {
        byCode(part).ifPresent(out::add);
      }
    }
    return out;
  }

  /** The stored form: codes in enum order joined by commas, "" for none. */
  public static String format(Set<VacancyTag> tags) {
    return tags.stream().sorted().map(VacancyTag::code).collect(Collectors.joining(","));
  }

  /** True when this tag is for someone with these optional answers. */
  public boolean targets(ProfileAnswers answers) {
    return answer.equals(answers.answer(question));
  }

  /** True when any of {@code tags} is for this person. */
  public static boolean targetsAny(Set<VacancyTag> tags, ProfileAnswers answers) {
    return tags.stream().anyMatch(t -> t.targets(answers));
  }

  /**
   * SQL (both engines) that is 1 when a vacancy {@code v} (column tags) targets the person whose profile_answers
   * row is {@code pa} (possibly NULL from a LEFT JOIN), else 0: the same rule as {@link #targets}.
   */
  public static String targetedSql(String v, String pa) {
    String any = java.util.Arrays.stream(values())
        .map(t -> "(',' || " + v + ".tags || ',' LIKE '%," + t.code + ",%' AND " + pa + "." + t.question.column()
            + " = '" + t.answer + "')")
        .collect(Collectors.joining(" OR "));
    return "CASE WHEN " + any + " THEN 1 ELSE 0 END";
  }

  /** Lower-case key for message bundles ("tag.firstjob"). */
  public String key() {
    return "tag." + code.toLowerCase(Locale.ROOT);
  }

  /** Its short label for SMS and USSD ("1er emploi", "First job"). */
  public String label(String language) {
    return TEXTS.get(language, key());
  }

  /** The short labels of a vacancy's tags joined by ", ", or "" when it has none. */
  public static String labels(String language, Set<VacancyTag> tags) {
    return tags.stream().sorted().map(t -> t.label(language)).collect(Collectors.joining(", "));
  }
}
