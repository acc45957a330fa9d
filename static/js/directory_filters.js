// Direktori Kelompok filters, progressive enhancement over a plain GET form:
// - a region select only offers the regions inside the level chosen above it (codes are
//   hierarchical: "31.74" lies in "31"), so no impossible combination is submitted;
// - on a phone the filter panel starts folded, so the first results are on screen;
// - once the map has loaded, a phone shows either the list or the map, with a toggle.
(function () {
  "use strict";
  var narrow = window.matchMedia("(max-width: 55.99rem)");

  function followParent(parentId, childIds) {
    var parent = document.getElementById(parentId);
    if (!parent) {
      return;
    }
    parent.addEventListener("change", function () {
      childIds.forEach(function (childId, depth) {
        var child = document.getElementById(childId);
        if (!child) {
          return;
        }
        var prefix = parent.value ? parent.value + "." : "";
        Array.prototype.forEach.call(child.options, function (option) {
          // Only the direct child level follows the new parent; deeper levels wait for it.
          var fits = option.value === "" || (depth === 0 && prefix && option.value.indexOf(prefix) === 0);
          option.hidden = !fits;
          option.disabled = !fits;
        });
        if (child.selectedOptions.length && child.selectedOptions[0].disabled) {
          child.value = "";
        }
      });
    });
  }
  followParent("filter-provinsi", ["filter-kabupaten", "filter-kecamatan"]);
  followParent("filter-kabupaten", ["filter-kecamatan"]);

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
