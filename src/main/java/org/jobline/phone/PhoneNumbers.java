package org.jobline.phone;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Normalises phone numbers to E.164 (libphonenumber) and masks them for logs. Parsing is the
 * costliest step of a USSD request and a session repeats its number on every screen, so answers
 * are remembered for a while (bounded: a flood of new numbers cannot grow memory).
 */
public final class PhoneNumbers {
  private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();
  /**
   * A run of digits, possibly with a leading + (or %2B) and single spaces, dots, dashes or
   * non-breaking spaces between groups ({@code 90 00 00 00}, {@code +228 90.12.34.56}).
   */
  private static final Pattern NUMBER_IN_TEXT =
      Pattern.compile("(?<![\\d+])(\\+|%2[bB])?\\d+(?:[ .\\-\\u00A0\\u202F]\\d+)*(?!\\d)");
  private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}.*");
  private static final int REMEMBERED = 20_000;
  private final String defaultRegion;
  /** Raw form to E.164, or to the refusal's message (a String too, told apart by its leading '+'). */
  private final Cache<String, String> known = Caffeine.newBuilder().executor(Runnable::run).maximumSize(REMEMBERED)
      .expireAfterAccess(Duration.ofMinutes(10)).build();

  public PhoneNumbers(String defaultRegion) {
    this.defaultRegion = defaultRegion;
  }

  /** Returns the E.164 form of {@code raw}, or throws {@link InvalidPhoneNumberException}. */
  public String normalise(String raw) {
    if (raw == null || raw.isBlank()) {
      throw new InvalidPhoneNumberException("phone number is missing");
    }
    String answer = raw.length() <= 32 ? known.get(raw, this::parse) : parse(raw);
    if (!answer.startsWith("+")) {
      throw new InvalidPhoneNumberException(answer);
    }
    return answer;
  }

  /** E.164, or why not (a message that starts with a letter). */
  private String parse(String raw) {
    try {
      return parseOrThrow(raw);
    } catch (InvalidPhoneNumberException e) {
      return e.getMessage();
    }
  }

  private String parseOrThrow(String raw) {
    String cleaned = raw.strip();
    if (cleaned.startsWith("00")) {
      cleaned = "+" + cleaned.substring(2);
    }
    try {
      PhoneNumber parsed = UTIL.parse(cleaned, defaultRegion);
      if (!UTIL.isValidNumber(parsed)) {
        throw new InvalidPhoneNumberException("not a valid phone number: " + mask(cleaned));
      }
      return UTIL.format(parsed, PhoneNumberUtil.PhoneNumberFormat.E164);
    } catch (NumberParseException e) {
      throw new InvalidPhoneNumberException("not a phone number: " + mask(cleaned));
    }
  }

  /** {@code +22890123412} becomes {@code +22890****12}: enough to tell numbers apart, not to call. */
  public static String mask(String number) {
    if (number == null) {
      return null;
    }
    int len = number.length();
    if (len <= 8) {
      return "****";
    }
    int head = number.startsWith("+") ? 6 : 5;
    return number.substring(0, Math.min(head, len - 4)) + "****" + number.substring(len - 2);
  }

  /**
   * Masks every phone number found in free text (log lines): 8 to 15 digits, written together or in
   * groups ({@code 90 00 00 00} becomes {@code 9000****00}). Dates (2027-01-31) are left alone.
   */
  public static String maskAll(String text) {
    if (text == null || text.isEmpty()) {
      return text;
    }
    Matcher m = NUMBER_IN_TEXT.matcher(text);
    StringBuilder out = null;
    while (m.find()) {
      String found = m.group();
      String plus = m.group(1) == null ? "" : "+";
      String digits = found.substring(m.group(1) == null ? 0 : m.group(1).length()).replaceAll("[^0-9]", "");
      if (digits.length() < 8 || digits.length() > 15 || ISO_DATE.matcher(found).matches()) {
        continue;
      }
      if (out == null) {
        out = new StringBuilder(text.length());
      }
      m.appendReplacement(out, Matcher.quoteReplacement(mask(plus + digits)));
    }
    if (out == null) {
      return text;
    }
    m.appendTail(out);
    return out.toString();
  }
}
