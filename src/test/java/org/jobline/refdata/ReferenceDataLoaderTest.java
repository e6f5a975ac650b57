package org.jobline.refdata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;
import org.jobline.config.AppConfig.ReferenceDataConfig;
import org.jobline.config.ConfigException;
import org.jobline.text.Fold;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The shipped Togo files, and the errors a deployer editing them gets. */
class ReferenceDataLoaderTest {
  private static final ReferenceDataConfig SHIPPED =
      new ReferenceDataConfig("config/regions.csv", "config/trades.csv", "config/trade-categories.csv");

  private static final String REGIONS = "code,name_fr,name_en,synonyms\nLOM,Grand Lomé,Greater Lome,lome|golfe\n";
  private static final String CATEGORIES = "code,name_fr,name_en\nBTP,Bâtiment,Building\n";
  private static final String TRADES = "code,category,name_fr,name_en,synonyms\nMACON,BTP,Maçon,Mason,macon\n";

  @TempDir
  Path tmp;

  private Path regions;
  private Path categories;
  private Path trades;

  @BeforeEach
  void validFiles() throws IOException {
    regions = write("regions.csv", REGIONS);
    categories = write("trade-categories.csv", CATEGORIES);
    trades = write("trades.csv", TRADES);
  }

  private Path write(String name, String text) throws IOException {
    Path file = tmp.resolve(name);
    Files.writeString(file, text, StandardCharsets.UTF_8);
    return file;
  }

  private ReferenceData load() {
    return ReferenceDataLoader.load(new ReferenceDataConfig(regions.toString(), trades.toString(), categories.toString()));
  }

  @Test
  void shippedTogoFilesLoad() {
    ReferenceData data = ReferenceDataLoader.load(SHIPPED);

    assertThat(data.regions()).extracting(Region::code).containsExactly("LOM", "MAR", "PLA", "CEN", "KAR", "SAV");
    Region lome = data.region("LOM").orElseThrow();
    assertThat(lome.nameFr()).isEqualTo("Grand Lomé");
    assertThat(lome.name("en")).isEqualTo("Greater Lome");
    assertThat(lome.synonyms()).contains("lome");
    assertThat(data.regions()).extracting(Region::nameFr)
        .containsExactly("Grand Lomé", "Maritime", "Plateaux", "Centrale", "Kara", "Savanes");

    assertThat(data.categories()).hasSizeBetween(2, 8);
    assertThat(data.trades()).hasSizeGreaterThanOrEqualTo(40);
    Set<String> categoryCodes = data.categories().stream().map(TradeCategory::code).collect(Collectors.toSet());
    assertThat(data.trades()).allSatisfy(t -> {
      assertThat(categoryCodes).contains(t.category());
      assertThat(t.nameFr()).isNotBlank();
      assertThat(t.nameEn()).isNotBlank();
    });
    assertThat(data.categories()).allSatisfy(c -> assertThat(data.tradesIn(c.code())).isNotEmpty());
  }

  @Test
  void shippedSynonymsAreFoldedSoTheyMatchWhatPeopleType() {
    ReferenceData data = ReferenceDataLoader.load(SHIPPED);
    data.regions().forEach(r -> assertThat(r.synonyms()).allSatisfy(s -> assertThat(s).isEqualTo(Fold.fold(s))));
    data.trades().forEach(t -> assertThat(t.synonyms()).allSatisfy(s -> assertThat(s).isEqualTo(Fold.fold(s))));
    assertThat(data.region("MAR").orElseThrow().synonyms()).contains("ave").doesNotContain("avé");
  }

  @Test
  void shippedTradesCoverTheCommonTogoleseTrades() {
    ReferenceData data = ReferenceDataLoader.load(SHIPPED);
    Set<String> english = data.trades().stream().map(t -> t.nameEn().toLowerCase()).collect(Collectors.toSet());
    assertThat(String.join(" | ", english))
        .contains("mason", "carpenter", "electrician", "plumber", "welder", "tailor", "hairdresser", "driver",
            "cook", "waiter", "nurse", "accountant", "secretary", "cashier");
  }

  @Test
  void smallValidFilesLoad() {
    ReferenceData data = load();
    assertThat(data.regions()).hasSize(1);
    assertThat(data.trade("MACON")).map(Trade::category).contains("BTP");
    assertThat(data.trade("NOPE")).isEmpty();
    assertThat(data.region(null)).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      missing column   | trades     | code,category,name_fr,synonyms\\nMACON,BTP,Maçon,macon\\n                        | line 2: column 'name_en' is missing or empty
      empty cell       | trades     | code,category,name_fr,name_en,synonyms\\nMACON,BTP,Maçon,,macon\\n                 | line 2: column 'name_en'
      short row        | regions    | code,name_fr,name_en,synonyms\\nLOM,Grand Lomé,Greater Lome,lome\\nMAR,Maritime\\n | line 3: column 'name_en'
      duplicate code   | trades     | code,category,name_fr,name_en,synonyms\\nMACON,BTP,Maçon,Mason,\\nMACON,BTP,M,M,\\n | line 3: code 'MACON' appears twice
      bad code         | regions    | code,name_fr,name_en,synonyms\\nlomé,Grand Lomé,Greater Lome,\\n                   | line 2: code 'lomé'
      unknown category | trades     | code,category,name_fr,name_en,synonyms\\nMACON,BTP,Maçon,Mason,\\nCUIS,HOT,Cuisinier,Cook,\\n | line 3: unknown category 'HOT'
      no rows          | categories | code,name_fr,name_en\\n                                                            | has no rows
      """)
  void brokenFileNamesFileAndLine(String label, String which, String content, String problem) throws IOException {
    Path file = switch (which) {
      case "trades" -> trades;
      case "regions" -> regions;
      default -> categories;
    };
    write(file.getFileName().toString(), content.replace("\\n", "\n"));
    String key = "referenceData." + (which.equals("categories") ? "tradeCategories" : which);
    assertThatThrownBy(this::load)
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining(file.toString())
        .hasMessageContaining(problem)
        .satisfies(e -> assertThat(((ConfigException) e).key()).isEqualTo(key))
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
  }

  @Test
  void nineCategoriesDoNotFitAUssdScreen() throws IOException {
    StringBuilder csv = new StringBuilder("code,name_fr,name_en\n");
    for (int i = 1; i <= 9; i++) {
      csv.append("C").append(i).append(",Catégorie ").append(i).append(",Category ").append(i).append('\n');
    }
    write("trade-categories.csv", csv.toString());
    assertThatThrownBy(this::load)
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining(categories.toString())
        .hasMessageContaining("9 categories")
        .hasMessageContaining("at most 8");
  }

  @Test
  void eightCategoriesAreFine() throws IOException {
    StringBuilder csv = new StringBuilder("code,name_fr,name_en\nBTP,Bâtiment,Building\n");
    for (int i = 2; i <= 8; i++) {
      csv.append("C").append(i).append(",Catégorie ").append(i).append(",Category ").append(i).append('\n');
    }
    write("trade-categories.csv", csv.toString());
    assertThat(load().categories()).hasSize(8);
  }

  @Test
  void missingFileNamesTheFileAndItsKey() throws IOException {
    Files.delete(trades);
    assertThatThrownBy(this::load)
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("file not found")
        .hasMessageContaining(trades.toString())
        .satisfies(e -> assertThat(((ConfigException) e).key()).isEqualTo("referenceData.trades"));
  }

  @Test
  void extraCommaInARowNamesFileAndLineInOneLine() throws IOException {
    // A deployer writes "Maçon, carreleur" without quotes: one column too many.
    write("trades.csv", TRADES + "CARREL,BTP,Maçon, carreleur,Tiler,carrelage\n");
    assertThatThrownBy(this::load)
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining(trades.toString())
        .hasMessageContaining("line 3")
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
  }

  @Test
  void spreadsheetByteOrderMarkIsAccepted() throws IOException {
    // Spreadsheet programs often save UTF-8 CSV with a BOM before the header.
    write("regions.csv", "\uFEFF" + REGIONS);
    assertThat(load().region("LOM")).isPresent();
  }
}
