package org.jobline.simulator;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jobline.cli.UsageException;

/** {@code --name value} options and plain arguments of the simulator commands, checked against a known set. */
final class Args {
  final Map<String, String> options = new HashMap<>();
  final List<String> positional = new ArrayList<>();

  static Args parse(List<String> args, Set<String> known) {
    Args out = new Args();
    for (int i = 0; i < args.size(); i++) {
      String a = args.get(i);
      if (a.startsWith("--")) {
        String name = a.substring(2);
        if (!known.contains(name)) {
          throw new UsageException("unknown option " + a + " (known: --" + String.join(", --", known) + ")");
        }
        if (i + 1 >= args.size()) {
          throw new UsageException(a + " needs a value");
        }
        out.options.put(name, args.get(++i));
      } else {
        out.positional.add(a);
      }
    }
    return out;
  }

  String get(String name) {
    return options.get(name);
  }

  int intOption(String name, int dflt, int min, int max) {
    String v = options.get(name);
    if (v == null) {
      return dflt;
    }
    try {
      int n = Integer.parseInt(v.strip());
      if (n < min || n > max) {
        throw new UsageException("--" + name + " must be between " + min + " and " + max + " (got " + v + ")");
      }
      return n;
    } catch (NumberFormatException e) {
      throw new UsageException("--" + name + " must be a whole number (got '" + v + "')");
    }
  }

  /** A duration such as {@code 30}, {@code 30s}, {@code 2m}, in seconds. */
  int seconds(String name, int dflt) {
    String v = options.get(name);
    if (v == null) {
      return dflt;
    }
    String s = v.strip().toLowerCase();
    int factor = s.endsWith("m") ? 60 : 1;
    String digits = s.endsWith("m") || s.endsWith("s") ? s.substring(0, s.length() - 1) : s;
    try {
      int n = Integer.parseInt(digits) * factor;
      if (n < 1 || n > 24 * 3600) {
        throw new UsageException("--" + name + " must be between 1s and 24h (got " + v + ")");
      }
      return n;
    } catch (NumberFormatException e) {
      throw new UsageException("--" + name + " must look like 30, 30s or 2m (got '" + v + "')");
    }
  }

  static String url(String name, String value) {
    if (value == null || !value.matches("https?://[^\\s]+")) {
      throw new UsageException("--" + name + " must be an http(s) URL (got '" + value + "')");
    }
    return value.endsWith("/") ? value.substring(0, value.length() - 1) : value;
  }
}
