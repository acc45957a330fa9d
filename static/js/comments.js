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
