// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
package dev.wepkit.validation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.wepkit.internal.GoNet;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Compares the Go-parser port with results that Go itself produced ({@code go-parse-cases.json}):
 * {@code net.ParseIP}, {@code net.ParseCIDR} with Calico's bare-IP fallback, {@code
 * IPNet.Contains}, the strict-mask comparison and {@code net.ParseMAC}, on hand-picked edge cases
 * and a few hundred generated ones.
 */
class GoParityTest {
  private static final HexFormat HEX = HexFormat.of();

  @TestFactory
  Stream<DynamicTest> matchesGo() throws IOException {
    JsonNode root;
    try (InputStream in = getClass().getResourceAsStream("/go-parse-cases.json")) {
      root = new ObjectMapper().readTree(in);
    }
    List<DynamicTest> tests = new ArrayList<>();
    for (JsonNode c : root.get("cases")) {
      String input = c.get("input").asText();
      tests.add(
          DynamicTest.dynamicTest(
              Texts.quote(input),
              () -> {
                assertThat(ip(input)).as("ParseIP").isEqualTo(c.get("ip").asText());
                assertThat(cidr(input)).as("ParseCIDROrIP").isEqualTo(c.get("cidr").asText());
                assertThat(mac(input)).as("ParseMAC").isEqualTo(c.get("mac").asText());
                // The public parsers agree with the port they are built on.
                assertThat(IpAddresses.isValid(input))
                    .isEqualTo(!c.get("ip").asText().equals("nil"));
                assertThat(MacAddresses.isValid(input))
                    .isEqualTo(!c.get("mac").asText().equals("nil"));
                boolean cidrOk = !c.get("cidr").asText().equals("invalid") && !input.isEmpty();
                assertThat(Cidrs.isValid(input)).isEqualTo(cidrOk);
              }));
    }
    assertThat(tests).hasSizeGreaterThan(400);
    return tests.stream();
  }

  private static String ip(String s) {
    byte[] b = new byte[16];
    if (GoNet.parseAddr(s, 0, s.length(), b) == GoNet.INVALID) {
      return "nil";
    }
    return (GoNet.isMapped(b) ? 4 : 6) + ":" + HEX.formatHex(b);
  }

  private static String cidr(String s) {
    byte[] c = new byte[16];
    int p = GoNet.parseCidrOrIp(s, c);
    if (p == GoNet.INVALID) {
      return "invalid";
    }
    boolean empty = GoNet.isEmpty(p);
    StringBuilder sb = new StringBuilder();
    sb.append(empty ? "nil" : HEX.formatHex(c))
        .append('/')
        .append(GoNet.maskOnes(p))
        .append('/')
        .append(GoNet.isMask128(p) ? 128 : 32);
    sb.append(" strict=").append(GoNet.isStrictlyMasked(p, c));
    sb.append(" v4net=").append(!empty && GoNet.isV4Network(p, c));
    sb.append(" contains=");
    List<byte[]> probes = new ArrayList<>();
    probes.add(empty ? null : c.clone());
    probes.add(ip16("1.2.3.4"));
    probes.add(ip16("::1"));
    probes.add(ip16("10.0.0.1"));
    probes.add(null);
    if (!empty) {
      byte[] last = c.clone();
      last[15] ^= 1;
      probes.add(last);
      byte[] first = c.clone();
      first[GoNet.isMapped(c) ? 12 : 0] ^= (byte) 0x80;
      probes.add(first);
    }
    for (byte[] probe : probes) {
      // Go's nil network contains only the nil IP, and a real network never contains it.
      boolean in = empty ? probe == null : probe != null && GoNet.contains(p, c, probe);
      sb.append(in ? '1' : '0');
    }
    return sb.toString();
  }

  private static String mac(String s) {
    byte[] mac = MacAddresses.parseOrNull(s);
    return mac == null ? "nil" : HEX.formatHex(mac);
  }

  private static byte[] ip16(String s) {
    byte[] b = new byte[16];
    GoNet.parseAddr(s, 0, s.length(), b);
    return b;
  }
}
