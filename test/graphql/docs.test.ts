import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parse, validate } from "graphql";
import { createApiSchema } from "../../graphql/schema/index";

/** Every GraphQL example in the READMEs is a valid operation of the API's schema (the docs stay true). */
const ROOT = join(__dirname, "..", "..");
const files = ["README.md", "graphql/README.md", ...readdirSync(join(ROOT, "graphql", "schema")).map((module) => `graphql/schema/${module}/README.md`)].filter((file) => {
  try {
    readFileSync(join(ROOT, file));
    return true;
  } catch {
    return false;
  }
});
const examples = files.flatMap((file) => [...readFileSync(join(ROOT, file), "utf8").matchAll(/```graphql\n([\s\S]*?)```/g)].map((match, index) => ({ file, index, text: match[1] })));

test("the READMEs hold GraphQL examples for every schema module", () => {
  expect(new Set(examples.map((example) => example.file))).toEqual(new Set(files.filter((file) => file.startsWith("graphql/schema/") || file === "README.md")));
});

const schema = createApiSchema();
test.each(examples.map((example) => [`${example.file} #${example.index + 1}`, example.text]))("%s is valid against the schema", (_, text) => {
  expect(validate(schema, parse(text)).map((error) => error.message)).toEqual([]);
});
