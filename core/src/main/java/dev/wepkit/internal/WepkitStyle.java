// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
package dev.wepkit.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style of the project, applied to every value type.
 *
 * <p>JDK collections only (no Guava at run time), copies with {@code with*} methods, and
 * depluralized collection adders ({@code addPort}, {@code putLabel}). Not part of the public API.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    jdkOnly = true,
    depluralize = true,
    depluralizeDictionary = {"prefix:prefixes"},
    defaults = @Value.Immutable(copy = true),
    // clear() lets a builder be reused: the Pod conversion builds the endpoints of a whole list
    // through one set of builders, instead of allocating three builders and their nine
    // collections per Pod.
    clearBuilder = true,
    optionalAcceptNullable = true,
    // Every default is a constant that reads no other attribute, so the cycle-detecting
    // initialization shim Immutables allocates per instance buys nothing.
    unsafeDefaultAndDerived = true)
public @interface WepkitStyle {}
