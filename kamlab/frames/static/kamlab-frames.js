/* kamlab frames: an explorer's pre-drawn pictures behind real controls (no Python, no network).
 *
 * A page puts <div class="kamlab-frames" data-frames="zh/scoring_explorer" data-base="URL/"></div>
 * where the explorer was (optional: data-launch="URL", the "open in Jupyter" link). This script
 * loads data-base + "manifest.js" (written by `python -m kamlab.frames`; a script, so file:// works),
 * builds one control per widget control (label, values and value labels as the widget has them,
 * in the page's language), and shows the frame of the chosen values, with its caption.
 * Sliders are <input type=range> over the indices of the drawn values (aria-valuetext tells the value);
 * dropdowns are <select>, toggle buttons a radio group, checkboxes checkboxes. A control left out of
 * the drawing shows as fixed. When no frame was drawn for a combination (frames are drawn one
 * control, or one group of controls, at a time), the other controls go back to their start and the
 * page says so. Neighbouring frames are pre-loaded so a drag swaps pictures at once.
 */
(function () {
  "use strict";
  var registry = (window.KAMLAB_FRAMES = window.KAMLAB_FRAMES || {});
  var pending = {};
  var counter = 0;

  function el(tag, attrs, children) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) {
      if (k === "text") node.textContent = attrs[k];
      else if (k === "html") node.innerHTML = attrs[k];
      else node.setAttribute(k, attrs[k]);
    });
    (children || []).forEach(function (c) { if (c) node.appendChild(c); });
    return node;
  }

  function fill(template, fields) {
    return template.replace(/\{(\w+)\}/g, function (m, k) { return k in fields ? fields[k] : m; });
  }

  function loadManifest(id, base, done, fail) {
    if (registry[id]) return done(registry[id]);
    if (pending[id]) return pending[id].push([done, fail]);
    pending[id] = [[done, fail]];
    var script = document.createElement("script");
    script.src = base + "manifest.js";
    script.onload = function () {
      var waiting = pending[id]; delete pending[id];
      waiting.forEach(function (w) { registry[id] ? w[0](registry[id]) : w[1](); });
    };
    script.onerror = function () {
      var waiting = pending[id]; delete pending[id];
      waiting.forEach(function (w) { w[1](); });
    };
    document.head.appendChild(script);
  }

  function Player(root, m, base) {
    this.root = root; this.m = m; this.base = base;
    this.state = m.controls.map(function (c) { return c.default; });
    this.start = this.state.slice();
    this.inputs = [];
    this.preloaded = {};
    this.uid = "kf" + (++counter);
    this.build();
    this.show(false);
  }

  Player.prototype.key = function (state) { return state.join("."); };

  Player.prototype.build = function () {
    var self = this, m = this.m, root = this.root;
    root.textContent = "";
    root.classList.add("kf-ready");
    var note = el("p", { "class": "kf-note" }, [el("span", { text: m.text.note + " " })]);
    var launch = root.getAttribute("data-launch");
    if (launch) note.appendChild(el("a", { "class": "kf-open", href: launch, text: m.text.open }));
    else note.appendChild(el("span", { "class": "kf-open", text: m.text.open_here }));
    root.appendChild(note);
    var box = el("div", { "class": "kf-controls" });
    m.controls.forEach(function (c, i) { box.appendChild(self.control(c, i)); });
    root.appendChild(box);
    this.status = el("p", { "class": "kf-status", role: "status", "aria-live": "polite" });
    root.appendChild(this.status);
    /* shown at most at its natural CSS size; on a phone at least phone_width (its smallest text
       stays 11 CSS px), scrolling sideways in .kf-figure */
    root.style.setProperty("--kf-width", m.width + "px");
    root.style.setProperty("--kf-phone-width", (m.phone_width || 0) + "px");
    this.img = el("img", { "class": "kf-image", width: m.width, height: m.height, alt: "" });
    root.appendChild(el("div", { "class": "kf-figure" }, [this.img]));
    this.caption = el("div", { "class": "kf-caption" });
    root.appendChild(this.caption);
  };

  Player.prototype.control = function (c, i) {
    var self = this, id = this.uid + "-" + c.name.replace(/[^\w-]/g, "_");
    var wrap = el("div", { "class": "kf-control kf-" + c.kind, "data-control": c.name });
    if (!c.grid) {
      wrap.classList.add("kf-fixed");
      wrap.appendChild(el("span", { "class": "kf-label", text: c.label }));
      wrap.appendChild(el("output", { "class": "kf-value", text: c.labels[0] }));
      wrap.appendChild(el("small", { "class": "kf-hint", text: this.m.text.fixed }));
      this.inputs[i] = null;
      return wrap;
    }
    var input;
    if (c.kind === "slider") {
      wrap.appendChild(el("label", { "class": "kf-label", "for": id, text: c.label }));
      input = el("input", { type: "range", id: id, min: 0, max: c.values.length - 1, step: 1, value: c.default });
      var out = el("output", { "class": "kf-value", "for": id });
      wrap.appendChild(input); wrap.appendChild(out);
      input.addEventListener("input", function () { self.change(i, +input.value); });
      if (c.values.length < Math.round((c.max - c.min) / c.step) + 1) {
        wrap.appendChild(el("small", { "class": "kf-hint", text: fill(this.m.text.values, {
          n: c.values.length, low: c.range_labels[0], high: c.range_labels[1], step: c.range_labels[2] }) }));
      }
      input._kfSet = function (k) {
        input.value = k; out.textContent = c.labels[k];
        input.setAttribute("aria-valuetext", c.labels[k]);
      };
    } else if (c.kind === "select") {
      wrap.appendChild(el("label", { "class": "kf-label", "for": id, text: c.label }));
      input = el("select", { id: id }, c.labels.map(function (l, k) { return el("option", { value: k, text: l }); }));
      wrap.appendChild(input);
      input.addEventListener("change", function () { self.change(i, +input.value); });
      input._kfSet = function (k) { input.value = String(k); };
    } else if (c.kind === "toggle") {
      var group = el("fieldset", { "class": "kf-toggles" }, [el("legend", { "class": "kf-label", text: c.label })]);
      var radios = c.labels.map(function (l, k) {
        var r = el("input", { type: "radio", name: id, id: id + "-" + k, value: k });
        r.addEventListener("change", function () { if (r.checked) self.change(i, k); });
        group.appendChild(el("label", { "class": "kf-choice", "for": id + "-" + k }, [r, el("span", { text: l })]));
        return r;
      });
      wrap.appendChild(group);
      input = group;
      input._kfSet = function (k) { radios.forEach(function (r, j) { r.checked = j === k; }); };
    } else {
      input = el("input", { type: "checkbox", id: id });
      wrap.appendChild(el("label", { "class": "kf-check", "for": id }, [input, el("span", { "class": "kf-label", text: c.label })]));
      input.addEventListener("change", function () { self.change(i, input.checked ? 1 : 0); });
      input._kfSet = function (k) { input.checked = k === 1; };
    }
    input._kfSet(c.default);
    this.inputs[i] = input;
    return wrap;
  };

  /* The state to show after control i moved to value k: the full state when it was drawn, else
     the state of a group with control i that keeps most of the other values, the rest at start. */
  Player.prototype.resolve = function (i, k) {
    var m = this.m, self = this, want = this.state.slice();
    want[i] = k;
    if (m.frames[this.key(want)]) return { state: want, reset: false };
    var name = m.controls[i].name, best = null, bestKept = -1;
    m.groups.forEach(function (g) {
      if (g.indexOf(name) < 0) return;
      var s = self.start.slice(), kept = 0;
      m.controls.forEach(function (c, j) {
        if (g.indexOf(c.name) >= 0) { s[j] = want[j]; if (j !== i && want[j] !== self.start[j]) kept++; }
      });
      if (m.frames[self.key(s)] && kept > bestKept) { best = s; bestKept = kept; }
    });
    if (!best) { best = this.start.slice(); best[i] = k; }
    return { state: best, reset: true };
  };

  Player.prototype.change = function (i, k) {
    var r = this.resolve(i, k);
    this.state = r.state;
    this.show(r.reset);
  };

  Player.prototype.src = function (key) { return this.base + "frames/" + this.m.frames[key].src; };

  Player.prototype.show = function (reset) {
    var m = this.m, self = this, key = this.key(this.state), frame = m.frames[key];
    this.inputs.forEach(function (input, j) { if (input) input._kfSet(self.state[j]); });
    this.status.textContent = reset ? m.text.reset : "";
    if (!frame) { this.status.textContent = m.text.missing; return; }
    this.img.src = this.src(key);
    this.img.setAttribute("data-key", key);
    this.img.alt = fill(m.text.picture, { values: m.controls.map(function (c, j) {
      return c.label + " " + c.labels[self.state[j]]; }).join("; ") });
    this.caption.innerHTML = m.captions[frame.caption];
    this.root.setAttribute("data-key", key);
    this.preload();
  };

  Player.prototype.preload = function () {
    var self = this, m = this.m;
    m.controls.forEach(function (c, j) {
      [-1, 1].forEach(function (d) {
        var k = self.state[j] + d;
        if (!c.grid || k < 0 || k >= c.values.length) return;
        var s = self.state.slice(); s[j] = k;
        var key = self.key(s);
        if (m.frames[key] && !self.preloaded[key]) {
          var im = new Image(); im.src = self.src(key); self.preloaded[key] = im;
        }
      });
    });
  };

  function mount(root) {
    if (root._kamlabFrames) return;
    root._kamlabFrames = true;
    var id = root.getAttribute("data-frames"), base = root.getAttribute("data-base") || "";
    if (base && base.charAt(base.length - 1) !== "/") base += "/";
    loadManifest(id, base, function (m) { root._kamlabPlayer = new Player(root, m, base); }, function () {
      root.textContent = "kamlab frames: " + base + "manifest.js could not be loaded.";
      root.classList.add("kf-error");
    });
  }

  function mountAll() {
    var roots = document.querySelectorAll(".kamlab-frames[data-frames]");
    if (!("IntersectionObserver" in window)) { Array.prototype.forEach.call(roots, mount); return; }
    var seen = new IntersectionObserver(function (entries) {
      entries.forEach(function (e) { if (e.isIntersecting) { seen.unobserve(e.target); mount(e.target); } });
    }, { rootMargin: "600px 0px" });
    Array.prototype.forEach.call(roots, function (r) { seen.observe(r); });
  }

  window.kamlabFrames = { mount: mount, mountAll: mountAll };
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", mountAll);
  else mountAll();
})();
