import { skipInstanceKey } from "./skip-instance-key.js";

/**
 * `configAddress` strips instance keys from an instance address, exactly as the model's `configAddressOf`
 * does (`module.a["x"].aws_instance.web[2]` → `module.a.aws_instance.web`), but copies the text between
 * keys in slices instead of character by character: it runs once per change of plans with many
 * thousands of them. Addresses without keys are returned as they are.
 */
export function configAddress(address: string): string {
  let open = address.indexOf("[");
  if (open === -1) return address;
  let out = "";
  let start = 0;
  while (open !== -1) {
    out += address.slice(start, open);
    start = skipInstanceKey(address, open);
    open = address.indexOf("[", start);
  }
  return out + address.slice(start);
}
