// Emphasise the passage a citation points at: every highlighted piece of that quote, including
// the pieces of an elided quote. Without JavaScript all cited passages stay highlighted and the
// link still scrolls to the passage.
(function () {
  function emphasise() {
    document.querySelectorAll("mark.fc-current").forEach(function (mark) {
      mark.classList.remove("fc-current");
    });
    var id = decodeURIComponent(window.location.hash.slice(1));
    if (!/^q-[0-9a-f]+$/.test(id)) return;
    var marks = document.querySelectorAll('mark[data-q~="' + id + '"]');
    marks.forEach(function (mark) { mark.classList.add("fc-current"); });
    if (marks.length) marks[0].scrollIntoView({ block: "center" });
  }
  window.addEventListener("hashchange", emphasise);
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", emphasise);
  } else {
    emphasise();
  }
})();
