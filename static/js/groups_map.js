// Direktori Kelompok map: progressive enhancement over the list, which always works.
// Reads the filtered groups from the page's GeoJSON endpoint; shows nothing if Leaflet
// or the data cannot load.
(function () {
  "use strict";
  var element = document.getElementById("peta-kelompok");
  if (!element || typeof window.L === "undefined" || !window.fetch) {
    return;
  }
  fetch(element.dataset.geojson, { headers: { Accept: "application/geo+json" } })
    .then(function (response) {
      if (!response.ok) {
        throw new Error("GeoJSON " + response.status);
      }
      return response.json();
    })
    .then(function (data) {
      if (!data.features || data.features.length === 0) {
        return;
      }
      element.hidden = false;
      element.textContent = "";
      element.setAttribute("role", "region");
      element.setAttribute("aria-label", "Peta kelompok (daftar lengkap ada di bawah)");
      // Leaflet guesses its image folder from leaflet.css; hashed static file names defeat
      // the guess and it then asks for marker-icon-2x.png next to the page (404). The
      // page gives the icon URLs instead; an empty imagePath stops the guessing.
      window.L.Icon.Default.imagePath = "";
      window.L.Icon.Default.mergeOptions({
        iconUrl: element.dataset.markerIcon,
        iconRetinaUrl: element.dataset.markerRetina,
        shadowUrl: element.dataset.markerShadow,
      });
      var map = window.L.map(element, { scrollWheelZoom: false });
      window.L.tileLayer(element.dataset.tiles, {
        maxZoom: 18,
        attribution: element.dataset.attribution,
      }).addTo(map);
      var layer = window.L.geoJSON(data, {
        onEachFeature: function (feature, marker) {
          var props = feature.properties;
          var box = document.createElement("div");
          var link = document.createElement("a");
          link.href = props.url;
          link.textContent = props.name;
          var strong = document.createElement("strong");
          strong.appendChild(link);
          box.appendChild(strong);
          [props.category, props.schedule, props.area, props.address].forEach(function (text) {
            if (text) {
              var line = document.createElement("div");
              line.textContent = text;
              box.appendChild(line);
            }
          });
          marker.bindPopup(box);
        },
      }).addTo(map);
      map.fitBounds(layer.getBounds(), { maxZoom: 14, padding: [24, 24] });
    })
    .catch(function () {
      element.hidden = true;
    });
})();
