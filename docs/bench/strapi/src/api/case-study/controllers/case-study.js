const { factories } = require('@strapi/strapi');

module.exports = factories.createCoreController('api::case-study.case-study');
