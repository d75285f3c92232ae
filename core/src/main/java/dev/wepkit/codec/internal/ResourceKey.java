// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
package dev.wepkit.codec.internal;

/**
 * The top-level keys of a resource: a {@code WorkloadEndpoint} has the first four, a {@code
 * WorkloadEndpointList} all but {@code spec}. {@link ResourceReader} dispatches on them (which
 * metadata type to read depends on the kind, and list items are streamed); {@link ResourceFields}
 * declares the two types with these names for the writer.
 */
enum ResourceKey {
  KIND("kind"),
  API_VERSION("apiVersion"),
  METADATA("metadata"),
  SPEC("spec"),
  ITEMS("items");

  private static final ResourceKey[] ALL = values();

  final String wireName;

  ResourceKey(String wireName) {
    this.wireName = wireName;
  }

  /** The key with this name: exact first, then case-insensitive, as Go matches; null if none. */
  static ResourceKey lookup(String name) {
    for (ResourceKey key : ALL) {
      if (key.wireName.equals(name)) {
        return key;
      }
    }
    for (ResourceKey key : ALL) {
      if (key.wireName.equalsIgnoreCase(name)) {
        return key;
      }
    }
    return null;
  }
}
