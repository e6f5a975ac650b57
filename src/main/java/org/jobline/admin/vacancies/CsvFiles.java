package org.jobline.admin.vacancies;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The CSV file staff upload: its encoding (UTF-8 with or without BOM, UTF-16 with BOM, else
 * Windows-1252 as French Excel saves it), its separator ({@code ,} {@code ;} or tab, from the header
 * line) and its columns (the template's names or their French names, any accents or case).
 */
final class CsvFiles {
  static final List<String> COLUMNS = VacancyForm.FIELDS;
  static final int MAX_ROWS = 20_000;
  static final int MAX_BYTES = 5 * 1024 * 1024;
  static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
  private static final CsvMapper MAPPER = new CsvMapper();
  private static final Map<String, String> ALIASES = aliases();

  /** A file that cannot be imported: a message key of the admin bundle and its arguments. */
  static final class Problem extends Exception {
    final String key;
    final transient Object[] args;

    Problem(String key, Object... args) {
      super(key, null, false, false);
      this.key = key;
      this.args = args;
    }
  }

  private CsvFiles() {}

  static String template() {
    return String.join(",", COLUMNS) + "\n"
        + "Maçon qualifié,BTP Kara SARL,MACON,LOM,Agoè,90 00 00 00,2,,Chantier de 6 mois,firstJob accessible,\n"
        + "Ouvrier agricole,Agence nationale pour l'emploi,AGRI,LOM,Tunis,,10,,Saison de 6 mois,,TN\n";
  }

  /** The file's text, its encoding found from its first bytes or, failing that, from whether it is valid UTF-8. */
  static String decode(byte[] bytes) {
    if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
      return new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
    }
    if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
      return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE);
    }
    if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
      return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE);
    }
    try {
      return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      return new String(bytes, WINDOWS_1252);
    }
  }

  /** The separator the header line uses most: {@code ;} (French Excel), {@code ,} or tab. */
  static char separator(String text) {
    int end = text.indexOf('\n');
    String header = end < 0 ? text : text.substring(0, end);
    char best = ',';
    long most = header.chars().filter(ch -> ch == ',').count();
    for (char c : new char[] {';', '\t'}) {
      long n = header.chars().filter(ch -> ch == c).count();
      if (n > most) {
        most = n;
        best = c;
      }
    }
    return best;
  }

  /** The rows as maps by template column; blank lines skipped. */
  static List<Map<String, String>> parse(String text) throws Problem {
    String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
    if (body.isBlank()) {
      throw new Problem("vac.fileEmpty");
    }
    List<Map<String, String>> rows = new ArrayList<>();
    CsvSchema schema = CsvSchema.emptySchema().withColumnSeparator(separator(body));
    try (MappingIterator<String[]> it = MAPPER.readerFor(String[].class).with(CsvParser.Feature.WRAP_AS_ARRAY)
        .with(schema).readValues(body)) {
      String[] header = null;
      while (it.hasNext()) {
        String[] cells = it.next();
        if (blank(cells)) {
          continue;
        }
        if (header == null) {
          header = columns(cells);
          continue;
        }
        if (rows.size() >= MAX_ROWS) {
          throw new Problem("vac.tooManyRows", MAX_ROWS);
        }
        Map<String, String> row = new HashMap<>();
        for (int i = 0; i < header.length && i < cells.length; i++) {
          if (header[i] != null) {
            row.put(header[i], cells[i]);
          }
        }
        rows.add(row);
      }
    } catch (RuntimeException | java.io.IOException e) {
      throw new Problem("vac.fileUnreadable", rows.size() + 2);
    }
    return rows;
  }

  private static String[] columns(String[] cells) throws Problem {
    String[] keys = new String[cells.length];
    for (int i = 0; i < cells.length; i++) {
      keys[i] = ALIASES.get(plain(cells[i]));
    }
    for (String required : List.of("title", "employer", "trade", "region")) {
      if (!java.util.Arrays.asList(keys).contains(required)) {
        throw new Problem("vac.columnMissing", required);
      }
    }
    return keys;
  }

  private static boolean blank(String[] cells) {
    for (String c : cells) {
      if (c != null && !c.isBlank()) {
        return false;
      }
    }
    return true;
  }

  /** Lower case, no accents, letters and digits only: "Date de clôture" reads "datedecloture". */
  static String plain(String s) {
    return Normalizer.normalize(s == null ? "" : s, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
        .toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]", "");
  }

  private static Map<String, String> aliases() {
    Map<String, String> m = new LinkedHashMap<>();
    for (String c : COLUMNS) {
      m.put(plain(c), c);
    }
    String[][] french = {{"titre", "title"}, {"intitule", "title"}, {"employeur", "employer"}, {"entreprise", "employer"},
        {"metier", "trade"}, {"region", "region"}, {"lieu", "place"}, {"telephone", "contact"}, {"postes", "positions"},
        {"nombredepostes", "positions"}, {"datedecloture", "closingDate"}, {"cloture", "closingDate"},
        {"etiquettes", "tags"}, {"pays", "country"}, {"paysdetravail", "country"}};
    for (String[] f : french) {
      m.put(f[0], f[1]);
    }
    return m;
  }
}
