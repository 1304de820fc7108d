// Copies the case studies and organisations of a running INN-CO server (its public delivery API at
// the address given, e.g. http://127.0.0.1:18095) into this Strapi's SQLite database, in all seven
// locales, with the case studies' organisations as relations. Run with Strapi stopped: node load.js URL
const { createStrapi } = require('@strapi/strapi');

const LOCALES = ['en', 'fr', 'nl', 'de', 'it', 'pl', 'el'];

async function all(base, endpoint, lang) {
  const out = [];
  for (let offset = 0; ; offset += 100) {
    const r = await fetch(`${base}/.rest/delivery/${endpoint}?limit=100&offset=${offset}&lang=${lang}`);
    if (!r.ok) throw new Error(`${endpoint} ${lang}: HTTP ${r.status}`);
    const page = await r.json();
    out.push(...page.results);
    if (offset + 100 >= page.total) return out;
  }
}

const refId = (o) => (typeof o === 'string' ? o : o && o['@id']);

async function copy(strapi, base, endpoint, uid, fields) {
  const ids = new Map(); // INN-CO @id -> Strapi documentId
  for (const lang of LOCALES) {
    const items = await all(base, endpoint, lang);
    for (const item of items) {
      if (item['@locale'] !== lang) continue; // only the item's own translations, no fallbacks
      const data = fields(item, ids);
      const documentId = ids.get(item['@id']);
      if (documentId) await strapi.documents(uid).update({ documentId, locale: lang, data });
      else ids.set(item['@id'], (await strapi.documents(uid).create({ locale: lang, data })).documentId);
    }
    console.log(`${endpoint} ${lang}: ${items.length}`);
  }
  return ids;
}

async function main() {
  const base = process.argv[2];
  if (!base) throw new Error('usage: node load.js INNCO_BASE_URL');
  const strapi = await createStrapi().load();
  await strapi.db.query('plugin::i18n.locale').deleteMany({ where: { code: { $notIn: LOCALES } } });
  for (const code of LOCALES) {
    if (!(await strapi.db.query('plugin::i18n.locale').findOne({ where: { code } }))) {
      await strapi.db.query('plugin::i18n.locale').create({ data: { code, name: code } });
    }
  }
  const orgs = await copy(strapi, base, 'organisations', 'api::organisation.organisation', (o) => ({
    name: o['@name'], title: o.name, country: o.country, location: o.location ?? null,
  }));
  await copy(strapi, base, 'caseStudies', 'api::case-study.case-study', (c) => ({
    name: c['@name'], title: c.title, summary: c.summary, body: c.body, country: c.country, publicationDate: c.publicationDate ? String(c.publicationDate).slice(0, 10) : null,
    organisations: (c.organisations || []).map(refId).map((id) => orgs.get(id)).filter(Boolean),
  }));
  await strapi.destroy();
}

main().catch((e) => { console.error(e); process.exit(1); });
