// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
package dev.wepkit.codec;

import static dev.wepkit.codec.SchemaValidator.problems;
import static org.assertj.core.api.Assertions.assertThat;

import dev.wepkit.codec.internal.Field;
import dev.wepkit.codec.internal.JsonSchemaGenerator;
import dev.wepkit.codec.internal.ModelType;
import dev.wepkit.codec.internal.ResourceFields;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The shipped schema: it is the generator's output, a valid draft 2020-12 schema, and it accepts
 * and rejects hand-written documents as Calico's types and validator decide.
 */
class WorkloadEndpointSchemaTest {
  /** The checked-in file, relative to the module (Surefire runs in the module's folder). */
  private static final Path CHECKED_IN =
      Path.of("src/main/resources" + JsonSchemaGenerator.RESOURCE);

  // ---------------------------------------------------------------- the file

  @Test
  void theCheckedInSchemaIsTheGeneratorsOutput() throws IOException {
    String generated = JsonSchemaGenerator.text();
    if (Boolean.getBoolean("wepkit.schema.update")) {
      Files.writeString(CHECKED_IN, generated, StandardCharsets.UTF_8);
    }
    assertThat(Files.readString(CHECKED_IN, StandardCharsets.UTF_8))
        .as(
            "%s is out of date with the field descriptors: regenerate it with"
                + " mvn -pl core -am test -Dtest=WorkloadEndpointSchemaTest"
                + " -Dsurefire.failIfNoSpecifiedTests=false -Dwepkit.schema.update=true",
            CHECKED_IN)
        .isEqualTo(generated);
    // The jar's copy was taken before an update: it matches from the next build on.
    if (!Boolean.getBoolean("wepkit.schema.update")) {
      assertThat(WorkloadEndpointSchema.json()).isEqualTo(generated);
    }
  }

  @Test
  void everyFieldOfEveryTypeIsDescribedAndInTheSchema() {
    String json = WorkloadEndpointSchema.json();
    for (ModelType<?, ?> type : ResourceFields.allTypes()) {
      for (Field<?, ?> field : type.fields()) {
        String where = type.goName() + "." + field.wireName();
        assertThat(field.description()).as(where).isNotBlank().endsWith(".");
        assertThat(json).as(where).contains("\"" + field.wireName() + "\": {");
      }
    }
  }

  @Test
  void theUriIsTheSchemasId() {
    assertThat(SchemaValidator.tree(WorkloadEndpointSchema.json()).get("$id").asText())
        .isEqualTo(WorkloadEndpointSchema.uri().toString())
        .startsWith("https://")
        .endsWith("/workloadendpoint.schema.json");
  }

  @Test
  void isAValidDraft202012Schema() {
    var tree = SchemaValidator.tree(WorkloadEndpointSchema.json());
    assertThat(tree.get("$schema").asText())
        .isEqualTo("https://json-schema.org/draft/2020-12/schema");
    assertThat(SchemaValidator.META_SCHEMA.validate(tree)).isEmpty();
    // The meta-schema check is real: it refuses a broken schema.
    assertThat(
            SchemaValidator.META_SCHEMA.validate(
                SchemaValidator.tree("{'type': 5}".replace('\'', '"'))))
        .isNotEmpty();
  }

  @Test
  void foldedPatternsMatchEveryLetterCaseAsGoDoes() {
    // Go folds the Kelvin sign to k and the long s to s when it matches keys.
    assertThat(
            problems(
                json(
                    "{'\u212Aind': 'WorkloadEndpoint', 'apiVer\u017Fion':"
                        + " 'projectcalico.org/v3', 'SPEC': {'interfacename': 'cali0'}}")))
        .isEmpty();
    // A list's kind in another letter case still makes it a list, which needs no spec.
    assertThat(
            problems(
                json(
                    "{'KIND': 'WorkloadEndpointList', 'apiVersion': 'projectcalico.org/v3',"
                        + " 'items': []}")))
        .isEmpty();
    assertThat(
            problems(
                json(
                    "{'KIND': 'WorkloadEndpoint', 'apiVersion': 'projectcalico.org/v3', 'items': []}")))
        .anySatisfy(p -> assertThat(p).contains("spec"));
  }

  // ---------------------------------------------------------------- accepted

  @Test
  void acceptsAMinimalEndpoint() {
    assertThat(problems(endpoint(""))).isEmpty();
  }

  @Test
  void acceptsAnEndpointWithEveryField() {
    String doc =
        json(
            "{'kind': 'WorkloadEndpoint', 'apiVersion': 'projectcalico.org/v3',"
                + " 'metadata': {'name': 'node1-k8s-pod1-eth0', 'generateName': '',"
                + "  'namespace': 'default', 'selfLink': '/x', 'uid': 'u-1',"
                + "  'resourceVersion': '12', 'generation': 3,"
                + "  'creationTimestamp': '2024-01-02T03:04:05Z',"
                + "  'deletionTimestamp': '2024-01-02T03:04:05Z', 'deletionGracePeriodSeconds': 30,"
                + "  'labels': {'app': 'web', 'projectcalico.org/namespace': 'default'},"
                + "  'annotations': {'note': 'x'}, 'ownerReferences': [{'kind': 'Pod'}],"
                + "  'finalizers': ['f'], 'managedFields': [{}]},"
                + " 'spec': {'orchestrator': 'k8s', 'workload': 'w', 'node': 'node1',"
                + "  'containerID': 'abc123', 'pod': 'pod1', 'endpoint': 'eth0',"
                + "  'serviceAccountName': 'sa', 'ipNetworks': ['10.0.0.1/32', 'fd00::1/128'],"
                + "  'ipNATs': [{'internalIP': '10.0.0.1', 'externalIP': '172.16.0.1'}],"
                + "  'ipv4Gateway': '10.0.0.254', 'ipv6Gateway': 'fd00::fe',"
                + "  'profiles': ['kns.default', 'ksa.default.sa'], 'interfaceName': 'cali0ef24ba',"
                + "  'mac': 'ca:fe:1d:52:bb:e9',"
                + "  'ports': [{'name': 'http', 'protocol': 'TCP', 'port': 80, 'hostPort': 8080,"
                + "    'hostIP': '192.168.0.1'}],"
                + "  'allowSpoofedSourcePrefixes': ['192.168.0.0/16'],"
                + "  'qosControls': {'ingressBandwidth': 1000000, 'ingressBurst': 4000,"
                + "    'ingressPeakrate': 2000000, 'ingressMinburst': 1500,"
                + "    'egressBandwidth': 1000000, 'egressBurst': 4000, 'egressPeakrate': 2000000,"
                + "    'egressMinburst': 1500, 'ingressPacketRate': 100, 'ingressPacketBurst': 10,"
                + "    'egressPacketRate': 100, 'egressPacketBurst': 10,"
                + "    'ingressMaxConnections': 10, 'egressMaxConnections': 10, 'dscp': 'EF'},"
                + "  'awsElasticIPs': ['54.0.0.1']}}");
    assertThat(problems(doc)).isEmpty();
    assertThat(SchemaValidator.problemsAssertingFormats(doc)).isEmpty();
  }

  @Test
  void acceptsAListWhoseItemsLeaveOutKindAndApiVersion() {
    assertThat(
            problems(
                json(
                    "{'kind': 'WorkloadEndpointList', 'apiVersion': 'projectcalico.org/v3',"
                        + " 'metadata': {'resourceVersion': '7', 'continue': ''},"
                        + " 'items': [{'spec': {'interfaceName': 'cali1'}},"
                        + "  {'kind': 'WorkloadEndpoint', 'apiVersion': 'projectcalico.org/v3',"
                        + "   'spec': {'interfaceName': 'cali2'}}]}")))
        .isEmpty();
    assertThat(
            problems(
                json(
                    "{'kind': 'WorkloadEndpointList', 'apiVersion': 'projectcalico.org/v3',"
                        + " 'metadata': {}, 'items': []}")))
        .isEmpty();
  }

  @Test
  void acceptsAnArrayOfResources() {
    assertThat(
            problems(
                "["
                    + endpoint("")
                    + ","
                    + json(
                        "{'kind': 'WorkloadEndpointList', 'apiVersion': 'projectcalico.org/v3',"
                            + " 'items': []}")
                    + "]"))
        .isEmpty();
  }

  @Test
  void acceptsAnyScalarInAStringFieldAsCalicoctlReadsItsText() {
    // YAML's unquoted containerID: 1337495556942031415926535, node: true, workload: 1.5
    assertThat(
            problems(
                endpoint(
                    ", 'containerID': 1337495556942031415926535, 'node': true, 'workload': 1.5,"
                        + " 'profiles': [1], 'mac': null")))
        .isEmpty();
    assertThat(problems(json(metadata("'labels': {'tier': 1, 'on': true, 'x': null}")))).isEmpty();
  }

  @Test
  void acceptsNullWhereGoLeavesTheZeroValue() {
    assertThat(
            problems(
                json(
                    "{'kind': 'WorkloadEndpoint', 'apiVersion': 'projectcalico.org/v3',"
                        + " 'metadata': null, 'spec': {'interfaceName': 'cali0',"
                        + " 'ipNetworks': null, 'ipNATs': null, 'ports': [{'protocol': 'TCP',"
                        + " 'port': 80, 'hostPort': null, 'name': null, 'hostIP': null}],"
                        + " 'qosControls': null, 'profiles': null}}")))
        .isEmpty();
    assertThat(
            problems(
                json(metadata("'labels': null, 'annotations': null, 'creationTimestamp': null"))))
        .isEmpty();
    assertThat(problems(endpoint(", 'qosControls': {'ingressBandwidth': null, 'dscp': null}")))
        .isEmpty();
  }

  @Test
  void acceptsUnknownFieldsAtEveryLevelAsTheLenientDecoderKeepsThem() {
    assertThat(
            problems(
                json(
                    "{'kind': 'WorkloadEndpoint', 'apiVersion': 'projectcalico.org/v3',"
                        + " 'status': {}, 'metadata': {'extra': [1]},"
                        + " 'spec': {'interfaceName': 'cali0', 'allowedIps': ['x'],"
                        + " 'ports': [{'protocol': 'UDP', 'port': 53, 'extra': true}],"
                        + " 'ipNATs': [{'internalIP': 'a', 'externalIP': 'b', 'x': 1}],"
                        + " 'qosControls': {'future': 'limit'}}}")))
        .isEmpty();
  }

  @ParameterizedTest(name = "protocol {0}")
  @ValueSource(strings = {"'TCP'", "'UDP'", "'SCTP'", "6", "17", "132", "'6'", "'017'", "'0132'"})
  void acceptsThePortProtocolsCalicoAccepts(String protocol) {
    assertThat(problems(port("'protocol': " + protocol + ", 'port': 80"))).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        // The range of Go's uint16; Calico's validator also rejects port 0 (wepkit validate does).
        "'port': 0",
        "'port': 65535",
        "'port': 1, 'hostPort': 0",
        "'port': 1, 'hostPort': 65535"
      })
  void acceptsPortNumbersInTheRangeOfGosUint16(String numbers) {
    assertThat(problems(port("'protocol': 'TCP', " + numbers))).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        // Calico's validator does not check the QoS ranges (wepkit validate warns).
        "'ingressBandwidth': 1",
        "'egressMaxConnections': 9223372036854775807",
        "'ingressBurst': -9223372036854775808",
        "'dscp': 46",
        "'dscp': 255",
        "'dscp': 'not-a-dscp-name'"
      })
  void acceptsQosValuesOfGosTypes(String qos) {
    assertThat(problems(endpoint(", 'qosControls': {" + qos + "}"))).isEmpty();
  }

  @Test
  void formatsAreAnnotationsUnlessAsserted() {
    String badTime = json(metadata("'creationTimestamp': '2020-05-04T22:23:05T'"));
    assertThat(problems(badTime)).isEmpty();
    assertThat(SchemaValidator.problemsAssertingFormats(badTime))
        .singleElement()
        .asString()
        .contains("$.metadata.creationTimestamp");
  }

  // ---------------------------------------------------------------- rejected

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      value = {
        "'protocol': 'TCP', 'port': '80'                | $.spec.ports[0].port",
        "'protocol': 'TCP', 'port': true                | $.spec.ports[0].port",
        "'protocol': 'TCP', 'port': 8.5                 | $.spec.ports[0].port",
        "'protocol': 'TCP', 'port': -1                  | $.spec.ports[0].port",
        "'protocol': 'TCP', 'port': 65536               | $.spec.ports[0].port",
        "'protocol': 'TCP', 'port': 80, 'hostPort': 70000 | $.spec.ports[0].hostPort",
        "'protocol': 'TCP', 'port': 80, 'hostPort': '8080' | $.spec.ports[0].hostPort",
        "'protocol': 'tcp', 'port': 80                  | $.spec.ports[0].protocol",
        "'protocol': 'ICMP', 'port': 80                 | $.spec.ports[0].protocol",
        "'protocol': 'UDPLite', 'port': 80              | $.spec.ports[0].protocol",
        "'protocol': 1, 'port': 80                      | $.spec.ports[0].protocol",
        "'protocol': 0, 'port': 80                      | $.spec.ports[0].protocol",
        "'protocol': '1', 'port': 80                    | $.spec.ports[0].protocol",
        "'protocol': ' TCP', 'port': 80                 | $.spec.ports[0].protocol",
        "'protocol': null, 'port': 80                   | $.spec.ports[0].protocol",
        "'protocol': ['TCP'], 'port': 80                | $.spec.ports[0].protocol",
        "'port': 80                                     | $.spec.ports[0]",
        "'protocol': 'TCP'                              | $.spec.ports[0]",
        "'protocol': 'TCP', 'port': 80, 'name': {}      | $.spec.ports[0].name",
        "'protocol': 'TCP', 'port': 80, 'hostIP': []    | $.spec.ports[0].hostIP"
      })
  void rejectsAPortOfTheWrongShape(String port, String where) {
    assertRejectedAt(port(port), where);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      value = {
        "'ipNetworks': '10.0.0.1/32'                    | $.spec.ipNetworks",
        "'ipNetworks': [['10.0.0.1/32']]                | $.spec.ipNetworks[0]",
        "'ipNetworks': [{'cidr': '10.0.0.1/32'}]        | $.spec.ipNetworks[0]",
        "'profiles': 'kns.default'                      | $.spec.profiles",
        "'allowSpoofedSourcePrefixes': {}               | $.spec.allowSpoofedSourcePrefixes",
        "'awsElasticIPs': 5                             | $.spec.awsElasticIPs",
        "'node': {'name': 'n'}                          | $.spec.node",
        "'node': ['n']                                  | $.spec.node",
        "'ports': {'protocol': 'TCP', 'port': 80}       | $.spec.ports",
        "'ports': ['http']                              | $.spec.ports[0]",
        "'ipNATs': {'internalIP': 'a'}                  | $.spec.ipNATs",
        "'ipNATs': [{'externalIP': '172.16.0.1'}]        | $.spec.ipNATs[0]",
        "'ipNATs': [{'internalIP': '10.0.0.1'}]          | $.spec.ipNATs[0]",
        "'qosControls': 'fast'                          | $.spec.qosControls",
        "'qosControls': {'ingressBandwidth': '1M'}      | $.spec.qosControls.ingressBandwidth",
        "'qosControls': {'ingressBandwidth': 1.5}       | $.spec.qosControls.ingressBandwidth",
        "'qosControls': {'egressBurst': 9223372036854775808} | $.spec.qosControls.egressBurst",
        "'qosControls': {'dscp': 256}                   | $.spec.qosControls.dscp",
        "'qosControls': {'dscp': -1}                    | $.spec.qosControls.dscp",
        "'qosControls': {'dscp': true}                  | $.spec.qosControls.dscp"
      })
  void rejectsASpecFieldOfTheWrongType(String field, String where) {
    assertRejectedAt(endpoint(", " + field), where);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      value = {
        "'labels': ['app=web']                          | $.metadata.labels",
        "'labels': 'app=web'                            | $.metadata.labels",
        "'labels': {'app': {'name': 'web'}}             | $.metadata.labels.app",
        "'labels': {'app': ['web']}                     | $.metadata.labels.app",
        "'annotations': 'a=b'                           | $.metadata.annotations",
        "'name': {}                                     | $.metadata.name",
        "'creationTimestamp': 1700000000                | $.metadata.creationTimestamp",
        "'creationTimestamp': true                      | $.metadata.creationTimestamp"
      })
  void rejectsMetadataOfTheWrongType(String field, String where) {
    assertRejectedAt(json(metadata(field)), where);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      value = {
        // calicoctl needs kind and apiVersion to know what a document is.
        "{'apiVersion': 'projectcalico.org/v3', 'spec': {'interfaceName': 'c'}} | $",
        "{'kind': 'WorkloadEndpoint', 'spec': {'interfaceName': 'c'}} | $",
        "{'kind': 'workloadEndpoint', 'apiVersion': 'projectcalico.org/v3', 'spec': {'interfaceName': 'c'}} | $.kind",
        "{'kind': 'Pod', 'apiVersion': 'projectcalico.org/v3', 'spec': {'interfaceName': 'c'}} | $.kind",
        "{'kind': 'WorkloadEndpoint', 'apiVersion': 'v1', 'spec': {'interfaceName': 'c'}} | $.apiVersion",
        "{'kind': 'WorkloadEndpoint', 'apiVersion': 'projectcalico.org/v3'} | $",
        "{'kind': 'WorkloadEndpoint', 'apiVersion': 'projectcalico.org/v3', 'spec': {}} | $.spec",
        "{'kind': 'WorkloadEndpoint', 'apiVersion': 'projectcalico.org/v3', 'spec': 'x'} | $.spec",
        "{'kind': 'WorkloadEndpoint', 'apiVersion': 'projectcalico.org/v3', 'metadata': 'x', 'spec': {'interfaceName': 'c'}} | $.metadata",
        "{'kind': 'WorkloadEndpointList', 'apiVersion': 'projectcalico.org/v3', 'items': {}} | $.items",
        "{'kind': 'WorkloadEndpointList', 'apiVersion': 'projectcalico.org/v3', 'items': [{}]} | $.items[0]",
        "{'kind': 'WorkloadEndpointList', 'apiVersion': 'projectcalico.org/v3', 'items': [{'kind': 'WorkloadEndpointList', 'spec': {'interfaceName': 'c'}}]} | $.items[0].kind",
        "{'kind': 'WorkloadEndpointList', 'apiVersion': 'projectcalico.org/v3', 'metadata': {'continue': {}}, 'items': []} | $.metadata.continue",
        "['x'] | $[0]",
        "'x' | $"
      })
  void rejectsAResourceOfTheWrongShape(String doc, String where) {
    assertRejectedAt(json(doc), where);
  }

  // ---------------------------------------------------------------- helpers

  private static void assertRejectedAt(String doc, String where) {
    List<String> problems = problems(doc);
    assertThat(problems)
        .as("%s", doc)
        .isNotEmpty()
        .anySatisfy(p -> assertThat(p).startsWith(where.equals("$") ? "$" : where));
  }

  /** JSON written with single quotes, for readability. */
  private static String json(String singleQuoted) {
    return singleQuoted.replace('\'', '"');
  }

  /** A valid endpoint whose spec has {@code more} after its interface name ({@code , ...}). */
  private static String endpoint(String more) {
    return json(
        "{'kind': 'WorkloadEndpoint', 'apiVersion': 'projectcalico.org/v3',"
            + " 'metadata': {'name': 'node1-k8s-pod1-eth0', 'namespace': 'default'},"
            + " 'spec': {'node': 'node1', 'orchestrator': 'k8s', 'pod': 'pod1',"
            + " 'endpoint': 'eth0', 'interfaceName': 'cali0ef24ba'"
            + more
            + "}}");
  }

  /** An endpoint with one port made of {@code fields}. */
  private static String port(String fields) {
    return endpoint(", 'ports': [{" + fields + "}]");
  }

  /** A valid endpoint whose metadata has {@code fields} (single-quoted). */
  private static String metadata(String fields) {
    return "{'kind': 'WorkloadEndpoint', 'apiVersion': 'projectcalico.org/v3',"
        + " 'metadata': {"
        + fields
        + "}, 'spec': {'interfaceName': 'cali0'}}";
  }
}
