// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
package dev.wepkit.kubernetes;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.wepkit.ListMeta;
import dev.wepkit.internal.StringPairs;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Reads Pods from JSON tokens the way the Kubernetes decoder binds them to {@code v1.Pod}: exact
 * (case-sensitive) field names, {@code null} for unset, unknown fields skipped unread, and a value
 * of the wrong JSON type an error at its path. The one home of those rules: {@link PodTrees} hands
 * it a tree's tokens, and a PodList response's tokens come straight from the bytes, so that each
 * Pod of a list is read (and converted) while its bytes are still in the processor's caches, and no
 * field Calico does not read is ever materialised.
 *
 * <p>Not thread-safe: a reader fills one {@link ReusablePodView} for the Pods it reads, one after
 * the other; each is valid until the next is read.
 */
final class PodReader {
  private final ReusablePodView pod = new ReusablePodView();
  // The names of each kind of object, learnt from the Pods before (see FieldOrder).
  private final FieldOrder listFields = new FieldOrder(FieldOrder.OBJECT_FIELDS);
  private final FieldOrder listMetadataFields = new FieldOrder(FieldOrder.OBJECT_FIELDS);
  private final FieldOrder podFields = new FieldOrder(FieldOrder.OBJECT_FIELDS);
  private final FieldOrder metadataFields = new FieldOrder(FieldOrder.OBJECT_FIELDS);
  private final FieldOrder labelKeys = new FieldOrder(FieldOrder.MAP_KEYS);
  private final FieldOrder annotationKeys = new FieldOrder(FieldOrder.MAP_KEYS);
  private final FieldOrder specFields = new FieldOrder(FieldOrder.OBJECT_FIELDS);
  private final FieldOrder containerFields = new FieldOrder(FieldOrder.OBJECT_FIELDS);
  private final FieldOrder portFields = new FieldOrder(FieldOrder.OBJECT_FIELDS);
  private final FieldOrder statusFields = new FieldOrder(FieldOrder.OBJECT_FIELDS);
  private final FieldOrder podIPFields = new FieldOrder(FieldOrder.OBJECT_FIELDS);

  /**
   * Reads one Pod. The parser is on the Pod's first token and is left on its last.
   *
   * @param p the parser
   * @param path the Pod's path, {@code ""} at the top of a document
   * @return the Pod, valid until this reader reads the next one
   */
  PodView readPod(JsonParser p, String path) throws IOException {
    return readPod(p, Path.root(path));
  }

  private PodView readPod(JsonParser p, Path at) throws IOException {
    if (p.currentToken() != JsonToken.START_OBJECT) {
      throw new PodConversionException(at.toString(), "expected a Pod object, got " + describe(p));
    }
    pod.clear();
    for (FieldOrder.Name key = podFields.next(p, null); key != null; key = podFields.next(p, key)) {
      String field = key.text;
      p.nextToken();
      switch (field) {
        case "kind":
          String kind = string(p, at, field);
          if (!kind.isEmpty() && !kind.equals("Pod")) {
            throw new PodConversionException(at.join(field), "expected Pod, got " + kind);
          }
          break;
        case "apiVersion":
          String apiVersion = string(p, at, field);
          if (!apiVersion.isEmpty() && !apiVersion.equals("v1")) {
            throw new PodConversionException(at.join(field), "expected v1, got " + apiVersion);
          }
          break;
        case "metadata":
          if (object(p, at, field)) {
            metadata(p, at.field(field));
          }
          break;
        case "spec":
          if (object(p, at, field)) {
            spec(p, at.field(field));
          }
          break;
        case "status":
          if (object(p, at, field)) {
            status(p, at.field(field));
          }
          break;
        default:
          p.skipChildren();
      }
    }
    return pod;
  }

  /**
   * Reads a PodList (or a {@code kind: List} of Pods), handing each Pod to {@code pods} as soon as
   * it is read.
   *
   * @param p the parser, on the list's first token
   * @return the list's {@code resourceVersion} and {@code continue}
   * @throws PodConversionException when the document is not a PodList, or one of its Pods has a
   *     field of the wrong type: the Kubernetes decoder fails the whole list then, and so does this
   */
  ListMeta readList(JsonParser p, Consumer<PodView> pods) throws IOException {
    if (p.currentToken() != JsonToken.START_OBJECT) {
      throw new PodConversionException("", "expected a PodList object, got " + describe(p));
    }
    Path at = Path.root("");
    ListFields meta = new ListFields();
    for (FieldOrder.Name key = listFields.next(p, null);
        key != null;
        key = listFields.next(p, key)) {
      String field = key.text;
      p.nextToken();
      switch (field) {
        case "kind":
          String kind = string(p, at, field);
          if (!kind.isEmpty() && !kind.equals("PodList") && !kind.equals("List")) {
            throw new PodConversionException(at.join(field), "expected PodList, got " + kind);
          }
          break;
        case "metadata":
          if (object(p, at, field)) {
            listMetadata(p, at.field(field), meta);
          }
          break;
        case "items":
          if (array(p, at, field)) {
            items(p, pods);
          }
          break;
        default:
          p.skipChildren();
      }
    }
    return ListMeta.builder()
        .resourceVersion(meta.resourceVersion)
        .continueToken(meta.continueToken)
        .build();
  }

  /** The two fields of a list's metadata that a client needs, as they are read. */
  private static final class ListFields {
    String resourceVersion = "";
    String continueToken = "";
  }

  private void listMetadata(JsonParser p, Path at, ListFields meta) throws IOException {
    for (FieldOrder.Name key = listMetadataFields.next(p, null);
        key != null;
        key = listMetadataFields.next(p, key)) {
      String field = key.text;
      p.nextToken();
      if (field.equals("resourceVersion")) {
        meta.resourceVersion = string(p, at, field);
      } else if (field.equals("continue")) {
        meta.continueToken = string(p, at, field);
      } else {
        p.skipChildren();
      }
    }
  }

  private void items(JsonParser p, Consumer<PodView> pods) throws IOException {
    for (int index = 0; p.nextToken() != JsonToken.END_ARRAY; index++) {
      pods.accept(readPod(p, Path.root("items").index(index)));
    }
  }

  private void metadata(JsonParser p, Path at) throws IOException {
    for (FieldOrder.Name key = metadataFields.next(p, null);
        key != null;
        key = metadataFields.next(p, key)) {
      String field = key.text;
      p.nextToken();
      switch (field) {
        case "namespace":
          pod.namespace = string(p, at, field);
          break;
        case "name":
          pod.name = string(p, at, field);
          break;
        case "uid":
          pod.uid = string(p, at, field);
          break;
        case "resourceVersion":
          pod.resourceVersion = string(p, at, field);
          break;
        case "generateName":
          pod.generateName = string(p, at, field);
          break;
        case "creationTimestamp":
          pod.creationTimestamp = timestamp(p, at, field);
          break;
        case "deletionTimestamp":
          pod.deletionTimestamp = timestamp(p, at, field);
          break;
        case "labels":
          if (object(p, at, field)) {
            stringMap(p, at.field(field), labelKeys, pod.labels);
          }
          break;
        case "annotations":
          if (object(p, at, field)) {
            stringMap(p, at.field(field), annotationKeys, pod.annotations);
          }
          break;
        default:
          p.skipChildren();
      }
    }
  }

  private void spec(JsonParser p, Path at) throws IOException {
    for (FieldOrder.Name key = specFields.next(p, null);
        key != null;
        key = specFields.next(p, key)) {
      String field = key.text;
      p.nextToken();
      switch (field) {
        case "nodeName":
          pod.nodeName = string(p, at, field);
          break;
        case "hostNetwork":
          pod.hostNetwork = bool(p, at, field);
          break;
        case "serviceAccountName":
          pod.serviceAccountName = string(p, at, field);
          break;
        case "containers":
          pod.containers = containers(p, at, field);
          break;
        case "initContainers":
          pod.initContainers = containers(p, at, field);
          break;
        default:
          p.skipChildren();
      }
    }
  }

  private void status(JsonParser p, Path at) throws IOException {
    for (FieldOrder.Name key = statusFields.next(p, null);
        key != null;
        key = statusFields.next(p, key)) {
      String field = key.text;
      p.nextToken();
      switch (field) {
        case "phase":
          pod.phase = string(p, at, field);
          break;
        case "podIP":
          pod.podIP = string(p, at, field);
          break;
        case "podIPs":
          podIPs(p, at, field, pod.podIPs);
          break;
        default:
          p.skipChildren();
      }
    }
  }

  /** Go reads a list into a list emptied first: a second {@code podIPs} replaces the first. */
  private void podIPs(JsonParser p, Path parent, String name, List<String> out) throws IOException {
    out.clear();
    if (!array(p, parent, name)) {
      return;
    }
    Path list = parent.field(name);
    for (int i = 0; p.nextToken() != JsonToken.END_ARRAY; i++) {
      Path entry = list.index(i);
      String ip = "";
      if (element(p, entry)) {
        for (FieldOrder.Name key = podIPFields.next(p, null);
            key != null;
            key = podIPFields.next(p, key)) {
          String field = key.text;
          p.nextToken();
          if (field.equals("ip")) {
            ip = string(p, entry, field);
          } else {
            p.skipChildren();
          }
        }
      }
      out.add(ip);
    }
  }

  private List<ContainerView> containers(JsonParser p, Path parent, String name)
      throws IOException {
    List<ContainerView> out = new ArrayList<>(2);
    if (!array(p, parent, name)) {
      return out;
    }
    Path list = parent.field(name);
    for (int i = 0; p.nextToken() != JsonToken.END_ARRAY; i++) {
      Path at = list.index(i);
      ImmutableContainerView.Builder container = ContainerView.builder();
      if (element(p, at)) {
        for (FieldOrder.Name key = containerFields.next(p, null);
            key != null;
            key = containerFields.next(p, key)) {
          String field = key.text;
          p.nextToken();
          if (field.equals("name")) {
            container.name(string(p, at, field));
          } else if (field.equals("ports")) {
            ports(p, at, field, container);
          } else {
            p.skipChildren();
          }
        }
      }
      out.add(container.build());
    }
    return out;
  }

  /**
   * A container's ports, straight into its builder (which copies them once, on build); a second
   * {@code ports} replaces the first, as Go reads a list into an emptied one.
   */
  private void ports(
      JsonParser p, Path parent, String name, ImmutableContainerView.Builder container)
      throws IOException {
    container.ports(List.of());
    if (!array(p, parent, name)) {
      return;
    }
    Path list = parent.field(name);
    for (int i = 0; p.nextToken() != JsonToken.END_ARRAY; i++) {
      Path at = list.index(i);
      ImmutableContainerPortView.Builder port = ContainerPortView.builder();
      if (element(p, at)) {
        for (FieldOrder.Name key = portFields.next(p, null);
            key != null;
            key = portFields.next(p, key)) {
          String field = key.text;
          p.nextToken();
          switch (field) {
            case "name":
              port.name(string(p, at, field));
              break;
            case "containerPort":
              port.containerPort(int32(p, at, field));
              break;
            case "hostPort":
              port.hostPort(int32(p, at, field));
              break;
            case "hostIP":
              port.hostIP(string(p, at, field));
              break;
            case "protocol":
              port.protocol(string(p, at, field));
              break;
            default:
              p.skipChildren();
          }
        }
      }
      container.addPort(port.build());
    }
  }

  /**
   * A map of strings; {@code null} values are {@code ""}, as Go reads them. Go adds a second map of
   * the same field to the first, and so does this.
   */
  private static void stringMap(JsonParser p, Path at, FieldOrder keys, StringPairs out)
      throws IOException {
    for (FieldOrder.Name name = keys.next(p, null); name != null; name = keys.next(p, name)) {
      String key = name.text;
      JsonToken value = p.nextToken();
      if (value == JsonToken.VALUE_STRING) {
        out.put(out.indexOf(key), key, p.getText());
      } else if (value == JsonToken.VALUE_NULL) {
        out.put(out.indexOf(key), key, "");
      } else {
        throw new PodConversionException(
            at + "[" + key + "]", "expected a string, got " + describe(p));
      }
    }
  }

  /** On an array element: true for an object, false for {@code null} (an empty one, as in Go). */
  private static boolean element(JsonParser p, Path at) {
    return opens(p, JsonToken.START_OBJECT, at, null);
  }

  /** On a field's value: true for an object, false for {@code null} (unset). */
  private static boolean object(JsonParser p, Path parent, String name) {
    return opens(p, JsonToken.START_OBJECT, parent, name);
  }

  /** On a field's value: true for an array, false for {@code null} (unset). */
  private static boolean array(JsonParser p, Path parent, String name) {
    return opens(p, JsonToken.START_ARRAY, parent, name);
  }

  /**
   * True when the value starts an object or array, false for {@code null}; anything else is an
   * error at the field {@code name} of {@code parent}, or at {@code parent} itself for no name.
   */
  private static boolean opens(JsonParser p, JsonToken start, Path parent, String name) {
    JsonToken token = p.currentToken();
    if (token == start) {
      return true;
    }
    if (token == JsonToken.VALUE_NULL) {
      return false;
    }
    throw new PodConversionException(
        name == null ? parent.toString() : parent.join(name),
        (start == JsonToken.START_OBJECT ? "expected an object, got " : "expected an array, got ")
            + describe(p));
  }

  private static String string(JsonParser p, Path parent, String name) throws IOException {
    JsonToken token = p.currentToken();
    if (token == JsonToken.VALUE_STRING) {
      return p.getText();
    }
    if (token == JsonToken.VALUE_NULL) {
      return "";
    }
    throw new PodConversionException(parent.join(name), "expected a string, got " + describe(p));
  }

  private static boolean bool(JsonParser p, Path parent, String name) {
    JsonToken token = p.currentToken();
    if (token == JsonToken.VALUE_TRUE) {
      return true;
    }
    if (token == JsonToken.VALUE_FALSE || token == JsonToken.VALUE_NULL) {
      return false;
    }
    throw new PodConversionException(parent.join(name), "expected a boolean, got " + describe(p));
  }

  /** Kubernetes ports are int32: Go refuses fractions, exponents and anything out of range. */
  private static int int32(JsonParser p, Path parent, String name) throws IOException {
    JsonToken token = p.currentToken();
    if (token == JsonToken.VALUE_NULL) {
      return 0;
    }
    if (token == JsonToken.VALUE_NUMBER_INT && p.getNumberType() == JsonParser.NumberType.INT) {
      return p.getIntValue();
    }
    throw new PodConversionException(
        parent.join(name), "expected a 32-bit integer, got " + describe(p));
  }

  /** A timestamp as written ({@code null} for unset), refused as the Kubernetes decoder does. */
  private static String timestamp(JsonParser p, Path parent, String name) throws IOException {
    if (p.currentToken() == JsonToken.VALUE_NULL) {
      return null;
    }
    String value = string(p, parent, name);
    try {
      GoTime.check(value);
    } catch (IllegalArgumentException e) {
      throw new PodConversionException(parent.join(name), e.getMessage());
    }
    return value;
  }

  /** The value the parser is on, for a message. */
  private static String describe(JsonParser p) {
    JsonToken token = p.currentToken();
    if (token == null) {
      return "nothing";
    }
    try {
      switch (token) {
        case VALUE_NULL:
          return "null";
        case VALUE_STRING:
          return "the string \"" + p.getText() + "\"";
        case VALUE_TRUE:
        case VALUE_FALSE:
          return "the boolean " + p.getText();
        case VALUE_NUMBER_INT:
        case VALUE_NUMBER_FLOAT:
          return "the number " + p.getText();
        case START_ARRAY:
          return "an array";
        default:
          return "an object";
      }
    } catch (IOException e) {
      return "an unreadable value";
    }
  }

  /**
   * A value's path, made into text only for an error: reading a Pod builds no strings for the
   * fields it does not fail on.
   */
  private static final class Path {
    private final Path parent;
    private final String text;
    private final int index;

    private Path(Path parent, String text, int index) {
      this.parent = parent;
      this.text = text;
      this.index = index;
    }

    static Path root(String text) {
      return new Path(null, text, -1);
    }

    Path field(String name) {
      return new Path(this, name, -1);
    }

    Path index(int i) {
      return new Path(this, null, i);
    }

    /** This path's field {@code name}, as text. */
    String join(String name) {
      return PodConversionException.join(toString(), name);
    }

    @Override
    public String toString() {
      if (parent == null) {
        return text;
      }
      String up = parent.toString();
      return text == null ? up + "[" + index + "]" : PodConversionException.join(up, text);
    }
  }
}
