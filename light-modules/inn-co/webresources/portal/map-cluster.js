// Grid clustering of map points, computed once per zoom level: the world is cut into cells of CELL
// screen pixels at that zoom and the points of a cell become one group at their mean position. With
// thousands of organisations the map then shows at most a few dozen groups on screen, each with its count.
(function () {
  'use strict';
  var M = window.InncoMap = window.InncoMap || {};
  var CELL = 64;

  // points: [{lat, lon, name, url, meta}]; projected once to Web Mercator at zoom 0 (0..256).
  M.Clusters = function (points) {
    this.points = points;
    this.byZoom = {};
    points.forEach(function (p) {
      var lat = Math.max(-85.05, Math.min(85.05, p.lat)) * Math.PI / 180;
      p.x = (p.lon + 180) / 360 * 256;
      p.y = (1 - Math.log(Math.tan(lat) + 1 / Math.cos(lat)) / Math.PI) / 2 * 256;
    });
  };

  // The groups at zoom z: {key, lat, lon, points, spread} where spread is the group's extent in pixels at z.
  M.Clusters.prototype.at = function (z) {
    if (this.byZoom[z]) return this.byZoom[z];
    var scale = Math.pow(2, z), cell = CELL / scale, cells = {}, out = [];
    this.points.forEach(function (p) {
      var key = Math.floor(p.x / cell) + ':' + Math.floor(p.y / cell);
      var c = cells[key];
      if (!c) {
        c = cells[key] = { key: z + '/' + key, points: [], lat: 0, lon: 0, x0: p.x, x1: p.x, y0: p.y, y1: p.y };
        out.push(c);
      }
      c.points.push(p);
      c.x0 = Math.min(c.x0, p.x); c.x1 = Math.max(c.x1, p.x); c.y0 = Math.min(c.y0, p.y); c.y1 = Math.max(c.y1, p.y);
    });
    out = merge(out, cell);
    out.forEach(function (c) {
      c.lat = 0; c.lon = 0;
      c.points.forEach(function (p) { c.lat += p.lat; c.lon += p.lon; });
      c.lat /= c.points.length; c.lon /= c.points.length;
      c.spread = Math.max(c.x1 - c.x0, c.y1 - c.y0) * scale;
    });
    // in reading order, so that Tab goes through the groups from the top left
    out.sort(function (a, b) { return (a.y0 - b.y0) || (a.x0 - b.x0); });
    this.byZoom[z] = out;
    return out;
  };

  // Groups of neighbouring cells whose centres are closer than a cell would overlap on screen: the
  // larger takes the smaller in (largest first, each absorbed once), so no two markers hide each other.
  function merge(groups, cell) {
    groups.forEach(function (c) {
      c.cx = 0; c.cy = 0;
      c.points.forEach(function (p) { c.cx += p.x; c.cy += p.y; });
      c.cx /= c.points.length; c.cy /= c.points.length;
    });
    var byCell = {};
    groups.forEach(function (c) { var k = Math.floor(c.cx / cell) + ':' + Math.floor(c.cy / cell); (byCell[k] = byCell[k] || []).push(c); });
    var order = groups.slice().sort(function (a, b) { return b.points.length - a.points.length; });
    order.forEach(function (c) {
      if (c.gone) return;
      var gx = Math.floor(c.cx / cell), gy = Math.floor(c.cy / cell);
      for (var dx = -1; dx <= 1; dx++) for (var dy = -1; dy <= 1; dy++) {
        (byCell[(gx + dx) + ':' + (gy + dy)] || []).forEach(function (o) {
          if (o === c || o.gone || Math.abs(o.cx - c.cx) >= cell * 0.8 || Math.abs(o.cy - c.cy) >= cell * 0.8) return;
          o.gone = true;
          c.points = c.points.concat(o.points);
          c.x0 = Math.min(c.x0, o.x0); c.x1 = Math.max(c.x1, o.x1); c.y0 = Math.min(c.y0, o.y0); c.y1 = Math.max(c.y1, o.y1);
        });
      }
    });
    return groups.filter(function (c) { return !c.gone; });
  }

  // The bounds of a group's points, for zooming in on it.
  M.Clusters.bounds = function (c) {
    return L.latLngBounds(c.points.map(function (p) { return [p.lat, p.lon]; }));
  };
})();
