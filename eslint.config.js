import js from "@eslint/js";
import tseslint from "typescript-eslint";

const pureLayers = ["src/model/**", "src/config/**", "src/ingest/**", "src/analysis/**", "src/report/**"];

export default tseslint.config(
  { ignores: ["dist/**", "node_modules/**", "coverage/**", "fixtures/**/generated/**", ".dependency-cruiser.cjs"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "@typescript-eslint/consistent-type-imports": "error",
      "no-console": "off",
    },
  },
  {
    files: pureLayers,
    rules: {
      "no-console": "error",
      "no-restricted-syntax": [
        "error",
        { selector: "NewExpression[callee.name='Date'][arguments.length=0]", message: "The core takes `now` as input; it never reads the clock." },
        { selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']", message: "The core takes `now` as input; it never reads the clock." },
        { selector: "CallExpression[callee.object.name='Math'][callee.property.name='random']", message: "The core is deterministic." },
        { selector: "MemberExpression[object.name='process']", message: "The core reads no environment and no process state." },
      ],
    },
  },
  {
    files: ["test/**", "bench/**"],
    rules: { "@typescript-eslint/no-non-null-assertion": "off", "@typescript-eslint/no-explicit-any": "off" },
  },
);
