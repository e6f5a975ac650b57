package org.jobline.aggregator.kannel;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.jobline.http.BadRequestException;

/**
 * An incoming SMS's bytes to text, from Kannel's {@code coding} ({@code %c}) and {@code charset}
 * ({@code %C}): 0 GSM-7, which Kannel hands over in the charset it names (UTF-8 by default); 1
 * 8-bit data ("8-BIT", read as Latin-1); 2 UCS-2, the raw UTF-16BE bytes.
 */
final class MoText {
  private MoText() {}

  static String decode(byte[] bytes, String coding, String charset) {
    return new String(bytes, charset(coding, charset));
  }

  static Charset charset(String coding, String charset) {
    String c = coding == null ? "0" : coding;
    return switch (c) {
      case "0" -> charset == null ? StandardCharsets.UTF_8 : named(charset);
      case "1" -> charset == null || charset.equalsIgnoreCase("8-BIT") ? StandardCharsets.ISO_8859_1 : named(charset);
      case "2" -> charset == null || !charset.toUpperCase(java.util.Locale.ROOT).startsWith("UTF-16")
          ? StandardCharsets.UTF_16BE : named(charset);
      default -> throw new BadRequestException("coding", "coding must be 0, 1 or 2 (got '" + c + "')");
    };
  }

  private static Charset named(String name) {
    try {
      return Charset.forName(name);
    } catch (IllegalArgumentException e) {
      throw new BadRequestException("charset", "unknown charset '" + name + "'");
    }
  }
}
