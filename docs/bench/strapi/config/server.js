// Loopback only: this Strapi exists to be measured beside INN-CO on the same machine.
module.exports = ({ env }) => ({
  host: '127.0.0.1',
  port: env.int('PORT', 18099),
  app: { keys: env.array('APP_KEYS') },
});
