// Progressive enhancement only: the form posts without this script and the server computes the total anyway.
(function () {
  "use strict";
  // A form sent back with errors: the summary takes the focus so a screen reader reads it first.
  var summary = document.querySelector(".error-summary");
  if (summary) { summary.focus(); }

  var form = document.querySelector("form.etiquette-form");
  var output = document.getElementById("total");
  if (!form || !output) { return; }

  var inputs = Array.from(form.querySelectorAll("input[type='number'][name^='scores.']"));
  var grades = JSON.parse(output.dataset.grades || "[]");
  var max = inputs.reduce(function (sum, input) { return sum + Number(input.max); }, 0);

  var update = function () {
    var total = 0;
    var scored = 0;
    inputs.forEach(function (input) {
      var value = Number(input.value);
      if (input.value !== "" && Number.isInteger(value) && value >= 0 && value <= Number(input.max)) {
        total += value;
        scored += 1;
      }
    });
    var text = total + " " + output.dataset.of + " " + max;
    if (scored === inputs.length) {
      var grade = grades.find(function (g) { return total >= g.min; });
      if (grade) { text += " — " + grade.name; }
    }
    output.textContent = text;
  };

  inputs.forEach(function (input) { input.addEventListener("input", update); });
  update();
})();
