package org.jobline.cli;

import java.io.InputStream;
import java.io.PrintStream;

/** The standard streams a command talks through (so tests can hand in their own). */
public record CliIo(InputStream in, PrintStream out, PrintStream err) {}
