// Forms on cached pages carry an empty CSRF field (`{% csrf_input %}`): a cached page
// must not contain anyone's token. Fetch a fresh token at submit time and send the form.
// Without JavaScript the server offers to resend the submission (home.views.csrf_failure).
(function () {
  "use strict";
  var SELECTOR = "input[data-csrf-fill]";

  document.addEventListener("submit", function (event) {
    var form = event.target;
    var field = form.querySelector && form.querySelector(SELECTOR);
    if (!field || field.value || form.hasAttribute("data-csrf-tried")) {
      return;
    }
    event.preventDefault();
    form.setAttribute("data-csrf-tried", "");
    fetch(field.getAttribute("data-csrf-fill"), {
      credentials: "same-origin",
      headers: { Accept: "application/json" },
    })
      .then(function (response) {
        if (!response.ok) {
          throw new Error("csrf " + response.status);
        }
        return response.json();
      })
      .then(function (data) {
        field.value = data.token;
      })
      .catch(function () {
        // Leave the field empty: the server-side fallback still lets the visitor resend.
      })
      .then(function () {
        if (form.requestSubmit && event.submitter) {
          form.requestSubmit(event.submitter);
        } else {
          form.submit();
        }
      });
  });
})();
