// Large enough for every organisation in one answer, as INN-CO's GeoJSON gives them.
module.exports = { rest: { defaultLimit: 25, maxLimit: 10000, withCount: true } };
