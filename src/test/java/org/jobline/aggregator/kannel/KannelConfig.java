package org.jobline.aggregator.kannel;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** Rewrites a Kannel config's values by key ({@code key} everywhere, or {@code group.key} in one group), comments kept. */
final class KannelConfig {
  private KannelConfig() {}

  static String rewrite(String config, Map<String, String> values) {
    StringBuilder out = new StringBuilder(config.length() + 256);
    String group = "";
    for (String line : config.split("\n", -1)) {
      String t = line.strip();
      int eq = t.indexOf('=');
      if (t.startsWith("#") || eq < 0) {
        out.append(line).append('\n');
        continue;
      }
      String key = t.substring(0, eq).strip();
      String value = t.substring(eq + 1).strip();
      if (key.equals("group")) {
        group = value;
      }
      String replaced = values.getOrDefault(group + "." + key, values.get(key));
      out.append(replaced == null ? line : key + " = " + replaced).append('\n');
    }
    return out.substring(0, out.length() - 1);
  }

  /** The shipped get-url aimed at {@code joblineUrl} with {@code secret} ('%' doubled: Kannel's escape sign). */
  static String moUrl(String shipped, String joblineUrl, String secret) {
    String enc = URLEncoder.encode(secret, StandardCharsets.UTF_8).replace("%", "%%");
    return shipped.replace("http://127.0.0.1:8080", joblineUrl).replace("secret=dev-callback-secret", "secret=" + enc);
  }

  /** The first value of {@code key} in the config (quotes kept). */
  static String value(String config, String key) {
    for (String line : config.split("\n")) {
      String t = line.strip();
      int eq = t.indexOf('=');
      if (!t.startsWith("#") && eq > 0 && t.substring(0, eq).strip().equals(key)) {
        return t.substring(eq + 1).strip();
      }
    }
    throw new IllegalArgumentException("no " + key + " in the Kannel config");
  }
}
