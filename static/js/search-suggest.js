/*
 * Header search suggestions (progressive enhancement).
 *
 * Enhances every <input data-suggest-url>: as the person types (2+ characters),
 * page titles from the JSON endpoint appear in a listbox below, referenced with
 * aria-controls and aria-activedescendant (the input keeps its searchbox role, so
 * it stays "the search box" for assistive technology). Arrow keys move, Enter
 * opens the highlighted page, Escape closes. Without JavaScript the form simply
 * submits to /cari/.
 */
(function () {
  "use strict";

  var DELAY_MS = 180;
  var counter = 0;

  function enhance(input) {
    var url = input.getAttribute("data-suggest-url");
    var form = input.form;
    if (!url || !form || !window.fetch) {
      return;
    }
    counter += 1;
    var listId = "search-suggestions-" + counter;
    var list = document.createElement("ul");
    list.id = listId;
    list.className = "search-suggestions";
    list.setAttribute("role", "listbox");
    list.setAttribute("aria-label", input.getAttribute("data-suggest-label") || "Saran");
    list.hidden = true;
    form.classList.add("has-suggestions");
    form.appendChild(list);

    input.setAttribute("aria-autocomplete", "list");
    input.setAttribute("aria-controls", listId);

    var timer = null;
    var active = -1;
    var items = [];
    var lastQuery = "";
    var controller = null;

    function close() {
      list.hidden = true;
      input.removeAttribute("aria-activedescendant");
      active = -1;
    }

    function setActive(index) {
      var options = list.querySelectorAll("[role=option]");
      options.forEach(function (option, i) {
        option.setAttribute("aria-selected", i === index ? "true" : "false");
      });
      active = index;
      if (index >= 0 && options[index]) {
        input.setAttribute("aria-activedescendant", options[index].id);
      } else {
        input.removeAttribute("aria-activedescendant");
      }
    }

    function render(results) {
      items = results;
      list.textContent = "";
      if (!results.length) {
        close();
        return;
      }
      results.forEach(function (result, i) {
        var option = document.createElement("li");
        option.id = listId + "-" + i;
        option.setAttribute("role", "option");
        option.setAttribute("aria-selected", "false");
        var link = document.createElement("a");
        link.href = result.url;
        link.textContent = result.title;
        link.tabIndex = -1;
        option.appendChild(link);
        option.addEventListener("mousedown", function (event) {
          // Keep focus in the input until the click navigates.
          event.preventDefault();
        });
        option.addEventListener("click", function () {
          window.location.assign(result.url);
        });
        list.appendChild(option);
      });
      list.hidden = false;
      setActive(-1);
    }

    function fetchSuggestions() {
      var query = input.value.trim();
      if (query === lastQuery) {
        return;
      }
      lastQuery = query;
      if (query.length < 2) {
        render([]);
        return;
      }
      if (controller) {
        controller.abort();
      }
      controller = window.AbortController ? new AbortController() : null;
      var requestUrl = url + "?q=" + encodeURIComponent(query);
      fetch(requestUrl, {
        headers: { Accept: "application/json" },
        signal: controller ? controller.signal : undefined,
      })
        .then(function (response) {
          return response.ok ? response.json() : { results: [] };
        })
        .then(function (data) {
          if (input.value.trim() === query) {
            render(data.results || []);
          }
        })
        .catch(function () {
          /* Network errors and aborts leave the plain search form working. */
        });
    }

    input.addEventListener("input", function () {
      window.clearTimeout(timer);
      timer = window.setTimeout(fetchSuggestions, DELAY_MS);
    });

    input.addEventListener("keydown", function (event) {
      if (list.hidden) {
        return;
      }
      if (event.key === "ArrowDown") {
        event.preventDefault();
        setActive((active + 1) % items.length);
      } else if (event.key === "ArrowUp") {
        event.preventDefault();
        setActive(active <= 0 ? items.length - 1 : active - 1);
      } else if (event.key === "Enter" && active >= 0) {
        event.preventDefault();
        window.location.assign(items[active].url);
      } else if (event.key === "Escape") {
        close();
      }
    });

    input.addEventListener("blur", function () {
      window.setTimeout(close, 100);
    });
  }

  document.querySelectorAll("input[data-suggest-url]").forEach(enhance);
})();
