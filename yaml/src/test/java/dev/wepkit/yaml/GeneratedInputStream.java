// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
package dev.wepkit.yaml;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * A stream of {@code head}, then {@code unit} repeated until {@code bodyBytes} bytes, then {@code
 * tail}, generated as it is read so that a 100 MB input costs no memory. It counts the bytes handed
 * out, to show how far a reader went before it stopped.
 */
final class GeneratedInputStream extends InputStream {
  private final byte[] head;
  private final byte[] unit;
  private final byte[] tail;
  private final long bodyBytes;
  private final long total;
  private long position;

  GeneratedInputStream(String head, String unit, long bodyBytes, String tail) {
    this.head = head.getBytes(StandardCharsets.UTF_8);
    this.unit = unit.getBytes(StandardCharsets.UTF_8);
    this.tail = tail.getBytes(StandardCharsets.UTF_8);
    this.bodyBytes = bodyBytes;
    this.total = this.head.length + bodyBytes + this.tail.length;
  }

  long bytesRead() {
    return position;
  }

  @Override
  public int read() {
    if (position >= total) {
      return -1;
    }
    return byteAt(position++) & 0xFF;
  }

  @Override
  public int read(byte[] b, int off, int len) {
    if (len == 0) {
      return 0;
    }
    if (position >= total) {
      return -1;
    }
    int n = (int) Math.min(len, total - position);
    for (int i = 0; i < n; i++) {
      b[off + i] = byteAt(position++);
    }
    return n;
  }

  private byte byteAt(long at) {
    if (at < head.length) {
      return head[(int) at];
    }
    long body = at - head.length;
    if (body < bodyBytes) {
      return unit[(int) (body % unit.length)];
    }
    return tail[(int) (body - bodyBytes)];
  }
}
