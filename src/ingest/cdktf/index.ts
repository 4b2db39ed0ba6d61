export { parseCdktfSynth } from "./parse-cdktf-synth.js";
export { detectCdktfProjects, type CdktfProject } from "./detect-cdktf-projects.js";
export { isCdktfSynthPath } from "./is-cdktf-synth-path.js";
export { DEFAULT_OUT_DIR } from "./locate-synth-file.js";
export type { SynthFileInput } from "./group-synth-files.js";
