// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
package dev.wepkit.kubernetes;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wepkit.WorkloadEndpoint;
import dev.wepkit.names.WorkloadEndpointIdentifiers;
import dev.wepkit.names.WorkloadEndpointNames;
import dev.wepkit.testing.Gen;
import dev.wepkit.testing.GenContext;
import dev.wepkit.testing.Generators;
import dev.wepkit.testing.Property;
import dev.wepkit.validation.ValidationResult;
import dev.wepkit.validation.WorkloadEndpointValidator;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Issue 10's property: for generated Pods whose names are valid DNS-1123 names, the endpoint Calico
 * would derive validates with no errors, and its name matches its identifiers.
 */
class PodConversionValidationProperties {
  private static final PodConversion CONVERSION = PodConversion.create();
  private static final WorkloadEndpointValidator VALIDATOR =
      WorkloadEndpointValidator.builder().identityCheck(true).build();
  private static final String[] PHASES = {"", "Pending", "Running", "Succeeded", "Failed"};
  private static final String[] PROTOCOLS = {"", "TCP", "UDP", "SCTP", "ICMP"};

  @Test
  void derivedEndpointsOfWellNamedPodsAreValid() {
    Property.forAllAssert(
        "the endpoint derived from a well-named Pod is valid and matches its identifiers",
        pods(),
        pod -> {
          Optional<WorkloadEndpoint> derived = CONVERSION.toWorkloadEndpoint(pod);
          assertThat(derived).isPresent();
          WorkloadEndpoint wep = derived.get();
          ValidationResult result = VALIDATOR.validate(wep);
          assertThat(result.errors()).as("errors").isEmpty();
          WorkloadEndpointIdentifiers ids = WorkloadEndpointIdentifiers.of(wep.spec());
          assertThat(WorkloadEndpointNames.matches(wep.metadata().name(), ids)).isTrue();
          assertThat(wep.metadata().name()).isEqualTo(WorkloadEndpointNames.derive(ids));
        });
  }

  private static Gen<PodView> pods() {
    return ctx -> {
      ImmutablePodView.Builder pod =
          PodView.builder()
              .namespace(Generators.dns1123Labels().generate(ctx))
              .name(shortName(ctx))
              .nodeName(shortName(ctx))
              .phase(ctx.choose(PHASES));
      if (ctx.nextBoolean()) {
        pod.serviceAccountName(shortName(ctx));
      }
      for (int i = ctx.sized(0, 4); i > 0; i--) {
        pod.putLabel(Generators.labelKeys().generate(ctx), Generators.labelValues().generate(ctx));
      }
      String ip =
          ctx.nextBoolean()
              ? Generators.ipv4Addresses().generate(ctx)
              : Generators.ipv6Addresses().generate(ctx);
      if (ctx.chance(0.8)) {
        pod.addPodIPs(ip);
      }
      if (ctx.chance(0.3)) {
        String external = ip.indexOf(':') >= 0 ? "fd80::10" : "203.0.113.7";
        pod.putAnnotation(PodAnnotations.FLOATING_IPS, "[\"" + external + "\"]");
      }
      for (int c = ctx.sized(0, 3); c > 0; c--) {
        ImmutableContainerView.Builder container = ContainerView.builder().name("c" + c);
        for (int p = ctx.sized(0, 3); p > 0; p--) {
          container.addPorts(
              ContainerPortView.builder()
                  .name(ctx.nextBoolean() ? "" : Generators.portNames().generate(ctx))
                  .containerPort(ctx.between(0, 65535))
                  .hostPort(ctx.nextBoolean() ? 0 : ctx.between(1, 65535))
                  .protocol(ctx.choose(PROTOCOLS))
                  .build());
        }
        pod.addContainers(container.build());
      }
      return pod.build();
    };
  }

  /** A DNS-1123 subdomain short enough that the endpoint name stays within 253 characters. */
  private static String shortName(GenContext ctx) {
    String name = Generators.dns1123Names().generate(ctx);
    return name.length() <= 60 ? name : name.substring(0, 60).replaceAll("[-.]+$", "");
  }
}
