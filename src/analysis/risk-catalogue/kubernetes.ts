import { family, hub, plain, stateful, statefulHub, type RiskEntry, type RiskFamily } from "./risk-entry.js";

/**
 * Risk of Kubernetes provider types (hashicorp/kubernetes), by type name without the version suffix:
 * `kubernetes_deployment_v1` is looked up as `kubernetes_deployment`.
 */
export const KUBERNETES_TYPES: Readonly<Record<string, RiskEntry>> = {
  kubernetes_namespace: statefulHub("container-platform", [], "deleting a namespace deletes every object in it, volume claims included"),
  kubernetes_custom_resource_definition: statefulHub("container-platform", [], "deleting a CRD deletes every custom resource of that kind"),
  kubernetes_persistent_volume: stateful("storage"),
  kubernetes_persistent_volume_claim: stateful("storage"),
  kubernetes_storage_class: hub("storage"),
  kubernetes_csi_driver: hub("storage"),
  kubernetes_secret: stateful("secrets"),
  kubernetes_config_map: plain("other"),
  kubernetes_deployment: plain("compute"),
  kubernetes_stateful_set: plain("compute", [], "its pods stop; their volume claims stay unless deleted separately"),
  kubernetes_daemonset: plain("compute"),
  kubernetes_daemon_set: plain("compute"),
  kubernetes_replication_controller: plain("compute"),
  kubernetes_pod: plain("compute"),
  kubernetes_job: plain("compute"),
  kubernetes_cron_job: plain("compute"),
  kubernetes_horizontal_pod_autoscaler: plain("compute"),
  kubernetes_pod_disruption_budget: plain("compute"),
  kubernetes_priority_class: plain("compute"),
  kubernetes_service: hub("network"),
  kubernetes_ingress: hub("network"),
  kubernetes_ingress_class: hub("network"),
  kubernetes_network_policy: plain("network"),
  kubernetes_endpoints: plain("network"),
  kubernetes_service_account: hub("identity"),
  kubernetes_role: plain("identity"),
  kubernetes_role_binding: plain("identity"),
  kubernetes_cluster_role: hub("identity"),
  kubernetes_cluster_role_binding: plain("identity"),
  kubernetes_certificate_signing_request: plain("encryption"),
  kubernetes_mutating_webhook_configuration: hub("container-platform"),
  kubernetes_validating_webhook_configuration: hub("container-platform"),
  kubernetes_limit_range: plain("container-platform"),
  kubernetes_resource_quota: plain("container-platform"),
  kubernetes_manifest: plain("other", [], "its kind is only known from the manifest"),
  helm_release: plain("compute", [], "every object the chart installed is removed with it"),
};

/** Prefix rules for Kubernetes-adjacent families, first match wins. */
export const KUBERNETES_FAMILIES: readonly RiskFamily[] = [
  family("kubernetes_", plain("container-platform")),
  family("helm_", plain("compute")),
  family("kubectl_", plain("other")),
];

/** `kubernetesBaseType` strips the API version suffix Kubernetes provider 2.x adds (`_v1`, `_v2`, `_v2beta2`). */
export function kubernetesBaseType(type: string): string {
  if (!type.startsWith("kubernetes_")) return type;
  const match = /_v\d+(?:(?:alpha|beta)\d+)?$/.exec(type);
  return match === null ? type : type.slice(0, match.index);
}
