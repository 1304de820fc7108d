// Checks an OpenAPI document against the OpenAPI 3.x specification's own JSON Schema.
// Usage: node validate.mjs <openapi.json>; prints "valid" or the errors, and exits 1 when invalid.
import { Validator } from "@seriousme/openapi-schema-validator";
import { readFile } from "node:fs/promises";

const validator = new Validator();
const result = await validator.validate(JSON.parse(await readFile(process.argv[2], "utf8")));
if (result.valid) {
  console.log(`valid OpenAPI ${validator.version}`);
} else {
  console.log(JSON.stringify(result.errors, null, 2));
  process.exit(1);
}
