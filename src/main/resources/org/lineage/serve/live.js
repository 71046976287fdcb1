// Live reload for pages served by `lineage serve` (never part of a built site): reloads the page
// after a good rebuild; after a failed one, shows the diagnostics over the last good page. Every
// string from the server is set with textContent, never parsed as HTML.
(function () {
  "use strict";
  var ID = "lineage-problems";

  function clear() {
    var old = document.getElementById(ID);
    if (old) {
      old.remove();
    }
  }

  function el(tag, text, style) {
    var e = document.createElement(tag);
    if (text !== undefined) {
      e.textContent = text;
    }
    Object.assign(e.style, style || {});
    return e;
  }

  function show(report) {
    clear();
    var box = el("section", undefined, {
      position: "fixed", inset: "0", zIndex: "2147483647", overflow: "auto",
      background: "rgba(24, 24, 27, 0.94)", color: "#f4f4f5", padding: "1.5rem 2rem",
      font: "14px/1.5 ui-monospace, SFMono-Regular, Menlo, Consolas, monospace"
    });
    box.id = ID;
    box.setAttribute("role", "alert");
    box.appendChild(el("h2", report.title, { font: "bold 16px/1.4 sans-serif", margin: "0 0 1rem" }));
    var list = el("ol", undefined, { margin: "0", padding: "0", listStyle: "none" });
    report.problems.forEach(function (p) {
      var item = el("li", undefined, { margin: "0 0 1rem" });
      item.className = "problem";
      var head = el("div");
      head.appendChild(el("span", p.where, { color: "#93c5fd" }));
      head.appendChild(el("span", ": "));
      head.appendChild(el("span", p.severity + "[" + p.code + "]",
        { color: p.severity === "error" ? "#fca5a5" : "#fde68a" }));
      head.appendChild(el("span", ": " + p.message));
      item.appendChild(head);
      if (p.hint) {
        item.appendChild(el("div", "hint: " + p.hint, { color: "#a1a1aa", paddingLeft: "2ch" }));
      }
      list.appendChild(item);
    });
    box.appendChild(list);
    if (report.more > 0) {
      box.appendChild(el("p", "… and " + report.more + " more (see the terminal)"));
    }
    document.body.appendChild(box);
  }

  var events = new EventSource("/__lineage/events");
  events.onmessage = function (e) {
    if (e.data === "reload") {
      clear();
      location.reload();
    }
  };
  events.addEventListener("problems", function (e) {
    show(JSON.parse(e.data));
  });
})();
