// Landing on a cited passage: every highlighted piece of the quote a link points at (the pieces
// of an elided quote too) is marked as the current passage and brought to the middle of the
// screen, clear of the header. Without JavaScript the first piece is still marked (CSS
// :target) and the anchor's scroll margin keeps it off the top of the screen.
(function () {
  function centre(marks) {
    var first = marks[0].getBoundingClientRect();
    var last = marks[marks.length - 1].getBoundingClientRect();
    var height = last.bottom - first.top;
    var header = document.querySelector(".md-header");
    var top = header ? header.getBoundingClientRect().bottom : 0;
    var room = window.innerHeight - top;
    // A passage taller than the screen starts just below the header; a short one is centred.
    var offset = height > room * 0.8 ? top + 16 : top + (room - height) / 2;
    // Already well placed (the anchor's scroll margin did it): leave it, so nothing jumps.
    if (Math.abs(first.top - offset) < room * 0.15) return;
    window.scrollTo({ top: window.scrollY + first.top - offset, behavior: "instant" });
  }

  function emphasise() {
    document.querySelectorAll("mark.fc-current").forEach(function (mark) {
      mark.classList.remove("fc-current");
    });
    var archive = document.querySelector(".fc-archive");
    var id = decodeURIComponent(window.location.hash.slice(1));
    if (!/^q-[0-9a-f]+$/.test(id)) {
      if (archive) archive.classList.remove("fc-landed");
      return;
    }
    var marks = document.querySelectorAll('mark[data-q~="' + id + '"]');
    marks.forEach(function (mark) { mark.classList.add("fc-current"); });
    if (archive) archive.classList.toggle("fc-landed", marks.length > 0);
    if (marks.length) centre(marks);
  }

  window.addEventListener("hashchange", emphasise);
  // Once on load, after the browser's own jump to the anchor, which would otherwise win.
  if (document.readyState === "complete") emphasise();
  else window.addEventListener("load", function () { requestAnimationFrame(emphasise); });
})();
