// The server holds posts that come faster than a person could write them. Measuring
// from the first keystroke (not from page load, which the page cache makes meaningless)
// lets a quick typist through; without JavaScript the field stays empty and the server
// falls back to the page-load time. A form handed back with the visitor's text already
// in it counts from when it appeared.
(function () {
  "use strict";
  document.querySelectorAll("[data-comment-form]").forEach(function (form) {
    var typing = form.elements.typing_ms;
    if (!typing) { return; }
    var textarea = form.querySelector("textarea");
    var firstKey = textarea && textarea.value ? Date.now() : null;
    function started() {
      if (firstKey === null) { firstKey = Date.now(); }
    }
    form.addEventListener("keydown", started);
    form.addEventListener("input", started);
    form.addEventListener("paste", started);
    form.addEventListener("submit", function () {
      if (firstKey !== null) { typing.value = String(Date.now() - firstKey); }
    });
  });
})();

// "Remember me" without a cookie: the name, email and website stay in this browser's
// localStorage and are filled in here, so the shared cached page never carries them and
// no cookie makes the page cache step aside. Only with the visitor's consent (the
// checkbox, added here because without JavaScript it could not work).
(function () {
  "use strict";
  var KEY = "guyub.komentator";
  var FIELDS = ["name", "email", "url"];
  var saved = null;
  try { saved = JSON.parse(window.localStorage.getItem(KEY) || "null"); } catch (error) { return; }
  document.querySelectorAll("[data-comment-form]").forEach(function (form, index) {
    var followup = form.querySelector(".comment-form__check");
    if (!followup || !form.elements.name) { return; }
    var wrapper = document.createElement("div");
    wrapper.className = "comment-form__check";
    var box = document.createElement("input");
    box.type = "checkbox";
    box.id = "ingat-saya-" + index;
    box.setAttribute("data-remember", "");
    var label = document.createElement("label");
    label.htmlFor = box.id;
    label.textContent = form.dataset.rememberLabel;
    wrapper.appendChild(box);
    wrapper.appendChild(label);
    followup.parentNode.insertBefore(wrapper, followup.nextSibling);
    if (saved) {
      box.checked = true;
      FIELDS.forEach(function (name) {
        var field = form.elements[name];
        if (field && !field.value && saved[name]) { field.value = saved[name]; }
      });
    }
    form.addEventListener("submit", function () {
      try {
        if (box.checked) {
          var data = {};
          FIELDS.forEach(function (name) {
            if (form.elements[name]) { data[name] = form.elements[name].value; }
          });
          window.localStorage.setItem(KEY, JSON.stringify(data));
        } else {
          window.localStorage.removeItem(KEY);
        }
      } catch (error) { /* storage full or disabled: nothing to remember then */ }
    });
  });
})();

// Progressive enhancement for the comment section: "Balas" moves the one comment form
// under the comment being answered instead of reloading the page. Without JavaScript
// the same link loads ?balas=<id>, which renders the form in the same place.
(function () {
  "use strict";
  var section = document.querySelector("[data-comments]");
  if (!section) { return; }
  var form = section.querySelector("[data-comment-form]");
  var home = section.querySelector("[data-main-form-slot]");
  if (!form || !home) { return; }
  var field = form.querySelector("[data-reply-field]");
  var title = form.querySelector("[data-reply-title]");
  var cancel = form.querySelector("[data-cancel-reply]");
  var mainTitle = title.textContent;


  function reset() {
    home.appendChild(form);
    field.value = "0";
    title.textContent = mainTitle;
    cancel.hidden = true;
  }

  section.addEventListener("click", function (event) {
    var link = event.target.closest("[data-reply-to]");
    if (link) {
      var slot = section.querySelector('[data-reply-slot="' + link.dataset.replyTo + '"]');
      if (!slot) { return; }
      event.preventDefault();
      slot.appendChild(form);
      field.value = link.dataset.replyTo;
      title.textContent = (title.dataset.replyLabel || "Balas") + " " + link.dataset.replyName;
      cancel.hidden = false;
      form.querySelector("textarea").focus();
      return;
    }
    if (event.target.closest("[data-cancel-reply]") && home.contains(form) === false) {
      event.preventDefault();
      reset();
      form.querySelector("textarea").focus();
    }
  });
})();
