// Checks that the server's answers are what its OpenAPI document says: each URL is fetched and its body
// checked against the schema the document gives for that path, status and media type (JSON Schema 2020-12).
// Usage: node conforms.mjs <openapi.json> <server address> <path template> <url> [<path template> <url> ...]
// Prints one line per answer, and exits 1 when one does not conform.
import Ajv2020 from "ajv/dist/2020.js";
import { readFile } from "node:fs/promises";

const [file, base, ...pairs] = process.argv.slice(2);
const doc = JSON.parse(await readFile(file, "utf8"));
// formats (uuid, date-time ...) are annotations in 2020-12; OpenAPI's own words beside the schemas are not keywords
const ajv = new Ajv2020({ strict: false, validateFormats: false, allErrors: true });
ajv.addSchema(doc, "openapi");
const pointer = (...parts) => parts.map((p) => String(p).replaceAll("~", "~0").replaceAll("/", "~1")).join("/");

let failed = false;
for (let i = 0; i < pairs.length; i += 2) {
  const [template, url] = [pairs[i], pairs[i + 1]];
  const res = await fetch(base + url);
  const type = (res.headers.get("content-type") ?? "").split(";")[0].trim();
  const body = await res.json();
  const answer = doc.paths[template]?.get?.responses?.[res.status]?.content?.[type];
  if (answer === undefined) {
    failed = true;
    console.log(`UNDOCUMENTED ${res.status} ${type} ${url}`);
    continue;
  }
  const validate = ajv.getSchema(`openapi#/${pointer("paths", template, "get", "responses", res.status, "content", type, "schema")}`);
  if (validate(body)) {
    console.log(`conforms ${res.status} ${url}`);
  } else {
    failed = true;
    console.log(`DOES NOT CONFORM ${res.status} ${url}: ${JSON.stringify(validate.errors.slice(0, 5))}`);
  }
}
process.exit(failed ? 1 : 0);
