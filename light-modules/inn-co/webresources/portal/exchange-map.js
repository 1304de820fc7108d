// The exchange's map layer: the members' points of the offers and needs that the page's filters find,
// read from the delivery API's GeoJSON (data-offer, data-need). The lists stay the content: without
// JavaScript, or when the GeoJSON cannot be read, the map stays hidden and nothing is lost.
(function () {
  'use strict';
  var el = document.getElementById('exchange-map');
  if (!el || typeof L === 'undefined' || !window.fetch) return;
  var lang = document.documentElement.lang;
  var layers = [['offer', '#1b6e3a'], ['need', '#9c3d00']];
  var map = null;
  var points = [];
  function show() {
    el.hidden = false;
    el.setAttribute('role', 'region');
    el.setAttribute('aria-label', el.getAttribute('data-label') || 'Map');
    map = L.map(el, { scrollWheelZoom: false });
    var tiles = el.getAttribute('data-tiles');
    if (tiles) L.tileLayer(tiles, { maxZoom: 18 }).addTo(map);
  }
  function draw(kind, colour, geo) {
    (geo.features || []).forEach(function (f) {
      if (!f.geometry || f.geometry.type !== 'Point') return;
      var lon = f.geometry.coordinates[0], lat = f.geometry.coordinates[1];
      var p = f.properties || {};
      if (!map) show();
      var marker = L.circleMarker([lat, lon], { radius: 7, color: colour, weight: 2, fillOpacity: 0.6 }).addTo(map);
      var a = document.createElement('a');
      a.href = '/' + lang + '/exchange/' + kind + 's/' + (p['@id'] || f.id || '');
      a.textContent = (el.getAttribute('data-' + kind + '-label') || kind) + ': ' + (p.title || '');
      marker.bindPopup(a);
      points.push([lat, lon]);
    });
    if (map && points.length === 1) map.setView(points[0], 6);
    else if (map && points.length > 1) map.fitBounds(points, { padding: [30, 30], maxZoom: 9 });
  }
  layers.forEach(function (layer) {
    var url = el.getAttribute('data-' + layer[0]);
    if (!url) return;
    fetch(url + '&lang=' + encodeURIComponent(lang), { headers: { Accept: 'application/geo+json, application/json' } })
      .then(function (r) { return r.ok ? r.json() : { features: [] }; })
      .then(function (geo) { draw(layer[0], layer[1], geo); })
      .catch(function () { /* the lists are the content; the map is only a view of them */ });
  });
})();
