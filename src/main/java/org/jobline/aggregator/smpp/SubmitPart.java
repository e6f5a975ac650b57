package org.jobline.aggregator.smpp;

import org.jsmpp.bean.OptionalParameter;

/**
 * One submit_sm's content: {@code esm_class} (0x40 when the message starts with a UDH),
 * {@code data_coding} (0 GSM-7, 8 UCS-2), the short message octets and any TLVs (SAR, payload).
 * {@code segments} is what it costs the SMSC's throttle.
 */
public record SubmitPart(byte esmClass, byte dataCoding, byte[] shortMessage, OptionalParameter[] tlvs, int segments) {}
