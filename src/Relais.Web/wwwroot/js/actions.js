// Small enhancements available on every page, all optional: without JavaScript the buttons stay hidden and
// the page says how to do the same thing (the browser's Print command, selecting the link).
(function () {
  "use strict";

  document.querySelectorAll("[data-print]").forEach(function (button) {
    button.hidden = false;
    button.addEventListener("click", function () { window.print(); });
  });

  document.querySelectorAll("[data-copy]").forEach(function (button) {
    if (!navigator.clipboard) { return; }
    button.hidden = false;
    button.addEventListener("click", function () {
      var id = button.getAttribute("data-copy");
      var field = document.getElementById(id);
      var status = document.querySelector('[data-copy-status="' + id + '"]');
      navigator.clipboard.writeText(field.value).then(function () {
        if (status) { status.textContent = "Lien copié."; }
      }, function () {
        field.select();
        if (status) { status.textContent = "La copie n'a pas pu se faire : le lien est sélectionné, copiez-le avec Ctrl+C."; }
      });
    });
  });
})();
