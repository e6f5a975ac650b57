package org.jobline.migration;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jobline.config.BuiltIn;
import org.jobline.config.ConfigException;

/** Reads config/recruiters.csv (licence,name,contact): every row checked at start, a bad one names its line. */
public final class RecruiterFile {
  static final String KEY = "referenceData.recruiters";
  private static final CsvMapper CSV = CsvMapper.builder().enable(CsvParser.Feature.TRIM_SPACES)
      .enable(CsvParser.Feature.SKIP_EMPTY_LINES).build();

  /** One row of the file. */
  public record Row(String licence, String name, String contact) {}

  private RecruiterFile() {}

  public static List<Row> read(String file) {
    BuiltIn.Source source = BuiltIn.locate(file);
    if (!source.exists()) {
      throw new ConfigException(KEY, "file not found: " + file);
    }
    List<Row> out = new ArrayList<>();
    Set<String> licences = new HashSet<>();
    try (BufferedReader reader = new BufferedReader(new InputStreamReader(source.open(), StandardCharsets.UTF_8));
         MappingIterator<Map<String, String>> rows = CSV.readerForMapOf(String.class)
             .with(CsvSchema.emptySchema().withHeader()).readValues(reader)) {
      int line = 1;
      while (rows.hasNext()) {
        Map<String, String> r = rows.next();
        line++;
        String problem = problem(r.get("licence"), r.get("name"), r.get("contact"));
        if (problem != null) {
          throw new ConfigException(KEY, file + " line " + line + ": " + problem);
        }
        if (!licences.add(Recruiter.licenceKey(r.get("licence")))) {
          throw new ConfigException(KEY, file + " line " + line + ": licence '" + r.get("licence") + "' appears twice");
        }
        String contact = r.get("contact");
        out.add(new Row(r.get("licence").strip(), r.get("name").strip(),
            contact == null || contact.isBlank() ? null : contact.strip()));
      }
    } catch (IOException | RuntimeException e) {
      if (e instanceof ConfigException ce) {
        throw ce;
      }
      throw new ConfigException(KEY, file + " is not a readable CSV file (licence,name,contact): "
          + String.valueOf(e.getMessage()).lines().findFirst().orElse(""));
    }
    return out;
  }

  /** What is wrong with a registry entry (from the file or the admin form), or null. English, for the log. */
  public static String problem(String licence, String name, String contact) {
    if (licence == null || Recruiter.licenceKey(licence).length() < 2 || licence.strip().length() > 40) {
      return "licence must have 2 to 40 characters, letters or digits among them";
    }
    if (name == null || Recruiter.key(name).length() < 2 || name.strip().length() > 120) {
      return "name must have 2 to 120 characters";
    }
    if (contact != null && contact.strip().length() > 120) {
      return "contact must have at most 120 characters";
    }
    return null;
  }
}
