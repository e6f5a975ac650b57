package org.jobline.aggregator.modem;

/**
 * GSM-7 packing (3GPP TS 23.038 §6.1.2.1): septets laid end to end, least significant bit first,
 * after {@code fill} padding bits that align them after a user-data header.
 */
public final class Septets {
  private Septets() {}

  public static byte[] pack(int[] septets, int fill) {
    int bits = fill + septets.length * 7;
    byte[] out = new byte[(bits + 7) / 8];
    int pos = fill;
    for (int s : septets) {
      for (int b = 0; b < 7; b++, pos++) {
        if ((s >> b & 1) != 0) {
          out[pos >> 3] |= (byte) (1 << (pos & 7));
        }
      }
    }
    return out;
  }

  public static int[] unpack(byte[] data, int offset, int count, int fill) {
    int[] out = new int[count];
    int pos = offset * 8 + fill;
    for (int i = 0; i < count; i++) {
      int s = 0;
      for (int b = 0; b < 7; b++, pos++) {
        int idx = pos >> 3;
        if (idx < data.length && (data[idx] >> (pos & 7) & 1) != 0) {
          s |= 1 << b;
        }
      }
      out[i] = s;
    }
    return out;
  }
}
