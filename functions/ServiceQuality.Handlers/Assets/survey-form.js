// Progressive enhancement only: the form posts and is validated on the server without this script.
(function () {
  "use strict";
  var form = document.querySelector("form.survey-form");
  if (!form) { return; }

  form.querySelectorAll("textarea[maxlength]").forEach(function (area) {
    var counter = document.getElementById(area.id + "-count");
    if (!counter) { return; }
    var max = Number(counter.dataset.max);
    var update = function () {
      var used = Array.from(area.value).length;
      counter.textContent = document.documentElement.lang === "en"
        ? used + " of " + max + " characters"
        : "已輸入 " + used + " 字，上限 " + max + " 字";
    };
    area.addEventListener("input", update);
  });

  form.addEventListener("submit", function (event) {
    var message = form.dataset.requiredMessage;
    var firstMissing = null;
    form.querySelectorAll("fieldset[data-required='true']").forEach(function (set) {
      var answered = set.querySelector("input:checked") !== null;
      var existing = set.querySelector(".client-error");
      if (existing) { existing.remove(); }
      set.classList.toggle("has-error", !answered);
      if (!answered) {
        var note = document.createElement("p");
        note.className = "field-error client-error";
        note.id = set.id + "-client-error";
        note.textContent = message;
        set.querySelector("legend").after(note);
        set.setAttribute("aria-describedby", note.id);
        firstMissing = firstMissing || set;
      }
    });
    if (firstMissing) {
      event.preventDefault();
      firstMissing.querySelector("input").focus();
    }
  });
})();
