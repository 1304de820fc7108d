// Draws the organisations of the list beside the map (li[data-lat][data-lon]) as Leaflet markers.
// The list stays the content: without JavaScript, or without tiles, nothing is lost.
(function () {
  'use strict';
  var el = document.getElementById('map');
  var list = document.getElementById('map-list');
  if (!el || !list || typeof L === 'undefined') return;
  var rows = list.querySelectorAll('li[data-lat][data-lon]');
  if (rows.length === 0) return;
  el.hidden = false;
  el.setAttribute('role', 'region');
  el.setAttribute('aria-label', el.getAttribute('data-label') || 'Map');
  var map = L.map(el, { scrollWheelZoom: false });
  var tiles = el.getAttribute('data-tiles');
  if (tiles) {
    L.tileLayer(tiles, { maxZoom: 18, attribution: el.getAttribute('data-attribution') || '' }).addTo(map);
  }
  var points = [];
  Array.prototype.forEach.call(rows, function (li) {
    var lat = parseFloat(li.getAttribute('data-lat'));
    var lon = parseFloat(li.getAttribute('data-lon'));
    if (isNaN(lat) || isNaN(lon)) return;
    var link = li.querySelector('a');
    var name = link ? link.textContent : '';
    var marker = L.marker([lat, lon], { title: name, alt: name, keyboard: true }).addTo(map);
    if (link) {
      var popup = document.createElement('a');
      popup.href = link.getAttribute('href');
      popup.textContent = name;
      marker.bindPopup(popup);
    }
    points.push([lat, lon]);
  });
  if (points.length === 1) map.setView(points[0], tiles ? 11 : 6);
  else map.fitBounds(points, { padding: [30, 30], maxZoom: 11 });
})();
