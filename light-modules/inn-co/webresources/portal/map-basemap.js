// The offline basemap: Natural Earth's country borders, a TopoJSON file served by this site, decoded
// here (delta-encoded, quantised arcs stitched into rings) and drawn on a canvas under the markers,
// with each country's name in the page's language once it is wide enough on screen to hold it.
(function () {
  'use strict';
  var M = window.InncoMap = window.InncoMap || {};

  function decodeArcs(topo) {
    var s = topo.transform.scale, t = topo.transform.translate;
    return topo.arcs.map(function (arc) {
      var x = 0, y = 0;
      return arc.map(function (p) { x += p[0]; y += p[1]; return [y * s[1] + t[1], x * s[0] + t[0]]; });
    });
  }

  function ring(arcs, indexes) {
    var out = [];
    indexes.forEach(function (i, k) {
      var a = i < 0 ? arcs[~i].slice().reverse() : arcs[i];
      for (var j = k === 0 ? 0 : 1; j < a.length; j++) out.push(a[j]);
    });
    return out;
  }

  function polygons(arcs, g) {
    var polys = g.type === 'Polygon' ? [g.arcs] : g.type === 'MultiPolygon' ? g.arcs : [];
    return polys.map(function (p) { return p.map(function (r) { return ring(arcs, r); }); });
  }

  function area(r) {
    var a = 0;
    for (var i = 0, j = r.length - 1; i < r.length; j = i++) a += (r[j][1] + r[i][1]) * (r[j][0] - r[i][0]);
    return Math.abs(a / 2);
  }

  // A point surely inside the largest outer ring: the middle of the widest stretch of the ring
  // along the latitude of its centre (a centre alone can fall outside a bent country).
  function anchor(polys) {
    var best = null, size = -1;
    polys.forEach(function (p) { var a = area(p[0]); if (a > size) { size = a; best = p[0]; } });
    if (!best) return null;
    var s = 90, n = -90, w = 180, e = -180;
    best.forEach(function (q) { s = Math.min(s, q[0]); n = Math.max(n, q[0]); w = Math.min(w, q[1]); e = Math.max(e, q[1]); });
    var lat = (s + n) / 2, xs = [];
    for (var i = 0, j = best.length - 1; i < best.length; j = i++) {
      var a = best[j], b = best[i];
      if ((a[0] > lat) !== (b[0] > lat)) xs.push(a[1] + (lat - a[0]) / (b[0] - a[0]) * (b[1] - a[1]));
    }
    xs.sort(function (x, y) { return x - y; });
    var lon = (w + e) / 2, widest = -1;
    for (var k = 0; k + 1 < xs.length; k += 2) if (xs[k + 1] - xs[k] > widest) { widest = xs[k + 1] - xs[k]; lon = (xs[k] + xs[k + 1]) / 2; }
    return { lat: lat, lon: lon, width: e - w };
  }

  function escape(s) {
    return s.replace(/[&<>"]/g, function (c) { return { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' }[c]; });
  }

  // Draws the borders from url on map (filled as land unless tiles are under them), names from names.
  M.basemap = function (map, url, names, withTiles, done) {
    map.createPane('borders').style.zIndex = 250;
    var labelPane = map.createPane('labels');
    labelPane.style.zIndex = 450;
    labelPane.style.pointerEvents = 'none';
    labelPane.setAttribute('aria-hidden', 'true');
    var renderer = L.canvas({ pane: 'borders', padding: 0.2 });
    var countries = [];
    var shown = L.layerGroup().addTo(map);
    fetch(url, { credentials: 'same-origin' }).then(function (r) { return r.json(); }).then(function (topo) {
      var arcs = decodeArcs(topo);
      topo.objects.countries.geometries.forEach(function (g) {
        var polys = polygons(arcs, g);
        if (polys.length === 0) return;
        L.polygon(polys, { renderer: renderer, interactive: false, weight: 0.8, color: '#7d8791',
          fill: !withTiles, fillColor: '#f7f4ec', fillOpacity: 1 }).addTo(map);
        var name = names[g.id] || (g.properties && g.properties.name === 'Kosovo' ? names.XK : '');
        var a = name ? anchor(polys) : null;
        if (a) countries.push({ name: name, anchor: a });
      });
      // the view may not be set yet (the organisations arrive after the borders): names wait for it
      map.whenReady(function () { labels(); map.on('moveend', labels); });
      map.getContainer().setAttribute('data-basemap-ready', 'true');
      if (window.performance && performance.mark) performance.mark('innco-basemap-ready');
      if (done) done();
    }).catch(function (e) { if (window.console) console.warn('basemap: ' + e); }); // the markers and the list do without it

    function labels() {
      shown.clearLayers();
      var worldWidth = 256 * Math.pow(2, map.getZoom()), view = map.getBounds().pad(0.1);
      countries.forEach(function (c) {
        if (c.anchor.width / 360 * worldWidth < c.name.length * 7 + 16) return;
        if (!view.contains([c.anchor.lat, c.anchor.lon])) return;
        L.marker([c.anchor.lat, c.anchor.lon], { pane: 'labels', interactive: false, keyboard: false,
          icon: L.divIcon({ className: 'map-country', iconSize: null, html: '<span>' + escape(c.name) + '</span>' }) }).addTo(shown);
      });
    }
  };
})();
