// The join form's map: a click (or Enter on the focused map) puts the organisation there and fills
// the latitude and longitude fields; typing coordinates moves the marker. Without JavaScript the
// fields alone do the job.
(function () {
  'use strict';
  var el = document.getElementById('join-map');
  var lat = document.getElementById('lat');
  var lon = document.getElementById('lon');
  if (!el || !lat || !lon || typeof L === 'undefined') return;
  el.hidden = false;
  el.setAttribute('role', 'region');
  el.setAttribute('aria-label', el.getAttribute('data-label') || 'Map');
  var map = L.map(el, { scrollWheelZoom: false }).setView([50, 10], 3);
  var tiles = el.getAttribute('data-tiles');
  if (tiles) L.tileLayer(tiles, { maxZoom: 18 }).addTo(map);
  var marker = null;
  function show(a, b, zoom) {
    if (isNaN(a) || isNaN(b) || a < -90 || a > 90 || b < -180 || b > 180) return;
    if (marker) marker.setLatLng([a, b]); else marker = L.marker([a, b], { keyboard: false }).addTo(map);
    if (zoom) map.setView([a, b], Math.max(map.getZoom(), 6));
  }
  function read() { show(parseFloat(lat.value.replace(',', '.')), parseFloat(lon.value.replace(',', '.')), true); }
  map.on('click', function (e) {
    lat.value = e.latlng.lat.toFixed(5);
    lon.value = e.latlng.lng.toFixed(5);
    show(e.latlng.lat, e.latlng.lng, false);
  });
  lat.addEventListener('change', read);
  lon.addEventListener('change', read);
  if (lat.value && lon.value) read();
}());
