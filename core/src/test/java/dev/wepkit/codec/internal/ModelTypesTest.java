// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
package dev.wepkit.codec.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wepkit.IPNAT;
import dev.wepkit.ListMeta;
import dev.wepkit.ObjectMeta;
import dev.wepkit.QoSControls;
import dev.wepkit.QoSLimit;
import dev.wepkit.WorkloadEndpoint;
import dev.wepkit.WorkloadEndpointList;
import dev.wepkit.WorkloadEndpointPort;
import dev.wepkit.WorkloadEndpointSpec;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The field schema covers the model exactly: every accessor of every model interface has exactly
 * one field (the unknown fields aside), and every field is stored in an accessor that exists.
 */
class ModelTypesTest {
  static Stream<ModelType<?, ?>> types() {
    return ResourceFields.allTypes().stream();
  }

  @Test
  void everyModelInterfaceHasOneType() {
    assertThat(types().<Class<?>>map(ModelType::modelClass))
        .containsExactlyInAnyOrder(
            WorkloadEndpoint.class,
            WorkloadEndpointList.class,
            ObjectMeta.class,
            ListMeta.class,
            WorkloadEndpointSpec.class,
            IPNAT.class,
            WorkloadEndpointPort.class,
            QoSControls.class);
  }

  @ParameterizedTest
  @MethodSource("types")
  void everyAccessorHasExactlyOneFieldAndBack(ModelType<?, ?> type) {
    Set<String> accessors = accessors(type.modelClass());
    Map<String, Integer> stored = new HashMap<>();
    for (Field<?, ?> field : type.fields()) {
      if (field.kind() != ValueKind.UNTYPED) {
        stored.merge(field.accessor(), 1, Integer::sum);
      } else {
        assertThat(field.accessor()).isEqualTo("unknownFields");
      }
    }
    assertThat(stored)
        .as("fields per accessor of %s", type)
        .allSatisfy((k, n) -> assertThat(n).isOne());
    Set<String> covered = new TreeSet<>(stored.keySet());
    covered.add("unknownFields");
    assertThat(covered)
        .as("accessors of %s", type.modelClass().getSimpleName())
        .isEqualTo(accessors);
  }

  @ParameterizedTest
  @MethodSource("types")
  void wireNamesAreUniqueAndNestedTypesAreKnown(ModelType<?, ?> type) {
    List<String> names = new ArrayList<>();
    for (Field<?, ?> field : type.fields()) {
      names.add(field.wireName());
      boolean nested = field.kind() == ValueKind.OBJECT || field.kind() == ValueKind.OBJECT_LIST;
      assertThat(field.elementType() != null).as("%s has an element type", field).isEqualTo(nested);
      if (nested) {
        assertThat(ResourceFields.allTypes()).contains(field.elementType());
      }
    }
    assertThat(names).doesNotHaveDuplicates();
    for (int i = 0; i < type.fields().size(); i++) {
      assertThat(type.fields().get(i).index()).isEqualTo(i);
    }
  }

  @Test
  void qosFieldsAreTheLimitsInOrderThenDscp() {
    List<String> expected =
        Stream.of(QoSLimit.values()).map(QoSLimit::wireName).collect(Collectors.toList());
    expected.add("dscp");
    assertThat(QosFields.TYPE.fields()).extracting(Field::wireName).isEqualTo(expected);
  }

  @Test
  void specFieldsAreInGoStructOrder() {
    // Calico's WorkloadEndpointSpec, in declaration order.
    assertThat(SpecFields.TYPE.fields())
        .extracting(Field::wireName)
        .containsExactly(
            "orchestrator",
            "workload",
            "node",
            "containerID",
            "pod",
            "endpoint",
            "serviceAccountName",
            "ipNetworks",
            "ipNATs",
            "ipv4Gateway",
            "ipv6Gateway",
            "profiles",
            "interfaceName",
            "mac",
            "ports",
            "allowSpoofedSourcePrefixes",
            "qosControls",
            "awsElasticIPs");
    assertThat(SpecFields.TYPE.fields()).allMatch(Field::omitEmpty);
    assertThat(PortFields.TYPE.fields()).noneMatch(Field::omitEmpty);
    assertThat(IpNatFields.TYPE.fields()).noneMatch(Field::omitEmpty);
  }

  /** The attribute accessors of a model interface: no parameters, a value, not a builder. */
  private static Set<String> accessors(Class<?> model) {
    Set<String> names = new TreeSet<>();
    for (Method method : model.getDeclaredMethods()) {
      if (Modifier.isStatic(method.getModifiers())
          || method.getParameterCount() > 0
          || method.getReturnType() == void.class
          || method.getReturnType().getSimpleName().equals("Builder")
          || method.isSynthetic()) {
        continue;
      }
      names.add(method.getName());
    }
    return names;
  }
}
