package org.jobline.config;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The files of the repository's config/ folder that travel inside the jar (builtin/config/...):
 * the default jobline.yaml and the Togo reference data. They stand in for a relative
 * {@code config/...} path only when that file is not in the folder the gateway started from, so
 * {@code java -jar /opt/jobline/jobline.jar} runs from any folder.
 */
public final class BuiltIn {
  private static final String ROOT = "builtin/";

  private BuiltIn() {}

  /** Where {@code configured} is read from: the file itself when it exists, else the jar's copy, if any. */
  public static Source locate(String configured) {
    Path file = Path.of(configured);
    if (Files.isRegularFile(file) || file.isAbsolute()) {
      return new Source(configured, file, null);
    }
    String name = file.normalize().toString().replace('\\', '/');
    URL resource = name.startsWith("config/") ? BuiltIn.class.getClassLoader().getResource(ROOT + name) : null;
    return new Source(configured, file, resource);
  }

  /** One configured file, found on disk ({@code resource} null) or in the jar. */
  public record Source(String configured, Path file, URL resource) {
    public boolean exists() {
      return resource != null || Files.isRegularFile(file);
    }

    public InputStream open() throws IOException {
      return resource != null ? resource.openStream() : Files.newInputStream(file);
    }

    /** For the log: the absolute file, or "built-in config/regions.csv (inside the jar)". */
    public String describe() {
      return resource != null ? "built-in " + configured + " (inside the jar)" : file.toAbsolutePath().toString();
    }
  }
}
