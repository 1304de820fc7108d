// Strapi's defaults, less the ones that only matter for the admin panel and uploads.
module.exports = ['strapi::errors', 'strapi::security', 'strapi::cors', 'strapi::query', 'strapi::body', 'strapi::public'];
