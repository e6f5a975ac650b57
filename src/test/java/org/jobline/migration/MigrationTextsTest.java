package org.jobline.migration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.jobline.config.ConfigException;
import org.jobline.gsm.Gsm7;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The agency's safe-migration texts: the shipped ones fit, a bad one stops the start naming its key. */
class MigrationTextsTest {
  @TempDir
  Path dir;

  @Test
  void theShippedScreensFitAUssdEndScreenAndOneSms() {
    MigrationTexts texts = MigrationTexts.load("config/migration");
    for (String lang : MigrationTexts.LANGUAGES) {
      assertThat(texts.topics(lang)).hasSize(4);
      for (MigrationTexts.Topic t : texts.topics(lang)) {
        assertThat(Gsm7.fits(t.text())).as(t.text()).isTrue();
        assertThat(Gsm7.septets("END " + t.text())).as(t.key()).isLessThanOrEqualTo(160);
      }
      assertThat(Gsm7.septets(texts.intro(lang))).isLessThanOrEqualTo(160);
    }
    assertThat(texts.topic("en", 2).orElseThrow().label()).isEqualTo("Documents");
    assertThat(texts.topic("fr", 5)).isEmpty();
  }

  @Test
  void aScreenTooLongStopsTheStartNamingItsKey() throws Exception {
    write("fr", "menu=Travailler a l'etranger\ntopics=droits\ndroits.label=Droits\ndroits.text=" + "é".repeat(157) + "\n");
    write("en", "menu=Working abroad\ntopics=rights\nrights.label=Rights\nrights.text=Short.\n");
    assertThatThrownBy(() -> MigrationTexts.load(dir.resolve("m").toString()))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("referenceData.migration").hasMessageContaining("m_fr.properties")
        .hasMessageContaining("'droits.text'").hasMessageContaining("157 characters; at most 156");
  }

  @Test
  void aMissingTextOrAForeignCharacterIsNamed() throws Exception {
    write("fr", "menu=Travailler a l'etranger\ntopics=droits,docs\ndroits.label=Droits\ndroits.text=Ok.\ndocs.label=Docs\n");
    write("en", "menu=Working abroad\ntopics=rights\nrights.label=Rights\nrights.text=Call \u260E now.\n");
    assertThatThrownBy(() -> MigrationTexts.load(dir.resolve("m").toString())).hasMessageContaining("'docs.text' is missing");
    write("fr", "menu=Travailler a l'etranger\ntopics=droits\ndroits.label=Droits\ndroits.text=Ok.\n");
    assertThatThrownBy(() -> MigrationTexts.load(dir.resolve("m").toString())).hasMessageContaining("'rights.text'")
        .hasMessageContaining("outside the SMS alphabet");
  }

  private void write(String lang, String text) throws Exception {
    Files.writeString(dir.resolve("m_" + lang + ".properties"), text);
  }
}
