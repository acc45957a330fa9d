// Dependent region selects (provinsi > kabupaten/kota > kecamatan > kelurahan/desa).
// Without JavaScript the form's "Tampilkan pilihan wilayah berikutnya" button reloads
// the form with the next list filled in; with it, the lists fill in place.
(function () {
  "use strict";
  var container = document.querySelector("[data-region-select]");
  if (!container || !window.fetch) {
    return;
  }
  var order = ["provinsi", "kabupaten", "kecamatan", "desa"];
  var selects = order.map(function (level) {
    return container.querySelector('select[data-region-level="' + level + '"]');
  });
  var refresh = container.querySelector("[data-region-refresh]");
  if (refresh) {
    refresh.hidden = true;
  }

  function reset(select) {
    while (select.options.length > 1) {
      select.remove(1);
    }
    select.value = "";
  }

  selects.forEach(function (select, index) {
    if (!select || index === selects.length - 1) {
      return;
    }
    select.addEventListener("change", function () {
      for (var i = index + 1; i < selects.length; i++) {
        reset(selects[i]);
      }
      if (!select.value) {
        return;
      }
      var next = selects[index + 1];
      var url = container.dataset.endpoint + "?induk=" + encodeURIComponent(select.value);
      fetch(url)
        .then(function (response) {
          return response.json();
        })
        .then(function (data) {
          data.options.forEach(function (option) {
            next.add(new Option(option.name, option.code));
          });
        })
        .catch(function () {
          if (refresh) {
            refresh.hidden = false;
          }
        });
    });
  });
})();
