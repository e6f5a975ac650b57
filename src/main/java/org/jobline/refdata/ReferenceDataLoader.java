package org.jobline.refdata;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jobline.config.AppConfig.ReferenceDataConfig;
import org.jobline.config.BuiltIn;
import org.jobline.config.ConfigException;
import org.jobline.text.Fold;

/** Reads regions.csv, trade-categories.csv and trades.csv; any problem names the file and line. */
public final class ReferenceDataLoader {
  static final int MAX_CATEGORIES = 8;
  private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(ReferenceDataLoader.class);
  private static final CsvMapper CSV = CsvMapper.builder()
      .enable(CsvParser.Feature.TRIM_SPACES)
      .enable(CsvParser.Feature.SKIP_EMPTY_LINES)
      .build();

  private ReferenceDataLoader() {}

  public static ReferenceData load(ReferenceDataConfig files) {
    List<Region> regions = new ArrayList<>();
    read(files.regions(), "referenceData.regions", List.of("code", "name_fr", "name_en", "synonyms"),
        (row, line) -> regions.add(new Region(row.get("code"), row.get("name_fr"), row.get("name_en"), synonyms(row))));
    List<TradeCategory> categories = new ArrayList<>();
    read(files.tradeCategories(), "referenceData.tradeCategories", List.of("code", "name_fr", "name_en"),
        (row, line) -> categories.add(new TradeCategory(row.get("code"), row.get("name_fr"), row.get("name_en"))));
    if (categories.size() > MAX_CATEGORIES) {
      throw new ConfigException("referenceData.tradeCategories",
          files.tradeCategories() + " has " + categories.size() + " categories; at most " + MAX_CATEGORIES + " fit a USSD screen");
    }
    Set<String> categoryCodes = new HashSet<>();
    categories.forEach(c -> categoryCodes.add(c.code()));
    List<Trade> trades = new ArrayList<>();
    read(files.trades(), "referenceData.trades", List.of("code", "category", "name_fr", "name_en", "synonyms"),
        (row, line) -> {
          if (!categoryCodes.contains(row.get("category"))) {
            throw new ConfigException("referenceData.trades",
                files.trades() + " line " + line + ": unknown category '" + row.get("category") + "'");
          }
          trades.add(new Trade(row.get("code"), row.get("category"), row.get("name_fr"), row.get("name_en"), synonyms(row)));
        });
    return new ReferenceData(regions, categories, trades);
  }

  private interface RowHandler {
    void accept(Map<String, String> row, int line);
  }

  private static void read(String file, String key, List<String> columns, RowHandler handler) {
    BuiltIn.Source source = BuiltIn.locate(file);
    if (!source.exists()) {
      throw new ConfigException(key, "file not found: " + file);
    }
    CsvSchema schema = CsvSchema.emptySchema().withHeader();
    Set<String> codes = new HashSet<>();
    try (Reader reader = withoutByteOrderMark(new BufferedReader(new InputStreamReader(source.open(), StandardCharsets.UTF_8)));
         MappingIterator<Map<String, String>> rows = CSV.readerForMapOf(String.class).with(schema).readValues(reader)) {
      int line = 1;
      while (rows.hasNext()) {
        Map<String, String> row = rows.next();
        line++;
        for (String column : columns) {
          if (!column.equals("synonyms") && (row.get(column) == null || row.get(column).isBlank())) {
            throw new ConfigException(key, file + " line " + line + ": column '" + column + "' is missing or empty");
          }
        }
        String code = row.get("code");
        if (!code.matches("[A-Z0-9_]{2,10}")) {
          throw new ConfigException(key, file + " line " + line + ": code '" + code + "' must be 2-10 capital letters or digits");
        }
        if (!codes.add(code)) {
          throw new ConfigException(key, file + " line " + line + ": code '" + code + "' appears twice");
        }
        handler.accept(row, line);
      }
      if (codes.isEmpty()) {
        throw new ConfigException(key, file + " has no rows");
      }
      log.info("reference data {}: {} rows from {}", key.substring(key.indexOf('.') + 1), codes.size(), source.describe());
    } catch (IOException | RuntimeException e) {
      if (e instanceof ConfigException ce) {
        throw ce;
      }
      throw new ConfigException(key, file + where(e) + " is not a readable CSV file: " + oneLine(e));
    }
  }

  /** Jackson's message spans lines and repeats the source; keep its first line and our own " line N". */
  private static String where(Exception e) {
    Exception cause = e instanceof RuntimeException && e.getCause() instanceof IOException io ? io : e;
    if (cause instanceof JsonProcessingException j && j.getLocation() != null && j.getLocation().getLineNr() > 0) {
      return " line " + j.getLocation().getLineNr();
    }
    return "";
  }

  private static String oneLine(Exception e) {
    Exception cause = e instanceof RuntimeException && e.getCause() instanceof IOException io ? io : e;
    String message = cause instanceof JsonProcessingException j ? j.getOriginalMessage() : String.valueOf(cause.getMessage());
    return message.lines().findFirst().orElse("").strip();
  }

  /** Spreadsheets save "CSV UTF-8" with a BOM, which would otherwise become part of the first column name. */
  private static Reader withoutByteOrderMark(BufferedReader reader) throws IOException {
    reader.mark(1);
    if (reader.read() != '\uFEFF') {
      reader.reset();
    }
    return reader;
  }

  private static List<String> synonyms(Map<String, String> row) {
    String raw = row.get("synonyms");
    if (raw == null || raw.isBlank()) {
      return List.of();
    }
    return Arrays.stream(raw.split("\\|")).map(Fold::fold).filter(s -> !s.isEmpty()).distinct().toList();
  }
}
