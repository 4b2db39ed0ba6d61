import { diagnostic, type Diagnostic } from "../../model/diagnostic.js";
import { findBlockLine } from "./find-block-lines.js";
import { emptyInventory, type BlockEntry, type BlockLocation, type HclBody, type Inventory, type ParsedFile, type RefactorEntry } from "./hcl-types.js";
import { addressText, asBlockList, isRecord } from "./hcl-values.js";

/** An inventory of one side of one directory, with warnings and errors about its shape. */
export interface InventoryResult {
  inventory: Inventory;
  diagnostics: Diagnostic[];
}

/** Named block kinds: the top-level key, how many labels it takes, and the address prefix of its objects. */
const NAMED: readonly { key: string; labels: 1 | 2; prefix: string; target: "resources" | "modules" | "outputs" | "variables" }[] = [
  { key: "resource", labels: 2, prefix: "", target: "resources" },
  { key: "data", labels: 2, prefix: "data.", target: "resources" },
  { key: "module", labels: 1, prefix: "module.", target: "modules" },
  { key: "output", labels: 1, prefix: "output.", target: "outputs" },
  { key: "variable", labels: 1, prefix: "var.", target: "variables" },
];

/**
 * `buildInventory` merges the parsed files of one side of one directory into one inventory keyed by address,
 * so a block that moved between files of the directory is the same object on both sides. Override files
 * (`override.tf`, `*_override.tf`) are applied last and merge into the blocks they override. A duplicate
 * address in the head is a warning (the first declaration wins); a block without its labels is an error.
 */
export function buildInventory(files: readonly ParsedFile[]): InventoryResult {
  const inventory = emptyInventory();
  const diagnostics: Diagnostic[] = [];
  const ordered = [...files.filter((f) => !isOverride(f.path)), ...files.filter((f) => isOverride(f.path))];
  for (const file of ordered) {
    const body = file.body;
    if (body === null) continue;
    const add = adder(file, diagnostics);
    for (const kind of NAMED) addNamed(inventory[kind.target], body[kind.key], kind, file, add, diagnostics);
    addProviders(inventory, body.provider, file, add);
    addLocals(inventory, body.locals, file, add);
    addTerraformSettings(inventory, body.terraform, file);
    addRefactors(inventory, body, file);
  }
  return { inventory, diagnostics };
}

type Add = (map: Map<string, BlockEntry>, entry: BlockEntry) => void;

function adder(file: ParsedFile, diagnostics: Diagnostic[]): Add {
  const override = isOverride(file.path);
  return (map, entry) => {
    const existing = map.get(entry.address);
    if (existing === undefined) map.set(entry.address, entry);
    else if (override) existing.body = { ...existing.body, ...entry.body };
    else if (file.side === "head") {
      diagnostics.push(
        diagnostic({
          level: "warning",
          file: file.path,
          line: findBlockLine(entry.location),
          code: "hcl.duplicate",
          message: `${entry.address} is declared more than once (first in ${existing.location.file.path}); Terraform rejects this, and only the first declaration was diffed`,
        }),
      );
    }
  };
}

function addNamed(map: Map<string, BlockEntry>, value: unknown, kind: (typeof NAMED)[number], file: ParsedFile, add: Add, diagnostics: Diagnostic[]): void {
  if (!isRecord(value)) return;
  for (const [first, inner] of Object.entries(value)) {
    if (kind.labels === 1) {
      asBlockList(inner).forEach((body, occurrence) => add(map, entry(`${kind.prefix}${first}`, body, file, kind.key, [first], occurrence)));
    } else if (!isRecord(inner)) {
      diagnostics.push(missingLabel(file, kind.key, first));
    } else {
      for (const [name, bodies] of Object.entries(inner)) {
        asBlockList(bodies).forEach((body, occurrence) => add(map, entry(`${kind.prefix}${first}.${name}`, body, file, kind.key, [first, name], occurrence)));
      }
    }
  }
}

function missingLabel(file: ParsedFile, keyword: string, label: string): Diagnostic {
  return diagnostic({
    level: "error",
    file: file.path,
    line: findBlockLine({ file, keyword, labels: [label], occurrence: 0 }),
    code: "hcl.syntax",
    message: `${keyword} "${label}" needs a type and a name label; this block was not read (${file.side} version)`,
  });
}

function addProviders(inventory: Inventory, value: unknown, file: ParsedFile, add: Add): void {
  if (!isRecord(value)) return;
  for (const [name, bodies] of Object.entries(value)) {
    asBlockList(bodies).forEach((body, occurrence) => {
      const alias = addressText(body.alias);
      add(inventory.providers, entry(alias === undefined ? `provider.${name}` : `provider.${name}.${alias}`, body, file, "provider", [name], occurrence));
    });
  }
}

function addLocals(inventory: Inventory, value: unknown, file: ParsedFile, add: Add): void {
  asBlockList(value).forEach((block, occurrence) => {
    for (const [name, local] of Object.entries(block)) {
      add(inventory.locals, { address: `local.${name}`, body: { value: local }, location: { file, keyword: "locals", labels: [], occurrence, child: name } });
    }
  });
}

function addTerraformSettings(inventory: Inventory, value: unknown, file: ParsedFile): void {
  asBlockList(value).forEach((block, occurrence) => {
    const at = (child: string): BlockLocation => ({ file, keyword: "terraform", labels: [], occurrence, child });
    if (isRecord(block.backend)) {
      for (const [type, bodies] of Object.entries(block.backend)) {
        inventory.backend = { address: `backend.${type}`, body: { type, config: asBlockList(bodies)[0] ?? {} }, location: at("backend") };
      }
    }
    const cloud = asBlockList(block.cloud)[0];
    if (cloud !== undefined) inventory.backend = { address: "backend.cloud", body: { type: "cloud", config: cloud }, location: at("cloud") };
    for (const providers of asBlockList(block.required_providers)) {
      for (const [name, requirement] of Object.entries(providers)) {
        inventory.requiredProviders.set(name, { address: `required_providers.${name}`, body: { value: requirement }, location: at("required_providers") });
      }
    }
  });
}

function addRefactors(inventory: Inventory, body: HclBody, file: ParsedFile): void {
  const at = (keyword: string, occurrence: number): BlockLocation => ({ file, keyword, labels: [], occurrence });
  asBlockList(body.moved).forEach((b, i) => {
    const from = addressText(b.from);
    const to = addressText(b.to);
    inventory.moved.push({ from, to, destroy: false, key: `${from}->${to}`, location: at("moved", i) });
  });
  asBlockList(body.removed).forEach((b, i) => {
    const from = addressText(b.from);
    const destroy = !asBlockList(b.lifecycle).some((l) => l.destroy === false || l.destroy === "false");
    inventory.removed.push({ from, destroy, key: `${from}:${String(destroy)}`, location: at("removed", i) });
  });
  asBlockList(body.import).forEach((b, i) => {
    const to = addressText(b.to);
    const entry: RefactorEntry = { to, id: b.id, destroy: false, key: `${to}:${JSON.stringify(b.id)}`, location: at("import", i) };
    inventory.imports.push(entry);
  });
}

function entry(address: string, body: HclBody, file: ParsedFile, keyword: string, labels: string[], occurrence: number): BlockEntry {
  return { address, body, location: { file, keyword, labels, occurrence } };
}

function isOverride(path: string): boolean {
  const name = path.slice(path.lastIndexOf("/") + 1);
  return /(^|_)override\.tf(\.json)?$/.test(name);
}
