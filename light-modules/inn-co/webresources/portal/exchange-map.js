// The exchange's map layer: where the members of the offers and needs that the page's filters find
// are, read from the delivery API's GeoJSON with the same filters (data-offer, data-need), over the
// offline basemap (map-basemap.js). One marker per item, offers and needs told apart by colour and
// by their names; Tab reaches each marker, Enter opens its link. The lists stay the content: without
// JavaScript, or when the GeoJSON cannot be read, the map stays hidden and nothing is lost.
(function () {
  'use strict';
  var el = document.getElementById('exchange-map');
  if (!el || typeof L === 'undefined' || !window.fetch) return;
  var lang = document.documentElement.lang;
  var kinds = ['offer', 'need'].filter(function (k) { return el.getAttribute('data-' + k); });
  if (kinds.length === 0) return;

  function load(kind) {
    return fetch(el.getAttribute('data-' + kind), { credentials: 'same-origin' })
      .then(function (r) { return r.ok ? r.json() : { features: [] }; })
      .then(function (fc) {
        return (fc.features || []).filter(function (f) { return f.geometry && f.geometry.type === 'Point'; }).map(function (f) {
          var p = f.properties || {};
          return { kind: kind, lat: f.geometry.coordinates[1], lon: f.geometry.coordinates[0], name: p.name || '',
            url: '/' + lang + '/exchange/' + kind + 's/' + encodeURIComponent(f.id || '') };
        });
      }, function () { return []; });
  }

  Promise.all(kinds.map(load)).then(function (lists) {
    var points = [].concat.apply([], lists);
    el.setAttribute('data-points', String(points.length));
    if (points.length === 0) return; // nothing to place: the empty map would only take room
    el.hidden = false;
    el.setAttribute('role', 'region');
    el.setAttribute('aria-label', el.getAttribute('data-label') || 'Map');
    var tiles = el.getAttribute('data-tiles');
    var map = L.map(el, { scrollWheelZoom: false, minZoom: 2, maxZoom: 18 });
    if (tiles) L.tileLayer(tiles, { maxZoom: 18, attribution: el.getAttribute('data-attribution') || '' }).addTo(map);
    points.forEach(function (p) { pin(p).addTo(map); });
    if (points.length === 1) map.setView([points[0].lat, points[0].lon], tiles ? 11 : 6);
    else map.fitBounds(points.map(function (p) { return [p.lat, p.lon]; }), { padding: [32, 32], maxZoom: 9 });
    el.setAttribute('data-ready', 'true');
    var basemap = el.getAttribute('data-basemap');
    if (basemap && window.InncoMap && window.InncoMap.basemap) {
      var names = {};
      try { names = JSON.parse(el.getAttribute('data-countries') || '{}'); } catch (e) { /* no names */ }
      map.attributionControl.addAttribution(el.getAttribute('data-basemap-credit') || 'Natural Earth');
      setTimeout(function () { window.InncoMap.basemap(map, basemap, names, !!tiles); }, 0);
    }
  });

  function pin(p) {
    // "Offer: {title}" in the page's language (the French one puts a non-breaking space before the colon)
    var label = (el.getAttribute('data-' + p.kind + '-label') || '{title}').replace('{title}', p.name);
    var m = L.marker([p.lat, p.lon], { title: label, keyboard: true, riseOnHover: true,
      icon: L.divIcon({ className: 'map-pin exchange-' + p.kind, iconSize: [22, 22] }) });
    m.on('add', function () { m.getElement().setAttribute('aria-label', label); });
    var a = document.createElement('a');
    a.href = p.url;
    a.textContent = label;
    m.bindPopup(a);
    m.on('popupopen', function () { a.focus(); });
    return m;
  }
})();
