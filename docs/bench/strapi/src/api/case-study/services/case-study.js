const { factories } = require('@strapi/strapi');

module.exports = factories.createCoreService('api::case-study.case-study');
