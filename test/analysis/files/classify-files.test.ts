import { describe, expect, it } from "vitest";
import { classifyFiles, type ChangedFile, type KnownProjectRoots } from "../../../src/analysis/files/index.js";
import type { InfraKind } from "../../../src/model/index.js";

const modified = (path: string, head?: string): ChangedFile => ({ path, status: "modified", head: head ?? null, base: head ?? null });

const kindsOf = (files: ChangedFile[], known?: KnownProjectRoots): Record<string, InfraKind[]> =>
  Object.fromEntries(classifyFiles({ files, knownProjectRoots: known }).byFile.map((f) => [f.path, f.kinds]));

const CFN_YAML = "AWSTemplateFormatVersion: '2010-09-09'\nResources:\n  Vpc:\n    Type: AWS::EC2::VPC\n";
const CFN_JSON_NO_VERSION = '{\n  "Resources": {\n    "Queue": { "Type": "AWS::SQS::Queue", "Properties": {} }\n  }\n}';
const SAM = "Transform: AWS::Serverless-2016-10-31\nResources:\n  Fn:\n    Type: AWS::Serverless::Function\n";
const HELM = "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  replicas: 2\n";
const PLAN = '{"format_version":"1.2","terraform_version":"1.9.0","planned_values":{},"resource_changes":[]}';

describe("classifyFiles: kinds of single files", () => {
  it.each<{ path: string; head?: string; kinds: InfraKind[] }>([
    { path: "envs/prod/db.tf", kinds: ["terraform"] },
    { path: "modules/vpc/main.tf", kinds: ["terraform"] },
    { path: "envs/prod/override.tf.json", kinds: ["terraform"] },
    { path: "infra/terraform.tfvars", kinds: ["terraform"] },
    { path: "envs/prod/prod.auto.tfvars.json", kinds: ["terraform"] },
    { path: ".terraform.lock.hcl", kinds: ["terraform"] },
    { path: "envs/prod/terraform.tfstate", kinds: ["terraform"] },
    { path: "plans/prod.tfplan.json", kinds: ["terraform"] },
    { path: "out/plan.json", head: PLAN, kinds: ["terraform"] },
    { path: "live/prod/vpc/terragrunt.hcl", kinds: ["terraform"] },
    { path: "modules/net/main.tofu", kinds: ["opentofu"] },
    { path: ".opentofu-version", kinds: ["opentofu"] },
    { path: "cdktf.json", kinds: ["cdktf"] },
    { path: "cdktf.out/stacks/app/cdk.tf.json", kinds: ["cdktf"] },
    { path: "cdktf.out/manifest.json", kinds: ["cdktf"] },
    { path: "cdk.json", kinds: ["aws-cdk"] },
    { path: "cdk.context.json", kinds: ["aws-cdk"] },
    { path: "cdk.out/Db.template.json", kinds: ["aws-cdk", "cloudformation"] },
    { path: "cdk.out/manifest.json", kinds: ["aws-cdk"] },
    { path: "cdk.out/Db.assets.json", kinds: ["aws-cdk"] },
    { path: "templates/vpc.yaml", head: CFN_YAML, kinds: ["cloudformation"] },
    { path: "templates/queue.json", head: CFN_JSON_NO_VERSION, kinds: ["cloudformation"] },
    { path: "sam/template.yml", head: SAM, kinds: ["cloudformation"] },
    { path: "stacks/network.template.yaml", kinds: ["cloudformation"] },
    { path: "charts/web/templates/deployment.yaml", head: HELM, kinds: [] },
    { path: "templates/vpc.yaml", kinds: [] },
    { path: "package.json", head: '{"name":"web","version":"1.0.0"}', kinds: [] },
    { path: "README.md", kinds: [] },
    { path: "src/server.ts", kinds: [] },
    { path: ".github/workflows/plan.yml", head: "on: pull_request\njobs: {}\n", kinds: [] },
    { path: "packer/base.pkr.hcl", kinds: [] },
    { path: ".tflint.hcl", kinds: [] },
  ])("$path → $kinds", ({ path, head, kinds }) => {
    expect(kindsOf([modified(path, head)])[path]).toEqual(kinds);
  });

  it("sniffs the base text of a removed file", () => {
    const removed: ChangedFile = { path: "templates/vpc.yaml", status: "removed", head: null, base: CFN_YAML };

    expect(kindsOf([removed])["templates/vpc.yaml"]).toEqual(["cloudformation"]);
  });
});

describe("classifyFiles: files that belong to a project", () => {
  it("claims a module's assets, but not its documentation", () => {
    const kinds = kindsOf([modified("modules/lambda/main.tf"), modified("modules/lambda/src/handler.py"), modified("modules/lambda/README.md")]);

    expect(kinds["modules/lambda/src/handler.py"]).toEqual(["terraform"]);
    expect(kinds["modules/lambda/README.md"]).toEqual([]);
  });

  it("claims assets of a Terraform folder the caller knows from the tree, and nothing without it", () => {
    const files = [modified("modules/lambda/src/handler.py")];

    expect(kindsOf(files, { terraform: ["modules/lambda/"] })["modules/lambda/src/handler.py"]).toEqual(["terraform"]);
    expect(kindsOf(files)["modules/lambda/src/handler.py"]).toEqual([]);
  });

  it("lets a Terraform root claim only the files beside it, not the whole repository", () => {
    const kinds = kindsOf([modified("main.tf"), modified("user_data.sh"), modified("src/app.ts"), modified(".gitignore")]);

    expect(kinds["user_data.sh"]).toEqual(["terraform"]);
    expect(kinds["src/app.ts"]).toEqual([]);
    expect(kinds[".gitignore"]).toEqual([]);
  });

  it("reads .hcl files in a Terragrunt tree as Terraform, and other tools' .hcl as nothing", () => {
    const kinds = kindsOf([
      modified("live/prod/vpc/terragrunt.hcl"),
      modified("live/prod/env.hcl"),
      modified("live/root.hcl"),
      modified("live/prod/vpc/inputs.hcl"),
      modified("tools/nomad/job.hcl"),
      modified("live/packer/base.pkr.hcl"),
    ]);

    expect(kinds).toMatchObject({
      "live/prod/env.hcl": ["terraform"],
      "live/root.hcl": ["terraform"],
      "live/prod/vpc/inputs.hcl": ["terraform"],
      "tools/nomad/job.hcl": [],
      "live/packer/base.pkr.hcl": [],
    });
  });

  it("makes Terraform files OpenTofu below an OpenTofu marker only", () => {
    const kinds = kindsOf([modified("tofu/.opentofu-version"), modified("tofu/prod/main.tf"), modified("modules/x/extra.tofu"), modified("modules/x/vars.tf"), modified("envs/prod/db.tf")]);

    expect(kinds["tofu/prod/main.tf"]).toEqual(["opentofu"]);
    expect(kinds["modules/x/vars.tf"]).toEqual(["opentofu"]);
    expect(kinds["envs/prod/db.tf"]).toEqual(["terraform"]);
  });

  it("claims the sources and manifests of a CDKTF app next to a changed cdktf.json", () => {
    const kinds = kindsOf([modified("cdktf.json"), modified("main.ts"), modified("package.json"), modified("README.md"), modified("__tests__/main-test.ts")]);

    expect(kinds).toMatchObject({ "main.ts": ["cdktf"], "package.json": ["cdktf"], "README.md": [], "__tests__/main-test.ts": ["cdktf"] });
  });

  it("claims CDKTF sources under a known root only", () => {
    const kinds = kindsOf([modified("infra/cdktf/main.ts"), modified("web/main.ts")], { cdktf: ["infra/cdktf"] });

    expect(kinds).toEqual({ "infra/cdktf/main.ts": ["cdktf"], "web/main.ts": [] });
  });

  it("claims AWS CDK stack sources under the app folder, not beside it", () => {
    const kinds = kindsOf([modified("infra/cdk.json"), modified("infra/lib/db-stack.ts"), modified("infra/bin/app.ts"), modified("lib/util.ts")]);

    expect(kinds).toMatchObject({ "infra/lib/db-stack.ts": ["aws-cdk"], "infra/bin/app.ts": ["aws-cdk"], "lib/util.ts": [] });
  });

  it("lets a CDK app at the root claim its sources but not hidden folders such as .github", () => {
    const kinds = kindsOf([modified("lib/db-stack.ts"), modified(".github/workflows/ci.yml"), modified("docs/diagram.png")], { awsCdk: ["."] });

    expect(kinds).toEqual({ "lib/db-stack.ts": ["aws-cdk"], ".github/workflows/ci.yml": [], "docs/diagram.png": [] });
  });

  it("takes the folder above cdk.out for an AWS CDK app", () => {
    expect(kindsOf([modified("app/cdk.out/Stack.template.json"), modified("app/lib/stack.ts")])["app/lib/stack.ts"]).toEqual(["aws-cdk"]);
  });

  it("keeps a Terraform file under a CDK app Terraform only", () => {
    expect(kindsOf([modified("terraform/main.tf")], { awsCdk: [""] })["terraform/main.tf"]).toEqual(["terraform"]);
  });
});

describe("classifyFiles: summary", () => {
  it("counts a rename on its old path too", () => {
    const result = classifyFiles({ files: [{ path: "archive/db.txt", previousPath: "envs/prod/db.tf", status: "renamed" }] });

    expect(result.byFile[0]).toEqual({ path: "archive/db.txt", previousPath: "envs/prod/db.tf", kinds: ["terraform"], governance: [] });
    expect(result.infra).toEqual({ touched: true, kinds: ["terraform"], files: ["archive/db.txt"] });
  });

  it("sums up kinds, files and project folders, sorted", () => {
    const result = classifyFiles({
      files: [
        modified("modules/vpc/main.tf"),
        modified("envs/prod/db.tf"),
        modified("modules/vpc/files/init.sh"),
        modified("cdktf.out/stacks/app/cdk.tf.json"),
        modified("infra/cdk.json"),
        modified("app/cdk.out/manifest.json"),
        modified("README.md"),
      ],
    });

    expect(result.infra).toEqual({
      touched: true,
      kinds: ["aws-cdk", "cdktf", "terraform"],
      files: ["app/cdk.out/manifest.json", "cdktf.out/stacks/app/cdk.tf.json", "envs/prod/db.tf", "infra/cdk.json", "modules/vpc/files/init.sh", "modules/vpc/main.tf"],
    });
    expect(result.roots).toEqual({ terraform: ["envs/prod", "modules/vpc"], cdktf: [""], awsCdk: ["app", "infra"] });
  });

  it("reports nothing touched for a pull request without IaC", () => {
    const result = classifyFiles({ files: [modified("README.md"), modified("src/index.ts")] });

    expect(result.infra).toEqual({ touched: false, kinds: [], files: [] });
    expect(result.roots).toEqual({ terraform: [], cdktf: [], awsCdk: [] });
  });

  it("classifies 3,000 files, with large texts sniffed only in part", () => {
    const bigYaml = `kind: ConfigMap\n${"data: x\n".repeat(200_000)}AWSTemplateFormatVersion: '2010-09-09'\n`;
    const files: ChangedFile[] = [
      ...Array.from({ length: 1000 }, (_, i) => modified(`envs/e${i}/main.tf`)),
      ...Array.from({ length: 700 }, (_, i) => modified(`src/pkg${i}/index.ts`)),
      ...Array.from({ length: 500 }, (_, i) => modified(`infra/cdk.out/S${i}.template.json`)),
      ...Array.from({ length: 500 }, (_, i) => modified(`.github/workflows/w${i}.yml`)),
      ...Array.from({ length: 300 }, (_, i) => modified(`k8s/app${i}.yaml`, bigYaml)),
    ];
    const started = performance.now();
    const result = classifyFiles({ files, governancePaths: ["k8s/**/secrets/**"] });
    const elapsed = performance.now() - started;

    expect(result.byFile).toHaveLength(3000);
    expect(result.infra.files).toHaveLength(1500);
    expect(result.infra.kinds).toEqual(["aws-cdk", "cloudformation", "terraform"]);
    expect(result.roots.terraform).toHaveLength(1000);
    expect(result.governance).toHaveLength(500);
    expect(result.byFile.filter((f) => f.path.startsWith("k8s/") && f.kinds.length > 0)).toEqual([]);
    expect(elapsed).toBeLessThan(3000);
  });
});
