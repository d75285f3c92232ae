// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
package dev.wepkit.benchmarks;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;

/**
 * The peer model: a plain hand-written mutable POJO with the fields of Calico's WorkloadEndpoint,
 * bound by Jackson with no custom code. It is what an application would write in ten minutes, and
 * the yardstick for wepkit's typed decoding.
 *
 * <p>Like Go's {@code omitempty}, empty values are left out when writing, except for a port's five
 * fields, which Go always writes. Unknown fields are ignored. The protocol and DSCP are {@code
 * Object} because both may be a number or a string on the wire.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public final class PojoWorkloadEndpoint {
  /** The kind. */
  public String kind;

  /** The API version. */
  public String apiVersion;

  /** The metadata. */
  public Metadata metadata;

  /** The spec. */
  public Spec spec;

  /** Creates an empty endpoint, for Jackson. */
  public PojoWorkloadEndpoint() {}

  /** The metadata of the peer model. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public static final class Metadata {
    /** The name. */
    public String name;

    /** The generateName. */
    public String generateName;

    /** The namespace. */
    public String namespace;

    /** The UID. */
    public String uid;

    /** The resource version. */
    public String resourceVersion;

    /** The creation timestamp, as text; written as null when unset, as Go does. */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public String creationTimestamp;

    /** The labels. */
    public Map<String, String> labels;

    /** The annotations. */
    public Map<String, String> annotations;

    /** Creates empty metadata, for Jackson. */
    public Metadata() {}
  }

  /** The spec of the peer model. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public static final class Spec {
    /** The orchestrator. */
    public String orchestrator;

    /** The workload. */
    public String workload;

    /** The node. */
    public String node;

    /** The container ID. */
    public String containerID;

    /** The pod. */
    public String pod;

    /** The endpoint. */
    public String endpoint;

    /** The service account. */
    public String serviceAccountName;

    /** The networks. */
    public List<String> ipNetworks;

    /** The NATs. */
    public List<IpNat> ipNATs;

    /** The IPv4 gateway. */
    public String ipv4Gateway;

    /** The IPv6 gateway. */
    public String ipv6Gateway;

    /** The profiles. */
    public List<String> profiles;

    /** The host-side interface name. */
    public String interfaceName;

    /** The MAC address. */
    public String mac;

    /** The ports. */
    public List<Port> ports;

    /** The spoofable source prefixes. */
    public List<String> allowSpoofedSourcePrefixes;

    /** The QoS controls. */
    public QosControls qosControls;

    /** The AWS elastic IPs. */
    public List<String> awsElasticIPs;

    /** Creates an empty spec, for Jackson. */
    public Spec() {}
  }

  /** A NAT mapping of the peer model. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public static final class IpNat {
    /** The internal IP. */
    public String internalIP;

    /** The external IP. */
    public String externalIP;

    /** Creates an empty mapping, for Jackson. */
    public IpNat() {}
  }

  /** A port of the peer model; every field is always written, as in Go. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  @JsonInclude(JsonInclude.Include.ALWAYS)
  public static final class Port {
    /** The name. */
    public String name = "";

    /** The protocol: an Integer or a String, as on the wire. */
    public Object protocol;

    /** The port. */
    public int port;

    /** The host port. */
    public int hostPort;

    /** The host IP. */
    public String hostIP = "";

    /** Creates an empty port, for Jackson. */
    public Port() {}
  }

  /** The QoS controls of the peer model; zero limits are not written. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  @JsonInclude(JsonInclude.Include.NON_DEFAULT)
  public static final class QosControls {
    /** Limit. */
    public long ingressBandwidth;

    /** Limit. */
    public long ingressBurst;

    /** Limit. */
    public long ingressPeakrate;

    /** Limit. */
    public long ingressMinburst;

    /** Limit. */
    public long egressBandwidth;

    /** Limit. */
    public long egressBurst;

    /** Limit. */
    public long egressPeakrate;

    /** Limit. */
    public long egressMinburst;

    /** Limit. */
    public long ingressPacketRate;

    /** Limit. */
    public long ingressPacketBurst;

    /** Limit. */
    public long egressPacketRate;

    /** Limit. */
    public long egressPacketBurst;

    /** Limit. */
    public long ingressMaxConnections;

    /** Limit. */
    public long egressMaxConnections;

    /** The DSCP: an Integer or a String, as on the wire. */
    public Object dscp;

    /** Creates empty controls, for Jackson. */
    public QosControls() {}
  }
}
