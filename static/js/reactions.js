// Likes and dislikes in place, one per browser, without a cookie that would keep the page
// out of the page cache: a random token in localStorage names this browser (the server
// keeps only its hash), and what it chose is remembered here to mark the pressed button.
//
// The list of comments may come from the cache, counted before this browser's latest
// clicks (data-counted-at, server time). Each change is kept with the server time it was
// made and what it replaced, so the counts are corrected by the difference between what
// the browser chose then and now; a page rendered after the change needs no correction.
// Without JavaScript, or without localStorage, the buttons post as plain forms.
(function () {
  "use strict";
  var KEY = "guyub.tanggapan";
  // Longer than any cached list lives (PAGE_CACHE_SECONDS): older changes are counted.
  var KEEP_MS = 2 * 24 * 60 * 60 * 1000;
  var list = document.querySelector("[data-counted-at]");
  if (!list || !window.fetch || !window.crypto) { return; }
  var countedAt = Number(list.getAttribute("data-counted-at")) || 0;
  var store;
  try {
    store = JSON.parse(window.localStorage.getItem(KEY) || "null") || {};
  } catch (error) { return; }
  if (!store.token) {
    var bytes = new Uint8Array(24);
    window.crypto.getRandomValues(bytes);
    store.token = Array.prototype.map.call(bytes, function (b) {
      return (b < 16 ? "0" : "") + b.toString(16);
    }).join("");
  }
  store.comments = store.comments || {};
  if (!save()) { return; }

  function save() {
    try {
      window.localStorage.setItem(KEY, JSON.stringify(store));
      return true;
    } catch (error) { return false; }
  }

  function counter(form, kind) {
    var button = form.querySelector('button[value="' + kind + '"]');
    return button && button.querySelector("[data-count]");
  }

  function shift(form, kind, delta) {
    var count = kind && counter(form, kind);
    if (count) { count.textContent = String(Math.max(0, Number(count.textContent) + delta)); }
  }

  function press(form, kind) {
    form.querySelectorAll("button[value]").forEach(function (button) {
      button.setAttribute("aria-pressed", button.value === kind ? "true" : "false");
    });
  }

  // What this browser had chosen when the list was counted, or undefined when the list
  // already shows its latest choice.
  function chosenWhenCounted(entry) {
    for (var i = 0; i < entry.changes.length; i += 1) {
      if (entry.changes[i][0] > countedAt) { return entry.changes[i][1]; }
    }
    return undefined;
  }

  var now = Date.now();
  Object.keys(store.comments).forEach(function (id) {
    var entry = store.comments[id];
    entry.changes = (entry.changes || []).filter(function (change) {
      return now - change[0] < KEEP_MS;
    });
    if (!entry.kind && !entry.changes.length) { delete store.comments[id]; }
  });

  list.querySelectorAll("[data-reactions]").forEach(function (form) {
    var entry = store.comments[form.getAttribute("data-reactions")];
    var kind = entry ? entry.kind : "";
    var before = entry ? chosenWhenCounted(entry) : undefined;
    if (before !== undefined && before !== kind) {
      shift(form, before, -1);
      shift(form, kind, 1);
    }
    press(form, kind);
  });

  var csrfToken = null;
  function token(form) {
    if (!csrfToken) {
      var field = form.querySelector("[data-csrf-fill]");
      csrfToken = fetch(field.getAttribute("data-csrf-fill"), {
        credentials: "same-origin",
        headers: { Accept: "application/json" },
      }).then(function (response) {
        if (!response.ok) { throw new Error("csrf " + response.status); }
        return response.json();
      }).then(function (data) { return data.token; });
      csrfToken.catch(function () { csrfToken = null; });
    }
    return csrfToken;
  }

  function say(form, message) {
    var status = form.nextElementSibling;
    if (!status || !status.hasAttribute("data-reaction-status")) {
      status = document.createElement("span");
      status.setAttribute("role", "status");
      status.setAttribute("data-reaction-status", "");
      status.className = "comment__reaction-error";
      form.parentNode.insertBefore(status, form.nextSibling);
    }
    status.textContent = message;
  }

  var lastClicked = null;
  list.addEventListener("click", function (event) {
    lastClicked = event.target.closest("[data-reactions] button[value]");
  });

  list.addEventListener("submit", function (event) {
    var form = event.target.closest("[data-reactions]");
    if (!form) { return; }
    // Handled here: csrf.js (listening on the document) would post the form the old way.
    event.preventDefault();
    event.stopPropagation();
    var button = event.submitter || lastClicked;
    if (!button || form.getAttribute("aria-busy") === "true") { return; }
    var id = form.getAttribute("data-reactions");
    form.setAttribute("aria-busy", "true");
    token(form).then(function (csrf) {
      var body = new URLSearchParams();
      body.set("kind", button.value);
      body.set("browser", store.token);
      return fetch(form.action, {
        method: "POST",
        credentials: "same-origin",
        headers: { Accept: "application/json", "X-CSRFToken": csrf },
        body: body,
      });
    }).then(function (response) {
      return response.json().catch(function () { return {}; }).then(function (data) {
        // Only the server's own (Indonesian) message is shown; anything else is generic.
        if (!response.ok || typeof data.mine !== "string") { throw { text: data.error }; }
        return data;
      });
    }).then(function (data) {
      var entry = store.comments[id] || { kind: "", changes: [] };
      entry.changes.push([data.at, entry.kind]);
      entry.changes = entry.changes.slice(-10);
      entry.kind = data.mine;
      store.comments[id] = entry;
      save();
      counter(form, "like").textContent = String(data.likes);
      counter(form, "dislike").textContent = String(data.dislikes);
      press(form, data.mine);
      say(form, "");
    }).catch(function (error) {
      say(form, (error && error.text) || list.getAttribute("data-reaction-error"));
    }).then(function () {
      form.removeAttribute("aria-busy");
    });
  });
})();
