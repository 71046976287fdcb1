// Evolution trees, explorable. Without this script every figure is complete and every model a
// link; with it, selecting a model lights its ancestors and descendants and dims the rest (a
// second selection follows the link), a filter lights the steps that changed a capability, the
// drawing zooms and pans, arrow keys move between models, and a phone opens each tree centred on
// the page's model. Text is only ever set with textContent.
(function () {
  "use strict";
  var SVG = "http://www.w3.org/2000/svg";
  var figures = document.querySelectorAll("figure.tree-block");
  for (var i = 0; i < figures.length; i++) setup(figures[i]);

  function each(list, f) {
    for (var i = 0; i < list.length; i++) f(list[i], i);
  }

  function fmt(s, args) {
    return (s || "").replace(/\{(\d)\}/g, function (m, i) {
      return args[+i] === undefined ? m : String(args[+i]);
    });
  }

  function setup(fig) {
    if (fig.getAttribute("data-ready")) return;
    fig.setAttribute("data-ready", "true");
    var labels = {};
    try {
      labels = JSON.parse(fig.getAttribute("data-labels") || "{}");
    } catch (e) {
      labels = {};
    }
    var tools = fig.querySelector(".tree-tools");
    var filter = fig.querySelector(".tree-filter");
    var status = fig.querySelector(".tree-status");
    var cue = fig.querySelector(".tree-cue");
    var toggle = fig.querySelector(".analogue-toggle");
    var scale = 1;
    var selected = null;
    var dragged = false;
    if (tools) tools.hidden = false;

    function drawings() {
      return fig.querySelectorAll(".tree-scroll > svg.lineage-tree");
    }

    function shown() {
      var out = [];
      each(fig.querySelectorAll(".tree-scroll"), function (s) {
        if (s.offsetParent !== null) out.push(s);
      });
      return out;
    }

    // The lineage of one drawing, read from its edges' data attributes.
    function graph(svg) {
      if (svg.lineageGraph) return svg.lineageGraph;
      var g = { parents: {}, children: {}, nodes: {} };
      each(svg.querySelectorAll("a.node"), function (a) {
        g.nodes[a.getAttribute("data-model")] = a;
      });
      each(svg.querySelectorAll("g.edge"), function (e) {
        var p = e.getAttribute("data-parent");
        var c = e.getAttribute("data-child");
        (g.parents[c] = g.parents[c] || []).push(p);
        (g.children[p] = g.children[p] || []).push(c);
      });
      svg.lineageGraph = g;
      return g;
    }

    function walk(id, next) {
      var seen = {};
      var todo = [id];
      var n = 0;
      while (todo.length) {
        var x = todo.pop();
        var ys = next[x] || [];
        for (var i = 0; i < ys.length; i++) {
          if (!seen[ys[i]]) {
            seen[ys[i]] = true;
            n++;
            todo.push(ys[i]);
          }
        }
      }
      return { set: seen, count: n };
    }

    function name(a) {
      var t = a.querySelector(".name");
      return t ? t.textContent : a.getAttribute("data-model");
    }

    function clearDrawing(svg) {
      svg.classList.remove("exploring");
      each(svg.querySelectorAll(".lit, .selected, .counterpart, .changed"), function (el) {
        el.classList.remove("lit", "selected", "counterpart", "changed");
      });
      each(svg.querySelectorAll(".js-badge"), function (el) {
        el.parentNode.removeChild(el);
      });
    }

    function say(parts) {
      while (status.firstChild) status.removeChild(status.firstChild);
      each(parts, function (p) {
        status.appendChild(typeof p === "string" ? document.createTextNode(p) : p);
      });
    }

    function clear() {
      selected = null;
      each(drawings(), clearDrawing);
      if (filter) filter.value = "";
      say([]);
    }

    function select(id) {
      selected = id;
      if (filter) filter.value = "";
      var counts = null;
      var link = null;
      each(drawings(), function (svg) {
        clearDrawing(svg);
        var g = graph(svg);
        var own = g.nodes[id];
        if (!own) return;
        svg.classList.add("exploring");
        var up = walk(id, g.parents);
        var down = walk(id, g.children);
        up.set[id] = true;
        down.set[id] = true;
        each(svg.querySelectorAll("a.node"), function (a) {
          var m = a.getAttribute("data-model");
          if (up.set[m] || down.set[m]) a.classList.add("lit");
          var of = (a.getAttribute("data-analogue-of") || "").split(" ");
          var mine = (own.getAttribute("data-analogue-of") || "").split(" ");
          if (of.indexOf(id) >= 0 || mine.indexOf(m) >= 0) a.classList.add("counterpart");
        });
        own.classList.add("selected");
        each(svg.querySelectorAll("g.edge"), function (e) {
          var p = e.getAttribute("data-parent");
          var c = e.getAttribute("data-child");
          if ((up.set[p] && up.set[c]) || (down.set[p] && down.set[c])) e.classList.add("lit");
        });
        if (!counts || svg.parentNode.offsetParent !== null) {
          counts = [name(own), up.count, down.count];
          link = own.getAttribute("href");
        }
      });
      if (!counts) return;
      var open = document.createElement("a");
      open.href = link;
      open.className = "tree-open";
      open.textContent = fmt(labels.open, [counts[0]]);
      var reset = document.createElement("button");
      reset.type = "button";
      reset.className = "tree-clear";
      reset.textContent = labels.clear || "×";
      reset.addEventListener("click", function () {
        clear();
      });
      say([fmt(labels.selected, counts) + " ", open, " ", reset]);
    }

    function filterBy(cap) {
      selected = null;
      var steps = [];
      each(drawings(), function (svg) {
        clearDrawing(svg);
        if (!cap) return;
        svg.classList.add("exploring");
        var visible = svg.parentNode.offsetParent !== null;
        each(svg.querySelectorAll("a.node"), function (a) {
          var changes = (a.getAttribute("data-changes") || "").split(" ");
          for (var i = 0; i < changes.length; i++) {
            var k = changes[i].lastIndexOf(":");
            if (k > 0 && changes[i].slice(0, k) === cap) {
              var symbol = changes[i].slice(k + 1);
              a.classList.add("lit", "changed");
              badge(a, symbol);
              if (visible) steps.push(name(a) + " (" + symbol + ")");
            }
          }
        });
        each(svg.querySelectorAll("g.edge"), function (e) {
          var child = graph(svg).nodes[e.getAttribute("data-child")];
          if (child && child.classList.contains("changed")) e.classList.add("lit");
        });
      });
      if (!cap) {
        say([]);
        return;
      }
      var capName = filter.options[filter.selectedIndex].textContent;
      say([
        steps.length
          ? fmt(labels.filtered, [capName, steps.join(labels.separator || ", ")])
          : fmt(labels.filtered_none, [capName])
      ]);
    }

    // The change symbol at the card's top right, as the traced trees draw it.
    function badge(a, symbol) {
      var card = a.querySelector("rect.card");
      if (!card) return;
      var right = +card.getAttribute("x") + +card.getAttribute("width") - 6;
      var top = +card.getAttribute("y") + 6;
      var w = 12 + symbol.length * 8;
      var g = document.createElementNS(SVG, "g");
      g.setAttribute("class", "js-badge");
      g.setAttribute("aria-hidden", "true");
      var r = document.createElementNS(SVG, "rect");
      r.setAttribute("x", right - w);
      r.setAttribute("y", top);
      r.setAttribute("width", w);
      r.setAttribute("height", 17);
      r.setAttribute("rx", 8);
      var t = document.createElementNS(SVG, "text");
      t.setAttribute("x", right - w / 2);
      t.setAttribute("y", top + 13);
      t.setAttribute("text-anchor", "middle");
      t.textContent = symbol;
      g.appendChild(r);
      g.appendChild(t);
      a.appendChild(g);
    }

    function zoom(to) {
      var keep = shown().map(function (s) {
        return {
          s: s,
          x: (s.scrollLeft + s.clientWidth / 2) / Math.max(1, s.scrollWidth),
          y: s.scrollTop
        };
      });
      scale = Math.max(0.3, Math.min(2.5, to));
      each(drawings(), function (svg) {
        var w = +svg.getAttribute("width");
        svg.style.width = scale === 1 ? "" : Math.round(w * scale) + "px";
      });
      fig.setAttribute("data-zoom", Math.round(scale * 100));
      each(keep, function (k) {
        k.s.scrollLeft = k.x * k.s.scrollWidth - k.s.clientWidth / 2;
      });
      overflow();
    }

    function overflow() {
      var any = false;
      each(shown(), function (s) {
        var over = s.scrollWidth > s.clientWidth + 1;
        s.classList.toggle("overflows", over);
        any = any || over;
      });
      if (cue) cue.hidden = !any;
    }

    // Scrolls each shown drawing so that the page's model (or the spine's start) is in the middle.
    function centre() {
      var id = fig.getAttribute("data-focus");
      if (!id) return;
      each(shown(), function (s) {
        if (s.scrollWidth <= s.clientWidth + 1) return;
        var a = s.querySelector('a.node[data-model="' + id.replace(/["\\]/g, "") + '"]');
        if (!a) return;
        var box = a.getBoundingClientRect();
        var frame = s.getBoundingClientRect();
        s.scrollLeft += box.left + box.width / 2 - (frame.left + frame.width / 2);
      });
    }

    function neighbour(from, key) {
      var svg = from.ownerSVGElement || from.closest("svg");
      var a = from.getBoundingClientRect();
      var ax = a.left + a.width / 2;
      var ay = a.top + a.height / 2;
      var best = null;
      var bestScore = Infinity;
      each(svg.querySelectorAll("a.node"), function (n) {
        if (n === from) return;
        var b = n.getBoundingClientRect();
        var dx = b.left + b.width / 2 - ax;
        var dy = b.top + b.height / 2 - ay;
        var main = { ArrowRight: dx, ArrowLeft: -dx, ArrowDown: dy, ArrowUp: -dy }[key];
        var side = key === "ArrowLeft" || key === "ArrowRight" ? Math.abs(dy) : Math.abs(dx);
        if (main <= 1) return;
        var score = main + 2 * side;
        if (score < bestScore) {
          bestScore = score;
          best = n;
        }
      });
      return best;
    }

    fig.addEventListener("click", function (e) {
      if (dragged) {
        dragged = false;
        e.preventDefault();
        return;
      }
      var a = e.target.closest ? e.target.closest("a.node") : null;
      if (!a || e.button !== 0 || e.ctrlKey || e.metaKey || e.shiftKey || e.altKey) return;
      var id = a.getAttribute("data-model");
      if (selected === id) return; // a second selection follows the link
      e.preventDefault();
      select(id);
      a.focus();
    });

    fig.addEventListener("keydown", function (e) {
      if (e.key === "Escape") {
        if (selected || (filter && filter.value)) {
          clear();
          e.preventDefault();
        }
        return;
      }
      var a = e.target.closest ? e.target.closest("a.node") : null;
      if (a && /^Arrow(Up|Down|Left|Right)$/.test(e.key)) {
        var n = neighbour(a, e.key);
        if (n) {
          n.focus();
          if (n.scrollIntoView) n.scrollIntoView({ block: "nearest", inline: "nearest" });
        }
        e.preventDefault();
        return;
      }
      if (e.target.tagName === "SELECT" || e.target.tagName === "INPUT") return;
      if (e.key === "+" || e.key === "=") {
        zoom(scale * 1.25);
      } else if (e.key === "-") {
        zoom(scale / 1.25);
      } else if (e.key === "0") {
        zoom(1);
      }
    });

    if (filter) {
      filter.addEventListener("change", function () {
        filterBy(filter.value);
      });
    }

    each(fig.querySelectorAll(".tree-zoom button"), function (b) {
      b.addEventListener("click", function () {
        var how = b.getAttribute("data-zoom");
        zoom(how === "in" ? scale * 1.25 : how === "out" ? scale / 1.25 : 1);
      });
    });

    if (toggle) {
      toggle.addEventListener("change", function () {
        overflow();
        centre();
        if (selected) select(selected);
        else if (filter && filter.value) filterBy(filter.value);
      });
    }

    // Dragging with a mouse pans a drawing that is larger than its frame; touch scrolls natively.
    each(fig.querySelectorAll(".tree-scroll"), function (s) {
      var start = null;
      s.addEventListener("pointerdown", function (e) {
        if (e.pointerType !== "mouse" || e.button !== 0) return;
        if (s.scrollWidth <= s.clientWidth && s.scrollHeight <= s.clientHeight) return;
        start = { x: e.clientX, y: e.clientY, left: s.scrollLeft, moved: false };
      });
      s.addEventListener("pointermove", function (e) {
        if (!start) return;
        var dx = e.clientX - start.x;
        if (!start.moved && Math.abs(dx) < 5) return;
        start.moved = true;
        s.classList.add("panning");
        s.scrollLeft = start.left - dx;
      });
      function end(click) {
        if (click && start && start.moved) {
          // the click that ends a drag selects nothing
          dragged = true;
          setTimeout(function () {
            dragged = false;
          }, 0);
        }
        start = null;
        s.classList.remove("panning");
      }
      s.addEventListener("pointerup", function () {
        end(true);
      });
      s.addEventListener("pointercancel", function () {
        end(false);
      });
      s.addEventListener("pointerleave", function () {
        end(false);
      });
    });

    window.addEventListener("resize", overflow);
    overflow();
    centre();
  }
})();
