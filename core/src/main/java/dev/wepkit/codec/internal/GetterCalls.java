// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
package dev.wepkit.codec.internal;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * Calls the model getters of the writer, each from a call site of its own.
 *
 * <p>The writer loops over descriptors, so a call to a getter from the loop would be one call site
 * for every getter of every type: megamorphic, so the JIT cannot inline it, and each field costs a
 * dispatch through the getter's interface and a call that spills the caller's registers (the writer
 * spent about a sixth of its time there). Each getter here is given a site number once, when its
 * descriptor is made, and {@link #call} switches on it to a call site that only that getter ever
 * reaches: the JIT sees one receiver there and inlines the getter, usually a field read.
 *
 * <p>Getters beyond {@link #SITES} share the last call site: slower, not wrong. A test checks that
 * the model's getters fit.
 */
final class GetterCalls {
  /** How many getters have a call site of their own. */
  static final int SITES = 64;

  private static final AtomicInteger NEXT = new AtomicInteger();

  private GetterCalls() {}

  /**
   * A site for one more getter.
   *
   * @return the site number, to pass to {@link #call}
   */
  static int newSite() {
    return Math.min(NEXT.getAndIncrement(), SITES);
  }

  /**
   * Calls a getter from its own call site.
   *
   * @param site the getter's site, from {@link #newSite}
   * @param function the getter
   * @param value the value to get from
   * @return what the getter returns
   */
  @SuppressWarnings("unchecked")
  static <T, R> R call(int site, Function<T, R> function, T value) {
    // Every case is the same call on purpose: what differs is the call site, which the JIT
    // profiles (and inlines) one by one.
    switch (site) {
      case 0:
        return function.apply(value);
      case 1:
        return function.apply(value);
      case 2:
        return function.apply(value);
      case 3:
        return function.apply(value);
      case 4:
        return function.apply(value);
      case 5:
        return function.apply(value);
      case 6:
        return function.apply(value);
      case 7:
        return function.apply(value);
      case 8:
        return function.apply(value);
      case 9:
        return function.apply(value);
      case 10:
        return function.apply(value);
      case 11:
        return function.apply(value);
      case 12:
        return function.apply(value);
      case 13:
        return function.apply(value);
      case 14:
        return function.apply(value);
      case 15:
        return function.apply(value);
      case 16:
        return function.apply(value);
      case 17:
        return function.apply(value);
      case 18:
        return function.apply(value);
      case 19:
        return function.apply(value);
      case 20:
        return function.apply(value);
      case 21:
        return function.apply(value);
      case 22:
        return function.apply(value);
      case 23:
        return function.apply(value);
      case 24:
        return function.apply(value);
      case 25:
        return function.apply(value);
      case 26:
        return function.apply(value);
      case 27:
        return function.apply(value);
      case 28:
        return function.apply(value);
      case 29:
        return function.apply(value);
      case 30:
        return function.apply(value);
      case 31:
        return function.apply(value);
      case 32:
        return function.apply(value);
      case 33:
        return function.apply(value);
      case 34:
        return function.apply(value);
      case 35:
        return function.apply(value);
      case 36:
        return function.apply(value);
      case 37:
        return function.apply(value);
      case 38:
        return function.apply(value);
      case 39:
        return function.apply(value);
      case 40:
        return function.apply(value);
      case 41:
        return function.apply(value);
      case 42:
        return function.apply(value);
      case 43:
        return function.apply(value);
      case 44:
        return function.apply(value);
      case 45:
        return function.apply(value);
      case 46:
        return function.apply(value);
      case 47:
        return function.apply(value);
      case 48:
        return function.apply(value);
      case 49:
        return function.apply(value);
      case 50:
        return function.apply(value);
      case 51:
        return function.apply(value);
      case 52:
        return function.apply(value);
      case 53:
        return function.apply(value);
      case 54:
        return function.apply(value);
      case 55:
        return function.apply(value);
      case 56:
        return function.apply(value);
      case 57:
        return function.apply(value);
      case 58:
        return function.apply(value);
      case 59:
        return function.apply(value);
      case 60:
        return function.apply(value);
      case 61:
        return function.apply(value);
      case 62:
        return function.apply(value);
      case 63:
        return function.apply(value);
      default:
        return function.apply(value);
    }
  }
}
