// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
package dev.wepkit.names;

import java.nio.charset.StandardCharsets;
import java.security.DigestException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Objects;

/**
 * Host-side interface (veth) names, computed exactly as Calico's CNI plugin and KDD converter do.
 *
 * <p>A Kubernetes pod's interface is the prefix ({@code cali} by default) followed by the first 11
 * lower-case hex characters of the SHA-1 of {@code <namespace>.<pod>} (UTF-8). With {@code cali}
 * that is 15 characters, the Linux limit. It does not depend on node, container ID or in-pod
 * interface. Calico Enterprise's additional (Multus) interfaces use {@code <prefix>m<index>}
 * followed by the first 9 characters of the base32 encoding of the same digest.
 *
 * <pre>{@code
 * InterfaceNames.forPod("default", "podA");             // "cali7f94ce7c295"
 * InterfaceNames.forPod("default", "podA", "eni");      // "eni7f94ce7c295"
 * InterfaceNames.forPod("testNamespace", "simplePod", "cali", 1);   // "calim15X7UGVV5N"
 * String prefix = InterfaceNames.prefixFromFelixSetting(System.getenv("FELIX_INTERFACEPREFIX"));
 * }</pre>
 *
 * <p>All methods are thread-safe.
 *
 * @since 0.1.0
 */
public final class InterfaceNames {
  /** The prefix Calico uses when {@code FELIX_INTERFACEPREFIX} is unset or empty. */
  public static final String DEFAULT_PREFIX = "cali";

  /** The most additional interfaces Calico Enterprise allows on a pod (indexes 1 to 9). */
  public static final int MAX_ADDITIONAL_INTERFACES = 9;

  /** Calico Enterprise's error text for an index beyond {@link #MAX_ADDITIONAL_INTERFACES}. */
  public static final String TOO_MANY_INTERFACES =
      "a maximum of 9 additional interfaces is allowed on a pod";

  private static final int HEX_SUFFIX_LENGTH = 11;
  private static final int BASE32_SUFFIX_LENGTH = 9;
  private static final int CONTAINER_ID_LENGTH = 11;

  private static final char[] LOWER_HEX = "0123456789abcdef".toCharArray();
  // RFC 4648 section 6, the alphabet of Go's base32.StdEncoding.
  private static final char[] BASE32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567".toCharArray();

  // MessageDigest is stateful, so each thread gets its own, with buffers for its input and output;
  // digest() resets it after each use.
  private static final ThreadLocal<Hashing> HASHING = ThreadLocal.withInitial(Hashing::new);

  private InterfaceNames() {}

  /**
   * The interface name of a pod with the default {@code cali} prefix (Calico's {@code
   * VethNameForWorkload} when {@code FELIX_INTERFACEPREFIX} is unset).
   *
   * @param namespace the pod's namespace
   * @param pod the pod's name
   * @return {@code cali} + 11 hex characters, 15 characters in all
   */
  public static String forPod(String namespace, String pod) {
    return forPod(namespace, pod, DEFAULT_PREFIX, 0);
  }

  /**
   * The interface name of a pod with the given prefix. The prefix is used as is: no trimming and no
   * length check, as in Calico; see {@link #prefixFromFelixSetting(String)} to get it from Felix's
   * setting.
   *
   * @param namespace the pod's namespace
   * @param pod the pod's name
   * @param prefix the prefix, for example {@code cali}
   * @return {@code prefix} + 11 hex characters
   */
  public static String forPod(String namespace, String pod, String prefix) {
    return forPod(namespace, pod, prefix, 0);
  }

  /**
   * The interface name of a pod's default (index 0) or additional (index 1 to 9) interface, as
   * Calico Enterprise's multi-network (Multus) support computes it. Index 0 gives the same name as
   * {@link #forPod(String, String, String)}; index {@code i >= 1} gives {@code prefix + "m" + i} +
   * the first 9 characters of the upper-case base32 encoding of the digest.
   *
   * @param namespace the pod's namespace
   * @param pod the pod's name
   * @param prefix the base prefix, for example {@code cali}
   * @param index 0 for the default interface, 1 to 9 for additional ones
   * @return the interface name
   * @throws IllegalArgumentException when the index is negative or greater than 9 ({@code a maximum
   *     of 9 additional interfaces is allowed on a pod})
   */
  public static String forPod(String namespace, String pod, String prefix, int index) {
    Objects.requireNonNull(namespace, "namespace");
    Objects.requireNonNull(pod, "pod");
    Objects.requireNonNull(prefix, "prefix");
    if (index < 0 || index > MAX_ADDITIONAL_INTERFACES) {
      // Calico checks the count of networks before naming; a negative index is never produced.
      throw new IllegalArgumentException(TOO_MANY_INTERFACES);
    }
    Hashing hashing = HASHING.get();
    byte[] digest = hashing.digest(namespace, pod);
    if (index == 0) {
      // A name is derived for every Pod of a list: fill it in the thread's buffer and make the
      // String from it once (a char[] would be compressed into yet another array).
      int start = prefix.length();
      int length = start + HEX_SUFFIX_LENGTH;
      if (!isAscii(prefix)) {
        char[] name = new char[length];
        prefix.getChars(0, start, name, 0);
        for (int i = 0; i < HEX_SUFFIX_LENGTH; i++) {
          name[start + i] = hexDigit(digest, i);
        }
        return new String(name);
      }
      byte[] name = hashing.buffer(length);
      for (int i = 0; i < start; i++) {
        name[i] = (byte) prefix.charAt(i);
      }
      for (int i = 0; i < HEX_SUFFIX_LENGTH; i++) {
        name[start + i] = (byte) hexDigit(digest, i);
      }
      return new String(name, 0, length, StandardCharsets.US_ASCII);
    }
    StringBuilder name =
        new StringBuilder(prefix.length() + 2 + BASE32_SUFFIX_LENGTH)
            .append(prefix)
            .append('m')
            .append((char) ('0' + index));
    // Nine base32 characters take 45 bits: the first six bytes hold them.
    long bits = 0;
    for (int i = 0; i < 6; i++) {
      bits = (bits << 8) | (digest[i] & 0xFF);
    }
    for (int i = 0; i < BASE32_SUFFIX_LENGTH; i++) {
      name.append(BASE32[(int) (bits >>> (48 - 5 * (i + 1))) & 0x1F]);
    }
    return name.toString();
  }

  /**
   * The prefix Calico takes from Felix's {@code FELIX_INTERFACEPREFIX} setting: {@code cali} when
   * it is null or empty, otherwise the text before the first comma ({@code eni,veth,foo} gives
   * {@code eni}). As in Calico, a setting that starts with a comma gives the empty prefix.
   *
   * @param felixInterfacePrefix the setting, or null when unset
   * @return the prefix
   */
  public static String prefixFromFelixSetting(String felixInterfacePrefix) {
    if (felixInterfacePrefix == null || felixInterfacePrefix.isEmpty()) {
      return DEFAULT_PREFIX;
    }
    int comma = felixInterfacePrefix.indexOf(',');
    return comma < 0 ? felixInterfacePrefix : felixInterfacePrefix.substring(0, comma);
  }

  /**
   * The interface name the CNI plugin uses for a non-Kubernetes ({@code orchestrator: cni})
   * workload: {@code cali} (never the Felix prefix) + the first 11 characters of the container ID,
   * or all of it when shorter. Calico cuts bytes; for the ASCII IDs that Calico accepts this is the
   * same as cutting characters, which is what this method does.
   *
   * @param containerId the container ID
   * @return the interface name
   */
  public static String forContainer(String containerId) {
    Objects.requireNonNull(containerId, "containerId");
    return DEFAULT_PREFIX
        + containerId.substring(0, Math.min(CONTAINER_ID_LENGTH, containerId.length()));
  }

  /** The {@code i}th lower-case hex digit of the digest. */
  private static char hexDigit(byte[] digest, int i) {
    int b = digest[i >> 1];
    return LOWER_HEX[(i & 1) == 0 ? (b >> 4) & 0xF : b & 0xF];
  }

  private static boolean isAscii(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) >= 0x80) {
        return false;
      }
    }
    return true;
  }

  /** One thread's SHA-1 and the buffers it hashes from and into, reused from name to name. */
  private static final class Hashing {
    private final MessageDigest sha1 = newSha1();
    private final byte[] digest = new byte[sha1.getDigestLength()];
    private byte[] buffer = new byte[128];

    /**
     * The SHA-1 of {@code namespace.pod} in UTF-8, in this thread's digest buffer (valid until the
     * next call). ASCII text, which every valid name is, is its own UTF-8, so it is copied byte for
     * byte instead of joined into a String and encoded.
     */
    byte[] digest(String namespace, String pod) {
      int length = namespace.length() + 1 + pod.length();
      if (isAscii(namespace) && isAscii(pod)) {
        byte[] text = buffer(length);
        int at = 0;
        for (int i = 0; i < namespace.length(); i++) {
          text[at++] = (byte) namespace.charAt(i);
        }
        text[at++] = '.';
        for (int i = 0; i < pod.length(); i++) {
          text[at++] = (byte) pod.charAt(i);
        }
        sha1.update(text, 0, length);
      } else {
        sha1.update((namespace + "." + pod).getBytes(StandardCharsets.UTF_8));
      }
      try {
        sha1.digest(digest, 0, digest.length);
      } catch (DigestException e) {
        // The buffer is the digest's own length.
        throw new AssertionError(e);
      }
      return digest;
    }

    /** This thread's scratch buffer, at least {@code length} bytes long. */
    byte[] buffer(int length) {
      if (buffer.length < length) {
        buffer = new byte[Math.max(length, 2 * buffer.length)];
      }
      return buffer;
    }
  }

  private static MessageDigest newSha1() {
    try {
      return MessageDigest.getInstance("SHA-1");
    } catch (NoSuchAlgorithmException e) {
      // Every Java platform must provide SHA-1 (MessageDigest Javadoc).
      throw new AssertionError("SHA-1 is not available", e);
    }
  }
}
