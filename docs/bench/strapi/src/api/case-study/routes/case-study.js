const { factories } = require('@strapi/strapi');

module.exports = factories.createCoreRouter('api::case-study.case-study');
