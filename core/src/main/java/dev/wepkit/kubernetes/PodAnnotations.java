package dev.wepkit.kubernetes;

/**
 * The Pod annotations Calico reads when it derives a WorkloadEndpoint from a Pod.
 *
 * <pre>{@code
 * String ip = pod.annotations().get(PodAnnotations.POD_IP);
 * }</pre>
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

  private PodAnnotations() {}
}
