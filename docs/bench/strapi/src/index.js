// At every start: the public role may read both types (find, findOne), as INN-CO's delivery API is public.
module.exports = {
  register() {},
  async bootstrap({ strapi }) {
    const role = await strapi.db.query('plugin::users-permissions.role').findOne({ where: { type: 'public' } });
    for (const uid of ['api::case-study.case-study', 'api::organisation.organisation']) {
      for (const action of ['find', 'findOne']) {
        const name = `${uid}.${action}`;
        const have = await strapi.db.query('plugin::users-permissions.permission').findOne({ where: { action: name, role: role.id } });
        if (!have) await strapi.db.query('plugin::users-permissions.permission').create({ data: { action: name, role: role.id } });
      }
    }
  },
};
