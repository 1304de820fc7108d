// A front-end developer's reader of the delivery API, written against the client generated from
// the server's OpenAPI document (delivery-api.ts). It compiles only when the document types what it
// reads: a page's results, an organisation's fields, the problem of a bad request.
// Usage: node out/reader.js <server address>; prints what it read as one JSON object.
import createClient from "openapi-fetch";
import type { components, paths } from "./delivery-api.js";

type Organisation = components["schemas"]["OrganisationsItem"];

// JSON answers and problems only: the GeoJSON a list also offers (format=geojson) is read without this client
const client = createClient<paths, "application/json" | "application/problem+json">({ baseUrl: process.argv[2] });

/** A localised value as one string: with a lang, the value itself; with lang=all, one object per locale. */
function text(value: string | Record<string, string | undefined> | undefined): string | undefined {
  return typeof value === "string" || value === undefined ? value : Object.values(value)[0];
}

const list = await client.GET("/.rest/delivery/organisations", {
  params: { query: { lang: "fr", country: "FR", orderBy: "name asc", limit: 10 } },
});
if (list.error !== undefined) throw new Error(`list: ${list.error.code} ${list.error.title}`);
const total: number = list.data.total;
const names: string[] = list.data.results.map((o: Organisation) => o["@name"]);
const first = names[0];
if (first === undefined) throw new Error("no organisation in France");

const one = await client.GET("/.rest/delivery/organisations/{path}", {
  params: { path: { path: first }, query: { lang: "fr" } },
  headers: { "X-Request-Id": "typed-client-1" },
});
if (one.error !== undefined) throw new Error(`one: ${one.error.code} ${one.error.title}`);
const org: Organisation = one.data;
const latitude: number | undefined = org.location?.lat;

const byId = await client.GET("/.rest/delivery/organisations@{id}", {
  params: { path: { id: org["@id"] }, query: { lang: "en" } },
});
if (byId.error !== undefined) throw new Error(`by id: ${byId.error.code}`);

const bad = await client.GET("/.rest/delivery/organisations", { params: { query: { lang: "xx-not a tag" } } });

console.log(JSON.stringify({
  total,
  names,
  one: {
    name: org.name,
    country: org.country,
    locale: org["@locale"],
    description: text(org.description),
    latitude,
    requestId: one.response.headers.get("X-Request-Id"),
  },
  byIdDescription: text(byId.data.description),
  badStatus: bad.response.status,
  badCode: bad.error?.code,
}));
