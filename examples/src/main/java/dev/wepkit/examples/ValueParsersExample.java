// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
package dev.wepkit.examples;

import dev.wepkit.validation.Cidr;
import dev.wepkit.validation.Cidrs;
import dev.wepkit.validation.IpAddresses;
import dev.wepkit.validation.MacAddresses;
import dev.wepkit.validation.PortNames;
import java.io.PrintStream;
import java.net.InetAddress;
import java.util.List;

/**
 * Checks an application's own settings with the same parsers Calico's rules use: IP addresses as
 * Go's {@code net.ParseIP} reads them, CIDRs, MAC addresses and port names. {@code isValid} never
 * throws; {@code parse} and {@code checkValid} throw an {@link IllegalArgumentException} that names
 * the bad input.
 */
public final class ValueParsersExample {
  private ValueParsersExample() {}

  /**
   * Runs the example.
   *
   * @param args unused
   */
  public static void main(String[] args) {
    run(System.out);
  }

  static void run(PrintStream out) {
    // Go rejects leading zeros instead of reading them as octal: 010.0.0.1 is not an address.
    for (String text : List.of("10.65.0.1", "010.65.0.1", "fd00::1", "fe80::1%eth0")) {
      out.println("ip " + text + ": " + (IpAddresses.isValid(text) ? "ok" : "rejected"));
    }

    // A pool and a gateway: is the gateway inside the pool?
    Cidr pool = Cidrs.parse("10.65.0.0/16");
    InetAddress gateway = IpAddresses.parse("10.65.0.1");
    out.println(
        "pool " + pool + " contains " + gateway.getHostAddress() + ": " + pool.contains(gateway));
    out.println("10.65.1.7/16 masked: " + Cidrs.parse("10.65.1.7/16").network());

    // YAML 1.1 readers turn an all-digit MAC into a number, but as text it is a fine MAC.
    for (String mac : List.of("52:54:00:44:49:56", "ca:fe:1d:52:bb:e9", "ca:fe:1d:52:bb")) {
      out.println("mac " + mac + ": " + (MacAddresses.isValid(mac) ? "ok" : "rejected"));
    }

    for (String name : List.of("http", "metrics-9090", "HTTP")) {
      try {
        PortNames.checkValid(name);
        out.println("port name " + name + ": ok");
      } catch (IllegalArgumentException e) {
        out.println("port name " + name + ": " + e.getMessage());
      }
    }
  }
}
