// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
package dev.wepkit.kubernetes;

/**
 * The Pod annotations Calico reads when it derives a WorkloadEndpoint from a Pod.
 *
 * <pre>{@code
 * String ip = pod.annotations().get(PodAnnotations.POD_IP);
 * }</pre>
 *
 * @since 0.1.0
 */
public final class PodAnnotations {
  /**
   * The pod's IP, with or without a prefix length, written by the Calico CNI plugin; set to {@code
   * ""} when the plugin releases the address.
   */
  public static final String POD_IP = "cni.projectcalico.org/podIP";

  /** The pod's IPs, comma-separated, written by the Calico CNI plugin. */
  public static final String POD_IPS = "cni.projectcalico.org/podIPs";

  /** The container ID the Calico CNI plugin set the pod up for; copied to {@code containerID}. */
  public static final String CONTAINER_ID = "cni.projectcalico.org/containerID";

  /** External IPs to NAT to the pod, as a JSON array of strings. */
  public static final String FLOATING_IPS = "cni.projectcalico.org/floatingIPs";

  /** Source prefixes the pod may spoof, as a JSON array of CIDRs. */
  public static final String ALLOWED_SOURCE_PREFIXES =
      "cni.projectcalico.org/allowedSourcePrefixes";

  /** The pod's IPs, comma-separated, written by the AWS VPC CNI plugin. */
  public static final String AWS_POD_IPS = "vpc.amazonaws.com/pod-ips";

  /** Multus' network status; the only annotation Calico copies to the WorkloadEndpoint. */
  public static final String NETWORK_STATUS = "k8s.v1.cni.cncf.io/network-status";

  /** The Kubernetes bandwidth plugin's ingress limit (bits per second, a quantity such as 10M). */
  public static final String K8S_INGRESS_BANDWIDTH = "kubernetes.io/ingress-bandwidth";

  /** The Kubernetes bandwidth plugin's egress limit (bits per second). */
  public static final String K8S_EGRESS_BANDWIDTH = "kubernetes.io/egress-bandwidth";

  /** Calico's ingress bandwidth limit; overrides {@link #K8S_INGRESS_BANDWIDTH}. */
  public static final String QOS_INGRESS_BANDWIDTH = "qos.projectcalico.org/ingressBandwidth";

  /** Calico's egress bandwidth limit; overrides {@link #K8S_EGRESS_BANDWIDTH}. */
  public static final String QOS_EGRESS_BANDWIDTH = "qos.projectcalico.org/egressBandwidth";

  /** Calico's ingress burst size (bits). */
  public static final String QOS_INGRESS_BURST = "qos.projectcalico.org/ingressBurst";

  /** Calico's egress burst size (bits). */
  public static final String QOS_EGRESS_BURST = "qos.projectcalico.org/egressBurst";

  /** Calico's ingress peak rate (bits per second). */
  public static final String QOS_INGRESS_PEAKRATE = "qos.projectcalico.org/ingressPeakrate";

  /** Calico's egress peak rate (bits per second). */
  public static final String QOS_EGRESS_PEAKRATE = "qos.projectcalico.org/egressPeakrate";

  /** Calico's ingress minimum burst (bytes, typically the MTU). */
  public static final String QOS_INGRESS_MINBURST = "qos.projectcalico.org/ingressMinburst";

  /** Calico's egress minimum burst (bytes). */
  public static final String QOS_EGRESS_MINBURST = "qos.projectcalico.org/egressMinburst";

  /** Calico's ingress packet rate (packets per second). */
  public static final String QOS_INGRESS_PACKET_RATE = "qos.projectcalico.org/ingressPacketRate";

  /** Calico's egress packet rate (packets per second). */
  public static final String QOS_EGRESS_PACKET_RATE = "qos.projectcalico.org/egressPacketRate";

  /** Calico's ingress packet burst (packets). */
  public static final String QOS_INGRESS_PACKET_BURST = "qos.projectcalico.org/ingressPacketBurst";

  /** Calico's egress packet burst (packets). */
  public static final String QOS_EGRESS_PACKET_BURST = "qos.projectcalico.org/egressPacketBurst";

  /** Calico's limit on ingress connections. */
  public static final String QOS_INGRESS_MAX_CONNECTIONS =
      "qos.projectcalico.org/ingressMaxConnections";

  /** Calico's limit on egress connections. */
  public static final String QOS_EGRESS_MAX_CONNECTIONS =
      "qos.projectcalico.org/egressMaxConnections";

  /**
   * The DSCP value Calico marks egress traffic with: 0 to 63, or DF, EF, AF11 to AF43, CS0 to CS6.
   */
  public static final String QOS_DSCP = "qos.projectcalico.org/dscp";

  private PodAnnotations() {}
}
