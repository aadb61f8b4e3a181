// Progressive enhancement only: the form posts and is validated on the server without this script.
(function () {
  "use strict";
  var english = document.documentElement.lang === "en";

  // An error summary takes the focus, so a screen reader reads it first; its links move to the field itself.
  var showSummary = function (summary) {
    summary.addEventListener("click", function (event) {
      var link = event.target.closest("a[href^='#']");
      var target = link && document.getElementById(link.hash.slice(1));
      if (!target) { return; }
      event.preventDefault();
      (target.querySelector("input:checked, input, select, textarea") || target).focus();
    });
    summary.focus();
  };
  var served = document.querySelector(".error-summary");
  if (served) { showSummary(served); }

  var form = document.querySelector("form.survey-form");
  if (!form) { return; }

  form.querySelectorAll("textarea[maxlength]").forEach(function (area) {
    var counter = document.getElementById(area.id + "-count");
    if (!counter) { return; }
    var max = Number(counter.dataset.max);
    var update = function () {
      var used = Array.from(area.value).length;
      counter.textContent = english
        ? used + " of " + max + " characters"
        : "已輸入 " + used + " 字，上限 " + max + " 字";
    };
    area.addEventListener("input", update);
  });

  form.addEventListener("submit", function (event) {
    var message = form.dataset.requiredMessage;
    var missing = [];
    form.querySelectorAll("fieldset[data-required='true']").forEach(function (set) {
      var answered = set.querySelector("input:checked") !== null;
      var existing = set.querySelector(".client-error");
      if (existing) { existing.remove(); set.removeAttribute("aria-describedby"); }
      set.classList.toggle("has-error", !answered);
      if (!answered) {
        var note = document.createElement("p");
        note.className = "field-error client-error";
        note.id = set.id + "-client-error";
        note.textContent = message;
        set.querySelector("legend").after(note);
        set.setAttribute("aria-describedby", note.id);
        missing.push(set);
      }
    });
    if (missing.length > 0) {
      event.preventDefault();
      document.querySelectorAll(".error-summary").forEach(function (old) { old.remove(); });
      var summary = document.createElement("div");
      summary.className = "error-summary";
      summary.setAttribute("role", "alert");
      summary.setAttribute("aria-labelledby", "error-summary-title");
      summary.tabIndex = -1;
      var heading = document.createElement("h2");
      heading.id = "error-summary-title";
      heading.textContent = english ? "Please correct the following" : "請修正以下問題";
      var list = document.createElement("ul");
      missing.forEach(function (set) {
        var link = document.createElement("a");
        link.href = "#" + set.id;
        link.textContent = set.querySelector("legend").firstChild.textContent.trim() + " — " + message;
        list.appendChild(document.createElement("li")).appendChild(link);
      });
      summary.append(heading, list);
      form.before(summary);
      showSummary(summary);
    }
  });
})();
