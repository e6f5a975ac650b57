package org.jobline.admin.vacancies;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jobline.admin.Sql;
import org.jobline.admin.Viewer;
import org.jobline.refdata.ReferenceData;

/** CSV in and out for vacancies: the import template and parser, the interested job-seekers export. */
final class CsvFiles {
  static final List<String> COLUMNS = VacancyForm.FIELDS;
  static final int MAX_ROWS = 10_000;
  private static final CsvMapper MAPPER = new CsvMapper();

  private CsvFiles() {}

  static String template() {
    return String.join(",", COLUMNS) + "\n"
        + "Maçon qualifié,BTP Kara SARL,MACON,LOM,Agoè,90 00 00 00,2,,Chantier de 6 mois\n";
  }

  /** The rows of an uploaded file as maps by column; a missing column or a broken file is an IOException. */
  static List<Map<String, String>> parse(String text) throws IOException {
    String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
    List<Map<String, String>> rows = new ArrayList<>();
    try (MappingIterator<Map<String, String>> it = MAPPER.readerForMapOf(String.class)
        .with(CsvSchema.emptySchema().withHeader()).readValues(body)) {
      while (it.hasNext()) {
        if (rows.size() >= MAX_ROWS) {
          throw new IOException("more than " + MAX_ROWS + " rows: split the file");
        }
        Map<String, String> row = it.next();
        if (rows.isEmpty()) {
          for (String required : List.of("title", "employer", "trade", "region")) {
            if (!row.containsKey(required)) {
              throw new IOException("the column '" + required + "' is missing (see the template)");
            }
          }
        }
        rows.add(row);
      }
    } catch (RuntimeException e) {
      throw new IOException("not a readable CSV file: " + e.getMessage(), e);
    }
    return rows;
  }

  static String interested(List<Map<String, Object>> rows, Viewer v, ReferenceData ref) {
    StringBuilder out = new StringBuilder("phone,region,trades,channel,interested_at\n");
    for (Map<String, Object> r : rows) {
      String region = (String) r.get("region");
      out.append(cell(v.phone((String) r.get("phone")))).append(',')
          .append(cell(ref.region(region).map(x -> x.nameFr()).orElse(region))).append(',')
          .append(cell((String) r.get("trades"))).append(',').append(cell((String) r.get("channel"))).append(',')
          .append(java.time.Instant.ofEpochMilli(Sql.num(r.get("created_at")))).append('\n');
    }
    return out.toString();
  }

  /** Quotes a cell; a leading = @ or - is neutralised so a spreadsheet never runs it as a formula. */
  static String cell(String s) {
    if (s == null) {
      return "";
    }
    String t = s.matches("^[=@\\-].*") ? "'" + s : s;
    return "\"" + t.replace("\"", "\"\"") + "\"";
  }
}
