// Draws the organisations on a Leaflet map over the offline basemap (map-basemap.js), in groups that
// split as one zooms in (map-cluster.js). The points come from the delivery index's GeoJSON with the
// page's filters (data-geojson) or, on pages without it, from the list beside the map
// (li[data-lat][data-lon]). The list stays the content: without JavaScript nothing is lost.
// Keyboard: the map takes arrows and +/-; Tab reaches each marker or group; Enter opens a marker's
// popup or zooms into a group and puts the focus on the first group or marker inside it.
(function () {
  'use strict';
  var M = window.InncoMap;
  var el = document.getElementById('map');
  var list = document.getElementById('map-list');
  if (!el || !list || typeof L === 'undefined' || !M) return;
  var source = el.getAttribute('data-geojson');
  var rows = list.querySelectorAll('li[data-lat][data-lon]');
  if (!source && rows.length === 0) return;
  el.hidden = false;
  var help = document.getElementById('map-help');
  if (help) { help.hidden = false; el.setAttribute('aria-describedby', 'map-help'); }
  el.setAttribute('role', 'region');
  el.setAttribute('aria-label', el.getAttribute('data-label') || 'Map');
  var tiles = el.getAttribute('data-tiles');
  var map = L.map(el, { scrollWheelZoom: false, minZoom: 2, maxZoom: 18 });
  if (tiles) L.tileLayer(tiles, { maxZoom: 18, attribution: el.getAttribute('data-attribution') || '' }).addTo(map);
  var names = {};
  try { names = JSON.parse(el.getAttribute('data-countries') || '{}'); } catch (e) { /* no names */ }
  if (el.getAttribute('data-basemap')) map.attributionControl.addAttribution(el.getAttribute('data-basemap-credit') || 'Natural Earth');

  function fromList() {
    return Array.prototype.map.call(rows, function (li) {
      var a = li.querySelector('a');
      return { lat: parseFloat(li.getAttribute('data-lat')), lon: parseFloat(li.getAttribute('data-lon')),
        name: a ? a.textContent : '', url: a ? a.getAttribute('href') : '', meta: '' };
    }).filter(function (p) { return !isNaN(p.lat) && !isNaN(p.lon); });
  }

  function fromGeoJson(fc) {
    return (fc.features || []).map(function (f) {
      var c = f.geometry.coordinates, p = f.properties || {};
      return { lat: c[1], lon: c[0], name: p.name || '', url: p.url || '', meta: p.city || '' };
    });
  }

  if (source) {
    // the same request as the page's preload (no extra header), so that the browser reuses its answer
    fetch(source, { credentials: 'same-origin' })
      .then(function (r) { if (!r.ok) throw new Error(r.status); return r.json(); })
      .then(function (fc) { start(fromGeoJson(fc)); }, function () { start(fromList()); });
  } else {
    start(fromList());
  }

  function start(points) {
    var clusters = new M.Clusters(points), layer = L.layerGroup().addTo(map), shown = {}, focusNext = null;
    if (points.length === 1) map.setView([points[0].lat, points[0].lon], tiles ? 11 : 6);
    else if (points.length > 1) map.fitBounds(M.Clusters.bounds({ points: points }), { padding: [32, 32], maxZoom: 11 });
    else map.fitBounds([[35, -10], [60, 30]]);
    map.on('moveend', render);
    render();
    el.setAttribute('data-points', String(points.length));
    el.setAttribute('data-ready', 'true');
    if (window.performance && performance.mark) performance.mark('innco-map-ready');
    // the borders after the markers: usable first, drawn a moment later (projecting them is the costly part)
    if (el.getAttribute('data-basemap')) setTimeout(function () { M.basemap(map, el.getAttribute('data-basemap'), names, !!tiles); }, 0);

    function render() {
      var z = map.getZoom(), view = map.getBounds().pad(0.2), wanted = {};
      clusters.at(z).forEach(function (c) {
        if (!view.contains([c.lat, c.lon])) return;
        wanted[c.key] = true;
        if (!shown[c.key]) shown[c.key] = marker(c).addTo(layer);
      });
      Object.keys(shown).forEach(function (k) { if (!wanted[k]) { layer.removeLayer(shown[k]); delete shown[k]; } });
      if (focusNext) focusInside(focusNext);
    }

    // After zooming into a group, the focus goes to the first marker inside the group's bounds.
    function focusInside(bounds) {
      focusNext = null;
      var first = null;
      clusters.at(map.getZoom()).forEach(function (c) { if (!first && shown[c.key] && bounds.contains([c.lat, c.lon])) first = shown[c.key]; });
      var target = first && first.getElement();
      (target || el).focus();
    }

    function marker(c) {
      if (c.points.length === 1) return pin(c.points[0]);
      var n = c.points.length, size = n < 10 ? 32 : n < 100 ? 38 : n < 1000 ? 44 : 50;
      var label = (el.getAttribute('data-cluster') || '{count}').replace('{count}', n.toLocaleString(document.documentElement.lang));
      var m = L.marker([c.lat, c.lon], { title: label, keyboard: true, riseOnHover: true,
        icon: L.divIcon({ className: 'map-cluster', iconSize: [size, size], html: '<span aria-hidden="true">' + n + '</span>' }) });
      m.on('add', function () { m.getElement().setAttribute('aria-label', label); });
      m.on('click', function () { open(c, m); });
      // Leaflet turns Enter into a click only for markers with a popup; a group is a button: Enter or Space
      m.on('keypress', function (e) {
        var k = e.originalEvent.key;
        if (k === 'Enter' || k === ' ') { e.originalEvent.preventDefault(); open(c, m); }
      });
      return m;
    }

    function open(c, m) {
      var bounds = M.Clusters.bounds(c), z = map.getZoom();
      if (c.spread < 1 || z >= map.getMaxZoom()) { m.bindPopup(here(c)).openPopup(); return; }
      var target = Math.min(map.getMaxZoom(), Math.max(z + 1, map.getBoundsZoom(bounds, false, L.point(64, 64))));
      focusNext = bounds;
      map.setView(bounds.getCenter(), target);
    }

    // A group that no zoom can split (one address): its organisations as a list of links.
    function here(c) {
      var box = document.createElement('div'), h = document.createElement('p'), ul = document.createElement('ul');
      h.textContent = el.getAttribute('data-here') || '';
      c.points.slice(0, 50).forEach(function (p) { var li = document.createElement('li'); li.appendChild(link(p)); ul.appendChild(li); });
      box.appendChild(h); box.appendChild(ul);
      return box;
    }

    function link(p) {
      var a = document.createElement('a');
      a.href = p.url;
      a.textContent = p.name;
      return a;
    }

    function pin(p) {
      var m = L.marker([p.lat, p.lon], { title: p.name, keyboard: true, riseOnHover: true,
        icon: L.divIcon({ className: 'map-pin', iconSize: [22, 22] }) });
      m.on('add', function () { m.getElement().setAttribute('aria-label', p.name); });
      var box = document.createElement('div');
      box.appendChild(link(p));
      if (p.meta) { var s = document.createElement('span'); s.className = 'meta'; s.textContent = ' ' + p.meta; box.appendChild(s); }
      // opened with the keyboard: the focus goes to the popup's link, and back to the marker when Escape closes it
      // (registered before bindPopup, whose own keypress handler opens the popup)
      var byKey = false;
      m.on('keypress', function () { byKey = true; });
      m.on('click', function () { byKey = false; });
      m.bindPopup(box);
      m.on('popupopen', function () { if (byKey) box.querySelector('a').focus(); byKey = false; });
      // Leaflet's Escape works only while the map itself has the focus, not a link in a popup
      box.addEventListener('keydown', function (e) { if (e.key === 'Escape') { e.stopPropagation(); m.closePopup(); } });
      m.on('popupclose', function () { if (box.contains(document.activeElement) && m.getElement()) m.getElement().focus(); });
      return m;
    }
  }
})();
