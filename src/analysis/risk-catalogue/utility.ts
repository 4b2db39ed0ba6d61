import { family, hub, plain, type RiskEntry, type RiskFamily } from "./risk-entry.js";

/**
 * Risk of HashiCorp utility provider types (null, random, time, tls, local, archive, http, external) and the
 * built-in `terraform_data`. Most hold nothing, but a regenerated password or private key changes everything
 * that uses it.
 */
export const UTILITY_TYPES: Readonly<Record<string, RiskEntry>> = {
  null_resource: plain("other"),
  terraform_data: plain("other"),
  random_password: hub("secrets", [], "a new password is generated: everything configured with the old one must change too"),
  tls_private_key: hub("secrets", [], "a new key is generated: certificates and logins made with the old one stop working"),
  tls_self_signed_cert: plain("encryption"),
  tls_locally_signed_cert: plain("encryption"),
  tls_cert_request: plain("encryption"),
};

/** Utility families: values and files that are regenerated on the next apply. */
export const UTILITY_FAMILIES: readonly RiskFamily[] = [
  family("random_", plain("other")),
  family("time_", plain("other")),
  family("local_", plain("other")),
  family("archive_", plain("other")),
];
