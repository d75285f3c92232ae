// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
package dev.wepkit.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.entry;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Reading profiles from Namespace, ServiceAccount and Profile resources, and refusing others. */
class ProfileReadTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private static JsonNode json(String text) throws Exception {
    return MAPPER.readTree(text.replace('`', '"'));
  }

  @Test
  void readsANamespace() throws Exception {
    Profile p =
        Profile.fromResource(
            json(
                "{`apiVersion`:`v1`,`kind`:`Namespace`,`metadata`:{`name`:`prod`,"
                    + "`labels`:{`kubernetes.io/metadata.name`:`prod`,`team`:`a`}}}"));
    assertThat(p.name()).isEqualTo("kns.prod");
    assertThat(p.labelsToApply())
        .containsExactly(
            entry("pcns.kubernetes.io/metadata.name", "prod"),
            entry("pcns.team", "a"),
            entry("pcns.projectcalico.org/name", "prod"));
  }

  @Test
  void readsAServiceAccount() throws Exception {
    Profile p =
        Profile.fromResource(
            json(
                "{`apiVersion`:`v1`,`kind`:`ServiceAccount`,"
                    + "`metadata`:{`name`:`api`,`namespace`:`prod`,`labels`:{`role`:`backend`}}}"));
    assertThat(p.name()).isEqualTo("ksa.prod.api");
    assertThat(p.labelsToApply())
        .containsExactly(
            entry("pcsa.role", "backend"), entry("pcsa.projectcalico.org/name", "api"));
    Profile noNamespace =
        Profile.fromResource(
            json("{`apiVersion`:`v1`,`kind`:`ServiceAccount`,`metadata`:{`name`:`api`}}"));
    assertThat(noNamespace.name()).isEqualTo("ksa.default.api");
  }

  @Test
  void readsACalicoProfileAsItIs() throws Exception {
    Profile p =
        Profile.fromResource(
            json(
                "{`apiVersion`:`projectcalico.org/v3`,`kind`:`Profile`,`metadata`:{`name`:`dev`},"
                    + "`spec`:{`labelsToApply`:{`stage`:`dev`}}}"));
    assertThat(p).isEqualTo(Profile.of("dev", java.util.Map.of("stage", "dev")));
    Profile bare =
        Profile.fromResource(
            json("{`apiVersion`:`projectcalico.org/v3`,`kind`:`Profile`,`metadata`:{`name`:`x`}}"));
    assertThat(bare.labelsToApply()).isEmpty();
  }

  @Test
  void readsListsAndArrays() throws Exception {
    String ns = "{`apiVersion`:`v1`,`kind`:`Namespace`,`metadata`:{`name`:`a`}}";
    String sa =
        "{`apiVersion`:`v1`,`kind`:`ServiceAccount`,`metadata`:{`name`:`s`,`namespace`:`a`}}";
    List<Profile> fromList =
        Profile.fromResources(
            json("{`apiVersion`:`v1`,`kind`:`List`,`items`:[" + ns + "," + sa + "]}"));
    assertThat(fromList).extracting(Profile::name).containsExactly("kns.a", "ksa.a.s");
    assertThat(Profile.fromResources(json("[" + sa + "]")))
        .extracting(Profile::name)
        .containsExactly("ksa.a.s");
    assertThat(Profile.fromResources(json(ns))).extracting(Profile::name).containsExactly("kns.a");
  }

  @ParameterizedTest
  @CsvSource(
      delimiterString = " => ",
      quoteCharacter = '~',
      value = {
        "5 => '' => expected a resource (an object), found a number",
        "{`kind`:`Pod`,`apiVersion`:`v1`} => kind => expected Namespace, ServiceAccount or Profile, found \"Pod\"",
        "{`apiVersion`:`v1`} => kind => expected a string, found nothing",
        "{`kind`:`Namespace`} => apiVersion => expected \"v1\" for a Namespace, found nothing",
        "{`kind`:`Profile`,`apiVersion`:`v1`} => apiVersion => expected \"projectcalico.org/v3\" for a Profile, found \"v1\"",
        "{`kind`:`Namespace`,`apiVersion`:`v1`,`metadata`:{}} => metadata.name => a non-empty name is required, found nothing",
        "{`kind`:`Namespace`,`apiVersion`:`v1`,`metadata`:{`name`:``}} => metadata.name => a non-empty name is required, found \"\"",
        "{`kind`:`Namespace`,`apiVersion`:`v1`,`metadata`:{`name`:`a`,`labels`:[]}} => metadata.labels => expected a map of strings, found an array",
        "{`kind`:`Namespace`,`apiVersion`:`v1`,`metadata`:{`name`:`a`,`labels`:{`x`:1}}} => metadata.labels[x] => expected a string, found a number",
        "{`kind`:`ServiceAccount`,`apiVersion`:`v1`,`metadata`:{`name`:`a`,`namespace`:5}} => metadata.namespace => expected a string, found a number",
        "[{`kind`:`Namespace`,`apiVersion`:`v1`,`metadata`:{`name`:`a`}},{`kind`:`Namespace`}] => [1].apiVersion => expected \"v1\" for a Namespace, found nothing",
        "{`kind`:`List`,`items`:[5]} => items[0] => expected a resource (an object), found a number",
        "{`kind`:`List`,`items`:{}} => items => expected an array, found an object"
      })
  void refusesWhatItCannotReadNamingThePath(String text, String path, String problem)
      throws Exception {
    String expectedPath = path.equals("''") ? "" : path;
    PolicyInputException e =
        catchThrowableOfType(PolicyInputException.class, () -> Profile.fromResources(json(text)));
    assertThat(e).isNotNull();
    assertThat(e.path()).isEqualTo(expectedPath);
    assertThat(e.getMessage())
        .isEqualTo(expectedPath.isEmpty() ? problem : expectedPath + ": " + problem);
  }
}
