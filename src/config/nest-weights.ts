/** Weights nested by the parts of their dotted ids: `{ destroy: { stateful: 90 } }`. */
export interface NestedWeights {
  [key: string]: number | NestedWeights;
}

/**
 * `nestWeights` turns `scoring.weights` (`{ "destroy.stateful": 90 }`) into the nested override the scoring
 * engine merges onto its defaults (`{ destroy: { stateful: 90 } }`). The config has already refused an id
 * that is also a group of another, so no number is ever replaced by a group.
 */
export function nestWeights(weights: Readonly<Record<string, number>>): NestedWeights {
  const root: NestedWeights = {};
  for (const [id, value] of Object.entries(weights)) {
    const parts = id.split(".");
    const last = parts.pop();
    if (last === undefined) continue;
    let node = root;
    for (const part of parts) {
      const child = node[part];
      if (typeof child === "number") break;
      node = child ?? (node[part] = {});
    }
    node[last] = value;
  }
  return root;
}
