// A group's place on a small map, progressive enhancement over the written area.
// A group that shows only its area gets a circle of about 1 km (its coordinates are
// rounded that much), one that shows its address gets a pin.
(function () {
  "use strict";
  var element = document.getElementById("peta-lokasi");
  if (!element || typeof window.L === "undefined") {
    return;
  }
  var L = window.L;
  var point = [parseFloat(element.dataset.lat), parseFloat(element.dataset.lng)];
  element.hidden = false;
  element.textContent = "";
  // Hashed static file names defeat Leaflet's guess of its image folder (see groups_map.js).
  L.Icon.Default.imagePath = "";
  L.Icon.Default.mergeOptions({
    iconUrl: element.dataset.markerIcon,
    iconRetinaUrl: element.dataset.markerRetina,
    shadowUrl: element.dataset.markerShadow,
  });
  var map = L.map(element, { scrollWheelZoom: false });
  L.tileLayer(element.dataset.tiles, { maxZoom: 18, attribution: element.dataset.attribution }).addTo(map);
  if (element.dataset.approximate === "true") {
    L.circle(point, { radius: 1000 }).addTo(map);
    map.setView(point, 13);
  } else {
    L.marker(point, { alt: element.dataset.label }).addTo(map);
    map.setView(point, 16);
  }
})();
