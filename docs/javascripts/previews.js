// Citation previews. A marker such as [3] is a plain link to its entry in the page's reference
// list, which quotes the passage, names its source and links to the passage highlighted in the
// archived page. Here the marker opens that entry in a small panel beside it instead: on hover
// with a mouse, on tap, and on Enter from the keyboard (focus moves into the panel; Escape or
// Tab away closes it and returns to the marker). Without JavaScript the link simply works.
(function () {
  var MARKER = "a.fc-ref";
  var hover = window.matchMedia("(hover: hover) and (pointer: fine)");
  var narrow = window.matchMedia("(max-width: 600px)");
  var current = null; // { marker, panel }
  var timer = 0;

  function entryOf(marker) {
    return document.getElementById(marker.getAttribute("href").slice(1));
  }

  function numberOf(marker) {
    return marker.getAttribute("href").replace("#ref-", "");
  }

  function build(marker) {
    var entry = entryOf(marker);
    var body = entry && entry.querySelector(".fc-ref-body");
    if (!body) return null;
    var panel = document.createElement("div");
    var title = "fc-preview-title";
    panel.className = "fc-preview" + (narrow.matches ? " fc-preview--sheet" : "");
    panel.id = "fc-preview";
    panel.setAttribute("role", "dialog");
    panel.setAttribute("aria-labelledby", title);
    panel.tabIndex = -1;
    var heading = document.createElement("p");
    heading.className = "fc-preview__title";
    heading.id = title;
    heading.textContent = "Reference " + numberOf(marker);
    var close = document.createElement("button");
    close.type = "button";
    close.className = "fc-preview__close";
    close.setAttribute("aria-label", "Close reference " + numberOf(marker));
    close.textContent = "×";
    close.addEventListener("click", function () { hide(true); });
    var content = body.cloneNode(true);
    content.className = "fc-preview__body";
    panel.append(heading, close, content);
    var quote = body.querySelector("a.fc-ref-quote");
    if (quote) {
      var go = document.createElement("a");
      go.className = "fc-preview__go";
      go.href = quote.getAttribute("href");
      go.textContent = "Read it highlighted in the source";
      panel.append(go);
    }
    return panel;
  }

  function place(marker, panel) {
    if (narrow.matches) return; // a sheet along the bottom of the screen, by CSS
    var box = marker.getBoundingClientRect();
    var width = panel.offsetWidth;
    var left = Math.min(Math.max(8, box.left - 16), document.documentElement.clientWidth - width - 8);
    var below = box.bottom + 8;
    var top = below + panel.offsetHeight > window.innerHeight && box.top > panel.offsetHeight + 16
      ? box.top - panel.offsetHeight - 8 : below;
    panel.style.left = left + window.scrollX + "px";
    panel.style.top = top + window.scrollY + "px";
  }

  function show(marker, focus) {
    clearTimeout(timer);
    if (current && current.marker === marker) {
      if (focus) current.panel.focus();
      return;
    }
    hide(false);
    var panel = build(marker);
    if (!panel) return;
    document.body.appendChild(panel);
    place(marker, panel);
    marker.setAttribute("aria-expanded", "true");
    marker.setAttribute("aria-controls", panel.id);
    panel.addEventListener("mouseenter", function () { clearTimeout(timer); });
    panel.addEventListener("mouseleave", later);
    panel.addEventListener("focusout", function (event) {
      if (current && !panel.contains(event.relatedTarget) && event.relatedTarget !== marker) hide(false);
    });
    current = { marker: marker, panel: panel };
    if (focus) panel.focus();
  }

  function hide(restore) {
    clearTimeout(timer);
    if (!current) return;
    var marker = current.marker, panel = current.panel;
    current = null; // first, so the panel's focusout below does not close it twice
    if (restore) marker.focus();
    panel.remove();
    marker.setAttribute("aria-expanded", "false");
    marker.removeAttribute("aria-controls");
  }

  function later() {
    clearTimeout(timer);
    timer = setTimeout(function () { hide(false); }, 300);
  }

  document.addEventListener("click", function (event) {
    var marker = event.target.closest && event.target.closest(MARKER);
    if (marker && entryOf(marker)) {
      event.preventDefault();
      if (current && current.marker === marker && !hover.matches) hide(true);
      else show(marker, true);
    } else if (current && !current.panel.contains(event.target)) {
      hide(false);
    }
  });
  document.addEventListener("keydown", function (event) {
    if (event.key === "Escape" && current) hide(true);
  });
  document.addEventListener("mouseover", function (event) {
    var marker = hover.matches && event.target.closest && event.target.closest(MARKER);
    if (!marker || !entryOf(marker)) return;
    clearTimeout(timer);
    timer = setTimeout(function () { show(marker, false); }, 150);
  });
  document.addEventListener("mouseout", function (event) {
    var marker = event.target.closest && event.target.closest(MARKER);
    if (marker && current && current.marker === marker) later();
    else if (marker) clearTimeout(timer);
  });
  window.addEventListener("resize", function () { hide(false); });
})();
