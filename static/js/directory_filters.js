// Direktori Kelompok filters, progressive enhancement over a plain GET form:
// - a region select only offers the regions inside the level chosen above it (codes are
//   hierarchical: "31.74" lies in "31"), so no impossible combination is submitted;
// - on a phone the filter panel starts folded, so the first results are on screen;
// - once the map has loaded, a phone shows either the list or the map, with a toggle;
// - "Urutkan dari yang terdekat" where the browser can tell its location.
(function () {
  "use strict";
  var narrow = window.matchMedia("(max-width: 55.99rem)");

  // Each region select offers only the regions inside the nearest level chosen above it.
  // The page lists every region that has groups (those outside the current choice come
  // disabled), so the options follow a new province at once, with their counts.
  var regionIds = ["filter-provinsi", "filter-kabupaten", "filter-kecamatan"];
  function followRegions(changed) {
    var parent = "";
    regionIds.forEach(function (id, level) {
      var select = document.getElementById(id);
      if (!select) {
        return;
      }
      if (level > changed) {
        var prefix = parent ? parent + "." : "";
        Array.prototype.forEach.call(select.options, function (option) {
          var fits = option.value === "" || option.value.indexOf(prefix) === 0;
          option.hidden = !fits;
          option.disabled = !fits;
        });
        if (select.selectedOptions.length && select.selectedOptions[0].disabled) {
          select.value = "";
        }
      }
      parent = select.value || parent;
    });
  }
  regionIds.forEach(function (id, level) {
    var select = document.getElementById(id);
    if (select) {
      select.addEventListener("change", function () {
        followRegions(level);
      });
    }
  });

  // "Near me": the browser's location, rounded to about 1 km, goes into this GET form's
  // query string and nowhere else; the page sorted by it is never cached.
  var nearButton = document.querySelector("[data-near-me]");
  var nearStatus = document.querySelector("[data-near-me-status]");
  if (nearButton && navigator.geolocation) {
    nearButton.hidden = false;
    nearButton.addEventListener("click", function () {
      nearStatus.textContent = "Mencari lokasi Anda…";
      navigator.geolocation.getCurrentPosition(
        function (position) {
          var form = nearButton.form;
          var input = document.createElement("input");
          input.type = "hidden";
          input.name = "dekat";
          input.value = position.coords.latitude.toFixed(2) + "," + position.coords.longitude.toFixed(2);
          form.appendChild(input);
          var sort = form.querySelector("#filter-urut");
          if (sort) {
            sort.disabled = true;
          }
          form.submit();
        },
        function () {
          nearStatus.textContent =
            "Lokasi Anda tidak dapat dibaca. Izinkan akses lokasi di peramban, atau pilih wilayah di atas.";
        },
        { maximumAge: 600000, timeout: 15000 }
      );
    });
  }

  var panel = document.querySelector(".filter-panel");
  if (panel && narrow.matches) {
    panel.open = false;
  }
  if (panel && narrow.addEventListener) {
    narrow.addEventListener("change", function (event) {
      panel.open = !event.matches;
    });
  }

  var map = document.getElementById("peta-kelompok");
  var results = document.querySelector(".directory__results");
  if (!map || !results || !window.MutationObserver) {
    return;
  }
  function addToggle() {
    if (map.hidden || results.querySelector(".view-toggle")) {
      return;
    }
    var button = document.createElement("button");
    button.type = "button";
    button.className = "view-toggle button button--light";
    button.setAttribute("aria-controls", "peta-kelompok");
    function show(mapView) {
      results.classList.toggle("is-map-view", mapView);
      button.setAttribute("aria-pressed", mapView ? "true" : "false");
      button.textContent = mapView ? "Tampilkan daftar" : "Tampilkan peta";
      if (mapView) {
        // Leaflet measured a hidden box; let it measure again.
        window.dispatchEvent(new Event("resize"));
      }
    }
    button.addEventListener("click", function () {
      show(!results.classList.contains("is-map-view"));
    });
    results.classList.add("has-view-toggle");
    map.parentNode.insertBefore(button, map);
    show(false);
  }
  new MutationObserver(addToggle).observe(map, { attributes: true, attributeFilter: ["hidden"] });
  addToggle();
})();
