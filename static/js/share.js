// Progressive enhancement for the article share bar: reveal the "copy link" button
// where the Clipboard API exists and announce the result in the status line.
(function () {
  "use strict";
  if (!navigator.clipboard || !window.isSecureContext) {
    return;
  }
  document.querySelectorAll("[data-copy-url]").forEach(function (button) {
    var status = button.closest(".share") && button.closest(".share").querySelector(".share__status");
    button.hidden = false;
    button.addEventListener("click", function () {
      navigator.clipboard.writeText(button.dataset.copyUrl).then(
        function () {
          if (status) { status.textContent = button.dataset.copiedLabel; }
        },
        function () {
          if (status) { status.textContent = button.dataset.copyUrl; }
        }
      );
    });
  });
})();
