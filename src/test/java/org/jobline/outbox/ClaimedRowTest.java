package org.jobline.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.Test;

class ClaimedRowTest {
  @Test
  void readsEveryRowOfAClaimWithItsNulls() throws Exception {
    List<ClaimedRow> rows = ClaimedRow.parseAll("[[7,\"+22890000001\",\"Offre \\\"maçon\\\"\\n😀\",2,1,1,1700000000000,42],"
        + "[8,\"+22890000002\",\"b\",null,0,3,null,null]]");

    assertThat(rows).containsExactly(
        new ClaimedRow(new Claimed(7, "+22890000001", "Offre \"maçon\"\n😀", 2, 1, 1, true), 1700000000000L),
        new ClaimedRow(new Claimed(8, "+22890000002", "b", 1, 0, 3, false), null));
  }

  @Test
  void anEmptyClaimIsNoRows() throws Exception {
    assertThat(ClaimedRow.parseAll("[]")).isEmpty();
  }

  @Test
  void aRowOfTheWrongShapeIsAClearError() {
    assertThatThrownBy(() -> ClaimedRow.parseAll("[[7,\"+22890000001\",\"a\",1,0,1,null,null],[\"x\"]]"))
        .isInstanceOf(SQLException.class).hasMessage("claimed row has VALUE_STRING where a whole number belongs");
    assertThatThrownBy(() -> ClaimedRow.parseAll("[7]"))
        .isInstanceOf(SQLException.class).hasMessage("claimed row is VALUE_NUMBER_INT, not an array");
    assertThatThrownBy(() -> ClaimedRow.parseAll("[[7,\"+22890000001\",\"a\",1,0,1,null,null,9]]"))
        .isInstanceOf(SQLException.class).hasMessage("claimed row lacks its END_ARRAY");
    assertThatThrownBy(() -> ClaimedRow.parseAll("[[7,"))
        .isInstanceOf(SQLException.class).hasMessageStartingWith("unreadable claimed row");
  }
}
